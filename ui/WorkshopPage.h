#pragma once
// The facilitator's console for an open workshop: the header with the stage timer, the
// agenda rail, the current stage's page, and the script-and-notes panel. It shows the open
// workshop's session (which the main window owns) and lets go of it when the session closes.
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class AgendaRunner;
class PassLaptopBanner;
class PassTheLaptop;
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
class WorkshopSession;
class WorkshopStore;
struct StageContext;

class WorkshopPage : public QWidget {
    Q_OBJECT

public:
    explicit WorkshopPage(WorkshopStore& store, QWidget* parent = nullptr);
    ~WorkshopPage() override;

    void showWorkshop(WorkshopSession& session);
    void closeWorkshop();
    qint64 workshopId() const { return m_workshopId; }
    WorkshopSession* session() const;
    AgendaRunner* runner() const;
    StageContext* context() const { return m_context.get(); }
    StageRail* rail() const { return m_rail; }
    ScriptPanel* scriptPanel() const { return m_script; }
    QWidget* stagePage() const;

    // The console's commands, for the menus.
    QList<QAction*> timerActions() const;
    QList<QAction*> navigationActions() const;
    QAction* toggleScriptAction() const { return m_toggleScript; }

    // Pass-the-laptop mode (Workshop menu, Ctrl+Shift+P): hides the script and notes, running
    // tallies and other people's cards while the console goes round the room. Entering is one
    // keystroke; leaving asks first, through `confirm` (a message box unless replaced).
    QAction* passLaptopAction() const { return m_passLaptopAction; }
    PassTheLaptop* passTheLaptop() const { return m_passLaptop; }
    PassLaptopBanner* passLaptopBanner() const { return m_passBanner; }
    void setLeaveConfirmation(std::function<bool(QWidget*)> confirm);
    void enterPassTheLaptop();
    // Asks, and leaves the mode when the answer is yes; returns whether it left.
    bool leavePassTheLaptop();

signals:
    void runnerChanged(AgendaRunner* runner); // a workshop was opened or closed

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The agenda and the script beside the stage: narrower on a small screen (1366 wide), so
    // the stage keeps its room, until the facilitator drags the dividers.
    void fitPanes();
    void createActions();
    void refreshHeader();
    void refreshTimer();
    void showStagePage();
    // Whether the current stage would show the silent brainstorm's cards, still unrevealed,
    // to whoever holds the laptop; it then shows a note in their place.
    bool cardsPrivateHere() const;
    void clearBody();
    void createScriptPanel();

    WorkshopStore& m_store;
    bool m_panesMoved = false; // the facilitator sized the panes by hand
    qint64 m_workshopId = 0;
    QPointer<WorkshopSession> m_session;
    AgendaRunner* m_runner = nullptr; // the session's, while it is open
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
    PassTheLaptop* m_passLaptop;
    PassLaptopBanner* m_passBanner;
    QAction* m_passLaptopAction = nullptr;
    bool m_showingPrivacyNote = false;
    std::function<bool(QWidget*)> m_confirmLeave;
};
