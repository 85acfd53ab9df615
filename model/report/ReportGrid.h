#pragma once
// A table the report paints itself, row by row (issue #16): the decision matrix and the dot
// vote. As HTML they were thousands of table cells that Qt parsed, laid out and drew one by
// one (at 200 candidates, a third of the export). Here each row is one text object in a
// one-column QTextTable: Qt still moves a row that does not fit onto the next page and
// repeats the header row there, but never splits a row, and each row lays out its cells
// once. The text stays text (selectable, searchable); the look is the grid tables': a 1px
// mist line between cells, the header on the paper colour, padding round each cell.
#include <QColor>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

struct GridCell {
    QString text;      // plain text, wraps at word boundaries; '\n' breaks the line
    QString note;      // a second paragraph in the normal weight (a header's "weight 3")
    bool bold = false; // body cells; header text is always bold
    // A bar instead of text: `barValue` of `barMaximum`, in the accent colour when leading.
    int barValue = -1;
    int barMaximum = 1;
    bool barLeading = false;
    qreal barPoints = 0; // the bar's length; 0: the column's width
};

struct GridRow {
    QList<GridCell> cells;
    QColor fill; // invalid: none (header rows are on the paper colour)
};

struct GridColumn {
    // > 0: this part of the width; otherwise its longest word and an equal part of what
    // the other columns leave.
    qreal share = -1;
    Qt::Alignment align = Qt::AlignLeft;
};

class ReportGrid {
public:
    ReportGrid(QList<GridColumn> columns, qreal widthPoints, qreal paddingPx, bool ruled);
    ~ReportGrid();
    ReportGrid(ReportGrid&&) noexcept;
    ReportGrid& operator=(ReportGrid&&) noexcept;

    void setHeader(GridRow header);
    void addRow(GridRow row);
    bool hasHeader() const { return m_hasHeader; }
    bool ruled() const { return m_ruled; }
    // Body rows, the header not counted.
    int rowCount() const { return int(m_rows.size()) - (m_hasHeader ? 1 : 0); }

    // `row` -1 is the header. Sizes and drawing are in `device` units; each row is laid out
    // once, on the first call.
    QSizeF rowSize(int row, const QPaintDevice* device) const;
    void paintRow(QPainter& painter, int row, const QPointF& topLeft,
                  const QPaintDevice* device) const;

    // User text as a cell prints it: what no font can draw written out, whitespace as HTML
    // would collapse it, line breaks kept.
    static QString plain(const QString& userText);

private:
    struct Laid;
    const Laid& laid(int row, const QPaintDevice* device) const;
    QList<qreal> columnWidths(qreal width, const QPaintDevice* device) const;

    QList<GridColumn> m_columns;
    qreal m_widthPoints;
    qreal m_paddingPx;
    bool m_ruled;
    bool m_hasHeader = false;
    QList<GridRow> m_rows; // the header first when there is one
    QList<QFont> m_fonts;  // body, body bold, header, header bold: built once, not per cell
    mutable QList<qreal> m_widths;
    mutable std::vector<std::unique_ptr<Laid>> m_laid;
};
