#pragma once
// The facilitator's console for an open workshop: the header with the stage timer, the
// agenda rail, the current stage's page, and the script-and-notes panel. It owns the
// workshop's AgendaRunner, which the projector window also reads.
#include <QWidget>

#include <memory>

class AgendaRunner;
class Clock;
class CountdownDisplay;
class QAction;
class QLabel;
class ElidedLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoStack;
class ScriptPanel;
class StageRail;
class WorkshopStore;
struct StageContext;

class WorkshopPage : public QWidget {
    Q_OBJECT

public:
    WorkshopPage(WorkshopStore& store, const Clock& clock, QWidget* parent = nullptr);
    ~WorkshopPage() override;

    void showWorkshop(qint64 workshopId, QUndoStack& undoStack);
    void closeWorkshop();
    qint64 workshopId() const { return m_workshopId; }
    AgendaRunner* runner() const { return m_runner.get(); }
    StageContext* context() const { return m_context.get(); }
    StageRail* rail() const { return m_rail; }
    ScriptPanel* scriptPanel() const { return m_script; }
    QWidget* stagePage() const;

    // The console's commands, for the menus.
    QList<QAction*> timerActions() const;
    QList<QAction*> navigationActions() const;
    QAction* toggleScriptAction() const { return m_toggleScript; }

signals:
    void runnerChanged(AgendaRunner* runner); // a workshop was opened or closed

protected:
    // Space starts and pauses the timer, and B, C and E work the projector, except where the
    // focused control takes the key itself: Space on a button or tick box, and typed text in
    // a text field, spin box or combo box (whose typing picks an item).
    bool event(QEvent* event) override;

private:
    void createActions();
    void refreshHeader();
    void refreshTimer();
    void showStagePage();
    void clearBody();

    WorkshopStore& m_store;
    const Clock& m_clock;
    qint64 m_workshopId = 0;
    std::unique_ptr<AgendaRunner> m_runner;
    std::unique_ptr<StageContext> m_context;
    // One line each, shortened to the header: a long roster never widens the window.
    ElidedLabel* m_title;
    ElidedLabel* m_people;
    CountdownDisplay* m_countdown;
    QToolButton* m_startPause;
    QSplitter* m_body;
    StageRail* m_rail = nullptr;
    QStackedWidget* m_stageArea;
    ScriptPanel* m_script = nullptr;
    QAction* m_toggleTimer = nullptr;
    QAction* m_resetTimer = nullptr;
    QAction* m_plusMinute = nullptr;
    QAction* m_minusMinute = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_toggleScript = nullptr;
};
