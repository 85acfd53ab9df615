// A team library whose administrator upgrades the schema to a newer Lodestar's while this one
// is connected (see TestTeamLibrary.h): every request checks the version again, in its own
// transaction, and refuses with the message a connect gives; nothing is written, anywhere.
#include "TestTeamLibrary.h"

#include "TestLibrary.h"

#include <QScopeGuard>
#include <QTest>

namespace {

// What an upgrade's block in team-library.sql does first and last (here, as the owner).
QString upgradeTo(int version) {
    return QStringLiteral("SET ROLE ada; BEGIN; LOCK TABLE lodestar.schema_version IN EXCLUSIVE "
                          "MODE; INSERT INTO lodestar.schema_version (version) VALUES (%1); "
                          "COMMIT;")
        .arg(version);
}

// Everything on the server a request could change.
const QString serverState = QStringLiteral(
    "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY id), '')) FROM lodestar.team_workshop t "
    "UNION ALL SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY laptop, local_id), '')) "
    "FROM lodestar.team_copy c");

} // namespace

void TestTeamLibrary::upgradedWhileConnectedIsNeverUsed_data() {
    QTest::addColumn<QString>("request");
    for (const char* request : {"publish new", "republish", "replace", "as new", "withdraw", "take",
                                "list", "count", "product"})
        QTest::newRow(request) << QString::fromLatin1(request);
}

void TestTeamLibrary::upgradedWhileConnectedIsNeverUsed() {
    QFETCH(QString, request);
    TestLibrary laptop;
    const qint64 published = laptop.addWorkshop(QStringLiteral("Published before"));
    const qint64 fresh = laptop.addWorkshop(QStringLiteral("Never published"));
    auto alice = opened(PostgresCluster::Facilitator);
    QVERIFY(alice->isOpen());
    const auto team = alice->publish(laptop.store(), published);
    QVERIFY2(team, qPrintable(alice->lastError()));
    QVERIFY(laptop.store().renameWorkshop(published, QStringLiteral("Published, edited")));
    QVERIFY(alice->workshops());

    const auto before = m_cluster.sql(serverState);
    QVERIFY(before);
    const QStringList titles = workshopTitles(laptop.database());
    const int newer = TeamLibrary::SchemaVersion + 1;
    QVERIFY2(m_cluster.sql(upgradeTo(newer)), qPrintable(m_cluster.error()));
    const auto downgrade = qScopeGuard([&] {
        m_cluster.sql(
            QStringLiteral("DELETE FROM lodestar.schema_version WHERE version = %1").arg(newer));
    });

    bool done = true;
    if (request == u"publish new")
        done = alice->publish(laptop.store(), fresh).has_value();
    else if (request == u"republish")
        done = alice->publish(laptop.store(), published).has_value();
    else if (request == u"replace")
        done =
            alice->publish(laptop.store(), published, TeamLibrary::OnConflict::Replace).has_value();
    else if (request == u"as new")
        done =
            alice->publish(laptop.store(), published, TeamLibrary::OnConflict::AsNew).has_value();
    else if (request == u"withdraw")
        done = alice->withdraw(team->teamId);
    else if (request == u"take")
        done = alice->take(laptop.store(), team->teamId).has_value();
    else if (request == u"list")
        done = alice->workshops().has_value();
    else if (request == u"count")
        done = alice->workshopCount().has_value();
    else if (request == u"product")
        done =
            alice->productWorkshops(QStringLiteral("meal kit"), {}, laptop.path(), {}).has_value();
    QVERIFY(!done);
    QCOMPARE(alice->status(), TeamLibrary::Status::NewerSchema);
    QCOMPARE(alice->lastFailure(), TeamLibrary::Failure::Server);
    const QString said = alice->lastError();
    for (const QString& words :
         {QStringLiteral("newer Lodestar"), QStringLiteral("version %1").arg(newer),
          QStringLiteral("Update Lodestar"), QStringLiteral("nothing was changed there")})
        QVERIFY2(said.contains(words), qPrintable(said));
    QCOMPARE(m_cluster.sql(serverState).value_or(QString()), *before);
    QCOMPARE(workshopTitles(laptop.database()), titles);
    // Refused from now on without asking the server again, as after a refused connect.
    QVERIFY(!alice->publish(laptop.store(), fresh));
    QCOMPARE(alice->lastError(), said);
    QCOMPARE(m_cluster.sql(serverState).value_or(QString()), *before);
}

void TestTeamLibrary::requestHoldsOffAnUpgrade() {
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Under way"));
    auto alice = opened(PostgresCluster::Facilitator);
    QVERIFY(alice->isOpen());
    // Midway through a publish, an upgrade cannot take its first lock...
    std::optional<QString> upgradeMidway = QStringLiteral("not tried");
    alice->setBetweenStatements([&] {
        if (upgradeMidway && *upgradeMidway == u"not tried")
            upgradeMidway = m_cluster.sql(QStringLiteral(
                "SET ROLE ada; LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE NOWAIT"));
    });
    QVERIFY2(alice->publish(laptop.store(), id), qPrintable(alice->lastError()));
    QVERIFY(!upgradeMidway);
    QVERIFY2(m_cluster.error().contains(QStringLiteral("could not obtain lock")),
             qPrintable(m_cluster.error()));
    // ... and takes it once the publish has committed.
    QVERIFY2(m_cluster.sql(QStringLiteral(
                 "SET ROLE ada; LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE NOWAIT")),
             qPrintable(m_cluster.error()));
    QCOMPARE(count(), QStringLiteral("1"));
}
