// The team library when the server fails or lies (see TestTeamLibrary.h).
#include "TestTeamLibrary.h"

#include "DocumentCompare.h"
#include "HostileWorkshop.h"
#include "TestLibrary.h"

#include "exchange/WorkshopDocument.h"

#include "storage/TeamConnInfo.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

void TestTeamLibrary::wrongPasswordIsRefused() {
    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), QStringLiteral("nope")));
    QVERIFY(!team.open());
    QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
    QCOMPARE(team.lastFailure(), TeamLibrary::Failure::Server);
    QVERIFY2(team.lastError().contains(QStringLiteral("password authentication failed")),
             qPrintable(team.lastError()));
}

void TestTeamLibrary::tlsChecksTheServer_data() {
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("opens");
    QTest::newRow("right CA, name") << m_cluster.caFile() << QStringLiteral("localhost") << true;
    QTest::newRow("right CA, address") << m_cluster.caFile() << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("wrong CA") << m_cluster.wrongCaFile() << QStringLiteral("localhost") << false;
    QTest::newRow("missing CA file") << m_cluster.socketFolder() + QStringLiteral("/none.crt")
                                     << QStringLiteral("localhost") << false;
}

void TestTeamLibrary::tlsChecksTheServer() {
    QFETCH(QString, ca);
    QFETCH(QString, host);
    QFETCH(bool, opens);
    TeamLibrary team(QStringLiteral("postgresql://alice:%1@%2:%3/lodestar?sslmode=verify-full"
                                    "&sslrootcert=%4")
                         .arg(passwordOf("alice"), host)
                         .arg(m_cluster.port())
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(ca))));
    QCOMPARE(team.open(), opens);
    if (!opens) {
        QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
        QVERIFY2(team.lastError().contains(QStringLiteral("certificate")),
                 qPrintable(team.lastError()));
    }
}

void TestTeamLibrary::absentServerFailsFast_data() {
    QTest::addColumn<QString>("conninfo");
    static QTemporaryDir empty;
    QTest::newRow("socket")
        << QStringLiteral("host=%1 dbname=lodestar user=alice").arg(empty.path());
    QTest::newRow("TCP") << QStringLiteral("postgresql://alice@127.0.0.1:1/lodestar");
}

void TestTeamLibrary::absentServerFailsFast() {
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

void TestTeamLibrary::databaseWithoutSchemaIsNamed() {
    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"),
                                        QStringLiteral("postgres")));
    QVERIFY(!team.open());
    QCOMPARE(team.status(), TeamLibrary::Status::NoSchema);
    QVERIFY2(team.lastError().contains(QStringLiteral("team-library.sql")),
             qPrintable(team.lastError()));
}

void TestTeamLibrary::newerSchemaIsNeverWritten() {
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Too new"));
    const int newer = TeamLibrary::SchemaVersion + 1;
    QVERIFY(m_cluster.sql(
        QStringLiteral("INSERT INTO lodestar.schema_version VALUES (%1)").arg(newer)));
    TeamLibrary team(connInfo(PostgresCluster::Facilitator));
    const bool opened = team.open();
    QVERIFY(m_cluster.sql(
        QStringLiteral("DELETE FROM lodestar.schema_version WHERE version = %1").arg(newer)));
    QVERIFY(!opened);
    QCOMPARE(team.status(), TeamLibrary::Status::NewerSchema);
    QVERIFY2(team.lastError().contains(QStringLiteral("newer Lodestar")),
             qPrintable(team.lastError()));
    QVERIFY(!team.publish(laptop.store(), id));
    QCOMPARE(count(), QStringLiteral("0"));
}

void TestTeamLibrary::serverLostMidPublish_data() {
    QTest::addColumn<int>("step");
    for (int step = 1; step <= 6; ++step)
        QTest::addRow("after statement %d", step) << step;
}

void TestTeamLibrary::serverLostMidPublish() {
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
    QCOMPARE(*m_cluster.sql(
                 QStringLiteral("SELECT version, md5(document::text) FROM lodestar.team_workshop")),
             before);
    QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT version FROM lodestar.team_copy")),
             copiesBefore);
    laptop.close();
    QCOMPARE(fileHash(laptop.path()), hash);
}

void TestTeamLibrary::takeKeepsTheCopyWhenTheServerDropsAfterwards() {
    TestLibrary source;
    TestLibrary laptop;
    const qint64 id = source.addWorkshop(QStringLiteral("Dropped"));
    auto team = opened(PostgresCluster::Facilitator2);
    const auto published = team->publish(source.store(), id);
    QVERIFY(published);
    // The hook runs just before the server's COMMIT, after the copy is in the library.
    team->setBetweenStatements([&] {
        m_cluster.sql(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM "
                                     "pg_stat_activity WHERE usename = 'bob'"));
    });
    const auto taken = team->take(laptop.store(), published->teamId);
    QVERIFY2(taken, qPrintable(team->lastError()));
    QVERIFY2(taken->warning.contains(QStringLiteral("new team workshop")),
             qPrintable(taken->warning));
    QCOMPARE(workshopTitles(laptop.database()), QStringList{QStringLiteral("Dropped")});
    QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT count(*) FROM lodestar.team_copy")),
             QStringLiteral("1")); // the publisher's own, not the lost copy's
}

void TestTeamLibrary::malformedTeamCopyIsRefused_data() {
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

void TestTeamLibrary::malformedTeamCopyIsRefused() {
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

// Someone else's transaction holds the table: the server gives up on the publish after the
// statement timeout, the message says so, nothing is published, the connection stays usable
// and the publish goes through once the lock is gone.
void TestTeamLibrary::heldUpServerTimesOut() {
    TestLibrary laptop;
    const qint64 id = laptop.addWorkshop(QStringLiteral("Held up"));
    TeamLibrary team(connInfo(PostgresCluster::Facilitator) +
                     QStringLiteral(" options='-c statement_timeout=1500'"));
    QVERIFY2(team.open(), qPrintable(team.lastError()));

    QString why;
    const auto holderInfo = TeamConnInfo::parse(connInfo(PostgresCluster::Administrator), &why);
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

        QElapsedTimer timer;
        timer.start();
        QVERIFY(!team.publish(laptop.store(), id));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(team.lastFailure(), TeamLibrary::Failure::Server);
        QVERIFY2(team.lastError().contains(QStringLiteral("did not answer in time")),
                 qPrintable(team.lastError()));
        QVERIFY(team.isOpen());
        QVERIFY(holder.rollback());
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(count(), QStringLiteral("0"));
    QVERIFY2(team.publish(laptop.store(), id), qPrintable(team.lastError()));
    QCOMPARE(count(), QStringLiteral("1"));
}

void TestTeamLibrary::silentServerTimesOut() {
    // A port that completes the TCP handshake and never says a word.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    QVERIFY(::listen(fd, 4) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    QElapsedTimer timer;
    timer.start();
    TeamLibrary team(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=lodestar user=alice connect_timeout=2")
            .arg(ntohs(address.sin_port)));
    const bool opened = team.open();
    ::close(fd);
    QVERIFY(!opened);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(team.status(), TeamLibrary::Status::Unreachable);
    QVERIFY2(team.lastError().contains(QStringLiteral("timeout")), qPrintable(team.lastError()));
}
