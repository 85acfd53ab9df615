#pragma once
// Where the confidence chart draws at one size: the plotting area with the levels 1 to 5 up
// and the dates across, the dates' labels under it and the legend beside it. Kept apart from
// the painting so that the painter, the hover tooltips and the tests place a check-in at the
// same spot. Coordinates are the widget's (logical pixels; the painter scales them for high
// DPI); a right-to-left layout mirrors the whole picture, time included.
#include <QDate>
#include <QFont>
#include <QList>
#include <QRect>
#include <QStringList>

class ConfidencePlot {
public:
    struct Tick {
        QDate date;
        QString label;
    };

    // `names` the legend's entries; `first` and `last` the dates the axis spans (invalid
    // when there is nothing to plot).
    ConfidencePlot(const QRect& bounds, Qt::LayoutDirection direction, const QStringList& names,
                   const QDate& first, const QDate& last);

    static QFont axisFont();
    static QFont legendFont();
    // The room above and below 1 and 5, so that a point on either is not cut by the frame.
    static constexpr qreal LevelMargin = 0.4;

    QRectF area() const;
    bool hasDates() const { return m_first.isValid() && m_last.isValid(); }
    // Where a check-in of `date` (drawn at noon, inside its day) and a level go.
    qreal x(const QDate& date) const;
    qreal y(qreal level) const;
    // The dates labelled under the axis, as many as fit: days, weeks, months or years.
    const QList<Tick>& ticks() const { return m_ticks; }
    QRect tickLabel(int index) const;
    QRect levelLabel(int level) const;
    // The axis title's box before its quarter turn: centred on `titleCentre()`.
    QPointF titleCentre() const;
    int titleLength() const;
    QRect legendRow(int index) const;
    // The line sample and the name inside a legend row.
    QLineF legendSample(int index) const;
    QRect legendText(int index) const;
    // `logical` (left, right) as it reads in this direction, AlignAbsolute so the painter
    // does not turn it again.
    Qt::Alignment visualAlignment(Qt::Alignment logical) const;

private:
    QRect visual(const QRect& logical) const;
    qreal visualX(qreal logicalX) const;
    void chooseTicks();

    QRect m_bounds;
    Qt::LayoutDirection m_direction;
    QDate m_first;
    QDate m_last;
    int m_rows = 0;
    int m_rowHeight = 0;
    QRect m_legend; // logical, as if left to right
    QRectF m_area;  // logical
    QList<Tick> m_ticks;
};
