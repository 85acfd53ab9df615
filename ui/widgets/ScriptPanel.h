#pragma once
// The facilitator's crib for the current stage: what to say, a coaching tip, and notes
// saved as they are typed. Console only: nothing here ever reaches the projector.
#include <QFrame>

class AgendaRunner;
class QLabel;
class TypingSessions;
class WorkshopSession;
class QPlainTextEdit;

class ScriptPanel : public QFrame {
    Q_OBJECT

public:
    ScriptPanel(WorkshopSession& session, QWidget* parent = nullptr);
    QPlainTextEdit* notesEditor() const { return m_notes; }

private:
    void showStage();
    void saveNotes();
    void followStore(const QString& stageKey); // an undo of the notes

    WorkshopSession& m_session;
    AgendaRunner& m_runner;
    TypingSessions* m_typing;
    QString m_stageKey;
    QLabel* m_script;
    QLabel* m_tip;
    QPlainTextEdit* m_notes;
    bool m_loading = false;
};
