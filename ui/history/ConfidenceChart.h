#pragma once
// The team's confidence in a North Star over time, from its check-ins: the date across, 1 to
// 5 up, one line for the metric (thick, night) and one per input, each in its own colour and
// dash so colour is never the only cue, and a legend naming them. Every check-in is a visible
// point, so a single check-in still shows. Names are user text: escaped before Qt Charts,
// which draws legend labels as rich text, sees them.
#include "domain/CheckIn.h"
#include "domain/Input.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class ConfidenceChart : public QChartView {
    Q_OBJECT

public:
    explicit ConfidenceChart(QWidget* parent = nullptr);

    // `checkIns` in any order; `inputs` those of the North Star reviewed, in their order.
    void setCheckIns(const QList<CheckIn>& checkIns, const QString& metricName,
                     const QList<Input>& inputs);

    QList<QLineSeries*> lines() const { return m_lines; } // the metric's first
    // The plain names the legend shows, in the lines' order.
    QStringList names() const { return m_names; }
    QDateTimeAxis* dateAxis() const { return m_dates; }
    QValueAxis* confidenceAxis() const { return m_levels; }

private:
    QLineSeries* addLine(const QString& name, int index);

    QDateTimeAxis* m_dates;
    QValueAxis* m_levels;
    QList<QLineSeries*> m_lines;
    QStringList m_names;
};
