#pragma once

class QTableView;

// The Team view's column widths: each column at least as wide as its header's words and sort
// arrow, and the North Star Metric column taking the room that is left but never less than
// it needs to be read. When the window is too narrow for all ten columns, the table scrolls
// sideways instead of crushing the North Star.
void fitTeamColumns(QTableView* view);
