#pragma once
// The console page of the last step of "Draft and converge": choose the North Star from the
// leaders (or write the room's own version of a candidate) and, in a revisit, say why the
// North Star carried over was kept or changed; write its sentence, name three
// to five inputs with owners, and record the game, a guardrail, the belief sentence, open
// questions and next steps. The checklist stays in view at the side. Every edit is saved at
// once and can be undone; problems show inline, never in a dialog.
#include <QWidget>

class ConvergeChecklistPanel;
class ConvergeChoiceCard;
class ConvergeFollowUpsCard;
class ConvergeGuardrailCard;
class ConvergeInputsCard;
class ConvergeMetricCard;
class ConvergeOutcomeCard;
class TypingSessions;
struct PlannedStage;
struct StageContext;

class ConvergePage : public QWidget {
    Q_OBJECT

public:
    ConvergePage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    ConvergeChoiceCard* choice() const { return m_choice; }
    ConvergeOutcomeCard* outcome() const { return m_outcome; }
    ConvergeMetricCard* metric() const { return m_metric; }
    ConvergeInputsCard* inputs() const { return m_inputs; }
    ConvergeGuardrailCard* guardrail() const { return m_guardrail; }
    ConvergeFollowUpsCard* followUps() const { return m_followUps; }
    ConvergeChecklistPanel* checklist() const { return m_checklist; }

private:
    void refresh();

    StageContext& m_context;
    TypingSessions* m_typing;
    ConvergeChoiceCard* m_choice;
    ConvergeOutcomeCard* m_outcome;
    ConvergeMetricCard* m_metric;
    ConvergeInputsCard* m_inputs;
    ConvergeGuardrailCard* m_guardrail;
    ConvergeFollowUpsCard* m_followUps;
    ConvergeChecklistPanel* m_checklist;
};
