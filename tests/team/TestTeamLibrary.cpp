// The team library against a real PostgreSQL 15 started by the test (one cluster for the
// whole binary): connecting both ways, publish → list → take with hostile text, versions,
// conflicts, withdrawing, roles, and every way a server can fail or lie.
#include "DocumentCompare.h"
#include "HostileWorkshop.h"
#include "PostgresCluster.h"
#include "TestLibrary.h"

#include "exchange/WorkshopDocument.h"
#include "storage/TeamLibrary.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QString pw(const char* user) {
    return PostgresCluster::passwordOf(QString::fromLatin1(user));
}

} // namespace

class TestTeamLibrary : public QObject {
    Q_OBJECT

    PostgresCluster m_cluster;

    QString connInfo(const char* user) const {
        return m_cluster.keyValue(QString::fromLatin1(user), pw(user));
    }
    QString count(const QString& where = QStringLiteral("true")) {
        return m_cluster
            .sql(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop WHERE ") + where)
            .value_or(QStringLiteral("?"));
    }
    // A team library opened as `user`, failing the test when it does not open.
    std::unique_ptr<TeamLibrary> opened(const char* user) {
        auto team = std::make_unique<TeamLibrary>(connInfo(user));
        if (!team->open())
            qWarning("%s", qPrintable(team->lastError()));
        return team;
    }

private slots:
    void initTestCase() {
        if (!m_cluster.start())
            QFAIL(qPrintable(m_cluster.error()));
    }
    void cleanupTestCase() { m_cluster.stop(); }
    void init() {
        QVERIFY(m_cluster.sql(QStringLiteral("TRUNCATE lodestar.team_copy, "
                                             "lodestar.team_workshop RESTART IDENTITY")));
    }

    void connectsBothWays_data() {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("key=value, socket") << connInfo(PostgresCluster::Facilitator);
        QTest::newRow("URI, TCP") << m_cluster.uri(QStringLiteral("alice"), pw("alice"));
        QTest::newRow("URI, socket as host")
            << QStringLiteral("postgresql://alice:") + pw("alice") + u'@' +
                   QString::fromLatin1(QUrl::toPercentEncoding(m_cluster.socketFolder())) + u':' +
                   QString::number(m_cluster.port()) + QStringLiteral("/lodestar?sslmode=disable");
        QTest::newRow("key=value, quoted, TCP")
            << QStringLiteral("host = '127.0.0.1' port=%1 dbname='lodestar' user=alice "
                              "password='%2' connect_timeout=5")
                   .arg(m_cluster.port())
                   .arg(pw("alice"));
    }
    void connectsBothWays() {
        QFETCH(QString, conninfo);
        TeamLibrary team(conninfo);
        QVERIFY2(team.open(), qPrintable(team.lastError()));
        QCOMPARE(team.userName(), QStringLiteral("alice"));
        QVERIFY(team.workshops().has_value());
    }

    void hostileTextRoundTrips() {
        TestLibrary laptopA;
        TestLibrary laptopB;
        WorkshopDocument hostile = HostileWorkshop::document();
        hostile.workshop.vision = QString(20000, QChar(0x05D0)); // huge, right-to-left
        if (!hostile.stages.isEmpty())
            hostile.stages.first().notes = QStringLiteral("\"'<b>x</b>🚀") + QString(150000, u'n');
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
        QCOMPARE(firstDifference(renumbered(*original), renumbered(*copy)), QString());
    }

    void republishingBumpsTheVersion() {
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

    void conflictHasThreeOutcomes() {
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
        const QString before = *m_cluster.sql(
            QStringLiteral("SELECT md5(document::text) FROM lodestar.team_workshop"));

        // Keep theirs: refused, and the team copy is as Alice left it.
        QVERIFY(!bob->publish(laptopB.store(), taken->localId));
        QCOMPARE(bob->lastFailure(), TeamLibrary::Failure::Request);
        QVERIFY(bob->lastConflict());
        QCOMPARE(bob->lastConflict()->theirVersion, 2);
        QCOMPARE(bob->lastConflict()->yourVersion, 1);
        QCOMPARE(bob->lastConflict()->publishedBy, QStringLiteral("alice"));
        QVERIFY2(bob->lastError().contains(QStringLiteral("Nothing was published")),
                 qPrintable(bob->lastError()));
        QCOMPARE(*m_cluster.sql(
                     QStringLiteral("SELECT md5(document::text) FROM lodestar.team_workshop")),
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

    void withdrawHidesButKeeps() {
        TestLibrary laptop;
        TestLibrary other;
        const qint64 id = laptop.addWorkshop(QStringLiteral("Withdrawn"));
        auto alice = opened(PostgresCluster::Facilitator);
        const auto published = alice->publish(laptop.store(), id);
        QVERIFY(published);
        auto bob = opened(PostgresCluster::Facilitator2);
        QVERIFY(!bob->withdraw(published->teamId));
        QVERIFY2(bob->lastError().contains(QStringLiteral("only alice")),
                 qPrintable(bob->lastError()));
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

    void readerMayNotPublish() {
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

    void wrongPasswordIsRefused() {
        TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), QStringLiteral("nope")));
        QVERIFY(!team.open());
        QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
        QCOMPARE(team.lastFailure(), TeamLibrary::Failure::Server);
        QVERIFY2(team.lastError().contains(QStringLiteral("password authentication failed")),
                 qPrintable(team.lastError()));
    }

    void tlsChecksTheServer_data() {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("opens");
        QTest::newRow("right CA, name")
            << m_cluster.caFile() << QStringLiteral("localhost") << true;
        QTest::newRow("right CA, address")
            << m_cluster.caFile() << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("wrong CA") << m_cluster.wrongCaFile() << QStringLiteral("localhost")
                                  << false;
        QTest::newRow("missing CA file") << m_cluster.socketFolder() + QStringLiteral("/none.crt")
                                         << QStringLiteral("localhost") << false;
    }
    void tlsChecksTheServer() {
        QFETCH(QString, ca);
        QFETCH(QString, host);
        QFETCH(bool, opens);
        TeamLibrary team(QStringLiteral("postgresql://alice:%1@%2:%3/lodestar?sslmode=verify-full"
                                        "&sslrootcert=%4")
                             .arg(pw("alice"), host)
                             .arg(m_cluster.port())
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(ca))));
        QCOMPARE(team.open(), opens);
        if (!opens) {
            QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
            QVERIFY2(team.lastError().contains(QStringLiteral("certificate")),
                     qPrintable(team.lastError()));
        }
    }

    void absentServerFailsFast_data() {
        QTest::addColumn<QString>("conninfo");
        static QTemporaryDir empty;
        QTest::newRow("socket")
            << QStringLiteral("host=%1 dbname=lodestar user=alice").arg(empty.path());
        QTest::newRow("TCP") << QStringLiteral("postgresql://alice@127.0.0.1:1/lodestar");
    }
    void absentServerFailsFast() {
        QFETCH(QString, conninfo);
        QElapsedTimer timer;
        timer.start();
        TeamLibrary team(conninfo);
        QVERIFY(!team.open());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
        QVERIFY2(team.lastError().startsWith(QStringLiteral("Could not connect to the team")),
                 qPrintable(team.lastError()));
        TestLibrary laptop;
        QVERIFY(!team.publish(laptop.store(), laptop.addWorkshop(QStringLiteral("x"))));
    }

    void databaseWithoutSchemaIsNamed() {
        TeamLibrary team(
            m_cluster.keyValue(QStringLiteral("alice"), pw("alice"), QStringLiteral("postgres")));
        QVERIFY(!team.open());
        QCOMPARE(team.status(), TeamLibrary::Status::NoSchema);
        QVERIFY2(team.lastError().contains(QStringLiteral("team-library.sql")),
                 qPrintable(team.lastError()));
    }

    void newerSchemaIsNeverWritten() {
        TestLibrary laptop;
        const qint64 id = laptop.addWorkshop(QStringLiteral("Too new"));
        QVERIFY(m_cluster.sql(QStringLiteral("INSERT INTO lodestar.schema_version VALUES (2)")));
        TeamLibrary team(connInfo(PostgresCluster::Facilitator));
        const bool opened = team.open();
        QVERIFY(m_cluster.sql(QStringLiteral("DELETE FROM lodestar.schema_version WHERE "
                                             "version = 2")));
        QVERIFY(!opened);
        QCOMPARE(team.status(), TeamLibrary::Status::NewerSchema);
        QVERIFY2(team.lastError().contains(QStringLiteral("newer Lodestar")),
                 qPrintable(team.lastError()));
        QVERIFY(!team.publish(laptop.store(), id));
        QCOMPARE(count(), QStringLiteral("0"));
    }

    void serverLostMidPublish_data() {
        QTest::addColumn<int>("step");
        for (int step = 1; step <= 6; ++step)
            QTest::addRow("after statement %d", step) << step;
    }
    void serverLostMidPublish() {
        QFETCH(int, step);
        TestLibrary laptop;
        const qint64 id = laptop.addWorkshop(QStringLiteral("Interrupted"));
        auto team = opened(PostgresCluster::Facilitator);
        QVERIFY(team->publish(laptop.store(), id));
        const QString before = *m_cluster.sql(
            QStringLiteral("SELECT version, md5(document::text) FROM lodestar.team_workshop"));
        const QString copiesBefore =
            *m_cluster.sql(QStringLiteral("SELECT version FROM lodestar.team_copy"));
        QVERIFY(laptop.store().renameWorkshop(id, QStringLiteral("Interrupted, edited")));
        laptop.close();
        const QByteArray hash = fileHash(laptop.path());
        QVERIFY(laptop.reopen());

        int calls = 0;
        team->setBetweenStatements([&] {
            if (++calls == step)
                m_cluster.sql(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM "
                                             "pg_stat_activity WHERE usename = 'alice'"));
        });
        QVERIFY(!team->publish(laptop.store(), id));
        QCOMPARE(team->lastFailure(), TeamLibrary::Failure::Server);
        QVERIFY2(team->lastError().contains(QStringLiteral("Nothing was published")),
                 qPrintable(team->lastError()));
        QCOMPARE(*m_cluster.sql(QStringLiteral(
                     "SELECT version, md5(document::text) FROM lodestar.team_workshop")),
                 before);
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT version FROM lodestar.team_copy")),
                 copiesBefore);
        laptop.close();
        QCOMPARE(fileHash(laptop.path()), hash);
    }

    void malformedTeamCopyIsRefused_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("member missing")
            << QStringLiteral("document - 'votes'") << QStringLiteral("votes");
        QTest::newRow("unknown member")
            << QStringLiteral("jsonb_set(document, '{workshop,extra}', '1')")
            << QStringLiteral("workshop.extra");
        QTest::newRow("bad reference")
            << QStringLiteral("jsonb_set(document, '{workshop,northStarId}', '999999')")
            << QStringLiteral("northStarId");
        QTest::newRow("not a workshop")
            << QStringLiteral("'{\"format\": \"other\"}'::jsonb") << QStringLiteral("format");
    }
    void malformedTeamCopyIsRefused() {
        QFETCH(QString, change);
        QFETCH(QString, named);
        TestLibrary source;
        const auto id = HostileWorkshop::create(source.store());
        QVERIFY(id);
        auto team = opened(PostgresCluster::Facilitator);
        const auto published = team->publish(source.store(), *id);
        QVERIFY(published);
        QVERIFY(m_cluster.sql(
            QStringLiteral("UPDATE lodestar.team_workshop SET document = %1").arg(change)));

        TestLibrary laptop;
        laptop.addWorkshop(QStringLiteral("Mine"));
        laptop.close();
        const QByteArray hash = fileHash(laptop.path());
        QVERIFY(laptop.reopen());
        QVERIFY(!team->take(laptop.store(), published->teamId));
        QCOMPARE(team->lastFailure(), TeamLibrary::Failure::Request);
        QVERIFY2(team->lastError().contains(named), qPrintable(team->lastError()));
        QVERIFY2(team->lastError().contains(QStringLiteral("Your library was not changed")),
                 qPrintable(team->lastError()));
        QCOMPARE(workshopTitles(laptop.database()), QStringList{QStringLiteral("Mine")});
        laptop.close();
        QCOMPARE(fileHash(laptop.path()), hash);
    }
};

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "TestTeamLibrary.moc"
