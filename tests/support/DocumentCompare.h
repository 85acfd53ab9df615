#pragma once
// Comparing workshops across libraries: an imported workshop has new ids, so documents are
// compared after renumbering every kind of id by rank (1, 2, 3 ... in the order of the old
// ids), which the import preserves. Also counts the rows of every table, to prove that a
// refused import wrote nothing.
#include "exchange/WorkshopDocument.h"

#include <QMap>
#include <QString>

class Database;

// `doc` with every id replaced by its rank among the ids of its kind, and every reference
// renumbered to match; the workshop's id becomes 1. The scoring stage's focus (a candidate
// id) is renumbered too, and a stale one becomes 0, as the import does.
WorkshopDocument renumbered(const WorkshopDocument& doc);

// Empty when `a` and `b` are equal, otherwise the first line where their JSON exports differ.
QString firstDifference(const WorkshopDocument& a, const WorkshopDocument& b);

// Rows in every table of the library, by table name.
QMap<QString, qint64> tableRowCounts(Database& database);
