#pragma once
// The console page of "decide": the decision matrix over the surviving candidates and the
// dot vote, one tab each (the tab open here is the one the projector shows), with the
// leaders of both side by side underneath, ready for converging. The first time the page
// opens on a workshop without criteria, the four standard criteria are set up.
#include <QWidget>

class DotVotePanel;
class MatrixPanel;
class QLabel;
class QTabWidget;
struct PlannedStage;
struct StageContext;

class DecidePage : public QWidget {
    Q_OBJECT

public:
    DecidePage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    MatrixPanel* matrixPanel() const { return m_matrix; }
    DotVotePanel* votePanel() const { return m_vote; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* matrixLeaderLabel() const { return m_matrixLeader; }
    QLabel* voteLeaderLabel() const { return m_voteLeader; }

    static void ensureCriteria(StageContext& context);

private:
    QWidget* createLeadersCard();
    void refreshLeaders();

    StageContext& m_context;
    MatrixPanel* m_matrix = nullptr;
    DotVotePanel* m_vote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_matrixLeader = nullptr;
    QLabel* m_voteLeader = nullptr;
};
