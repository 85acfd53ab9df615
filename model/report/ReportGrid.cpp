#include "ReportGrid.h"

#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

namespace {

constexpr qreal HeaderPoints = 8;
constexpr qreal BarPoints = 9;
const QRegularExpression Blank(QStringLiteral("\\s+"));

qreal deviceDpi(const QPaintDevice* device) {
    return device ? device->logicalDpiY() : 96.0;
}

// `text` wrapped into `width` from y = 0; returns its height.
qreal layOut(QTextLayout& layout, qreal width, Qt::Alignment align) {
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

// Which of a grid's four fonts a cell uses.
int fontIndex(bool header, bool bold) {
    return (header ? 2 : 0) + (bold ? 1 : 0);
}

void paintBar(QPainter& painter, const QRectF& rect, const GridCell& cell) {
    const int maximum = std::max(1, cell.barMaximum);
    const QRectF track = rect.adjusted(0, rect.height() * 0.15, 0, -rect.height() * 0.15);
    const qreal radius = track.height() / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::Paper);
    painter.drawRoundedRect(track, radius, radius);
    if (cell.barValue > 0) {
        QRectF bar = track;
        bar.setWidth(
            std::max(track.height(), track.width() * std::min(cell.barValue, maximum) / maximum));
        painter.setBrush(cell.barLeading ? ReportStyle::Star : ReportStyle::Night);
        painter.drawRoundedRect(bar, radius, radius);
    }
    painter.restore();
}

} // namespace

// One row, laid out: where each cell's text sits, relative to the row's top left.
struct ReportGrid::Laid {
    struct Cell {
        std::unique_ptr<QTextLayout> text, note;
        QPointF textAt, noteAt;
        QRectF bar; // the bar's rect, when the cell is one
    };
    std::vector<Cell> cells;
    QSizeF size;
};

ReportGrid::ReportGrid(QList<GridColumn> columns, qreal widthPoints, qreal paddingPx, bool ruled)
    : m_columns(std::move(columns))
    , m_widthPoints(widthPoints)
    , m_paddingPx(paddingPx)
    , m_ruled(ruled)
    , m_fonts{ReportStyle::font(ReportStyle::BodyPoints),
              ReportStyle::font(ReportStyle::BodyPoints, QFont::Bold),
              ReportStyle::font(HeaderPoints), ReportStyle::font(HeaderPoints, QFont::Bold)} {}

ReportGrid::~ReportGrid() = default;
ReportGrid::ReportGrid(ReportGrid&&) noexcept = default;
ReportGrid& ReportGrid::operator=(ReportGrid&&) noexcept = default;

void ReportGrid::setHeader(GridRow header) {
    if (m_hasHeader)
        m_rows.front() = std::move(header);
    else
        m_rows.prepend(std::move(header));
    m_hasHeader = true;
}

void ReportGrid::addRow(GridRow row) {
    m_rows.append(std::move(row));
}

QString ReportGrid::plain(const QString& userText) {
    QString text = ReportStyle::drawable(userText.trimmed());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.simplified();
    return lines.join(QChar::LineSeparator);
}

QList<qreal> ReportGrid::columnWidths(qreal width, const QPaintDevice* device) const {
    // As Qt sizes a table's columns of no given width: each its longest word, then an equal
    // part of what is left.
    const qreal px = deviceDpi(device) / 96.0;
    const qreal chrome = 2 * m_paddingPx * px + (m_ruled ? px : 0);
    QList<qreal> widths(m_columns.size(), 0);
    qreal left = width;
    int variable = 0;
    QList<QFontMetricsF> metrics;
    for (const QFont& font : m_fonts)
        metrics.append(QFontMetricsF(font, device));
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).share > 0) {
            widths[c] = width * m_columns.at(c).share;
        } else {
            qreal longest = 0;
            for (qsizetype r = 0; r < m_rows.size(); ++r) {
                const GridCell cell = m_rows.at(r).cells.value(c);
                const bool header = m_hasHeader && r == 0;
                const QFontMetricsF& strong = metrics[fontIndex(header, header || cell.bold)];
                const QFontMetricsF& normal = metrics[fontIndex(header, false)];
                for (const QString& word : cell.text.split(Blank, Qt::SkipEmptyParts))
                    longest = std::max(longest, strong.horizontalAdvance(word));
                for (const QString& word : cell.note.split(Blank, Qt::SkipEmptyParts))
                    longest = std::max(longest, normal.horizontalAdvance(word));
            }
            widths[c] = longest + chrome + (c == 0 && m_ruled ? px : 0);
            ++variable;
        }
        left -= widths[c];
    }
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).share <= 0)
            widths[c] += std::max<qreal>(0, left / variable);
    return widths;
}

const ReportGrid::Laid& ReportGrid::laid(int row, const QPaintDevice* device) const {
    const qsizetype index = row + (m_hasHeader ? 1 : 0);
    if (m_laid.size() != size_t(m_rows.size()))
        m_laid.resize(m_rows.size());
    std::unique_ptr<Laid>& slot = m_laid[index];
    if (slot)
        return *slot;
    const qreal dpi = deviceDpi(device);
    const qreal px = dpi / 96.0, pad = m_paddingPx * px, line = m_ruled ? px : 0;
    const qreal width = m_widthPoints * dpi / 72.0;
    if (m_widths.isEmpty())
        m_widths = columnWidths(width, device);
    const bool header = m_hasHeader && row < 0;
    const GridRow& source = m_rows.at(index);
    slot = std::make_unique<Laid>();
    Laid& result = *slot;
    result.cells.resize(m_columns.size());
    const qreal top = (header ? line : 0) + pad;
    qreal x = 0, content = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const GridCell cell = source.cells.value(c);
        Laid::Cell& out = result.cells[c];
        const qreal leftLine = c == 0 ? line : 0;
        const QPointF at(x + leftLine + pad, top);
        const qreal inner = std::max<qreal>(0, m_widths.at(c) - leftLine - line - 2 * pad);
        qreal height = 0;
        if (cell.barValue >= 0) {
            const qreal length = cell.barPoints > 0 ? cell.barPoints * dpi / 72.0 : inner;
            out.bar = QRectF(at, QSizeF(std::min(inner, length), BarPoints * dpi / 72.0));
            height = out.bar.height();
        } else {
            const Qt::Alignment align = m_columns.at(c).align;
            out.text = std::make_unique<QTextLayout>(
                cell.text, m_fonts[fontIndex(header, header || cell.bold)], device);
            out.textAt = at;
            height = layOut(*out.text, inner, align);
            if (!cell.note.isEmpty()) {
                out.note = std::make_unique<QTextLayout>(cell.note,
                                                         m_fonts[fontIndex(header, false)], device);
                out.noteAt = at + QPointF(0, height);
                height += layOut(*out.note, inner, align);
            }
        }
        content = std::max(content, height);
        x += m_widths.at(c);
    }
    result.size = QSizeF(width, top + content + pad + line);
    return result;
}

QSizeF ReportGrid::rowSize(int row, const QPaintDevice* device) const {
    return laid(row, device).size;
}

void ReportGrid::paintRow(QPainter& painter, int row, const QPointF& topLeft,
                          const QPaintDevice* device) const {
    const Laid& laidRow = laid(row, device);
    const bool header = m_hasHeader && row < 0;
    const GridRow& source = m_rows.at(row + (m_hasHeader ? 1 : 0));
    const QRectF rect(topLeft, laidRow.size);
    painter.save();
    const QColor fill = header ? ReportStyle::Paper : source.fill;
    if (fill.isValid())
        painter.fillRect(rect, fill);
    painter.setPen(header ? ReportStyle::Muted : ReportStyle::Ink);
    for (const Laid::Cell& cell : laidRow.cells) {
        if (cell.text)
            cell.text->draw(&painter, topLeft + cell.textAt);
        if (cell.note)
            cell.note->draw(&painter, topLeft + cell.noteAt);
    }
    for (qsizetype c = 0; c < qsizetype(laidRow.cells.size()); ++c)
        if (!laidRow.cells[c].bar.isNull())
            paintBar(painter, laidRow.cells[c].bar.translated(topLeft), source.cells.value(c));
    if (m_ruled) {
        // One line between two cells: each cell its right and bottom edge, the first column
        // its left, the header its top.
        const qreal px = deviceDpi(device) / 96.0;
        painter.fillRect(QRectF(rect.left(), rect.bottom() - px, rect.width(), px),
                         ReportStyle::Mist);
        painter.fillRect(QRectF(rect.left(), rect.top(), px, rect.height()), ReportStyle::Mist);
        if (header)
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), px), ReportStyle::Mist);
        qreal x = rect.left();
        for (const qreal width : m_widths) {
            x += width;
            painter.fillRect(QRectF(x - px, rect.top(), px, rect.height()), ReportStyle::Mist);
        }
    }
    painter.restore();
}
