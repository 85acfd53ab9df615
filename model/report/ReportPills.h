#pragma once
// A card's checklist as a line of coloured pills, one per criterion, painted (issue #16):
// as HTML each pill was two styled spans that Qt parsed, laid out and drew one by one (at
// 200 candidates, a quarter of the export). Here the whole row is one QTextLayout with a
// format per pill, laid out once: the same text, colours, 150% line height and wrapping
// between pills, never inside one.
#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

struct Pill {
    QString title;  // the criterion
    QString answer; // in bold after it
    QColor fill, colour;
};

class PillRow {
public:
    PillRow(QList<Pill> pills, qreal widthPoints);
    ~PillRow();
    PillRow(PillRow&&) noexcept;
    PillRow& operator=(PillRow&&) noexcept;

    // In `device` units; laid out on the first call.
    QSizeF size(const QPaintDevice* device) const;
    void paint(QPainter& painter, const QPointF& topLeft, const QPaintDevice* device) const;

private:
    QTextLayout& laid(const QPaintDevice* device) const;
    void gather() const;

    QList<Pill> m_pills;
    qreal m_widthPoints;
    mutable std::unique_ptr<QTextLayout> m_layout;
    mutable QSizeF m_size;
    // What paint() draws: each pill's background, then its glyphs, gathered into one run
    // per font and colour (the PDF writer's cost is per run, not per glyph).
    mutable QList<std::pair<QRectF, QColor>> m_backgrounds;
    mutable QList<std::pair<QGlyphRun, QColor>> m_runs;
};
