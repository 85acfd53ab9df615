#pragma once
// Person by person, on the console under the checklist: how many people have answered the
// candidate on screen (from the console or their phones) and the switch that shows the
// room's totals on the projector. Until then the projector shows only the count, so nobody
// answers with the room's running result in view.
#include <QWidget>

class QLabel;
class QPushButton;

class ScoreTotalsBar : public QWidget {
    Q_OBJECT

public:
    explicit ScoreTotalsBar(QWidget* parent = nullptr);

    // `answered` of `people` have answered every point; `shown`: the totals are on screen.
    void setState(int answered, int people, bool shown);

    QLabel* answeredLabel() const { return m_answered; }
    QPushButton* totalsButton() const { return m_totals; }

signals:
    void totalsRequested(bool shown);

private:
    QLabel* m_answered;
    QPushButton* m_totals;
};
