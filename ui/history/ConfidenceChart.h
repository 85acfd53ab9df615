#pragma once
// The team's confidence in a North Star over time, from its check-ins: the date across, 1 to
// 5 up, one line for the metric (thick, night) and one per input, each in its own colour and
// dash so colour is never the only cue, and a legend naming them. Every check-in is a visible
// point, so a single check-in still shows; hovering a point names its values. Painted here
// rather than by Qt Charts, which loaded its library and OpenGL's into every start of the app
// for this one picture (issue #16). Names are user text, drawn as plain text. A painting says
// nothing to a screen reader: the accessible description lists every value.
#include "domain/CheckIn.h"
#include "domain/Input.h"

#include <QColor>
#include <QWidget>

class ConfidencePlot;

class ConfidenceChart : public QWidget {
    Q_OBJECT

public:
    // One check-in's level on a line.
    struct Point {
        QDate date;
        int level = 0;
    };
    struct Line {
        QString name;        // plain, as written (the legend draws it on one line)
        QList<Point> points; // oldest first; none where the team left an input unrated
        QColor colour;
        Qt::PenStyle dash = Qt::SolidLine;
        qreal width = 2;
        int dot = 5; // the points' diameter: each line's smaller than the one before
    };

    explicit ConfidenceChart(QWidget* parent = nullptr);

    // `checkIns` in any order; `inputs` those of the North Star reviewed, in their order.
    void setCheckIns(const QList<CheckIn>& checkIns, const QString& metricName,
                     const QList<Input>& inputs);

    const QList<Line>& lines() const { return m_lines; } // the metric's first
    // The plain names the legend shows, in the lines' order.
    QStringList names() const;
    // The days the date axis spans: a fortnight or more either side of the check-ins.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // Where the `index`th point of line `line` is drawn at the present size.
    QPointF pointAt(int line, int index) const;
    // The dates labelled under the axis at the present size, oldest first.
    QStringList dateLabels() const;

    QSize sizeHint() const override { return {640, 280}; }
    QSize minimumSizeHint() const override { return {320, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    ConfidencePlot plot() const;
    void describe(const QString& metricName, int checkIns);
    QString pointsNear(const QPoint& pos) const;
    qreal dotScale(const ConfidencePlot& plot) const;

    QList<Line> m_lines;
    QStringList m_labels; // the names as drawn: the metric's isolated in its sentence
    QDate m_first;
    QDate m_last;
};
