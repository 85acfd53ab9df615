#include "ConfidenceChart.h"

#include "Theme.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

// A check-in has a date, not a time: noon keeps it on its day in any time zone.
qreal at(const QDate& date) {
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

// The dash of the line at `index` (0 is the metric): solid, then ever lighter patterns.
Qt::PenStyle dash(int index) {
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::SolidLine,   Qt::DashLine,
                                          Qt::DotLine,   Qt::DashDotLine, Qt::DashDotDotLine};
    return styles[index % int(std::size(styles))];
}

} // namespace

ConfidenceChart::ConfidenceChart(QWidget* parent)
    : QChartView(parent)
    , m_dates(new QDateTimeAxis)
    , m_levels(new QValueAxis) {
    setObjectName(QStringLiteral("confidenceChart"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // a picture: the list beside it carries the same facts
    setMinimumHeight(260);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(Theme::font(10));
    chart->legend()->setLabelColor(Theme::color(Theme::Role::Ink));
    const QColor axisText = Theme::color(Theme::Role::MutedInk);
    m_dates->setLabelsFont(Theme::font(9.5));
    m_dates->setLabelsColor(axisText);
    m_dates->setGridLineColor(Theme::color(Theme::Role::Mist));
    m_levels->setLabelsFont(Theme::font(9.5));
    m_levels->setLabelsColor(axisText);
    m_levels->setGridLineColor(Theme::color(Theme::Role::Mist));
    m_levels->setTitleText(tr("Confidence (1–5)"));
    m_levels->setTitleFont(Theme::font(9.5));
    m_levels->setTitleBrush(axisText);
    // 1 to 5 with room above and below, so a point on 1 or 5 is not cut by the frame.
    m_levels->setRange(CheckIn::LowestConfidence - 0.4, CheckIn::HighestConfidence + 0.4);
    m_levels->setTickType(QValueAxis::TicksDynamic);
    m_levels->setTickAnchor(CheckIn::LowestConfidence);
    m_levels->setTickInterval(1);
    m_levels->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_dates, Qt::AlignBottom);
    chart->addAxis(m_levels, Qt::AlignLeft);
    setChart(chart);
}

QLineSeries* ConfidenceChart::addLine(const QString& name, int index) {
    auto* line = new QLineSeries;
    line->setName(name.toHtmlEscaped()); // legend labels are rich text
    const QList<QColor> colors = Theme::seriesColors();
    QPen pen(colors.at(index % colors.size()));
    pen.setWidthF(index == 0 ? 3.5 : 2.0);
    pen.setStyle(dash(index));
    line->setPen(pen);
    line->setPointsVisible(true);
    // Each line's dots are smaller than the ones before and drawn over them, so two lines on
    // the same level at the same check-in show as rings, one inside the other.
    line->setMarkerSize(std::max(5, 17 - 3 * index));
    chart()->addSeries(line);
    line->attachAxis(m_dates);
    line->attachAxis(m_levels);
    m_lines.append(line);
    m_names.append(name);
    return line;
}

void ConfidenceChart::setCheckIns(const QList<CheckIn>& checkIns, const QString& metricName,
                                  const QList<Input>& inputs) {
    chart()->removeAllSeries(); // deletes them
    m_lines.clear();
    m_names.clear();
    QList<CheckIn> oldestFirst = checkIns;
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
                     [](const CheckIn& a, const CheckIn& b) { return a.date < b.date; });
    QLineSeries* metric = addLine(tr("Metric: %1").arg(metricName), 0);
    for (const CheckIn& c : std::as_const(oldestFirst))
        metric->append(at(c.date), c.metricConfidence);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QLineSeries* line = addLine(inputs.at(i).name, int(i) + 1);
        for (const CheckIn& c : std::as_const(oldestFirst))
            if (const int level = c.confidenceIn(inputs.at(i).id); level > 0)
                line->append(at(c.date), level);
    }
    if (oldestFirst.isEmpty())
        return;
    // A fortnight either side (a single check-in sits in the middle), more for long spans.
    const QDate first = oldestFirst.first().date;
    const QDate last = oldestFirst.last().date;
    const qint64 pad = std::max<qint64>(14, first.daysTo(last) / 12);
    m_dates->setRange(QDateTime(first.addDays(-pad), QTime(0, 0)),
                      QDateTime(last.addDays(pad), QTime(23, 59)));
    const qint64 span = first.addDays(-pad).daysTo(last.addDays(pad));
    m_dates->setFormat(span > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy"));
    m_dates->setTickCount(span > 120 ? 6 : 3);
    setAccessibleName(tr("Confidence over time in “%1” and its inputs, %n check-in(s)", nullptr,
                         int(oldestFirst.size()))
                          .arg(metricName));
}
