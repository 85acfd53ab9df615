#pragma once
// The facilitator's crib for the current stage: what to say, a coaching tip, and notes
// saved as they are typed. Console only: nothing here ever reaches the projector.
#include <QFrame>

class AgendaRunner;
class QLabel;
class QPlainTextEdit;

class ScriptPanel : public QFrame {
    Q_OBJECT

public:
    ScriptPanel(AgendaRunner& runner, QWidget* parent = nullptr);
    QPlainTextEdit* notesEditor() const { return m_notes; }

private:
    void showStage();
    void saveNotes();

    AgendaRunner& m_runner;
    QString m_stageKey;
    QLabel* m_script;
    QLabel* m_tip;
    QPlainTextEdit* m_notes;
    bool m_loading = false;
};
