// The Team view through the real window: connecting, the list, refreshing, waiting and
// failing (see TestTeamWindow.h).
#include "TestTeamWindow.h"

#include "LibraryPage.h"
#include "MainWindow.h"
#include "Theme.h"
#include "storage/TeamLibrary.h"
#include "team/LibraryTabs.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamConnectDialog.h"
#include "team/TeamListModel.h"
#include "team/TeamProgress.h"
#include "team/TeamView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>

constexpr int ServerWait = 20000; // ms: generous for a loaded machine; QTRY ends at once when met

void TestTeamWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    Theme::applyConsoleTheme(*qApp);          // look as the app looks, for the grabs
    if (!m_cluster.start())
        QFAIL(qPrintable(m_cluster.error()));
}

void TestTeamWindow::cleanupTestCase() {
    m_cluster.stop();
}

void TestTeamWindow::init() {
    QVERIFY(m_cluster.sql(QStringLiteral("TRUNCATE lodestar.team_copy, "
                                         "lodestar.team_workshop RESTART IDENTITY")));
    QSettings().remove(QStringLiteral("team"));
    m_vault.entries.clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    openWindow();
}

void TestTeamWindow::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestTeamWindow::openWindow() {
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->team()->setPasswordVault(&m_vault); // before the window's first event
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

TeamView* TestTeamWindow::teamView() const {
    return m_window->teamView();
}

QWidget* TestTeamWindow::teamBusy() const {
    return m_window->findChild<TeamProgress*>();
}

void TestTeamWindow::showTeam() {
    QTabBar* tabs = m_window->libraryTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(LibraryTabs::Team).center());
    QVERIFY(m_window->libraryTabs()->showsTeam());
}

TeamConnectDialog* TestTeamWindow::fillDialog(const QString& user, const QString& password,
                                              PostgresCluster* cluster, const QString& database) {
    if (!cluster)
        cluster = &m_cluster;
    m_window->team()->connectAction()->trigger();
    TeamConnectDialog* dialog = m_window->team()->connectDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    const auto type = [dialog](const char* name, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type("teamHost", cluster->socketFolder());
    auto* port = dialog->findChild<QSpinBox*>(QStringLiteral("teamPort"));
    port->selectAll();
    QTest::keyClicks(port, QString::number(cluster->port()));
    type("teamDatabase", database);
    type("teamUser", user);
    type("teamPassword", password);
    auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("teamTls"));
    tls->setCurrentIndex(tls->findData(int(TeamAddress::Tls::Disable))); // a Unix socket
    return dialog;
}

bool TestTeamWindow::connectAs(const char* user, PostgresCluster* cluster) {
    QPointer<TeamConnectDialog> dialog =
        fillDialog(QString::fromLatin1(user), passwordOf(user), cluster);
    if (!dialog)
        return false;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !dialog; }, ServerWait))
        return false;
    showTeam();
    return QTest::qWaitFor(
        [this] {
            return teamView()->showsList() && m_window->team()->client()->pendingCount() == 0;
        },
        ServerWait);
}

std::unique_ptr<TeamLibrary> TestTeamWindow::opened(const char* user) {
    auto team = std::make_unique<TeamLibrary>(
        m_cluster.keyValue(QString::fromLatin1(user), passwordOf(user)));
    if (!team->open())
        qWarning("%s", qPrintable(team->lastError()));
    return team;
}

qint64 TestTeamWindow::publishAs(const char* user, const QString& title, TestLibrary* laptop,
                                 qint64* localId) {
    TestLibrary own;
    TestLibrary& library = laptop ? *laptop : own;
    const qint64 id = library.addWorkshop(title);
    if (localId)
        *localId = id;
    auto team = opened(user);
    const auto published = team->publish(library.store(), id);
    if (!published)
        qWarning("%s", qPrintable(team->lastError()));
    return published ? published->teamId : 0;
}

QString TestTeamWindow::server(const QString& sql) {
    return m_cluster.sql(sql).value_or(QStringLiteral("?")).trimmed();
}

QStringList TestTeamWindow::shownTitles() const {
    QStringList titles;
    const TeamListModel* model = teamView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, TeamListModel::Title).data().toString();
    return titles;
}

void TestTeamWindow::notConnectedShowsOneSentence() {
    // Start-up makes no Team view; the tab makes it when first opened.
    QVERIFY(!m_window->libraryTabs()->hasTeam());
    QVERIFY(!m_window->findChild<TeamView*>());
    // The keyboard switches between the laptop's list and the team's.
    QVERIFY(!m_window->libraryTabs()->showsTeam());
    QVERIFY(!m_window->libraryTabs()->tabBar()->accessibleName().isEmpty());
    m_window->libraryPage()->view()->setFocus();
    QTest::keyClick(m_window->libraryPage()->view(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(m_window->libraryTabs()->showsTeam());
    QTest::keyClick(teamView()->view(), Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(!m_window->libraryTabs()->showsTeam());
    showTeam();
    QVERIFY(!teamView()->showsList());
    auto* sentence = teamView()->findChild<QLabel*>(QStringLiteral("teamOffline"));
    QVERIFY(sentence && sentence->isVisible());
    QVERIFY(sentence->text().contains(QStringLiteral("not connected")));
    QVERIFY(!m_window->team()->publishAction()->isEnabled());
    QVERIFY(!m_window->team()->disconnectAction()->isEnabled());
    // Its Connect… button opens the dialog; every control in it has an accessible name.
    auto* button = teamView()->findChild<QPushButton*>(QStringLiteral("primary"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->team()->connectDialog());
    for (QWidget* control : m_window->team()->connectDialog()->findChildren<QWidget*>())
        if (control->focusPolicy() != Qt::NoFocus && control->isVisible() &&
            !control->parentWidget()->inherits("QAbstractSpinBox"))
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    m_window->team()->connectDialog()->reject();
}

void TestTeamWindow::connectsThroughTheDialogOverTls() {
    QPointer<TeamConnectDialog> dialog = fillDialog(QStringLiteral("alice"), passwordOf("alice"));
    QVERIFY(dialog);
    auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("teamHost"));
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("localhost"));
    auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("teamTls"));
    tls->setCurrentIndex(tls->findData(int(TeamAddress::Tls::VerifyFull)));
    auto* ca = dialog->findChild<QLineEdit*>(QStringLiteral("teamCaFile"));
    QVERIFY(ca->isEnabled());
    // The chooser fills the field (the file dialog itself is the platform's).
    dialog->setFileChooser([this](QWidget*) { return m_cluster.caFile(); });
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamCaChoose")),
                      Qt::LeftButton);
    QCOMPARE(ca->text(), m_cluster.caFile());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerWait);
    QVERIFY(m_window->team()->client()->isConnected());
    QCOMPARE(m_window->team()->client()->userName(), QStringLiteral("alice"));
    QVERIFY(m_window->team()->disconnectAction()->isEnabled());
    // Disable turns the CA field off: it only matters for verify-full.
    m_window->team()->connectAction()->trigger();
    QTRY_VERIFY(m_window->team()->connectDialog());
    auto* again = m_window->team()->connectDialog();
    QCOMPARE(again->findChild<QLineEdit*>(QStringLiteral("teamCaFile"))->text(),
             m_cluster.caFile());
    auto* tlsAgain = again->findChild<QComboBox*>(QStringLiteral("teamTls"));
    tlsAgain->setCurrentIndex(tlsAgain->findData(int(TeamAddress::Tls::Disable)));
    QVERIFY(!again->findChild<QLineEdit*>(QStringLiteral("teamCaFile"))->isEnabled());
    again->reject();
}

void TestTeamWindow::wrongPasswordKeepsTheDialogOpen() {
    QPointer<TeamConnectDialog> dialog =
        fillDialog(QStringLiteral("alice"), QStringLiteral("nope"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QStringLiteral("password")), ServerWait);
    QVERIFY2(dialog->message().startsWith(QStringLiteral("Could not connect")),
             qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->address().user, QStringLiteral("alice"));
    QCOMPARE(dialog->password(), QStringLiteral("nope"));
    QVERIFY(m_vault.entries.isEmpty());
    QVERIFY(!TeamAddress::isRemembered(QSettings()));
    // Nothing lost: correcting the password is enough.
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("teamPassword"));
    password->selectAll();
    QTest::keyClicks(password, passwordOf("alice"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerWait);
    QVERIFY(m_window->team()->client()->isConnected());
}

void TestTeamWindow::listsWhatWasPublishedLiterally() {
    const QString hostile = QStringLiteral("<b>Bold</b> \"quoted\" 'it''s' 🚀 מדד הצפון & <i>x</i>");
    QVERIFY(publishAs(PostgresCluster::Facilitator2, hostile));
    QVERIFY(publishAs(PostgresCluster::Facilitator2, QStringLiteral("Meal kit")));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Meal kit"), hostile}));
    const TeamListModel* model = teamView()->model();
    QCOMPARE(model->index(1, TeamListModel::PublishedBy).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model->index(1, TeamListModel::Version).data().toInt(), 1);
    QVERIFY(!model->index(1, TeamListModel::PublishedAt).data().toString().isEmpty());
    auto* count = teamView()->findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    QCOMPARE(count->text(), QStringLiteral("2 workshops"));
    auto* who = teamView()->findChild<QLabel*>(QStringLiteral("teamConnectedAs"));
    QCOMPARE(who->textFormat(), Qt::PlainText);
    QVERIFY(who->text().contains(QStringLiteral("alice")));
}

void TestTeamWindow::searchAndSortAreTheServers() {
    for (const char* title : {"Banana", "apple pie", "Cherry", "Apple tart"})
        QVERIFY(publishAs(PostgresCluster::Facilitator2, QString::fromLatin1(title)));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(shownTitles().size(), 4);
    // The header's sort goes to the server: by title, A to Z, then Z to A.
    QHeaderView* header = teamView()->view()->horizontalHeader();
    const int titleX = header->sectionViewportPosition(TeamListModel::Title) + 20;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(titleX, 5));
    QTRY_COMPARE_WITH_TIMEOUT(
        shownTitles(),
        (QStringList{QStringLiteral("apple pie"), QStringLiteral("Apple tart"),
                     QStringLiteral("Banana"), QStringLiteral("Cherry")}),
        ServerWait);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(titleX, 5));
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles().value(0), QStringLiteral("Cherry"), ServerWait);
    // Searching waits for a pause in typing, then asks the server.
    QTest::keyClicks(teamView()->searchBox(), QStringLiteral("APPLE"));
    QTRY_COMPARE_WITH_TIMEOUT(
        shownTitles(), (QStringList{QStringLiteral("Apple tart"), QStringLiteral("apple pie")}),
        ServerWait);
    QTRY_COMPARE(teamView()->findChild<QLabel*>(QStringLiteral("pageSubtitle"))->text(),
                 QStringLiteral("2 workshops"));
    teamView()->searchBox()->clear();
    QTest::keyClicks(teamView()->searchBox(), QStringLiteral("<b>'"));
    teamView()->searchBox()->insert(QStringLiteral("🚀 מדד")); // QTest types ASCII only
    QTRY_VERIFY_WITH_TIMEOUT(shownTitles().isEmpty() && !teamView()->model()->isLoading(),
                             ServerWait);
    QVERIFY(teamView()->problemLabel()->text().isEmpty());
}

void TestTeamWindow::pagesAsTheListScrolls() {
    const int total = TeamListModel::PageSize + 30;
    QVERIFY(m_cluster.sql(
        QStringLiteral("INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
                       "held_at, north_star, document) SELECT 'seed', 'Workshop ' || n, 'P', "
                       "'F', now(), '', '{}'::jsonb FROM generate_series(1, %1) AS n")
            .arg(total)));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(teamView()->model()->rowCount(), TeamListModel::PageSize);
    QCOMPARE(teamView()->model()->totalCount(), qint64(total));
    QTableView* view = teamView()->view();
    view->setFocus();
    view->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(teamView()->model()->rowCount(), total, ServerWait);
}

void TestTeamWindow::othersPublishingRefreshesTheView() {
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QVERIFY(shownTitles().isEmpty());
    // Another facilitator publishes on another connection: no click here, the view follows.
    QVERIFY(publishAs(PostgresCluster::Facilitator2, QStringLiteral("From Bob")));
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles(), QStringList{QStringLiteral("From Bob")}, ServerWait);
    QVERIFY(publishAs(PostgresCluster::Facilitator2, QStringLiteral("Again from Bob")));
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles().size(), 2, ServerWait);
}

void TestTeamWindow::busyIndicatorWhileTheServerThinks() {
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    TeamClient* client = m_window->team()->client();
    client->setBusyDelay(100);
    auto gate = std::make_shared<QSemaphore>();
    client->setWorkerHook([gate] { gate->tryAcquire(1, 30000); });
    QWidget* busy = teamBusy();
    QVERIFY(!busy->isVisible());
    teamView()->refreshAction()->trigger();
    QVERIFY(!busy->isVisible()); // not before the delay
    QTRY_VERIFY(busy->isVisible());
    // One indicator: the Team view shows none of its own beside the status bar's.
    for (QProgressBar* bar : teamView()->findChildren<QProgressBar*>())
        QVERIFY(!bar->isVisible());
    // The worker is held; the window still answers: switch to the laptop's list and back.
    QTabBar* tabs = m_window->libraryTabs()->tabBar();
    QTest::keyClick(tabs, Qt::Key_Left);
    QVERIFY(!m_window->libraryTabs()->showsTeam());
    QTest::keyClick(tabs, Qt::Key_Right);
    QVERIFY(m_window->libraryTabs()->showsTeam());
    QCOMPARE(client->pendingCount(), 2); // the list and its count
    gate->release(2);
    QTRY_VERIFY(!busy->isVisible());
    client->setWorkerHook({});
    QVERIFY(teamView()->problemLabel()->text().isEmpty());
}

void TestTeamWindow::remembersTheAddressNotThePassword() {
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(passwordOf("alice")), qPrintable(key));
    QCOMPARE(m_vault.entries.values(), QStringList{passwordOf("alice")});
    QVERIFY(TeamAddress::isRemembered(settings));
    // A new window (the next start) connects by itself, the password from the keyring.
    m_window.reset();
    openWindow();
    TeamClient* client = m_window->team()->client();
    QTRY_VERIFY_WITH_TIMEOUT(client->isConnected() && client->pendingCount() == 0, ServerWait);
    QVERIFY(!m_window->libraryTabs()->hasTeam()); // connected, and nothing listed until asked
    showTeam();
    QTRY_VERIFY_WITH_TIMEOUT(teamView()->showsList(), ServerWait);
    QCOMPARE(m_window->team()->client()->userName(), QStringLiteral("alice"));
}

// A connect that failed before the Team view was made: the view, made later, says why.
void TestTeamWindow::aLaterTeamViewShowsTheFailedConnect() {
    TeamClient* client = m_window->team()->client();
    client->connectTo(QStringLiteral("host=127.0.0.1 port=1 dbname=lodestar connect_timeout=2"));
    QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() == 0, ServerWait);
    QVERIFY(!client->connectProblem().isEmpty());
    QVERIFY(!m_window->libraryTabs()->hasTeam());
    showTeam();
    auto* problem = teamView()->findChild<QLabel*>(QStringLiteral("teamOfflineProblem"));
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(problem->text(), client->connectProblem());
    QVERIFY(!teamView()->showsList());
    QVERIFY(!teamBusy()->isVisible());
}

void TestTeamWindow::disconnectForgets() {
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QVERIFY(!m_vault.entries.isEmpty());
    m_window->team()->disconnectAction()->trigger();
    QVERIFY(m_vault.entries.isEmpty());
    QVERIFY(!TeamAddress::isRemembered(QSettings()));
    QVERIFY(!teamView()->showsList());
    QVERIFY(!m_window->team()->disconnectAction()->isEnabled());
    // The dialog starts empty again.
    m_window->team()->connectAction()->trigger();
    QTRY_VERIFY(m_window->team()->connectDialog());
    QVERIFY(m_window->team()->connectDialog()->address().user.isEmpty());
    m_window->team()->connectDialog()->reject();
}

void TestTeamWindow::stoppedServerGivesAPlainMessage() {
    // A server of its own, since this one goes down for good.
    PostgresCluster doomed;
    QVERIFY2(doomed.start(), qPrintable(doomed.error()));
    QVERIFY(doomed.sql(QStringLiteral(
        "INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, held_at, "
        "north_star, document) VALUES ('seed', 'Before the outage', 'P', 'F', now(), '', "
        "'{}'::jsonb)")));
    QVERIFY(connectAs(PostgresCluster::Facilitator, &doomed));
    QCOMPARE(shownTitles().size(), 1);
    doomed.stop();
    teamView()->refreshAction()->trigger();
    QLabel* problem = teamView()->problemLabel();
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), ServerWait);
    QCOMPARE(problem->textFormat(), Qt::PlainText);
    QVERIFY2(problem->text().contains(QStringLiteral("team library")), qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(u'\n'));
    QCOMPARE(shownTitles().size(), 1); // what was shown stays
    QTRY_VERIFY(!teamBusy()->isVisible());
    // Taking a copy fails the same way, and the laptop's library is untouched.
    teamView()->view()->selectRow(0);
    const int before = m_library->store().workshopCount();
    teamView()->takeAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->team()->client()->pendingCount() == 0, ServerWait);
    QVERIFY(problem->text().startsWith(QStringLiteral("Could not")));
    QCOMPARE(m_library->store().workshopCount(), before);
    m_window.reset(); // before the cluster's folder goes
}

QTEST_MAIN(TestTeamWindow)
