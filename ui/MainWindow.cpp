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
#include "team/LibraryTabs.h"
#include "widgets/Chime.h"
#include "widgets/KeyboardOrder.h"
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

MainWindow::MainWindow(WorkshopStore& store, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_clock(clock)
    , m_undoGroup(new QUndoGroup(this))
    , m_libraryStack(new QUndoStack(m_undoGroup))
    , m_memory(new SessionMemory(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // Each page is made in the parent it stays in: under the app's style sheet, moving a
    // widget works its style out again, all of it (a shown one is polished again too), and
    // that was most of start-up. The order in which the pages are made is the keyboard's
    // order through them.
    auto* central = new QWidget(this);
    m_pages = new QStackedWidget(central);
    createLibrary();
    m_workshop = new WorkshopPage(store, m_pages);
    m_notice = new NoticeBar(central);
    // Made with the list, the library's tabs still come after the message bar for Tab.
    KeyboardOrder::placeAfter(KeyboardOrder::lastOf(m_notice), {m_libraryTabs->tabBar()});
    m_chime = new Chime(this);
    m_exchange = new ExportActions(
        store,
        [this] {
            if (m_pages->currentWidget() == m_workshop)
                return m_workshop->workshopId();
            return m_libraryTabs && m_libraryTabs->showsTeam() ? 0
                                                               : m_library->selectedWorkshopId();
        },
        this);
    // One set of rules for keys and the wheel across every page and dialog of the app.
    auto* guard = new InputGuard(this);
    qApp->installEventFilter(guard);
    connect(guard, &InputGuard::textCut, m_notice,
            [this](QWidget*, int, int, const QString& message) { m_notice->showProblem(message); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/lodestar.svg")));
    m_undoGroup->setActiveStack(m_libraryStack);

    createTeam();
    m_pages->addWidget(m_libraryTabs);
    m_pages->addWidget(m_workshop);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createRoom();
    createMenus();
    connect(m_workshop, &WorkshopPage::runnerChanged, this, &MainWindow::onRunnerChanged);
    statusBar()->setSizeGripEnabled(false);
    connect(m_library, &LibraryPage::openRequested, this, &MainWindow::openWorkshop);
    connect(m_library, &LibraryPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(&m_store, &WorkshopStore::writeFailed, m_notice, &NoticeBar::showProblem);
    connect(m_library, &LibraryPage::problem, m_notice, &NoticeBar::showProblem);
    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if (changes.has(ChangeKind::Workshop))
            updateTitle();
        // A workshop deleted (or undone away) while open: go back to the library.
        if (changes.has(ChangeKind::Library) && openWorkshopId() &&
            !m_store.workshop(openWorkshopId()))
            showLibrary();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(qMin(1400, screen.width()), qMin(880, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_roomDock->hide(); // no room is open at the start, whatever the last session left
    updateTitle();
}

MainWindow::~MainWindow() {
    // The undo stacks die with the window's children, after this destructor has run; their
    // last signals must not reach a half-destroyed window.
    closeSession();
    m_undoGroup->disconnect(this);
}

qint64 MainWindow::openWorkshopId() const {
    return m_pages->currentWidget() == m_workshop ? m_workshop->workshopId() : 0;
}

void MainWindow::closeSession() {
    if (!m_session)
        return;
    m_room->setSession(nullptr); // closing the workshop closes its room
    endPresenting();
    m_workshop->closeWorkshop();
    m_undoGroup->setActiveStack(m_libraryStack);
    m_undoGroup->removeStack(&m_session->undoStack());
    m_session.reset();
}

void MainWindow::openWorkshop(qint64 workshopId) {
    if (!m_store.workshop(workshopId))
        return;
    closeSession();
    m_session = std::make_unique<WorkshopSession>(m_store, m_clock, workshopId, m_memory);
    m_undoGroup->addStack(&m_session->undoStack());
    connect(m_session.get(), &WorkshopSession::editFailed, m_notice, &NoticeBar::showProblem);
    // The menu's ticks follow what the session's projector shows, whoever changed it.
    connect(m_session.get(), &WorkshopSession::projectorChanged, this,
            &MainWindow::followProjector);
    followProjector();
    m_workshop->showWorkshop(*m_session);
    m_room->setSession(m_session.get());
    m_pages->setCurrentWidget(m_workshop);
    m_undoGroup->setActiveStack(&m_session->undoStack());
    m_exchange->updateEnabled();
    showLaptopActions(false);
    updateTitle();
}

void MainWindow::showLibrary() {
    const qint64 wasOpen = openWorkshopId();
    closeSession();
    m_pages->setCurrentWidget(m_libraryTabs);
    m_undoGroup->setActiveStack(m_libraryStack);
    showLaptopActions(!m_libraryTabs->showsTeam());
    if (wasOpen)
        m_library->selectWorkshop(wasOpen);
    m_libraryTabs->returnFocus(); // the list, the product history it was showing, or the team
    m_exchange->updateEnabled();
    updateTitle();
}

void MainWindow::updateTitle() {
    const auto workshop = openWorkshopId() ? m_store.workshop(openWorkshopId()) : std::nullopt;
    setWindowTitle(workshop ? tr("%1 — Lodestar").arg(UserText::isolate(workshop->title))
                            : tr("Lodestar"));
}

void MainWindow::showAbout() {
    QMessageBox box(this);
    box.setWindowTitle(tr("About Lodestar"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/lodestar.svg")).pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h2>Lodestar %1</h2><p>Run a North Star workshop from one laptop and a "
                   "projector: choose the game, draft and score candidates, and leave with "
                   "one North Star Metric and the inputs that drive it.</p>")
                    .arg(QStringLiteral(LODESTAR_VERSION)));
    box.setInformativeText(
        tr("<p>Lodestar is free software, licensed under the GNU General Public License, "
           "version 3 or later (GPL-3.0-or-later).</p><p>© 2026 The Lodestar authors. The "
           "workshop method follows the public North Star literature. Built with Qt %1 and "
           "SQLite; set in Inter.</p>")
            .arg(QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::showUserGuide() {
    QFile readme(QStringLiteral(":/guide/README.md"));
    QString text = readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll())
                                                    : tr("The user guide is missing.");
    // Show the user guide section, not the developer notes around it.
    const qsizetype start = text.indexOf(QLatin1String("\n## User guide"));
    if (start >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("\n## "), start + 5);
        text = text.mid(start, end < 0 ? -1 : end - start);
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lodestar user guide"));
    dialog.resize(760, 720);
    auto* browser = new QTextBrowser(&dialog);
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(false);
    browser->setMarkdown(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::createRoom() {
    m_room = new RoomControl(this);
    m_roomDock = new QDockWidget(tr("Who has joined"), this);
    m_roomDock->setObjectName(QStringLiteral("roomDock"));
    m_roomDock->setAccessibleName(tr("Who has joined"));
    m_roomDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_roomDock);
    m_roomDock->hide();
    connect(m_room, &RoomControl::problem, m_notice, &NoticeBar::showProblem);
    connect(m_room, &RoomControl::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_room, &RoomControl::roomChanged, this, [this](RoomServer* server) {
        if (server || m_roomPanel)
            roomPanel()->setRoom(server, server ? m_session.get() : nullptr);
        m_roomDock->setVisible(server != nullptr);
    });
}

RoomPanel* MainWindow::roomPanel() {
    if (!m_roomPanel) {
        // Made when a room first opens: most workshops never open one.
        m_roomPanel = new RoomPanel(m_roomDock);
        m_roomDock->setWidget(m_roomPanel);
        // In the keyboard's order where it was when made with the window.
        KeyboardOrder::placeAfter(m_libraryTabs->tabBar(), {m_roomPanel});
        connect(m_roomPanel, &RoomPanel::closeRequested, m_room, &RoomControl::close);
    }
    return m_roomPanel;
}

void MainWindow::onRunnerChanged(AgendaRunner* runner) {
    if (!runner)
        endPresenting();
    m_present->setEnabled(runner != nullptr);
    m_examples->setEnabled(runner != nullptr);
    if (!runner)
        m_examples->setChecked(false);
    if (runner) {
        connect(runner, &AgendaRunner::reachedZero, m_chime, &Chime::play);
        connect(runner, &AgendaRunner::timerRunningChanged, m_chime, [this](bool running) {
            if (running)
                m_chime->prepare();
        });
    }
}

AudienceWindow* MainWindow::audienceWindow() const {
    return m_audience.data();
}

void MainWindow::followProjector() {
    const WorkshopSession::Projector shown =
        m_session ? m_session->projector() : WorkshopSession::Projector{};
    // Ticking an action runs its toggled() handler, which asks the session for what it
    // already shows: nothing changes there, and the examples dialog opens or closes with it.
    m_blank->setChecked(shown.blank);
    m_checklist->setChecked(shown.checklist);
    m_examples->setChecked(shown.examples);
}

void MainWindow::setBackupPolicy(BackupPolicy* backups) {
    m_backups = backups;
    m_restore->setEnabled(backups != nullptr);
}

void MainWindow::restoreFromBackup() {
    if (!m_backups)
        return;
    showLibrary(); // the open workshop may not exist in the backup
    RestoreBackupDialog dialog(*m_backups, this);
    connect(&dialog, &RestoreBackupDialog::failed, m_notice, &NoticeBar::showProblem);
    connect(&dialog, &RestoreBackupDialog::restored, this, [this] {
        m_library->model()->reload();
        m_memory->clearUndo(); // their commands speak of the library as it was
        m_libraryStack->clear();
        statusBar()->showMessage(tr("Backup restored. What was there before was backed up "
                                    "first: restore that backup to go back."),
                                 10000);
    });
    dialog.exec();
}

void MainWindow::present() {
    if (!m_session)
        return;
    if (!m_audience) {
        m_audience = new AudienceWindow(*m_session, this);
        m_audience->setAttribute(Qt::WA_DeleteOnClose, false);
        m_audience->setLook(m_lightProjector->isChecked() ? AudienceWindow::Look::Light
                                                          : AudienceWindow::Look::Dark);
        connect(m_audience, &AudienceWindow::closeRequested, this, &MainWindow::endPresenting,
                Qt::QueuedConnection);
    }
    m_blank->setEnabled(true);
    m_checklist->setEnabled(true);
    m_room->attachProjector(m_audience); // how to join, while the room is open
    m_audience->present();
    activateWindow(); // the facilitator keeps typing on the console
}

void MainWindow::endPresenting() {
    if (!m_audience)
        return;
    AudienceWindow* audience = m_audience;
    m_audience = nullptr;
    m_room->attachProjector(nullptr);
    audience->hide();
    audience->deleteLater();
    // The blank screen and the checklist end with presenting; the examples (open on the
    // console too) and how to join (while the room is open) come back with the projector.
    if (m_session) {
        m_session->showOnProjector(WorkshopSession::Layer::Blank, false);
        m_session->showOnProjector(WorkshopSession::Layer::Checklist, false);
    }
    m_blank->setEnabled(false);
    m_checklist->setEnabled(false);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    closeSession(); // saves the stage timer
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
