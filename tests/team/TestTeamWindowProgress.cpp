// The team library's progress and its actions while a request runs, through the real window
// (see TestTeamWindow.h): a publish held up by the server shows its progress in the status bar
// after the busy delay — passed by hand, never slept — from the laptop's list where it was
// started, the window answering meanwhile; every action is off while its request runs.
#include "TestTeamWindow.h"

#include "LibraryPage.h"
#include "MainWindow.h"
#include "storage/TeamConnInfo.h"
#include "team/LibraryTabs.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamProgress.h"
#include "team/TeamView.h"

#include <QAction>
#include <QDir>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

constexpr int ServerWait = 20000;

} // namespace

void TestTeamWindow::heldUpPublishShowsProgressWhereItStarted() {
    const qint64 localId = m_library->addWorkshop(QStringLiteral("Held up by the server"));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    TeamClient* client = m_window->team()->client();
    client->setManualBusyDelay(true);
    auto* progress = m_window->findChild<TeamProgress*>();
    QVERIFY(progress);
    QVERIFY(m_window->statusBar()->isAncestorOf(progress));
    m_window->libraryTabs()->showTab(LibraryTabs::Laptop);
    m_window->libraryPage()->selectWorkshop(localId);
    QAction* publish = m_window->team()->publishAction();
    QVERIFY(publish->isEnabled());

    // Someone else's work holds the table, as in TestTeamLibrary::heldUpServerTimesOut.
    QString why;
    const auto holderInfo =
        TeamConnInfo::parse(m_cluster.keyValue(QStringLiteral("ada"), passwordOf("ada")), &why);
    QVERIFY2(holderInfo, qPrintable(why));
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
        QVERIFY(holderInfo->applyTo(holder, &why));
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QVERIFY(holder.transaction());
        QSqlQuery lock(holder);
        QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE lodestar.team_workshop IN SHARE MODE")),
                 qPrintable(lock.lastError().text()));

        publish->trigger();
        QCOMPARE(client->pendingCount(), 1);
        QVERIFY(!publish->isEnabled()); // it cannot be started twice
        publish->trigger();
        m_window->team()->publishSelected();
        QCOMPARE(client->pendingCount(), 1);
        QVERIFY(client->busyDelayRunning());
        QVERIFY(!progress->isVisible()); // not before the delay
        // The publish waits on the server, and the window's event loop runs meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(
            server(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = "
                                  "'alice' AND wait_event_type = 'Lock'")),
            QStringLiteral("1"), ServerWait);
        QVERIFY(!progress->isVisible());
        client->passBusyDelay();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), QStringLiteral("Publishing to the team library…"));
        QVERIFY(!m_window->libraryTabs()->showsTeam()); // where it was started
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] { answered = true; });
        QTRY_VERIFY(answered);
        QTabBar* tabs = m_window->libraryTabs()->tabBar();
        QTest::keyClick(tabs, Qt::Key_Right);
        QVERIFY(m_window->libraryTabs()->showsTeam());
        QTest::keyClick(tabs, Qt::Key_Left);
        QVERIFY(!m_window->libraryTabs()->showsTeam());
        QVERIFY(progress->isVisible());
        QCOMPARE(client->pendingCount(), 1);
        const QDir folder(QStringLiteral(LODESTAR_SCREENSHOT_DIR));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QVERIFY(
            m_window->grab().save(folder.filePath(QStringLiteral("team-publish-progress.png"))));

        QVERIFY(holder.rollback());
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    // The result then appears, and the action comes back.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Published")),
        ServerWait);
    QVERIFY(!progress->isVisible());
    QVERIFY(publish->isEnabled());
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop")),
             QStringLiteral("1"));
}

void TestTeamWindow::teamActionsAreOffWhileTheyRun() {
    QVERIFY(publishAs(PostgresCluster::Facilitator, QStringLiteral("Mine")));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    TeamClient* client = m_window->team()->client();
    client->setManualBusyDelay(true);
    auto* progress = m_window->findChild<TeamProgress*>();
    QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() == 0, ServerWait); // the first list's count
    teamView()->view()->selectRow(0);
    auto gate = std::make_shared<QSemaphore>();
    client->setWorkerHook([gate] { gate->tryAcquire(1, 30000); });
    struct Case {
        QAction* action;
        TeamClient::Request kind;
        QString progress;
    };
    const Case cases[] = {
        {teamView()->refreshAction(), TeamClient::Request::List,
         QStringLiteral("Waiting for the team library…")},
        {teamView()->takeAction(), TeamClient::Request::Take,
         QStringLiteral("Taking a copy from the team library…")},
    };
    for (const Case& c : cases) {
        teamView()->view()->selectRow(0); // a reload clears the selection
        QVERIFY2(c.action->isEnabled(), qPrintable(QStringLiteral("%1 %2 %3 %4 %5")
                                                       .arg(client->isConnected())
                                                       .arg(client->isRunning(c.kind))
                                                       .arg(client->pendingCount())
                                                       .arg(c.action->isVisible())
                                                       .arg(c.action->text())));
        c.action->trigger();
        QVERIFY(client->isRunning(c.kind));
        QVERIFY(!c.action->isEnabled());
        const int pending = client->pendingCount();
        c.action->trigger();
        QCOMPARE(client->pendingCount(), pending);
        client->passBusyDelay();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), c.progress);
        if (c.kind == TeamClient::Request::Take) {
            const QDir folder(QStringLiteral(LODESTAR_SCREENSHOT_DIR));
            QVERIFY(folder.mkpath(QStringLiteral(".")));
            QVERIFY(
                m_window->grab().save(folder.filePath(QStringLiteral("team-take-progress.png"))));
        }
        gate->release(pending);
        QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() == 0, ServerWait);
        QVERIFY(!progress->isVisible());
        QVERIFY(c.action->isEnabled());
    }
    // Withdrawing asks first; the confirmed request then keeps the action off.
    teamView()->view()->selectRow(0);
    QVERIFY(teamView()->withdrawAction()->isEnabled());
    client->withdraw(teamView()->selectedWorkshop()->teamId);
    QVERIFY(!teamView()->withdrawAction()->isEnabled());
    teamView()->withdrawSelected(); // no question while one runs
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("confirmWithdraw")));
    client->passBusyDelay();
    QCOMPARE(progress->text(), QStringLiteral("Withdrawing from the team library…"));
    gate->release(10);
    QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() == 0, ServerWait);
    QVERIFY(!progress->isVisible());
    // Connecting: File ▸ Team library ▸ Connect… is off while a connect (at start-up) runs.
    client->connectTo(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice")));
    QVERIFY(!m_window->team()->connectAction()->isEnabled());
    client->passBusyDelay();
    QCOMPARE(progress->text(), QStringLiteral("Connecting to the team library…"));
    gate->release(10);
    QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() == 0, ServerWait);
    QVERIFY(m_window->team()->connectAction()->isEnabled());
    client->setWorkerHook({});
}
