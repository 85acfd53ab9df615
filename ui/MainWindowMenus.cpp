// The main window's menus: File, Edit, Workshop, View and Help, and the actions in them.
#include "MainWindow.h"

#include "AudienceWindow.h"
#include "ExamplesDialog.h"
#include "ExportActions.h"
#include "InputGuard.h"
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "RestoreBackupDialog.h"
#include "UserText.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "room/RoomControl.h"
#include "room/RoomPanel.h"
#include "session/SessionMemory.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"
#include "team/TeamActions.h"
#include "widgets/Chime.h"
#include "widgets/NoticeBar.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_library->newAction());
    file->addAction(m_library->openAction());
    file->addAction(m_library->exampleAction());
    file->addSeparator();
    file->addMenu(m_exchange->exportMenu());
    file->addAction(m_exchange->importAction());
    file->addMenu(m_team->menu());
    connect(m_exchange, &ExportActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_exchange, &ExportActions::problem, m_notice, &NoticeBar::showProblem);
    connect(m_exchange, &ExportActions::workshopImported, this, [this](qint64 id) {
        if (!openWorkshopId())
            m_library->selectWorkshop(id);
    });
    // The library enables Open for a selected workshop; Export follows the same rule.
    connect(m_library->openAction(), &QAction::changed, m_exchange, &ExportActions::updateEnabled);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close workshop"), this, &MainWindow::showLibrary);
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    close->setShortcuts(closeKeys);
    file->addSeparator();
    m_restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    m_restore->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y too, which people bring from other desktops.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_library->renameAction());
    edit->addAction(m_library->duplicateAction());
    edit->addAction(m_library->deleteAction());
    edit->addSeparator();
    edit->addAction(m_library->findAction());
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString& text) {
        statusBar()->showMessage(text.isEmpty() ? QString()
                                                : tr("Ctrl+Z would undo: %1").arg(text));
    });

    createWorkshopMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* library = view->addAction(tr("Workshop &library"), this, &MainWindow::showLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(m_library->compareAction());
    QAction* fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    view->addAction(m_workshop->toggleScriptAction());
    view->addAction(m_roomDock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Lodestar"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createWorkshopMenu() {
    QMenu* workshop = menuBar()->addMenu(tr("&Workshop"));
    workshop->addActions(m_workshop->navigationActions());
    workshop->addSeparator();
    workshop->addActions(m_workshop->timerActions());
    QAction* mute = workshop->addAction(tr("Chime when time is up"));
    mute->setCheckable(true);
    mute->setChecked(!m_chime->isMuted());
    connect(mute, &QAction::toggled, m_chime, [this](bool on) { m_chime->setMuted(!on); });
    workshop->addSeparator();
    workshop->addAction(m_workshop->passLaptopAction());
    workshop->addSeparator();
    workshop->addAction(m_room->inviteAction());
    workshop->addAction(m_room->closeAction());
    workshop->addSeparator();

    m_present = workshop->addAction(tr("&Present on the projector"), this, &MainWindow::present);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setEnabled(false);
    m_blank = workshop->addAction(tr("&Blank the projector"));
    m_blank->setShortcut(QKeySequence(Qt::Key_B));
    m_blank->setCheckable(true);
    m_blank->setEnabled(false);
    m_checklist = workshop->addAction(tr("Show the &checklist on the projector"));
    m_checklist->setShortcut(QKeySequence(Qt::Key_C));
    m_checklist->setCheckable(true);
    m_checklist->setEnabled(false);
    m_examples = workshop->addAction(tr("Show the &example North Stars"));
    m_examples->setShortcut(QKeySequence(Qt::Key_E));
    m_examples->setCheckable(true);
    m_examples->setEnabled(false);
    workshop->addAction(m_room->joinAction());
    m_lightProjector = workshop->addAction(tr("&Light projector theme (bright rooms)"));
    m_lightProjector->setCheckable(true);
    m_lightProjector->setChecked(
        QSettings().value(QStringLiteral("projector/light"), false).toBool());
    // What the projector shows is the open workshop's session's: the actions ask it, and
    // followProjector() ticks them as it says.
    connect(m_blank, &QAction::toggled, this, [this](bool on) {
        if (m_session && m_audience)
            m_session->showOnProjector(WorkshopSession::Layer::Blank, on);
    });
    connect(m_checklist, &QAction::toggled, this, [this](bool on) {
        if (m_session && m_audience)
            m_session->showOnProjector(WorkshopSession::Layer::Checklist, on);
    });
    connect(m_examples, &QAction::toggled, this, [this](bool on) {
        // The cheat sheet opens on both windows: a dialog here, an overlay on the projector
        // (now, or when presenting starts).
        if (m_session)
            m_session->showOnProjector(WorkshopSession::Layer::Examples, on);
        if (on && !m_examplesDialog) {
            m_examplesDialog = new ExamplesDialog(this);
            connect(m_examplesDialog, &QDialog::finished, m_examples,
                    [this] { m_examples->setChecked(false); });
        }
        if (m_examplesDialog)
            m_examplesDialog->setVisible(on);
    });
    connect(m_lightProjector, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("projector/light"), on);
        if (m_audience)
            m_audience->setLook(on ? AudienceWindow::Look::Light : AudienceWindow::Look::Dark);
    });
}
