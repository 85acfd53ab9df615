// Publishing, taking a copy, conflicts and withdrawing through the real window, and its
// pictures (see TestTeamWindow.h).
#include "TestTeamWindow.h"

#include "LibraryModel.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "storage/TeamLibrary.h"
#include "team/LibraryTabs.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamConnectDialog.h"
#include "team/TeamListModel.h"
#include "team/TeamView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

constexpr int ServerWait = 20000;

const QString Hostile = QStringLiteral("Plan <b>bold</b> \"q\" 'it''s' 🚀 מדד הצפון");

} // namespace

void TestTeamWindow::publishFromTheWindow() {
    const qint64 localId = m_library->addWorkshop(Hostile);
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    m_window->libraryTabs()->showTab(LibraryTabs::Laptop);
    QVERIFY(!m_window->team()->publishAction()->isEnabled()); // nothing selected yet
    m_window->libraryPage()->selectWorkshop(localId);
    QVERIFY(m_window->team()->publishAction()->isEnabled());
    // Publish sits after Delete on screen, and Tab goes there too (it is made after the row).
    QToolButton* deleteButton = nullptr;
    QToolButton* publishButton = nullptr;
    for (QToolButton* button : m_window->libraryPage()->findChildren<QToolButton*>()) {
        if (button->defaultAction() == m_window->libraryPage()->deleteAction())
            deleteButton = button;
        if (button->defaultAction() == m_window->team()->publishAction())
            publishButton = button;
    }
    QVERIFY(deleteButton && publishButton);
    QVERIFY(deleteButton->isEnabled() && deleteButton->isVisible());
    QCOMPARE(deleteButton->nextInFocusChain(), publishButton);
    m_window->team()->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop")),
                              QStringLiteral("1"), ServerWait);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Published")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(Hostile));
    QCOMPARE(server(QStringLiteral("SELECT published_by FROM lodestar.team_workshop")),
             QStringLiteral("alice"));
    // The Team view heard of it by itself; the title arrives exactly as typed.
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles(), QStringList{Hostile}, ServerWait);
    // Again: a new version of the same team workshop, not a second one.
    m_window->team()->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server(QStringLiteral("SELECT version FROM lodestar.team_workshop")),
                              QStringLiteral("2"), ServerWait);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("version 2")));
    // On the Team tab there is no laptop workshop to publish.
    m_window->libraryTabs()->showTab(LibraryTabs::Team);
    QVERIFY(!m_window->team()->publishAction()->isEnabled());
    QVERIFY(!m_window->libraryPage()->deleteAction()->isVisible());
}

void TestTeamWindow::takeACopy() {
    QVERIFY(publishAs(PostgresCluster::Facilitator2, Hostile));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(m_library->store().workshopCount(), 0);
    QVERIFY(!teamView()->takeAction()->isEnabled());
    teamView()->view()->selectRow(0);
    QVERIFY(teamView()->takeAction()->isEnabled());
    teamView()->takeAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Took a copy")),
        ServerWait);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(Hostile),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_library->store().workshopCount(), 1);
    // It is in the laptop's list, and the server remembers where it came from.
    LibraryModel* laptop = m_window->libraryPage()->model();
    QCOMPARE(laptop->rowCount(), 1);
    QCOMPARE(laptop->index(0, LibraryModel::Title).data().toString(), Hostile);
    QCOMPARE(server(QStringLiteral(
                 "SELECT count(*) FROM lodestar.team_copy WHERE recorded_by = 'alice'")),
             QStringLiteral("1"));
    QVERIFY(teamView()->problemLabel()->text().isEmpty());
}

void TestTeamWindow::conflictAsks_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("teamWorkshops");
    QTest::addColumn<QString>("versions");
    QTest::newRow("keep theirs") << "keepTheirs"
                                 << "1"
                                 << "2";
    QTest::newRow("replace theirs") << "replaceTheirs"
                                    << "1"
                                    << "3";
    QTest::newRow("as a new workshop") << "publishAsNew"
                                       << "2"
                                       << "2 1";
}

void TestTeamWindow::conflictAsks() {
    QFETCH(QString, button);
    QFETCH(QString, teamWorkshops);
    QFETCH(QString, versions);
    TestLibrary bobsLaptop;
    qint64 bobsId = 0;
    QVERIFY(
        publishAs(PostgresCluster::Facilitator2, QStringLiteral("Shared"), &bobsLaptop, &bobsId));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    teamView()->view()->selectRow(0);
    teamView()->takeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_library->store().workshopCount(), 1, ServerWait);
    QTRY_VERIFY(m_window->team()->client()->pendingCount() == 0);
    // Bob publishes a new version after Alice took her copy.
    QVERIFY(opened(PostgresCluster::Facilitator2)->publish(bobsLaptop.store(), bobsId));
    m_window->libraryTabs()->showTab(LibraryTabs::Laptop);
    m_window->libraryPage()->selectWorkshop(m_library->store().workshopSummaries().first().id);
    m_window->team()->publishAction()->trigger();
    QPointer<QMessageBox> box;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox*>(QStringLiteral("publishConflict"))), ServerWait);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(QStringLiteral("bob published version 2")),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("based on version 1")));
    // Nothing was written while the question is open.
    QCOMPARE(server(QStringLiteral("SELECT string_agg(version::text, ' ') FROM "
                                   "lodestar.team_workshop")),
             QStringLiteral("2"));
    QTest::mouseClick(box->findChild<QPushButton*>(button), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->team()->client()->pendingCount() == 0, ServerWait);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop")), teamWorkshops);
    QCOMPARE(server(QStringLiteral("SELECT string_agg(version::text, ' ' ORDER BY id) FROM "
                                   "lodestar.team_workshop")),
             versions);
    QVERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("publishConflict")) == nullptr);
}

void TestTeamWindow::withdrawOnlyYourOwn() {
    QVERIFY(publishAs(PostgresCluster::Facilitator2, QStringLiteral("Bob's")));
    QVERIFY(publishAs(PostgresCluster::Facilitator, QStringLiteral("Alice's")));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Alice's"), QStringLiteral("Bob's")}));
    teamView()->view()->selectRow(1);
    QVERIFY(!teamView()->withdrawAction()->isEnabled());
    teamView()->view()->selectRow(0);
    QVERIFY(teamView()->withdrawAction()->isEnabled());
    // Asked first; keeping it changes nothing.
    teamView()->withdrawAction()->trigger();
    QPointer<QMessageBox> box =
        teamView()->findChild<QMessageBox*>(QStringLiteral("confirmWithdraw"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Alice's")));
    box->reject();
    QTRY_VERIFY(!box);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop WHERE "
                                   "withdrawn_at IS NULL")),
             QStringLiteral("2"));
    teamView()->withdrawAction()->trigger();
    box = teamView()->findChild<QMessageBox*>(QStringLiteral("confirmWithdraw"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("withdrawConfirmed")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles(), QStringList{QStringLiteral("Bob's")}, ServerWait);
    QCOMPARE(server(QStringLiteral("SELECT withdrawn_by FROM lodestar.team_workshop WHERE "
                                   "title = 'Alice''s'")),
             QStringLiteral("alice"));
}

void TestTeamWindow::grabsTheTeamViewAndTheDialog() {
    const QDir folder(QStringLiteral(LODESTAR_SCREENSHOT_DIR));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    showTeam();
    QVERIFY(m_window->grab().save(folder.filePath(QStringLiteral("team-offline.png"))));
    QVERIFY(publishAs(PostgresCluster::Facilitator2, Hostile));
    QVERIFY(publishAs(PostgresCluster::Facilitator2, QStringLiteral("Meal kit, spring review")));
    QVERIFY(publishAs(PostgresCluster::Facilitator, QStringLiteral("Checkout North Star")));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    teamView()->view()->selectRow(0);
    QCOMPARE(m_window->size(), QSize(1366, 768));
    QVERIFY(m_window->grab().save(folder.filePath(QStringLiteral("team-view.png"))));
    m_window->libraryTabs()->showTab(LibraryTabs::Laptop);
    QVERIFY(m_window->grab().save(folder.filePath(QStringLiteral("team-laptop-tab.png"))));
    // The dialog as it answers a wrong password.
    QPointer<TeamConnectDialog> dialog = fillDialog(QStringLiteral("alice"), QStringLiteral("x"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->message().isEmpty() &&
                                 !dialog->message().startsWith(QStringLiteral("Connecting")),
                             ServerWait);
    QVERIFY(dialog->grab().save(folder.filePath(QStringLiteral("team-connect-dialog.png"))));
    dialog->reject();
}
