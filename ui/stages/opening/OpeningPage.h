#pragma once
// The console page of block 1, the opening discussion: steps the room through the opening
// questions one at a time (the projector follows), keeps the facilitator's notes per
// question, and checks the roster: room size, missing disciplines, the safety reminder.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
struct PlannedStage;
struct StageContext;

class OpeningPage : public QWidget {
    Q_OBJECT

public:
    OpeningPage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    int currentQuestion() const { return m_index; }
    QPlainTextEdit* notesEditor() const { return m_notes; }

public slots:
    void showQuestion(int index);
    void nextQuestion() { showQuestion(m_index + 1); }
    void previousQuestion() { showQuestion(m_index - 1); }

private:
    QWidget* createRosterCard();
    void refreshRoster();
    void followStoredNotes();
    void saveNote();
    void showFacilitatorNotes();

    StageContext& m_context;
    QString m_stageKey;
    int m_index = -1;
    QLabel* m_counter;
    QLabel* m_question;
    QLabel* m_guide;
    QPlainTextEdit* m_notes;
    QPushButton* m_previous;
    QPushButton* m_next;
    class TypingSessions* m_typing;
    QLabel* m_size = nullptr;
    QLabel* m_missing = nullptr;
};
