#pragma once
// The dot-vote half of "decide" on the console. Each person has a few dots (editable, 3 by
// default) with at most a few on one candidate (2 by default). The facilitator picks a
// person, then adds or takes back dots on the candidates — with the mouse, or with + and −
// (or → and ←) in the ballot; ↑ ↓ Page Up and Page Down move in the ballot, and the
// projector shows the page of a long ballot that holds the candidate (as its matrix shows
// the page that holds the console's cell). A dot beyond a limit is
// refused with the reason, and nothing is stored. The projector stays blind until "Close the vote";
// reopening is possible, and every step can be undone.
#include <QWidget>

class QAbstractButton;
class QLabel;
class QListWidget;
class QSpinBox;
struct StageContext;

class DotVotePanel : public QWidget {
    Q_OBJECT

public:
    explicit DotVotePanel(StageContext& context, QWidget* parent = nullptr);

    QSpinBox* dotsBox() const { return m_dots; }
    QSpinBox* maxBox() const { return m_max; }
    QListWidget* people() const { return m_people; }
    QListWidget* ballot() const { return m_ballot; }
    QAbstractButton* addDotButton() const { return m_add; }
    QAbstractButton* removeDotButton() const { return m_remove; }
    QAbstractButton* closeButton() const { return m_close; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* tallyLabel() const { return m_tally; }

    void selectPerson(qint64 participantId);
    void selectCandidate(qint64 candidateId);
    qint64 currentPerson() const;
    qint64 currentCandidate() const;

public slots:
    void addDot();
    void removeDot();
    void toggleClosed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void refreshPeople();
    void refreshBallot();
    void refreshTally();
    // The projector follows the ballot's candidate to the page that holds it.
    void showPage();
    void saveLimits();
    void showProblem(const QString& problem);
    bool isClosed() const;

    StageContext& m_context;
    QSpinBox* m_dots;
    QSpinBox* m_max;
    QListWidget* m_people;
    QListWidget* m_ballot;
    QAbstractButton* m_add;
    QAbstractButton* m_remove;
    QAbstractButton* m_close;
    QLabel* m_state;
    QLabel* m_problem;
    QLabel* m_tally;
};
