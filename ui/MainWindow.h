#pragma once
// The facilitator's window: the workshop library, and an open workshop. Owns the menus,
// the undo history (one stack for the library, one per open workshop) and the window's
// remembered geometry. Reads and writes only through the WorkshopStore it is given.
#include <QHash>
#include <QMainWindow>

class AgendaRunner;
class AudienceWindow;
class BackupPolicy;
class Chime;
class Clock;
class ExamplesDialog;
class ExportActions;
class LibraryPage;
class NoticeBar;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class WorkshopPage;
class WorkshopStore;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(WorkshopStore& store, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    LibraryPage* libraryPage() const { return m_library; }
    WorkshopPage* workshopPage() const { return m_workshop; }
    NoticeBar* noticeBar() const { return m_notice; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    qint64 openWorkshopId() const;
    AudienceWindow* audienceWindow() const { return m_audience; }
    ExportActions* exchange() const { return m_exchange; }
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
    void onRunnerChanged(AgendaRunner* runner);
    void updateTitle();
    QUndoStack* stackForWorkshop(qint64 workshopId);

    WorkshopStore& m_store;
    QUndoGroup* m_undoGroup;
    QUndoStack* m_libraryStack;
    QHash<qint64, QUndoStack*> m_workshopStacks;
    QStackedWidget* m_pages;
    LibraryPage* m_library;
    WorkshopPage* m_workshop;
    NoticeBar* m_notice;
    Chime* m_chime;
    ExportActions* m_exchange;
    AudienceWindow* m_audience = nullptr;
    BackupPolicy* m_backups = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_present = nullptr;
    QAction* m_blank = nullptr;
    QAction* m_checklist = nullptr;
    QAction* m_examples = nullptr;
    ExamplesDialog* m_examplesDialog = nullptr;
    QAction* m_lightProjector = nullptr;
};
