#include "MatrixBoard.h"

#include "Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

int MatrixBoard::lineHeight() {
    return std::max(QFontMetrics(headerFont()).lineSpacing(),
                    QFontMetrics(bodyFont(true)).lineSpacing());
}

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
