#pragma once
// The console page of "share and score": the candidates in front of the room (the shortlist),
// one at a time on the projector, scored against the seven checklist criteria with yes /
// partly / no — by the group's consensus or person by person with the room's aggregate —
// with metric hints beside each and elimination with a reason. Alt+Left / Alt+Right move
// through the candidates; the stage's focus remembers which one is up (its id), so the
// projector follows and a restart comes back to it. Every edit can be undone.
#include "domain/Candidate.h"
#include "domain/Scoring.h"
#include "domain/Workshop.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class CandidateBrief;
class ChecklistScorer;
class QAbstractButton;
class ScoreTotalsBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
struct PlannedStage;
struct StageContext;

class ScorePage : public QWidget {
    Q_OBJECT

public:
    ScorePage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    QListWidget* candidateList() const { return m_list; }
    CandidateBrief* brief() const { return m_brief; }
    ChecklistScorer* scorer() const { return m_scorer; }
    QAbstractButton* consensusButton() const { return m_consensus; }
    QAbstractButton* perPersonButton() const { return m_perPerson; }
    QComboBox* personBox() const { return m_person; }
    QLabel* totalLabel() const { return m_total; }
    ScoreTotalsBar* totalsBar() const { return m_totalsBar; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QAbstractButton* eliminateButton() const { return m_eliminate; }
    QAbstractButton* restoreButton() const { return m_restore; }
    QLabel* problemLabel() const { return m_problem; }
    qint64 currentCandidateId() const;

public slots:
    void showNext();
    void showPrevious();
    void eliminateCurrent();
    void restoreCurrent();

private:
    QWidget* createListCard();
    QWidget* createChecklistCard();
    void refresh();
    void refreshSoon();
    // `scores` and `workshop`: read once for the list and the checklist (sixty phones
    // answering make a store change for every pass of the event loop).
    void refreshList(int current, const QList<ChecklistScore>& scores, bool hidden);
    void refreshScores();
    void refreshScores(const QList<ChecklistScore>& scores,
                       const std::optional<Workshop>& workshop);
    void showCandidateAt(int index);
    void answer(int row, std::optional<ChecklistAnswer> answer);
    void setPerPerson(bool perPerson);
    void nextPerson();
    qint64 currentPerson() const;
    int currentIndex() const;
    bool roomHidden(const std::optional<Workshop>& workshop) const;

    StageContext& m_context;
    QTimer m_refreshSoon;
    QList<Candidate> m_candidates;
    // What a phone's answer leaves as it was: read again only after other changes.
    bool m_candidatesRead = false;
    bool m_rosterRead = false; // m_person's names
    QListWidget* m_list = nullptr;
    QAbstractButton* m_previous = nullptr;
    QAbstractButton* m_next = nullptr;
    CandidateBrief* m_brief = nullptr;
    QLineEdit* m_reason = nullptr;
    QAbstractButton* m_eliminate = nullptr;
    QAbstractButton* m_restore = nullptr;
    QLabel* m_problem = nullptr;
    QAbstractButton* m_consensus = nullptr;
    QAbstractButton* m_perPerson = nullptr;
    QComboBox* m_person = nullptr;
    QLabel* m_personHint = nullptr;
    ChecklistScorer* m_scorer = nullptr;
    QLabel* m_total = nullptr;
    ScoreTotalsBar* m_totalsBar = nullptr;
};
