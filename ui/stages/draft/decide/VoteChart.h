#pragma once
// The dot vote's result for the projector: one horizontal bar per candidate, most dots on
// top, the count at the end of each bar in large type. Bars with the same count share a
// colour and tied candidates carry a "tie" label, so a tie is never hidden; the leaders get
// the star accent. Colours follow the projector's light or dark look (its palette).
#include "scoring/DotVote.h"

#include <QChartView>
#include <QHash>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

class VoteChart : public QChartView {
    Q_OBJECT

public:
    explicit VoteChart(QWidget* parent = nullptr);

    // `tally` best first, as DotVote::tally returns it. A page of a long tally passes the most
    // dots of the whole tally in `most`, so that every page draws its bars to the same scale.
    void setTally(const QList<DotTally>& tally, const QHash<qint64, QString>& names, int most = 0);

    // What the chart shows, top bar first: the category labels and each bar's colour.
    QStringList labels() const;
    QList<QColor> barColours() const;
    QList<int> values() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QBarSet* m_set;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QList<DotTally> m_tally;
};
