#pragma once
// The facilitator's window: the workshop library, and an open workshop. Owns the menus,
// the library's undo stack, the open workshop's session (which holds that workshop's undo
// stack), the memory that keeps each session's history while the app runs, and the window's
// remembered geometry. Reads and writes only through the WorkshopStore it is given.
#include <QMainWindow>
#include <QPointer>

#include <memory>

class AgendaRunner;
class AudienceWindow;
class BackupPolicy;
class Chime;
class Clock;
class ExamplesDialog;
class ExportActions;
class LibraryPage;
class LibraryTabs;
class NoticeBar;
class QDockWidget;
class QStackedWidget;
class RoomControl;
class RoomPanel;
class QUndoGroup;
class QUndoStack;
class SessionMemory;
class TeamActions;
class TeamView;
class WorkshopPage;
class WorkshopSession;
class WorkshopStore;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(WorkshopStore& store, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    LibraryPage* libraryPage() const { return m_library; }
    // The library's two views: this laptop's workshops and the team library's (Team view),
    // and File ▸ Team library.
    LibraryTabs* libraryTabs() const { return m_libraryTabs; }
    // Made when first wanted (LibraryTabs).
    TeamView* teamView() const;
    TeamActions* team() const { return m_team; }
    WorkshopPage* workshopPage() const { return m_workshop; }
    NoticeBar* noticeBar() const { return m_notice; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    qint64 openWorkshopId() const;
    WorkshopSession* session() const { return m_session.get(); }
    AudienceWindow* audienceWindow() const; // null while not presenting
    ExportActions* exchange() const { return m_exchange; }
    // The room the phones join (Workshop ▸ Invite the room) and its "Who has joined" panel.
    RoomControl* room() const { return m_room; }
    // Made when a room first opens (or when asked for).
    RoomPanel* roomPanel();
    QDockWidget* roomDock() const { return m_roomDock; }
    // Enables File ▸ Restore from backup; the policy must outlive the window.
    void setBackupPolicy(BackupPolicy* backups);

public slots:
    void openWorkshop(qint64 workshopId);
    void showLibrary();
    void showAbout();
    void showUserGuide();
    void present();
    void restoreFromBackup();
    void endPresenting();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createWorkshopMenu();
    void createRoom(); // the room's control and its dock, before the window state is restored
    void onRunnerChanged(AgendaRunner* runner);
    void followProjector(); // ticks the projector's actions as the session's state says
    void updateTitle();
    void closeSession();  // saves the stage timer; the history stays in memory
    void createLibrary(); // the library's page in its tabs (MainWindowTeam.cpp)
    void createTeam();    // the Team view and File ▸ Team library (MainWindowTeam.cpp)
    void showLaptopActions(bool shown);

    WorkshopStore& m_store;
    const Clock& m_clock;
    QUndoGroup* m_undoGroup;
    QUndoStack* m_libraryStack;
    SessionMemory* m_memory;
    std::unique_ptr<WorkshopSession> m_session;
    QStackedWidget* m_pages = nullptr;
    LibraryPage* m_library = nullptr;
    TeamActions* m_team = nullptr;
    LibraryTabs* m_libraryTabs = nullptr;
    WorkshopPage* m_workshop = nullptr;
    NoticeBar* m_notice = nullptr;
    Chime* m_chime = nullptr;
    ExportActions* m_exchange = nullptr;
    QPointer<AudienceWindow> m_audience; // while presenting
    BackupPolicy* m_backups = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_present = nullptr;
    QAction* m_blank = nullptr;
    QAction* m_checklist = nullptr;
    QAction* m_examples = nullptr;
    ExamplesDialog* m_examplesDialog = nullptr;
    QAction* m_lightProjector = nullptr;
    RoomControl* m_room = nullptr;
    RoomPanel* m_roomPanel = nullptr;
    QDockWidget* m_roomDock = nullptr;
};
