#include "MatrixBoard.h"

#include "Theme.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace {

constexpr int CellPad = 4;   // each side of a column's text
constexpr int NameLeft = 14; // the name's indent, inside the leader's frame
constexpr int RowPad = 3;    // above and below a row's text
constexpr int HeaderGap = 8; // between the headers and the first row (a rule sits there)
constexpr int MaxHeaderLines = 3;
constexpr int LeaderBorder = 4; // the star-accent frame, as projectorCardChosen draws it

int advance(const QFont& font, const QString& text) {
    return QFontMetrics(font).horizontalAdvance(text);
}

// A name's width, remembered: each score typed plans the page again and measures every
// candidate's name, which at 200 candidates took most of the time (issue #16). The names
// change rarely and one at a time; the memory is dropped when it grows large.
int rememberedAdvance(const QFont& font, const QString& text) {
    static QHash<QString, int> widths;
    const QString key = font.key() + QChar(0x1F) + text;
    if (const auto found = widths.constFind(key); found != widths.constEnd())
        return *found;
    if (widths.size() > 4096)
        widths.clear();
    return *widths.insert(key, advance(font, text));
}

int lineHeight() {
    return std::max(QFontMetrics(MatrixBoard::headerFont()).lineSpacing(),
                    QFontMetrics(MatrixBoard::bodyFont(true)).lineSpacing());
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
    return std::min(cap, width + 1 + 2 * CellPad);
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

MatrixBoard::MatrixBoard(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("projectorMatrix"));
    setAccessibleName(tr("Decision matrix"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFont(bodyFont(false));
}

QFont MatrixBoard::headerFont() {
    return Theme::font(Points, QFont::DemiBold);
}

QFont MatrixBoard::bodyFont(bool bold) {
    return Theme::font(Points, bold ? QFont::Bold : QFont::Normal);
}

QString MatrixBoard::rankText(int rank, bool tied) {
    if (rank <= 0)
        return {};
    return tied ? tr("%1 · tie").arg(rank) : QString::number(rank);
}

QStringList MatrixBoard::wrap(const QString& text, const QFont& font, int width, int maxLines) {
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (int(lines.size()) == maxLines - 1) {
            // The last line allowed takes the rest, shortened if it does not fit.
            const QString rest = text.mid(line.textStart()).trimmed();
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

MatrixBoardPlan MatrixBoard::plan(const QStringList& names, const QStringList& headers,
                                  const QStringList& rankTexts, int width, int height,
                                  int cursorRow, int cursorColumn) {
    MatrixBoardPlan p;
    const QFont bold = bodyFont(true);
    const int lh = lineHeight();
    p.totalWidth = std::max(advance(bold, tr("Total")), advance(bold, QStringLiteral("888"))) +
                   2 * CellPad + 1;
    int widestRank = advance(bold, tr("Rank"));
    for (const QString& r : rankTexts)
        widestRank = std::max(widestRank, rememberedAdvance(bold, r));
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
        advances << rememberedAdvance(bold, name.trimmed());
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

void MatrixBoard::setPage(const MatrixBoardPage& page) {
    m_page = page;
    m_nameLines.clear();
    m_headerLines.clear();
    for (const MatrixBoardRow& r : m_page.rows)
        m_nameLines << wrap(r.name, bodyFont(r.leader),
                            std::max(40, m_page.nameWidth - NameLeft - CellPad), m_page.nameLines);
    for (const QString& header : m_page.criteria)
        m_headerLines << wrap(header, headerFont(),
                              m_page.criterionWidths.value(int(m_headerLines.size())) - 2 * CellPad,
                              m_page.headerLines);
    describe();
    updateGeometry();
    update();
}

QStringList MatrixBoard::nameLines(int row) const {
    return m_nameLines.value(row);
}

QStringList MatrixBoard::headerLines(int column) const {
    return m_headerLines.value(column);
}

int MatrixBoard::headerHeight() const {
    int lines = 1;
    for (int i = 0; i < m_page.criteria.size(); ++i)
        lines = std::max(lines, int(headerLines(i).size()));
    return lines * lineHeight() + HeaderGap;
}

int MatrixBoard::rowHeight(int row) const {
    return int(nameLines(row).size()) * lineHeight() + 2 * RowPad;
}

QSize MatrixBoard::sizeHint() const {
    int width = m_page.nameWidth + m_page.totalWidth + m_page.rankWidth;
    for (int w : m_page.criterionWidths)
        width += w;
    int height = headerHeight();
    for (int r = 0; r < m_page.rows.size(); ++r)
        height += rowHeight(r);
    return {width, height};
}

QSize MatrixBoard::minimumSizeHint() const {
    return {0, sizeHint().height()}; // a page is planned to fit: never squeeze it
}

void MatrixBoard::describe() {
    QStringList parts;
    if (!m_page.whereInFull.isEmpty())
        parts << m_page.whereInFull + u'.';
    parts << tr("Criteria: %1.").arg(m_page.criteria.join(QStringLiteral(", ")));
    for (const MatrixBoardRow& row : m_page.rows) {
        QStringList cells;
        for (int i = 0; i < m_page.criteria.size(); ++i)
            cells << tr("%1: %2").arg(m_page.criteria.at(i), row.cells.value(i));
        QString line =
            tr("%1 — %2; total %3").arg(row.name, cells.join(QStringLiteral("; ")), row.total);
        if (row.rank > 0)
            line += tr("; rank %1").arg(rankText(row.rank, row.tied));
        if (row.leader)
            line += tr("; leads");
        parts << line + u'.';
    }
    setAccessibleDescription(parts.join(u'\n'));
}

void MatrixBoard::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette colours = window()->palette();
    const QColor ink = colours.color(QPalette::WindowText);
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    QColor rule = dark ? QColor(0xE3, 0xE6, 0xEC) : QColor(0x8A, 0x8F, 0x99);
    rule.setAlphaF(dark ? 0.35 : 0.6);
    const int lh = lineHeight();
    const int header = headerHeight();

    // Column edges, left to right: name, criteria, total, rank.
    QList<int> edges{0, m_page.nameWidth};
    for (int w : m_page.criterionWidths)
        edges << edges.last() + w;
    const int totalEdge = edges.last() + m_page.totalWidth;
    edges << totalEdge << totalEdge + m_page.rankWidth;
    const auto column = [&](int i, int top, int height) {
        return QRect(edges.at(i) + CellPad, top, edges.at(i + 1) - edges.at(i) - 2 * CellPad,
                     height);
    };
    const auto lines = [&](const QStringList& text, const QRect& box, Qt::Alignment align) {
        const int spare = box.height() - int(text.size()) * lh;
        int y = box.top() + (align.testFlag(Qt::AlignBottom) ? spare : spare / 2);
        const int flags =
            (align & Qt::AlignHorizontal_Mask).toInt() | Qt::AlignVCenter | Qt::TextSingleLine;
        for (const QString& line : text) {
            painter.drawText(QRect(box.left(), y, box.width(), lh), flags, line);
            y += lh;
        }
    };

    painter.setPen(ink);
    painter.setFont(headerFont());
    const int headerText = header - HeaderGap;
    const int criteria = int(m_page.criteria.size());
    for (int i = 0; i < criteria; ++i)
        lines(headerLines(i), column(i + 1, 0, headerText), Qt::AlignHCenter | Qt::AlignBottom);
    painter.setFont(bodyFont(false));
    if (!m_page.where.isEmpty()) // which page, in the corner above the names
        lines(wrap(m_page.where, bodyFont(false), m_page.nameWidth - NameLeft - CellPad,
                   std::max(1, headerText / lh)),
              QRect(NameLeft, 0, m_page.nameWidth - NameLeft - CellPad, headerText),
              Qt::AlignLeft | Qt::AlignBottom);
    painter.setFont(bodyFont(true));
    lines({tr("Total")}, column(criteria + 1, 0, headerText), Qt::AlignHCenter | Qt::AlignBottom);
    lines({tr("Rank")}, column(criteria + 2, 0, headerText), Qt::AlignHCenter | Qt::AlignBottom);
    painter.setPen(QPen(rule, 1));
    painter.drawLine(0, header - HeaderGap / 2, edges.last(), header - HeaderGap / 2);

    int y = header;
    for (int r = 0; r < m_page.rows.size(); ++r) {
        const MatrixBoardRow& row = m_page.rows.at(r);
        const int height = rowHeight(r);
        if (row.leader) {
            painter.setPen(QPen(Theme::color(Theme::Role::Star), LeaderBorder));
            painter.setBrush(Qt::NoBrush);
            const qreal inset = LeaderBorder / 2.0;
            painter.drawRoundedRect(QRectF(edges.first(), y, edges.last(), height)
                                        .adjusted(inset, inset, -inset, -inset),
                                    8, 8);
        } else if (r + 1 < m_page.rows.size() && !m_page.rows.at(r + 1).leader) {
            painter.setPen(QPen(rule, 1));
            painter.drawLine(NameLeft, y + height, edges.last() - CellPad, y + height);
        }
        painter.setPen(ink);
        painter.setFont(bodyFont(row.leader));
        const QRect nameBox(NameLeft, y + RowPad, m_page.nameWidth - NameLeft - CellPad,
                            height - 2 * RowPad);
        lines(nameLines(r), nameBox, Qt::AlignLeft);
        for (int i = 0; i < criteria; ++i)
            lines({row.cells.value(i)}, column(i + 1, y, height), Qt::AlignHCenter);
        painter.setFont(bodyFont(true));
        lines({row.total}, column(criteria + 1, y, height), Qt::AlignHCenter);
        painter.setFont(bodyFont(row.leader));
        lines({rankText(row.rank, row.tied)}, column(criteria + 2, y, height), Qt::AlignHCenter);
        y += height;
    }
}
