// The Team view's columns from the laptop's list, sorted by the server; its capped count; and
// a server on an older team schema, through the real window (see TestTeamWindow.h).
#include "TestTeamWindow.h"

#include "LibraryModel.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "storage/TeamLibrary.h"
#include "team/TeamActions.h"
#include "team/TeamClient.h"
#include "team/TeamConnectDialog.h"
#include "team/TeamListModel.h"
#include "team/TeamView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

namespace {

constexpr int ServerWait = 20000;

// `rows` team workshops "Workshop <n>", written straight to the server in one statement (so
// published at the same time: the newest team id first). Workshop 1, the oldest, is the
// furthest on and has the most candidates; the others are at the opening or the game with
// 0 to 4 candidates of their own.
QString seedSql(int rows) {
    return QStringLiteral(
               "INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
               "held_at, north_star, document) SELECT 'seed/' || n, 'Workshop ' || n, 'P', 'F', "
               "now(), '', jsonb_build_object('workshop', jsonb_build_object('currentStage', "
               "CASE WHEN n = 1 THEN 'draft.converge' WHEN n % 2 = 0 THEN 'opening' ELSE "
               "'game' END), 'candidates', (SELECT coalesce(jsonb_agg(jsonb_build_object("
               "'kind', 'own')), '[]') FROM generate_series(1, CASE WHEN n = 1 THEN 9 ELSE "
               "n % 5 END))) FROM generate_series(1, %1) AS n")
        .arg(rows);
}

} // namespace

void TestTeamWindow::showsTheLaptopListsColumns() {
    // The same workshops on this laptop and, published, on the team's list.
    QList<qint64> ids{
        addStagedWorkshop(*m_library, QStringLiteral("Not begun"), {}, 0, 2),
        addStagedWorkshop(*m_library, QStringLiteral("Scoring"), QStringLiteral("draft.score"), 5,
                          3),
        addStagedWorkshop(*m_library, QStringLiteral("Own block"), QStringLiteral("custom"), 1)};
    auto team = opened(PostgresCluster::Facilitator2);
    for (const qint64 id : ids) {
        QVERIFY(id);
        QVERIFY2(team->publish(m_library->store(), id), qPrintable(team->lastError()));
    }
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    const TeamListModel* teamModel = teamView()->model();
    const LibraryModel* laptopModel = m_window->libraryPage()->model();
    QCOMPARE(teamModel->rowCount(), int(ids.size()));
    // The laptop list's columns come first, under the same names and in the same words.
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        QCOMPARE(teamModel->headerData(column, Qt::Horizontal).toString(),
                 laptopModel->headerData(column, Qt::Horizontal).toString());
    for (const qint64 id : ids) {
        const int laptopRow = laptopModel->rowOfWorkshop(id);
        QVERIFY(laptopRow >= 0);
        const QString title = laptopModel->index(laptopRow, LibraryModel::Title).data().toString();
        const int teamRow = int(shownTitles().indexOf(title));
        QVERIFY2(teamRow >= 0, qPrintable(title));
        for (int column = 0; column < LibraryModel::ColumnCount; ++column)
            QCOMPARE(teamModel->index(teamRow, column).data().toString(),
                     laptopModel->index(laptopRow, column).data().toString());
    }
    const int scoring = int(shownTitles().indexOf(QStringLiteral("Scoring")));
    QCOMPARE(teamModel->index(scoring, TeamListModel::Stage).data().toString(),
             QStringLiteral("Share and score"));
    QCOMPARE(teamModel->index(scoring, TeamListModel::Candidates).data().toInt(), 5);
    const int notBegun = int(shownTitles().indexOf(QStringLiteral("Not begun")));
    QCOMPARE(teamModel->index(notBegun, TeamListModel::Stage).data().toString(),
             QStringLiteral("Not started"));
    QCOMPARE(teamModel->index(notBegun, TeamListModel::Candidates).data().toInt(), 0);
}

void TestTeamWindow::sortsByStageAndCandidatesOnTheServer() {
    const int rows = TeamListModel::PageSize + 30;
    QVERIFY(m_cluster.sql(seedSql(rows)));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QCOMPARE(teamView()->model()->rowCount(), TeamListModel::PageSize);
    QVERIFY(!shownTitles().contains(QStringLiteral("Workshop 1"))); // not on the first page
    QHeaderView* header = teamView()->view()->horizontalHeader();
    const auto click = [&](int column) {
        // Into sight first: the header may be wider than the window.
        teamView()->view()->scrollTo(teamView()->model()->index(0, column));
        const int x = header->sectionViewportPosition(column) + 20;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    };
    const TeamListModel* model = teamView()->model();
    // Fewest candidates first, then most: Workshop 1 comes from beyond the page in hand.
    click(TeamListModel::Candidates);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), ServerWait);
    QCOMPARE(shownTitles().value(0), QStringLiteral("Workshop 130")); // ties: newest team id
    QCOMPARE(model->index(0, TeamListModel::Candidates).data().toInt(), 0);
    click(TeamListModel::Candidates);
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles().value(0), QStringLiteral("Workshop 1"), ServerWait);
    QCOMPARE(model->index(0, TeamListModel::Candidates).data().toInt(), 9);
    QCOMPARE(model->index(1, TeamListModel::Candidates).data().toInt(), 4);
    // Stage reached in agenda order: the opening first; Workshop 1, converging, last of all.
    click(TeamListModel::Stage);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, TeamListModel::Stage).data().toString(),
                              QStringLiteral("Opening discussion"), ServerWait);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), ServerWait);
    QCOMPARE(shownTitles().value(0), QStringLiteral("Workshop 130")); // ties: newest team id
    click(TeamListModel::Stage);
    QTRY_COMPARE_WITH_TIMEOUT(shownTitles().value(0), QStringLiteral("Workshop 1"), ServerWait);
    QCOMPARE(model->index(0, TeamListModel::Stage).data().toString(), QStringLiteral("Converge"));
    QCOMPARE(model->index(1, TeamListModel::Stage).data().toString(),
             QStringLiteral("Identify the game"));
    QVERIFY(teamView()->problemLabel()->text().isEmpty());
}

void TestTeamWindow::countSaysMoreThanPastTheCap() {
    const int rows = int(TeamListModel::CountCap) + 5;
    QVERIFY(m_cluster.sql(seedSql(rows)));
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    auto* count = teamView()->findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    QTRY_COMPARE(
        count->text(),
        QStringLiteral("more than %1 workshops").arg(QLocale().toString(TeamListModel::CountCap)));
    QVERIFY(teamView()->model()->totalIsCapped());
    // Scrolling still reaches the last one; then the count is known exactly.
    TeamListModel* model = teamView()->model();
    for (int page = 0; model->rowCount() < rows && page < 2 * rows / TeamListModel::PageSize;
         ++page) {
        const int before = model->rowCount();
        teamView()->view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, ServerWait);
    }
    QCOMPARE(model->rowCount(), rows);
    QTRY_COMPARE(count->text(), QStringLiteral("%1 workshops").arg(rows));
    QVERIFY(!model->canFetchMore({}));
    // A narrower search is counted exactly: Workshop 7, 70-79 and 700-799.
    QTest::keyClicks(teamView()->searchBox(), QStringLiteral("Workshop 7"));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("111 workshops"), ServerWait);
    QVERIFY(!model->totalIsCapped());
}

void TestTeamWindow::olderServerAsksForTheNewScript() {
    const QString database = QStringLiteral("lodestar_window_v1");
    QVERIFY2(m_cluster.createTeamDatabase(database, 1), qPrintable(m_cluster.error()));
    const auto dropDatabase = qScopeGuard([&] { m_cluster.dropDatabase(database); });
    const QString snapshotSql = QStringLiteral(
        "SELECT count(*)::text FROM lodestar.team_workshop UNION ALL SELECT count(*)::text FROM "
        "lodestar.team_copy UNION ALL SELECT string_agg(version::text, ',') FROM "
        "lodestar.schema_version");
    const QString before = m_cluster.sql(snapshotSql, database).value_or(QString());
    QCOMPARE(before, QStringLiteral("0\n0\n1"));

    QPointer<TeamConnectDialog> dialog =
        fillDialog(QStringLiteral("alice"), passwordOf("alice"), nullptr, database);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("teamConnect")),
                      Qt::LeftButton);
    // "Connecting to …" first, then the answer.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->message().startsWith(QStringLiteral("Connecting")) &&
                                 m_window->team()->client()->pendingCount() == 0,
                             ServerWait);
    for (const char* words : {"older Lodestar", "administrator", "team-library.sql"})
        QVERIFY2(dialog->message().contains(QLatin1String(words)), qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible()); // what was typed stays, to try again after the update
    QVERIFY(!m_window->team()->client()->isConnected());
    QVERIFY(!m_window->team()->publishAction()->isEnabled());
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->team()->client()->pendingCount() == 0, ServerWait);
    QCOMPARE(m_cluster.sql(snapshotSql, database).value_or(QString()), before);
}

void TestTeamWindow::northStarColumnKeepsItsRoom() {
    QVERIFY(connectAs(PostgresCluster::Facilitator));
    QTableView* table = teamView()->view();
    QHeaderView* header = table->horizontalHeader();
    const auto others = [header] {
        int width = 0;
        for (int column = 0; column < header->count(); ++column)
            if (column != TeamListModel::NorthStar)
                width += header->sectionSize(column);
        return width;
    };
    for (const int width : {1920, 1366, 1024}) {
        m_window->resize(width, 768);
        QTRY_COMPARE(table->viewport()->width() > 0, true);
        QCoreApplication::processEvents();
        // Every header reads whole, sort arrow included.
        for (int column = 0; column < header->count(); ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("column %1 at %2 px").arg(column).arg(width)));
        // The North Star takes the room that is left, never less than it needs.
        const int northStar = header->sectionSize(TeamListModel::NorthStar);
        QCOMPARE(northStar, qMax(220, table->viewport()->width() - others()));
    }
    // Narrowing a column gives the North Star the difference.
    m_window->resize(1920, 768);
    QTRY_VERIFY(header->sectionSize(TeamListModel::NorthStar) > 220);
    const int before = header->sectionSize(TeamListModel::NorthStar);
    header->resizeSection(TeamListModel::Title, header->sectionSize(TeamListModel::Title) - 40);
    QCOMPARE(header->sectionSize(TeamListModel::NorthStar), before + 40);
}
