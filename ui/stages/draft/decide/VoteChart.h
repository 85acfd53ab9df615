#pragma once
// The dot vote's result for the projector: one horizontal bar per candidate, most dots on
// top, the name to its left and the count at its end in large type. Tied candidates carry a
// "tie" label, so a tie is never hidden; the leaders get the star accent. Colours follow the
// projector's light or dark look (its palette). Painted here rather than by QtCharts, whose
// category axis hid or cut off names it had no room for: here every bar keeps its name,
// wrapped onto the lines its row has and shortened with "…" only past them.
#include "scoring/DotVote.h"

#include <QHash>
#include <QWidget>

class VoteChart : public QWidget {
    Q_OBJECT

public:
    explicit VoteChart(QWidget* parent = nullptr);

    // `tally` best first, as DotVote::tally returns it. A page of a long tally passes the most
    // dots of the whole tally in `most`, so that every page draws its bars to the same scale.
    void setTally(const QList<DotTally>& tally, const QHash<qint64, QString>& names, int most = 0);

    // What the chart shows, top bar first: each bar's name (with "· tie"), colour and count.
    QStringList labels() const;
    QList<QColor> barColours() const;
    QList<int> values() const;
    // The names as drawn at the present size, top bar first: wrapped lines joined with "\n",
    // "…" where a name had more lines than its row.
    QStringList drawnLabels() const;

    QSize sizeHint() const override { return {800, 400}; }
    // The colour names and counts are drawn in: the projector's label colour.
    QColor textColour() const { return m_text; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QString label;
        int dots = 0;
        bool leader = false;
    };
    // Where the rows go at the present size.
    struct Geometry {
        int top = 0;
        int rowHeight = 0;
        int nameWidth = 0;
        int maxLines = 1;
    };
    Geometry geometry() const;
    QStringList nameLines(const QString& label, int width, int maxLines) const;
    void describe();
    void takeTextColour();

    QList<Row> m_rows;
    int m_most = 1;
    QColor m_text;
};
