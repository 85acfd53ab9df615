// The server's own length checks (team schema 5; see TestTeamLibrary.h): whatever a login
// writes with psql, a list column never holds more than any Lodestar writes; what Lodestar
// itself publishes at its longest still goes through; and the upgrade to version 5 keeps a
// row an older server took, which Lodestar then leaves out of a product's page as before.
#include "TestTeamLibrary.h"

#include "HistoryFixtures.h"
#include "TestLibrary.h"
#include "domain/ProductName.h"
#include "domain/TextLimits.h"
#include "exchange/JsonExchange.h"
#include "exchange/WorkshopDocument.h"
#include "storage/WorkshopStore.h"

#include <QScopeGuard>
#include <QTest>

namespace {

// `count` rocket emoji: two UTF-16 units each (what Lodestar counts), one character each for
// PostgreSQL.
QString rockets(int count) {
    return QString::fromUtf8("🚀").repeated(count);
}

} // namespace

void TestTeamLibrary::serverRefusesOverlongText_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("constraint");
    const QString update = QStringLiteral("UPDATE lodestar.team_workshop SET %1");
    QTest::newRow("title") << update.arg(QStringLiteral("title = repeat('x', 201)"))
                           << QStringLiteral("team_workshop_title_short");
    QTest::newRow("blank title") << update.arg(QStringLiteral("title = ' '"))
                                 << QStringLiteral("team_workshop_title_written");
    QTest::newRow("product") << update.arg(QStringLiteral("product = repeat('é', 201)"))
                             << QStringLiteral("team_workshop_product_short");
    QTest::newRow("facilitator") << update.arg(QStringLiteral("facilitator = repeat('x', 201)"))
                                 << QStringLiteral("team_workshop_facilitator_short");
    QTest::newRow("north star") << update.arg(QStringLiteral("north_star = repeat('x', 100000)"))
                                << QStringLiteral("team_workshop_north_star_short");
    QTest::newRow("new row")
        << QStringLiteral(
               "INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, held_at, "
               "north_star, document) VALUES ('forged', repeat('<b>', 70), 'P', 'F', now(), '', "
               "'{}'::jsonb)")
        << QStringLiteral("team_workshop_title_short");
    QTest::newRow("copy")
        << QStringLiteral("UPDATE lodestar.team_copy SET local_created_at = repeat('9', 201)")
        << QStringLiteral("team_copy_local_created_at_short");
}

void TestTeamLibrary::serverRefusesOverlongText() {
    QFETCH(QString, statement);
    QFETCH(QString, constraint);
    auto alice = opened(PostgresCluster::Facilitator);
    QVERIFY(alice);
    // Lodestar's longest: 200 UTF-16 units in every list column, emoji and right-to-left.
    PastWorkshop longest =
        plainWorkshop(rockets(100), QStringLiteral("مرحبا").repeated(40), QDate(2026, 5, 1));
    longest.facilitator = QStringLiteral("\"'").repeated(100);
    longest.metricName = rockets(99) + QStringLiteral("ab");
    longest.metricDefinition = QStringLiteral("How many a week");
    for (const QString& text :
         {longest.title, longest.product, longest.facilitator, longest.metricName})
        QVERIFY(TextLimits::check(QStringLiteral("text"), text, TextLimits::ShortText).isEmpty());
    TestLibrary laptop;
    const qint64 local = addPastWorkshop(laptop.store(), longest);
    QVERIFY(local);
    const auto published = alice->publish(laptop.store(), local);
    QVERIFY2(published, qPrintable(alice->lastError()));
    const QString serverState = QStringLiteral(
        "SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM lodestar.team_workshop t UNION "
        "ALL SELECT md5(string_agg(c::text, '|' ORDER BY laptop)) FROM lodestar.team_copy c");
    const auto before = m_cluster.sql(serverState);
    QVERIFY(before);

    // The facilitator's own login, writing past Lodestar with psql: the server says no.
    QVERIFY(!m_cluster.sql(QStringLiteral("SET ROLE alice; ") + statement));
    QVERIFY2(m_cluster.error().contains(constraint), qPrintable(m_cluster.error()));
    QCOMPARE(m_cluster.sql(serverState), before);
    const auto listed = alice->workshops();
    QVERIFY2(listed && listed->size() == 1, qPrintable(alice->lastError()));
    QCOMPARE(listed->first().title, longest.title);
    QCOMPARE(listed->first().northStar, longest.metricName);
}

void TestTeamLibrary::upgradeToFiveKeepsOlderRows() {
    const QString database = QStringLiteral("lodestar_v4");
    QVERIFY2(m_cluster.createTeamDatabase(database, 4), qPrintable(m_cluster.error()));
    const auto dropDatabase = qScopeGuard([&] { m_cluster.dropDatabase(database); });
    // Published from a laptop, then lengthened on a server that did not check lengths yet.
    {
        TeamLibrary older(
            m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"), database));
        QVERIFY(!older.open()); // this Lodestar needs version 5
        QCOMPARE(older.status(), TeamLibrary::Status::OlderSchema);
    }
    TestLibrary source;
    const qint64 id = addPastWorkshop(
        source.store(),
        plainWorkshop(QStringLiteral("Old"), QStringLiteral("Meal kit"), QDate(2026, 2, 1)));
    const auto doc = WorkshopDocument::load(source.store(), id);
    QVERIFY(doc);
    QVERIFY(m_cluster.sql(
        QStringLiteral("INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
                       "held_at, north_star, document) VALUES ('v4/1', repeat('x', 5000), "
                       "'Meal kit', '', now(), '', $doc$%1$doc$)")
            .arg(QString::fromUtf8(JsonExchange::write(*doc))),
        database));
    QVERIFY2(m_cluster.runScript(QStringLiteral(LODESTAR_TEAM_SQL), database),
             qPrintable(m_cluster.error()));
    QCOMPARE(m_cluster
                 .sql(QStringLiteral("SELECT max(version) || ' ' || (SELECT length(title) FROM "
                                     "lodestar.team_workshop) FROM lodestar.schema_version"),
                      database)
                 .value_or(QString())
                 .trimmed(),
             QStringLiteral("5 5000"));
    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"), database));
    QVERIFY2(team.open(), qPrintable(team.lastError()));
    TestLibrary laptop;
    const auto found = team.productWorkshops(ProductName::key(QStringLiteral("Meal kit")), {},
                                             laptop.store().libraryPath(), {});
    QVERIFY2(found, qPrintable(team.lastError()));
    QVERIFY(found->workshops.isEmpty());
    QCOMPARE(found->skipped.size(), 1);
    QVERIFY2(found->skipped.first().contains(QStringLiteral("title")),
             qPrintable(found->skipped.first()));
    // A new write of the same kind is refused now.
    QVERIFY(!m_cluster.sql(QStringLiteral("UPDATE lodestar.team_workshop SET product = "
                                          "repeat('x', 201)"),
                           database));
    team.close();
}
