#include "ConfidenceChart.h"

#include "ConfidencePlot.h"
#include "Theme.h"
#include "UserText.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>

#include <algorithm>

namespace {

// The dash of the line at `index` (0 is the metric): solid, then ever lighter patterns.
Qt::PenStyle dash(int index) {
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::SolidLine,   Qt::DashLine,
                                          Qt::DotLine,   Qt::DashDotLine, Qt::DashDotDotLine};
    return styles[index % int(std::size(styles))];
}

QString spokenDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

ConfidenceChart::ConfidenceChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("confidenceChart"));
    setFocusPolicy(Qt::NoFocus); // a picture: the list beside it carries the same facts
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(260);
    setAccessibleName(tr("Confidence over time"));
}

void ConfidenceChart::setCheckIns(const QList<CheckIn>& checkIns, const QString& metricName,
                                  const QList<Input>& inputs) {
    QList<CheckIn> oldestFirst = checkIns;
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
                     [](const CheckIn& a, const CheckIn& b) { return a.date < b.date; });
    const QList<QColor> colours = Theme::seriesColors();
    auto line = [&](const QString& name, int index) {
        return Line{name,
                    {},
                    colours.at(index % colours.size()),
                    dash(index),
                    index == 0 ? 3.5 : 2.0,
                    std::max(6, 28 - 5 * index)};
    };
    m_lines.clear();
    m_lines.append(line(tr("Metric: %1").arg(metricName), 0));
    m_labels = {tr("Metric: %1").arg(UserText::isolate(metricName.simplified()))};
    for (const CheckIn& c : std::as_const(oldestFirst))
        if (CheckIn::isConfidence(c.metricConfidence))
            m_lines.first().points.append({c.date, c.metricConfidence});
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        m_lines.append(line(inputs.at(i).name, int(i) + 1));
        m_labels.append(inputs.at(i).name.simplified());
        for (const CheckIn& c : std::as_const(oldestFirst))
            if (const int level = c.confidenceIn(inputs.at(i).id); CheckIn::isConfidence(level))
                m_lines.last().points.append({c.date, level});
    }
    m_first = m_last = QDate();
    if (!oldestFirst.isEmpty()) {
        // A fortnight either side (a single check-in sits in the middle), more for long spans.
        const QDate first = oldestFirst.first().date;
        const QDate last = oldestFirst.last().date;
        const qint64 pad = std::max<qint64>(14, first.daysTo(last) / 12);
        m_first = first.addDays(-pad);
        m_last = last.addDays(pad);
    }
    describe(metricName, int(oldestFirst.size()));
    update();
}

void ConfidenceChart::describe(const QString& metricName, int checkIns) {
    setAccessibleName(
        tr("Confidence over time in “%1” and its inputs, %n check-in(s)", nullptr, checkIns)
            .arg(metricName));
    QStringList lines;
    for (const Line& line : std::as_const(m_lines)) {
        QStringList values;
        for (const Point& p : line.points)
            values << tr("%1 on %2").arg(p.level).arg(spokenDate(p.date));
        const QString name = line.name.simplified(); // one line of the description each
        lines << (values.isEmpty() ? tr("%1: not rated").arg(name)
                                   : tr("%1: %2").arg(name, values.join(QStringLiteral("; "))));
    }
    setAccessibleDescription(checkIns == 0 ? tr("No check-ins yet.") : lines.join(u'\n'));
}

QStringList ConfidenceChart::names() const {
    QStringList result;
    for (const Line& line : m_lines)
        result << line.name;
    return result;
}

ConfidencePlot ConfidenceChart::plot() const {
    return ConfidencePlot(rect(), layoutDirection(), m_labels, m_first, m_last);
}

QPointF ConfidenceChart::pointAt(int line, int index) const {
    const ConfidencePlot plot = this->plot();
    const Point& p = m_lines.at(line).points.at(index);
    return {plot.x(p.date), plot.y(p.level)};
}

QStringList ConfidenceChart::dateLabels() const {
    const ConfidencePlot plot = this->plot();
    QStringList result;
    for (const ConfidencePlot::Tick& tick : plot.ticks())
        result << tick.label;
    return result;
}

void ConfidenceChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this); // the card, from the sheet
    painter.setRenderHint(QPainter::Antialiasing);
    // Each text takes its direction from its first letter: a date or a number reads the same
    // in a right-to-left layout, which only mirrors where things go.
    painter.setLayoutDirection(Qt::LayoutDirectionAuto);
    const ConfidencePlot plot = this->plot();
    const QRectF area = plot.area();
    const QColor grid = Theme::color(Theme::Role::Mist);
    const QColor axisText = Theme::color(Theme::Role::MutedInk);
    const QLocale locale;
    painter.setFont(ConfidencePlot::axisFont());
    for (int level = CheckIn::LowestConfidence; level <= CheckIn::HighestConfidence; ++level) {
        const qreal y = plot.y(level);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(axisText);
        painter.drawText(plot.levelLabel(level),
                         plot.visualAlignment(Qt::AlignRight | Qt::AlignVCenter),
                         locale.toString(level));
    }
    for (int i = 0; i < plot.ticks().size(); ++i) {
        const qreal x = plot.x(plot.ticks().at(i).date);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 4));
        painter.setPen(axisText);
        painter.drawText(plot.tickLabel(i), Qt::AlignCenter, plot.ticks().at(i).label);
    }
    QColor axis = axisText;
    axis.setAlpha(140);
    painter.setPen(QPen(axis, 1));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const qreal start = rtl ? area.right() : area.left();
    painter.drawLine(QPointF(start, area.top()), QPointF(start, area.bottom()));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.save();
    painter.setPen(axisText);
    painter.translate(plot.titleCentre());
    painter.rotate(-90);
    const int length = plot.titleLength();
    const int thickness = QFontMetrics(ConfidencePlot::axisFont()).height();
    painter.drawText(QRect(-length / 2, -thickness / 2, length, thickness), Qt::AlignCenter,
                     tr("Confidence (1–5)"));
    painter.restore();
    if (!plot.hasDates())
        painter.drawText(area, Qt::AlignCenter, tr("No check-ins yet"));

    // Every line first, then every point over them, each line's smaller than the one before:
    // two lines at one level on one day show as rings, one inside the other.
    for (const Line& line : std::as_const(m_lines)) {
        QPolygonF polyline;
        for (const Point& p : line.points)
            polyline << QPointF(plot.x(p.date), plot.y(p.level));
        painter.setPen(QPen(line.colour, line.width, line.dash, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(polyline);
    }
    // Points closer together than the metric's dot shrink, down to a third, to stay apart.
    const qreal scale = dotScale(plot);
    painter.setPen(Qt::NoPen);
    for (const Line& line : std::as_const(m_lines)) {
        painter.setBrush(line.colour);
        const qreal radius = std::max(1.5, line.dot * scale / 2);
        for (const Point& p : line.points)
            painter.drawEllipse(QPointF(plot.x(p.date), plot.y(p.level)), radius, radius);
    }

    painter.setFont(ConfidencePlot::legendFont());
    const QFontMetrics legend(ConfidencePlot::legendFont());
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        const QLineF sample = plot.legendSample(i);
        painter.setPen(QPen(line.colour, line.width, line.dash, Qt::FlatCap));
        painter.drawLine(sample);
        painter.setPen(Qt::NoPen);
        painter.setBrush(line.colour);
        const qreal radius = std::min(line.dot, 10) / 2.0;
        painter.drawEllipse(sample.center(), radius, radius);
        const QRect text = plot.legendText(i);
        painter.setPen(Theme::color(Theme::Role::Ink));
        painter.drawText(text, plot.visualAlignment(Qt::AlignLeft | Qt::AlignVCenter),
                         legend.elidedText(m_labels.at(i), Qt::ElideRight, text.width()));
    }
}

qreal ConfidenceChart::dotScale(const ConfidencePlot& plot) const {
    QList<QDate> dates;
    for (const Line& line : m_lines)
        for (const Point& p : line.points)
            dates << p.date;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.size() < 2 || m_lines.isEmpty())
        return 1;
    const qreal gap = std::abs(plot.x(dates.last()) - plot.x(dates.first())) / (dates.size() - 1);
    return std::clamp(gap / (m_lines.first().dot + 2), 1 / 3.0, 1.0);
}

bool ConfidenceChart::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    QString text = pointsNear(help->pos());
    const ConfidencePlot plot = this->plot();
    for (int i = 0; text.isEmpty() && i < m_lines.size(); ++i)
        if (plot.legendRow(i).contains(help->pos()))
            text = m_lines.at(i).name; // the whole name, where the legend shortened it
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

// "6 September 2026 / Metric: …: 4 of 5 / Cooking households: 4 of 5": every point under the
// pointer, the rings included.
QString ConfidenceChart::pointsNear(const QPoint& pos) const {
    const ConfidencePlot plot = this->plot();
    QMap<QDate, QStringList> near;
    for (int l = 0; l < m_lines.size(); ++l)
        for (const Point& p : m_lines.at(l).points) {
            const QPointF at(plot.x(p.date), plot.y(p.level));
            if (QLineF(at, pos).length() <= std::max(8.0, m_lines.at(l).dot / 2.0 + 3))
                near[p.date] << tr("%1: %2 of 5").arg(m_lines.at(l).name).arg(p.level);
        }
    QStringList parts;
    for (auto it = near.cbegin(); it != near.cend(); ++it)
        parts << spokenDate(it.key()) + u'\n' + it.value().join(u'\n');
    return parts.join(QStringLiteral("\n\n"));
}
