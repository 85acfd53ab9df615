// The team library's everyday use against a real PostgreSQL 15 (see TestTeamLibrary.h).
#include "TestTeamLibrary.h"

#include "DocumentCompare.h"
#include "HostileWorkshop.h"
#include "TestLibrary.h"

#include "exchange/WorkshopDocument.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

QString TestTeamLibrary::connInfo(const char* user) const {
    return m_cluster.keyValue(QString::fromLatin1(user), passwordOf(user));
}

QString TestTeamLibrary::count(const QString& where) {
    return m_cluster
        .sql(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop WHERE ") + where)
        .value_or(QStringLiteral("?"));
}

std::unique_ptr<TeamLibrary> TestTeamLibrary::opened(const char* user) {
    auto team = std::make_unique<TeamLibrary>(connInfo(user));
    if (!team->open())
        qWarning("%s", qPrintable(team->lastError()));
    return team;
}

void TestTeamLibrary::initTestCase() {
    if (!m_cluster.start())
        QFAIL(qPrintable(m_cluster.error()));
}

void TestTeamLibrary::cleanupTestCase() {
    m_cluster.stop();
}

void TestTeamLibrary::init() {
    QVERIFY(m_cluster.sql(QStringLiteral("TRUNCATE lodestar.team_copy, "
                                         "lodestar.team_workshop RESTART IDENTITY")));
}

void TestTeamLibrary::connectsBothWays_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::newRow("key=value, socket") << connInfo(PostgresCluster::Facilitator);
    QTest::newRow("URI, TCP") << m_cluster.uri(QStringLiteral("alice"), passwordOf("alice"));
    QTest::newRow("URI, socket as host")
        << QStringLiteral("postgresql://alice:") + passwordOf("alice") + u'@' +
               QString::fromLatin1(QUrl::toPercentEncoding(m_cluster.socketFolder())) + u':' +
               QString::number(m_cluster.port()) + QStringLiteral("/lodestar?sslmode=disable");
    QTest::newRow("key=value, quoted, TCP")
        << QStringLiteral("host = '127.0.0.1' port=%1 dbname='lodestar' user=alice "
                          "password='%2' connect_timeout=5")
               .arg(m_cluster.port())
               .arg(passwordOf("alice"));
}

void TestTeamLibrary::connectsBothWays() {
    QFETCH(QString, conninfo);
    TeamLibrary team(conninfo);
    QVERIFY2(team.open(), qPrintable(team.lastError()));
    QCOMPARE(team.userName(), QStringLiteral("alice"));
    QVERIFY(team.workshops().has_value());
}

void TestTeamLibrary::hostileTextRoundTrips() {
    TestLibrary laptopA;
    TestLibrary laptopB;
    WorkshopDocument hostile = HostileWorkshop::document();
    hostile.workshop.vision = QString(20000, QChar(0x05D0)); // huge, right-to-left
    if (!hostile.stages.isEmpty())
        hostile.stages.first().notes = QStringLiteral("\"'<b>x</b>🚀") + QString(150000, u'n');
    // A check-in on its North Star travels in the document too.
    CheckIn checkIn;
    checkIn.id = 1;
    checkIn.workshopId = hostile.workshop.id;
    checkIn.northStarId = hostile.workshop.northStarId;
    checkIn.date = QDate(2026, 6, 1);
    checkIn.metricConfidence = 2;
    for (const Input& input : hostile.inputsOf(checkIn.northStarId))
        checkIn.inputs.append({input.id, 4, input.name});
    checkIn.learned = QStringLiteral("<b>We learned</b> — تعلمنا 🚀 | *x*");
    checkIn.nextStep = QStringLiteral("'; DROP TABLE check_in;--");
    checkIn.nextOwner = QStringLiteral("محمد علي");
    checkIn.nextDue = QDate(2026, 7, 1);
    hostile.checkIns = {checkIn};
    const auto localId = laptopA.store().importWorkshop(hostile);
    QVERIFY(localId);
    auto team = opened(PostgresCluster::Facilitator);
    const auto published = team->publish(laptopA.store(), *localId);
    QVERIFY2(published, qPrintable(team->lastError()));
    QVERIFY(published->isNew);
    QCOMPARE(published->version, 1);

    const auto list = team->workshops();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().teamId, published->teamId);
    QCOMPARE(list->first().title, hostile.workshop.title);
    QCOMPARE(list->first().product, hostile.workshop.product);
    QCOMPARE(list->first().publishedBy, QStringLiteral("alice"));
    QVERIFY(!list->first().northStar.isEmpty());

    const auto taken = team->take(laptopB.store(), published->teamId);
    QVERIFY2(taken, qPrintable(team->lastError()));
    QVERIFY(taken->warning.isEmpty());
    const auto original = WorkshopDocument::load(laptopA.store(), *localId);
    const auto copy = WorkshopDocument::load(laptopB.store(), taken->localId);
    QVERIFY(original && copy);
    QCOMPARE(copy->checkIns.size(), 1);
    QCOMPARE(firstDifference(renumbered(*original), renumbered(*copy)), QString());
}

void TestTeamLibrary::republishingBumpsTheVersion() {
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Meals"));
    auto team = opened(PostgresCluster::Facilitator);
    const auto first = team->publish(laptop.store(), id);
    QVERIFY2(first, qPrintable(team->lastError()));
    const auto second = team->publish(laptop.store(), id);
    QVERIFY2(second, qPrintable(team->lastError()));
    QCOMPARE(second->teamId, first->teamId);
    QCOMPARE(second->version, 2);
    QVERIFY(!second->isNew);
    QCOMPARE(team->workshops()->size(), 1);
    QCOMPARE(team->workshops()->first().version, 2);
}

void TestTeamLibrary::conflictHasThreeOutcomes() {
    TestLibrary laptopA;
    TestLibrary laptopB;
    const qint64 a = laptopA.addWorkshop(QStringLiteral("Shared"));
    auto alice = opened(PostgresCluster::Facilitator);
    auto bob = opened(PostgresCluster::Facilitator2);
    const auto v1 = alice->publish(laptopA.store(), a);
    QVERIFY(v1);
    const auto taken = bob->take(laptopB.store(), v1->teamId);
    QVERIFY2(taken, qPrintable(bob->lastError()));
    QVERIFY(alice->publish(laptopA.store(), a)); // version 2, after Bob's copy
    const QString before =
        *m_cluster.sql(QStringLiteral("SELECT md5(document::text) FROM lodestar.team_workshop"));

    // Keep theirs: refused, and the team copy is as Alice left it.
    QVERIFY(!bob->publish(laptopB.store(), taken->localId));
    QCOMPARE(bob->lastFailure(), TeamLibrary::Failure::Request);
    QVERIFY(bob->lastConflict());
    QCOMPARE(bob->lastConflict()->theirVersion, 2);
    QCOMPARE(bob->lastConflict()->yourVersion, 1);
    QCOMPARE(bob->lastConflict()->publishedBy, QStringLiteral("alice"));
    QVERIFY2(bob->lastError().contains(QStringLiteral("Nothing was published")),
             qPrintable(bob->lastError()));
    QCOMPARE(
        *m_cluster.sql(QStringLiteral("SELECT md5(document::text) FROM lodestar.team_workshop")),
        before);

    // Replace theirs: the same team workshop, version 3, by Bob.
    const auto replaced =
        bob->publish(laptopB.store(), taken->localId, TeamLibrary::OnConflict::Replace);
    QVERIFY2(replaced, qPrintable(bob->lastError()));
    QCOMPARE(replaced->teamId, v1->teamId);
    QCOMPARE(replaced->version, 3);

    // Alice's copy is now behind: as new, a second team workshop.
    QVERIFY(!alice->publish(laptopA.store(), a));
    QVERIFY(alice->lastConflict());
    const auto asNew = alice->publish(laptopA.store(), a, TeamLibrary::OnConflict::AsNew);
    QVERIFY2(asNew, qPrintable(alice->lastError()));
    QVERIFY(asNew->isNew);
    QVERIFY(asNew->teamId != v1->teamId);
    QCOMPARE(alice->workshops()->size(), 2);
    // ... and her copy now follows the new one.
    const auto again = alice->publish(laptopA.store(), a);
    QVERIFY(again);
    QCOMPARE(again->teamId, asNew->teamId);
    QCOMPARE(again->version, 2);
}

void TestTeamLibrary::withdrawHidesButKeeps() {
    TestLibrary laptop;
    TestLibrary other;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Withdrawn"));
    auto alice = opened(PostgresCluster::Facilitator);
    const auto published = alice->publish(laptop.store(), id);
    QVERIFY(published);
    auto bob = opened(PostgresCluster::Facilitator2);
    QVERIFY(!bob->withdraw(published->teamId));
    QVERIFY2(bob->lastError().contains(QStringLiteral("only alice")), qPrintable(bob->lastError()));
    QVERIFY2(alice->withdraw(published->teamId), qPrintable(alice->lastError()));
    QCOMPARE(alice->workshops()->size(), 0);
    QCOMPARE(count(QStringLiteral("withdrawn_by = 'alice'")), QStringLiteral("1"));
    QVERIFY(!bob->take(other.store(), published->teamId));
    QCOMPARE(workshopTitles(other.database()), QStringList());
    // Only an administrator brings it back.
    QVERIFY(!m_cluster.sql(QStringLiteral("SET ROLE alice; UPDATE lodestar.team_workshop "
                                          "SET withdrawn_at = NULL, withdrawn_by = NULL")));
    QVERIFY(m_cluster.sql(QStringLiteral("SET ROLE ada; UPDATE lodestar.team_workshop SET "
                                         "withdrawn_at = NULL, withdrawn_by = NULL")));
    QCOMPARE(alice->workshops()->size(), 1);
}

void TestTeamLibrary::readerMayNotPublish() {
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Read only"));
    auto alice = opened(PostgresCluster::Facilitator);
    const auto published = alice->publish(laptop.store(), id);
    QVERIFY(published);
    auto rita = opened(PostgresCluster::Reader);
    QVERIFY(rita->isOpen());
    QCOMPARE(rita->workshops()->size(), 1);
    QVERIFY(!rita->publish(laptop.store(), id));
    QCOMPARE(rita->lastFailure(), TeamLibrary::Failure::Request);
    QVERIFY2(rita->lastError().contains(QStringLiteral("lodestar_facilitator")),
             qPrintable(rita->lastError()));
    QCOMPARE(count(), QStringLiteral("1"));
    QCOMPARE(alice->workshops()->first().version, 1);
    // Readers may take copies; nothing is noted for them.
    TestLibrary readers;
    const auto taken = rita->take(readers.store(), published->teamId);
    QVERIFY2(taken, qPrintable(rita->lastError()));
    QVERIFY(taken->warning.isEmpty());
}

void TestTeamLibrary::scriptRunsAgainHarmlessly() {
    QVERIFY2(m_cluster.runScript(QStringLiteral(LODESTAR_TEAM_SQL)), qPrintable(m_cluster.error()));
    QStringList versions; // every version once, up to the one this Lodestar knows
    for (int version = 1; version <= TeamLibrary::SchemaVersion; ++version)
        versions << QString::number(version);
    QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY "
                                           "version) FROM lodestar.schema_version")),
             versions.join(u','));
    QVERIFY(opened(PostgresCluster::Reader)->isOpen());
}

void TestTeamLibrary::listSearchesSortsAndPages() {
    TestLibrary laptop;
    auto team = opened(PostgresCluster::Facilitator);
    const QStringList titles{QStringLiteral("apple_pie"), QStringLiteral("Apple 50% off!"),
                             QStringLiteral("Banana 'quoted'"), QStringLiteral("<b>Cherry</b> 🚀"),
                             QStringLiteral("Dátil مرحبا")};
    for (const QString& title : titles)
        QVERIFY(team->publish(laptop.store(), laptop.addWorkshop(title)));
    const auto titlesOf = [&](const TeamListQuery& query) {
        QStringList found;
        for (const TeamWorkshopSummary& w :
             team->workshops(query).value_or(QList<TeamWorkshopSummary>{}))
            found << w.title;
        return found;
    };
    TeamListQuery query;
    query.sort = TeamListQuery::Sort::Title;
    query.descending = false;
    QCOMPARE(titlesOf(query), (QStringList{titles[3], titles[1], titles[0], titles[2], titles[4]}));
    query.limit = 2;
    query.offset = 1;
    QCOMPARE(titlesOf(query), (QStringList{titles[1], titles[0]}));
    query = {};
    QCOMPARE(titlesOf(query).first(), titles.last()); // the latest published first
    const QList<QPair<QString, QStringList>> searches{
        {QStringLiteral("APPLE"), {titles[1], titles[0]}},
        {QStringLiteral("50%"), {titles[1]}},
        {QStringLiteral("_"), {titles[0]}},
        {QStringLiteral("!"), {titles[1]}},
        {QStringLiteral("'quoted'"), {titles[2]}},
        {QStringLiteral("<b>"), {titles[3]}},
        {QStringLiteral("مرحبا"), {titles[4]}},
        {QStringLiteral("nothing like it"), {}},
        {QStringLiteral("  "), titles}};
    for (const auto& [search, expected] : searches) {
        query.search = search;
        QStringList found = titlesOf(query);
        found.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(found, sortedExpected);
        QCOMPARE(team->workshopCount(search).value_or(-1), qint64(expected.size()));
    }
}

void TestTeamLibrary::othersPublishingIsHeard() {
    auto listener = opened(PostgresCluster::Reader);
    QList<QPair<qint64, int>> heard;
    QObject context;
    QVERIFY2(listener->listenForChanges(&context,
                                        [&](qint64 teamId, int version) {
                                            heard.append({teamId, version});
                                        }),
             qPrintable(listener->lastError()));
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Heard"));
    auto alice = opened(PostgresCluster::Facilitator);
    const auto first = alice->publish(laptop.store(), id);
    QVERIFY(first);
    QTRY_COMPARE(heard.size(), 1);
    QCOMPARE(heard.first(), qMakePair(first->teamId, 1));
    QVERIFY(alice->publish(laptop.store(), id));
    QVERIFY(alice->withdraw(first->teamId));
    QTRY_COMPARE(heard.size(), 3);
    QCOMPARE(heard.at(1), qMakePair(first->teamId, 2));
}

QTEST_GUILESS_MAIN(TestTeamLibrary)
