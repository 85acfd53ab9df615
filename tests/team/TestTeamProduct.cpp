// A product's team workshops (see TestTeamLibrary.h): found by the tolerant product rule,
// the laptop's own copies left out, hostile text exact, a malformed row skipped, and a server
// on team schema 3 refused until its administrator runs the new script.
#include "TestTeamLibrary.h"

#include "HistoryFixtures.h"
#include "TestLibrary.h"
#include "domain/ProductName.h"
#include "exchange/JsonExchange.h"
#include "exchange/WorkshopDocument.h"
#include "history/DocumentRecord.h"
#include "storage/WorkshopStore.h"

#include <QScopeGuard>
#include <QTest>

namespace {

PastWorkshop pastOf(const QString& title, const QString& product, const QString& metric) {
    PastWorkshop past = plainWorkshop(title, product, QDate(2026, 3, 14));
    past.metricName = metric;
    past.metricDefinition = QStringLiteral("How many a week");
    past.inputs = {{QStringLiteral("Input one"), QStringLiteral("first"), QStringLiteral("Ann")}};
    return past;
}

// Publishes `past` from a laptop of its own; the team id, or 0.
qint64 publishPast(TeamLibrary& team, const PastWorkshop& past) {
    TestLibrary laptop;
    const qint64 id = addPastWorkshop(laptop.store(), past);
    const auto published = id ? team.publish(laptop.store(), id) : std::nullopt;
    if (!published)
        qWarning("%s", qPrintable(team.lastError()));
    return published ? published->teamId : 0;
}

// The laptop's workshops of `key`, as the product page hands them over.
QList<TeamLibrary::LaptopWorkshop> ownOf(WorkshopStore& store, const QString& key) {
    QList<TeamLibrary::LaptopWorkshop> own;
    for (const NorthStarRecord& r : store.productHistory(key))
        own.append({r.workshopId, r.date, r.title});
    return own;
}

QStringList titlesOf(const TeamLibrary::ProductWorkshops& found) {
    QStringList titles;
    for (const auto& w : found.workshops)
        titles << w.document.workshop.title;
    return titles;
}

} // namespace

void TestTeamLibrary::productFindsItsTeamWorkshops() {
    auto bob = opened(PostgresCluster::Facilitator2);
    QVERIFY(publishPast(*bob, pastOf(QStringLiteral("Spaced"), QStringLiteral("  meal\u00a0 KIT "),
                                     QStringLiteral("Weekly cooks"))));
    QVERIFY(publishPast(*bob, pastOf(QStringLiteral("Other"), QStringLiteral("Meal kits"),
                                     QStringLiteral("Not this one"))));
    QVERIFY(publishPast(*bob, pastOf(QStringLiteral("Folded"), QStringLiteral("Straße"),
                                     QStringLiteral("Weekly walkers"))));
    QVERIFY(publishPast(*bob, pastOf(QStringLiteral("Latest"), QStringLiteral("Meal Kit"),
                                     QStringLiteral("Weekly eaters"))));

    TestLibrary laptop;
    QVERIFY(
        addPastWorkshop(laptop.store(), pastOf(QStringLiteral("Ours"), QStringLiteral("Meal kit"),
                                               QStringLiteral("Ours"))));
    const QString key = ProductName::key(QStringLiteral("Meal kit"));
    auto alice = opened(PostgresCluster::Facilitator);
    const auto found =
        alice->productWorkshops(key, {QStringLiteral("Meal kit")}, laptop.store().libraryPath(),
                                ownOf(laptop.store(), key));
    QVERIFY2(found, qPrintable(alice->lastError()));
    // The latest published first; another product, however alike, is not there.
    QCOMPARE(titlesOf(*found), (QStringList{QStringLiteral("Latest"), QStringLiteral("Spaced")}));
    QVERIFY(found->skipped.isEmpty());
    QVERIFY(!found->more);
    const auto& latest = found->workshops.first();
    QCOMPARE(latest.summary.publishedBy, QStringLiteral("bob"));
    QVERIFY(latest.summary.publishedAt.isValid());
    const NorthStarRecord record = DocumentRecord::of(latest.document);
    QCOMPARE(record.metricName, QStringLiteral("Weekly eaters"));
    QCOMPARE(record.inputs.size(), 1);
    QCOMPARE(record.inputs.first().owner, QStringLiteral("Ann"));

    // Case folded as the laptop folds it: "STRASSE" is "Straße".
    const auto folded =
        alice->productWorkshops(ProductName::key(QStringLiteral("STRASSE")),
                                {QStringLiteral("STRASSE")}, laptop.store().libraryPath(), {});
    QVERIFY2(folded, qPrintable(alice->lastError()));
    QCOMPARE(titlesOf(*folded), QStringList{QStringLiteral("Folded")});
    // At most `limit`, and it says there are more.
    const auto first = alice->productWorkshops(key, {}, laptop.store().libraryPath(), {}, 1);
    QVERIFY(first);
    QCOMPARE(titlesOf(*first), QStringList{QStringLiteral("Latest")});
    QVERIFY(first->more);
}

void TestTeamLibrary::productLeavesOutTheLaptopsCopies() {
    TestLibrary laptop;
    const QString key = ProductName::key(QStringLiteral("Meal kit"));
    auto alice = opened(PostgresCluster::Facilitator);
    auto bob = opened(PostgresCluster::Facilitator2);
    // Published from this laptop, and taken from the team by it.
    const qint64 mine =
        addPastWorkshop(laptop.store(), pastOf(QStringLiteral("Mine"), QStringLiteral("Meal kit"),
                                               QStringLiteral("M")));
    QVERIFY(alice->publish(laptop.store(), mine));
    const qint64 theirs = publishPast(
        *bob, pastOf(QStringLiteral("Theirs"), QStringLiteral("Meal kit"), QStringLiteral("T")));
    const qint64 another = publishPast(
        *bob, pastOf(QStringLiteral("Another"), QStringLiteral("Meal kit"), QStringLiteral("A")));
    QVERIFY(theirs && another);
    const auto taken = alice->take(laptop.store(), theirs);
    QVERIFY2(taken && taken->warning.isEmpty(), qPrintable(alice->lastError()));
    // The taken copy is renamed: the server's note still knows it.
    QVERIFY(laptop.store().renameWorkshop(taken->localId, QStringLiteral("Theirs, ours now")));

    const auto found =
        alice->productWorkshops(key, {}, laptop.store().libraryPath(), ownOf(laptop.store(), key));
    QVERIFY2(found, qPrintable(alice->lastError()));
    QCOMPARE(titlesOf(*found), QStringList{QStringLiteral("Another")});
    // Another laptop has no copies: it sees all three.
    TestLibrary other;
    const auto elsewhere = alice->productWorkshops(key, {}, other.store().libraryPath(), {});
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->workshops.size(), 3);

    // A reader's copy is not noted on the server; its title and creation time tell it.
    TestLibrary readers;
    auto rita = opened(PostgresCluster::Reader);
    QVERIFY(rita->take(readers.store(), another));
    const auto forRita =
        rita->productWorkshops(key, {}, readers.store().libraryPath(), ownOf(readers.store(), key));
    QVERIFY2(forRita, qPrintable(rita->lastError()));
    QCOMPARE(titlesOf(*forRita), (QStringList{QStringLiteral("Theirs"), QStringLiteral("Mine")}));
}

void TestTeamLibrary::productHostileTextRoundTrips() {
    const QString hostile = QStringLiteral("Kit \"q\" 'it''s' <b>bold</b> 🚀 מדד הצפון");
    PastWorkshop past = pastOf(hostile, hostile, hostile + QStringLiteral(" metric"));
    past.facilitator = QStringLiteral("<i>Fran</i> \u202Eevil");
    past.inputs.first().owner = QStringLiteral("O'Brien 👩🏽‍🍳");
    auto bob = opened(PostgresCluster::Facilitator2);
    QVERIFY(publishPast(*bob, past));
    auto alice = opened(PostgresCluster::Facilitator);
    TestLibrary laptop;
    const auto found = alice->productWorkshops(ProductName::key(hostile), {hostile},
                                               laptop.store().libraryPath(), {});
    QVERIFY2(found && found->workshops.size() == 1, qPrintable(alice->lastError()));
    const NorthStarRecord record = DocumentRecord::of(found->workshops.first().document);
    QCOMPARE(record.title, hostile);
    QCOMPARE(record.product, hostile);
    QCOMPARE(record.metricName, hostile + QStringLiteral(" metric"));
    QCOMPARE(record.facilitator, past.facilitator);
    QCOMPARE(record.inputs.first().owner, past.inputs.first().owner);
}

void TestTeamLibrary::productSkipsAMalformedRow() {
    auto bob = opened(PostgresCluster::Facilitator2);
    const qint64 good = publishPast(
        *bob, pastOf(QStringLiteral("Good"), QStringLiteral("Meal kit"), QStringLiteral("G")));
    const qint64 broken = publishPast(
        *bob, pastOf(QStringLiteral("Broken"), QStringLiteral("Meal kit"), QStringLiteral("B")));
    const qint64 tooLong = publishPast(
        *bob, pastOf(QStringLiteral("Long"), QStringLiteral("Meal kit"), QStringLiteral("L")));
    QVERIFY(good && broken && tooLong);
    // A document the importer refuses, and a list column longer than any file may hold.
    QVERIFY(m_cluster.sql(QStringLiteral("UPDATE lodestar.team_workshop SET document = "
                                         "jsonb_set(document, '{workshop,northStarId}', "
                                         "'999999') WHERE id = %1")
                              .arg(broken)));
    // The title as a server older than team schema 5 (which checks lengths) may hold it.
    QVERIFY(m_cluster.sql(
        QStringLiteral("BEGIN; ALTER TABLE lodestar.team_workshop DROP CONSTRAINT "
                       "team_workshop_title_short; UPDATE lodestar.team_workshop SET title = "
                       "repeat('x', 5000) WHERE id = %1; ALTER TABLE lodestar.team_workshop ADD "
                       "CONSTRAINT team_workshop_title_short CHECK (length(title) <= 200) NOT "
                       "VALID; COMMIT;")
            .arg(tooLong)));
    auto alice = opened(PostgresCluster::Facilitator);
    TestLibrary laptop;
    const auto found = alice->productWorkshops(ProductName::key(QStringLiteral("Meal kit")), {},
                                               laptop.store().libraryPath(), {});
    QVERIFY2(found, qPrintable(alice->lastError()));
    QCOMPARE(titlesOf(*found), QStringList{QStringLiteral("Good")});
    QCOMPARE(found->skipped.size(), 2);
    const QString notes = found->skipped.join(u'\n');
    for (const QString& words :
         {QStringLiteral("team workshop %1").arg(broken), QStringLiteral("northStarId"),
          QStringLiteral("team workshop %1").arg(tooLong), QStringLiteral("title"),
          QStringLiteral("left out")})
        QVERIFY2(notes.contains(words), qPrintable(notes));
}

void TestTeamLibrary::productNeedsSchemaFour() {
    const QString database = QStringLiteral("lodestar_v3");
    QVERIFY2(m_cluster.createTeamDatabase(database, 3), qPrintable(m_cluster.error()));
    const auto dropDatabase = qScopeGuard([&] { m_cluster.dropDatabase(database); });
    // A workshop published while the server was on version 3.
    TestLibrary source;
    const qint64 id =
        addPastWorkshop(source.store(), pastOf(QStringLiteral("Before"),
                                               QStringLiteral("MEAL  kit"), QStringLiteral("B")));
    const auto doc = WorkshopDocument::load(source.store(), id);
    QVERIFY(doc);
    QVERIFY(m_cluster.sql(
        QStringLiteral("INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
                       "held_at, north_star, document) VALUES ('v3/1', 'Before', 'MEAL  kit', '', "
                       "now(), '', $doc$%1$doc$)")
            .arg(QString::fromUtf8(JsonExchange::write(*doc))),
        database));
    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"), database));
    QVERIFY(!team.open());
    QCOMPARE(team.status(), TeamLibrary::Status::OlderSchema);
    QVERIFY2(team.lastError().contains(QStringLiteral("version 3")), qPrintable(team.lastError()));
    TestLibrary laptop;
    const QString key = ProductName::key(QStringLiteral("Meal kit"));
    QVERIFY(!team.productWorkshops(key, {}, laptop.store().libraryPath(), {}));

    // The administrator runs the new script: the old row gets its product key, and shows.
    QVERIFY2(m_cluster.runScript(QStringLiteral(LODESTAR_TEAM_SQL), database),
             qPrintable(m_cluster.error()));
    QCOMPARE(
        m_cluster.sql(QStringLiteral("SELECT product_key FROM lodestar.team_workshop"), database)
            .value_or(QString())
            .trimmed(),
        QStringLiteral("meal kit"));
    QVERIFY2(team.open(), qPrintable(team.lastError()));
    const auto found = team.productWorkshops(key, {}, laptop.store().libraryPath(), {});
    QVERIFY2(found, qPrintable(team.lastError()));
    QCOMPARE(titlesOf(*found), QStringList{QStringLiteral("Before")});
    team.close();
}
