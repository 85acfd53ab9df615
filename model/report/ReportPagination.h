#pragma once
// Page breaks a reader expects and QTextDocument does not make by itself: a candidate card
// (a one-cell table) that would straddle two pages starts on the next one, a card drawn as
// one object (ReportCards.h, moved whole by Qt) takes the heading right before it along,
// and a section heading never ends a page alone. Works top to bottom on a laid-out document, so
// each break moves only what follows it.
#include <QtGlobal>

class QTextDocument;

namespace ReportPagination {

// `pageHeight` and `bodyBottom` (the lowest y of text on a page, measured from the page's
// top) are in the document's units; `headingRoom` is how much must follow a heading.
void keepTogether(QTextDocument& document, qreal pageHeight, qreal bodyBottom, qreal headingRoom);

} // namespace ReportPagination
