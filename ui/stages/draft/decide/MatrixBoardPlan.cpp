// MatrixBoard's page plan: how wide each column is, how many lines each header and name
// takes, and which rows fit on each page. Split from MatrixBoard.cpp, which draws the page.
#include "MatrixBoard.h"

#include <QFontMetrics>
#include <QHash>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace {

int advance(const QFont& font, const QString& text) {
    return QFontMetrics(font).horizontalAdvance(text);
}

// Names' widths in a font, remembered: each score typed plans the page again and measures
// every candidate's name, which at 200 candidates took most of the time (issue #16). The
// names change rarely and one at a time; a font's table is dropped when it grows large. One
// table per font, so a name is looked up as it is, without building a key.
QHash<QString, int>& rememberedAdvances(const QFont& font) {
    static QHash<QString, QHash<QString, int>> byFont;
    if (byFont.size() > 16)
        byFont.clear();
    QHash<QString, int>& widths = byFont[font.key()];
    if (widths.size() > 4096)
        widths.clear();
    return widths;
}

int rememberedAdvance(QHash<QString, int>& widths, const QFont& font, const QString& text) {
    if (const auto found = widths.constFind(text); found != widths.constEnd())
        return *found;
    return *widths.insert(text, advance(font, text));
}

// How many lines `text` takes at `width`, breaking between words only.
int wordLines(const QString& text, const QFont& font, int width) {
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

// The narrowest column that holds `header` in `lines` lines without breaking a word, its
// padding included; never wider than `cap`.
int criterionWidth(const QString& header, int lines, int cap) {
    const QFont font = MatrixBoard::headerFont();
    int longestWord = advance(font, QStringLiteral("5"));
    for (const QString& word : header.split(u' ', Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, advance(font, word));
    const int whole = advance(font, header);
    int width = std::max(longestWord, (whole + lines - 1) / lines);
    while (width < whole && wordLines(header, font, width) > lines)
        width += 6;
    return std::min(cap, width + 1 + 2 * MatrixBoard::CellPad);
}

// Rows [first, end) that fit in `room` from `first` on (always at least one).
int rowsFrom(const QList<int>& heights, int first, int room) {
    int used = 0;
    int end = first;
    while (end < heights.size() && (end == first || used + heights.at(end) <= room))
        used += heights.at(end++);
    return end;
}

} // namespace

MatrixBoardPlan MatrixBoard::plan(const QStringList& names, const QStringList& headers,
                                  const QStringList& rankTexts, int width, int height,
                                  int cursorRow, int cursorColumn) {
    MatrixBoardPlan p;
    const QFont bold = bodyFont(true);
    const int lh = lineHeight();
    p.totalWidth = std::max(advance(bold, tr("Total")), advance(bold, QStringLiteral("888"))) +
                   2 * CellPad + 1;
    QHash<QString, int>& boldWidths = rememberedAdvances(bold);
    int widestRank = advance(bold, tr("Rank"));
    for (const QString& r : rankTexts)
        widestRank = std::max(widestRank, rememberedAdvance(boldWidths, bold, r));
    p.rankWidth = widestRank + 2 * CellPad + 1;
    const int fixed = p.totalWidth + p.rankWidth;
    // Names keep a little under a fifth of the width (two lines of it), so a small screen
    // holds four criteria; a name longer than two lines there ends in "…" (the console has
    // it whole).
    const int minName = std::max(200, width * 19 / 100);
    const int cap = std::max(120, width / 3);

    const int criteria = int(headers.size());
    const int column = std::clamp(cursorColumn, 0, std::max(0, criteria - 1));
    const int rowCount = int(names.size());
    const int row = std::clamp(cursorRow, 0, std::max(0, rowCount - 1));
    // Names wrap to two lines: a name cut to "Weekly…" says nothing to the room.
    const int nameLines = 2;
    // Each name's width is measured once; a name wider than its column takes the two lines
    // (the second shortened if need be), so only a name within a pixel of the column's width
    // is laid out to be sure. The rows' heights are kept per name width: the header choices
    // below often give the names the same width.
    QList<int> advances;
    advances.reserve(rowCount);
    for (const QString& name : names)
        advances << rememberedAdvance(boldWidths, bold, name.trimmed());
    QHash<int, QList<int>> heightsByWidth;
    const auto rowHeights = [&](int nameWidth) -> const QList<int>& {
        auto found = heightsByWidth.find(nameWidth);
        if (found != heightsByWidth.end())
            return *found;
        const int room = std::max(40, nameWidth - NameLeft - CellPad);
        QList<int> heights;
        heights.reserve(rowCount);
        for (int r = 0; r < rowCount; ++r) {
            const int a = advances.at(r);
            const int count = a < room       ? 1
                              : a > room + 1 ? nameLines
                                             : int(wrap(names.at(r), bold, room, nameLines).size());
            heights << count * lh + 2 * RowPad;
        }
        return *heightsByWidth.insert(nameWidth, heights);
    };
    bool chosen = false;
    // Headers on one, two or three lines: wider columns and fewer criteria a page, or
    // narrower ones and taller headers (fewer rows). The choice that needs the fewest pages
    // in all wins; then the one with more rows on a page.
    for (int lines = 1; lines <= MaxHeaderLines; ++lines) {
        QList<int> all;
        for (const QString& h : headers)
            all << criterionWidth(h, lines, cap);
        QList<int> pageStarts{0};
        for (int i = 0, used = 0; i < criteria; ++i) {
            if (i > pageStarts.last() && used + all.at(i) > width - fixed - minName) {
                pageStarts << i;
                used = 0;
            }
            used += all.at(i);
        }
        const int columnPages = int(pageStarts.size());
        const int columnPage = int(std::upper_bound(pageStarts.begin(), pageStarts.end(), column) -
                                   pageStarts.begin()) -
                               1;
        const int firstCriterion = pageStarts.at(columnPage);
        const int criterionCount =
            (columnPage + 1 < columnPages ? pageStarts.at(columnPage + 1) : criteria) -
            firstCriterion;
        const QList<int> widths = all.mid(firstCriterion, criterionCount);
        int headerLines = 1;
        for (int i = 0; i < criterionCount; ++i)
            headerLines =
                std::max(headerLines, wordLines(headers.at(firstCriterion + i), headerFont(),
                                                widths.at(i) - 2 * CellPad));
        if (headerLines > lines && lines < MaxHeaderLines)
            continue; // a header would be cut: try more lines
        headerLines = std::min(headerLines, lines);
        const int nameWidth = width - std::accumulate(widths.begin(), widths.end(), 0) - fixed;
        const QList<int>& heights = rowHeights(nameWidth);
        const int headerHeight = headerLines * lh + HeaderGap;
        const int room = std::max(lh, height - headerHeight);
        int rowPages = 0, first = 0, pageOfRow = 0, pageFirst = 0, pageEnd = 0;
        while (first < rowCount || rowPages == 0) {
            const int end = rowCount ? rowsFrom(heights, first, room) : 0;
            if (row >= first && row < end) {
                pageOfRow = rowPages;
                pageFirst = first;
                pageEnd = end;
            }
            ++rowPages;
            if (end <= first)
                break;
            first = end;
        }
        const int pages = rowPages * columnPages;
        if (chosen &&
            (pages > p.pages() || (pages == p.pages() && pageEnd - pageFirst <= p.rowCount)))
            continue;
        chosen = true;
        p.columnPages = columnPages;
        p.columnPage = columnPage;
        p.firstCriterion = firstCriterion;
        p.criterionCount = criterionCount;
        p.rowPages = rowPages;
        p.rowPage = pageOfRow;
        p.firstRow = pageFirst;
        p.rowCount = pageEnd - pageFirst;
        p.headerLines = headerLines;
        p.nameLines = nameLines;
        p.criterionWidths = widths;
        p.nameWidth = nameWidth;
        p.height = headerHeight;
        for (int r = pageFirst; r < pageEnd; ++r)
            p.height += heights.at(r);
    }
    // A very wide screen gives the names no more than they can use: spread the rest.
    const int nameCap = std::max(minName, int(width * 0.45));
    if (p.nameWidth > nameCap && !p.criterionWidths.isEmpty()) {
        const int spare = p.nameWidth - nameCap;
        p.nameWidth = nameCap;
        const int share = spare / int(p.criterionWidths.size() + 2);
        for (int& w : p.criterionWidths)
            w += share;
        p.totalWidth += share;
        p.rankWidth += share;
    }
    return p;
}
