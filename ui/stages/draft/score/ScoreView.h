#pragma once
// The projector's face of "share and score": the one candidate the facilitator has put up,
// large — its name, the template sentence, the definition, the inputs, its checklist result
// and any metric hints. Person by person, the checklist shows only how many have answered
// until the facilitator shows the totals. Before the silent brainstorm's Reveal it shows no
// candidate text at all, only that the cards are still private.
#include <QWidget>

class QVBoxLayout;
struct StageContext;

class ScoreView : public QWidget {
    Q_OBJECT

public:
    ScoreView(const StageContext& context, QWidget* parent = nullptr);

private:
    void rebuild();
    void clear();
    QWidget* createChecklist(qint64 candidateId);
    void addAnsweredCount(QVBoxLayout* body, qint64 candidateId);

    const StageContext& m_context;
    QVBoxLayout* m_layout;
};
