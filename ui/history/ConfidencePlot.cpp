#include "ConfidencePlot.h"

#include "Theme.h"
#include "domain/CheckIn.h"

#include <QFontMetrics>
#include <QLineF>
#include <QLocale>

#include <algorithm>

namespace {

constexpr int Pad = 12;         // inside the card's border
constexpr int LabelGap = 6;     // between an axis and its labels
constexpr int SampleWidth = 44; // a legend row's line sample, dot in its middle
constexpr int LegendGap = 20;   // between the plotting area and the legend
constexpr int TickSpacing = 24; // at least between two date labels
constexpr int MaxDailyTicks = 400;

// The date steps tried, finest first; the first whose labels fit is drawn.
struct Step {
    int days;
    int months;
    const char* format;
};
constexpr Step Steps[] = {
    {1, 0, "d MMM yyyy"}, {7, 0, "d MMM yyyy"}, {14, 0, "d MMM yyyy"}, {0, 1, "MMM yyyy"},
    {0, 2, "MMM yyyy"},   {0, 3, "MMM yyyy"},   {0, 6, "MMM yyyy"},    {0, 12, "yyyy"},
    {0, 24, "yyyy"},      {0, 60, "yyyy"},      {0, 120, "yyyy"},
};

// The dates of `step` between `first` and `last`: every day, Mondays (every other one for a
// fortnight), or the first of every month, quarter, half-year or year on its calendar.
QList<QDate> datesOf(const Step& step, const QDate& first, const QDate& last) {
    QList<QDate> dates;
    if (step.days > 0) {
        if (first.daysTo(last) / step.days > MaxDailyTicks)
            return dates;
        for (QDate d = first; d <= last; d = d.addDays(1))
            if (step.days == 1 ||
                (d.dayOfWeek() == 1 && (d.toJulianDay() / 7) % (step.days / 7) == 0))
                dates << d;
        return dates;
    }
    for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1))
        if (d >= first && (d.year() * 12 + d.month() - 1) % step.months == 0)
            dates << d;
    return dates;
}

} // namespace

QFont ConfidencePlot::axisFont() {
    return Theme::font(9.5);
}

QFont ConfidencePlot::legendFont() {
    return Theme::font(10);
}

ConfidencePlot::ConfidencePlot(const QRect& bounds, Qt::LayoutDirection direction,
                               const QStringList& names, const QDate& first, const QDate& last)
    : m_bounds(bounds)
    , m_direction(direction)
    , m_first(first)
    , m_last(last)
    , m_rows(int(names.size())) {
    const QFontMetrics axis(axisFont());
    const QFontMetrics legend(legendFont());
    int widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, legend.horizontalAdvance(name));
    // A long name is shortened with "…" rather than squeezing the plot below three fifths.
    const int legendWidth =
        names.isEmpty() ? 0 : std::min(widest + SampleWidth + LabelGap, bounds.width() * 2 / 5);
    m_legend = QRect(bounds.right() - Pad - legendWidth + 1, bounds.top() + Pad, legendWidth,
                     bounds.height() - 2 * Pad);
    const int left = bounds.left() + Pad + axis.lineSpacing() + LabelGap +
                     axis.horizontalAdvance(QLocale().toString(CheckIn::HighestConfidence)) +
                     LabelGap;
    const int right = names.isEmpty() ? bounds.right() - Pad : m_legend.left() - LegendGap;
    const int top = bounds.top() + Pad + axis.height() / 2;
    const int bottom = bounds.bottom() - Pad - axis.height() - LabelGap;
    m_area =
        QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), std::max(top + 1, bottom)));
    m_rowHeight = legend.lineSpacing() + 8;
    if (m_rows > 0 && m_rows * m_rowHeight > m_legend.height())
        m_rowHeight = std::max(legend.lineSpacing(), m_legend.height() / m_rows);
    chooseTicks();
}

void ConfidencePlot::chooseTicks() {
    m_ticks.clear();
    if (!hasDates())
        return;
    const QFontMetrics axis(axisFont());
    const QLocale locale;
    QList<Tick> coarsest;
    int slot = 1;
    for (const Step& step : Steps) {
        QList<Tick> ticks;
        int widest = 0;
        for (const QDate& date : datesOf(step, m_first, m_last)) {
            const QString label = locale.toString(date, QString::fromLatin1(step.format));
            widest = std::max(widest, axis.horizontalAdvance(label));
            ticks.append({date, label});
        }
        if (ticks.isEmpty())
            continue;
        if (ticks.size() * (widest + TickSpacing) <= m_area.width()) {
            m_ticks = ticks;
            return;
        }
        coarsest = ticks;
        slot = widest + TickSpacing;
    }
    // Nothing fits (a very long span, or a narrow chart): every n-th of the coarsest.
    const qsizetype fit = std::max<qsizetype>(1, qsizetype(m_area.width()) / slot);
    const qsizetype every = (coarsest.size() + fit - 1) / fit;
    for (qsizetype i = 0; i < coarsest.size(); i += every)
        m_ticks.append(coarsest.at(i));
}

QRectF ConfidencePlot::area() const {
    if (m_direction == Qt::LeftToRight)
        return m_area;
    return QRectF(QPointF(visualX(m_area.right()), m_area.top()),
                  QPointF(visualX(m_area.left()), m_area.bottom()));
}

qreal ConfidencePlot::x(const QDate& date) const {
    if (!hasDates())
        return area().center().x();
    const qreal days = qreal(m_first.daysTo(m_last) + 1);
    const qreal at = (qreal(m_first.daysTo(date)) + 0.5) / days;
    return visualX(m_area.left() + at * m_area.width());
}

qreal ConfidencePlot::y(qreal level) const {
    const qreal lowest = CheckIn::LowestConfidence - LevelMargin;
    const qreal span = CheckIn::HighestConfidence - CheckIn::LowestConfidence + 2 * LevelMargin;
    return m_area.bottom() - (level - lowest) / span * m_area.height();
}

QRect ConfidencePlot::tickLabel(int index) const {
    const QFontMetrics axis(axisFont());
    const Tick& tick = m_ticks.at(index);
    const int width = axis.horizontalAdvance(tick.label) + 2;
    const qreal centre = visualX(x(tick.date)); // back to the logical side
    const int limit = m_rows > 0 ? m_legend.left() - LabelGap : m_bounds.right() - Pad;
    const int left = std::clamp(int(centre) - width / 2, m_bounds.left() + Pad, limit - width);
    return visual(QRect(left, int(m_area.bottom()) + LabelGap, width, axis.height()));
}

QRect ConfidencePlot::levelLabel(int level) const {
    const QFontMetrics axis(axisFont());
    const int width = axis.horizontalAdvance(QLocale().toString(CheckIn::HighestConfidence)) + 2;
    const int centre = int(y(level));
    return visual(QRect(int(m_area.left()) - LabelGap - width, centre - axis.height() / 2, width,
                        axis.height()));
}

QPointF ConfidencePlot::titleCentre() const {
    const QFontMetrics axis(axisFont());
    return {visualX(m_bounds.left() + Pad + axis.lineSpacing() / 2.0), m_area.center().y()};
}

int ConfidencePlot::titleLength() const {
    return int(m_area.height());
}

QRect ConfidencePlot::legendRow(int index) const {
    const int top = std::max(m_legend.top(), int(m_area.center().y()) - m_rows * m_rowHeight / 2);
    return visual(QRect(m_legend.left(), top + index * m_rowHeight, m_legend.width(), m_rowHeight));
}

QLineF ConfidencePlot::legendSample(int index) const {
    const QRect row = visual(legendRow(index)); // logical again
    const qreal middle = row.top() + row.height() / 2.0;
    return {visualX(row.left() + 2), middle, visualX(row.left() + SampleWidth - 6), middle};
}

QRect ConfidencePlot::legendText(int index) const {
    const QRect row = visual(legendRow(index));
    return visual(row.adjusted(SampleWidth + 2, 0, 0, 0));
}

Qt::Alignment ConfidencePlot::visualAlignment(Qt::Alignment logical) const {
    Qt::Alignment result = logical | Qt::AlignAbsolute;
    if (m_direction == Qt::RightToLeft && (logical & (Qt::AlignLeft | Qt::AlignRight))) {
        result ^= Qt::AlignLeft | Qt::AlignRight;
    }
    return result;
}

QRect ConfidencePlot::visual(const QRect& logical) const {
    if (m_direction == Qt::LeftToRight)
        return logical;
    return {m_bounds.left() + m_bounds.right() - logical.right(), logical.top(), logical.width(),
            logical.height()};
}

qreal ConfidencePlot::visualX(qreal logicalX) const {
    if (m_direction == Qt::LeftToRight)
        return logicalX;
    return m_bounds.left() + m_bounds.right() + 1 - logicalX;
}
