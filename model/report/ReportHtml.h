#pragma once
// The report's pages as HTML for QTextDocument: the header of page 1 ("Our North Star") and
// the pages "How we got here". Every piece of user text goes through text(), which escapes
// it, so a candidate named like markup prints as the characters typed. Sections with
// nothing to say are left out, heading and all.
#include <QCoreApplication>
#include <QLocale>
#include <QString>

class ReportGraphics;
struct ReportFacts;

namespace ReportHtml {

// User text, escaped for HTML, line breaks kept.
QString text(const QString& userText);
// A section heading.
QString heading(const QString& title);
// "1 dot", "3 dots".
QString dotsText(int dots);

// A full-width table whose cells draw its grid themselves: each cell a 1px mist line on its
// right and bottom edges, the first column also on its left, the header row on its top, so
// one line parts two cells. (Qt draws border-collapse by looking up every cell's neighbours:
// on a 200-row decision matrix that was most of the export's time.) Margin in points.
QString gridTable(int cellPadding, qreal bottomMarginPoints);
// A header cell of a grid table on the paper background; `first` for the leftmost one.
// `label` and `content` are HTML; `attributes` go into the tag as written.
QString gridHeader(const QString& label, const QString& attributes = {}, bool first = false);
// A body cell of a grid table; `first` for the leftmost one.
QString gridCell(const QString& content, const QString& attributes = {}, bool first = false);

struct CoverParts {
    QString treeTag;              // ReportGraphics::treeTag(), or empty for no tree
    bool fullTextFollows = false; // the tree shortened definitions: say where they are in full
};

// Page 1: the workshop's facts, then the tree (or a plain sentence when nothing is chosen).
QString cover(const ReportFacts& facts, const QLocale& locale, const CoverParts& parts);
// The pages after it, starting on a new page; empty when no section has anything to show;
// `fullDefinitions` adds the metric, inputs and guardrail written out in full first.
// `graphics` paints the matrix and the vote, `contentWidthPoints` wide.
QString story(const ReportFacts& facts, const QLocale& locale, bool fullDefinitions,
              ReportGraphics& graphics, qreal contentWidthPoints);

} // namespace ReportHtml
