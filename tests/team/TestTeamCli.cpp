// The real lodestar binary against a real PostgreSQL 15: --team CONNINFO with --publish,
// --list, --take and --withdraw, two processes racing to publish the same workshop, and the
// exit codes every command shares (1 malformed, 2 library or server unusable, 3 refused),
// and a publish during an administrator's upgrade to a newer schema.
#include "PostgresCluster.h"
#include "TestLibrary.h"

#include "storage/TeamConnInfo.h"
#include "storage/TeamLibrary.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcess* launch(const QStringList& arguments, QObject* parent = nullptr) {
    auto* process = new QProcess(parent);
    process->start(QStringLiteral(LODESTAR_EXECUTABLE), arguments);
    return process;
}

Run finish(QProcess* process) {
    Run run;
    if (!process->waitForFinished(60000))
        process->kill();
    run.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process->readAllStandardError()).trimmed();
    delete process;
    return run;
}

Run lodestar(const QStringList& arguments) {
    return finish(launch(arguments));
}

} // namespace

class TestTeamCli : public QObject {
    Q_OBJECT

    PostgresCluster m_cluster;

    QString as(const char* user) const {
        const QString name = QString::fromLatin1(user);
        return m_cluster.keyValue(name, PostgresCluster::passwordOf(name));
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

    void publishListTakeWithdraw() {
        TestLibrary source;
        const qint64 id = source.addWorkshop(QStringLiteral("Tab\there \"<b>\" 🚀 مرحبا"));
        source.close();
        const Run published = lodestar({QStringLiteral("--database"), source.path(),
                                        QStringLiteral("--team"), as(PostgresCluster::Facilitator),
                                        QStringLiteral("--publish"), QString::number(id)});
        QVERIFY2(published.code == 0, qPrintable(published.err));
        QCOMPARE(published.out, QStringLiteral("1"));

        const QString uri = m_cluster.uri(QStringLiteral("rita"), QStringLiteral("rita-pw"));
        const Run listed = lodestar({QStringLiteral("--team"), uri, QStringLiteral("--list")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QStringList fields = listed.out.split(u'\t');
        QCOMPARE(fields.size(), 11);
        QCOMPARE(fields[0], QStringLiteral("1"));
        QCOMPARE(fields[1], QStringLiteral("Tab here \"<b>\" 🚀 مرحبا"));
        QCOMPARE(fields[6], QStringLiteral("1"));
        QCOMPARE(fields[7], QStringLiteral("alice"));

        TestLibrary target;
        target.addWorkshop(QStringLiteral("Already here"));
        target.close();
        const Run taken = lodestar({QStringLiteral("--database"), target.path(),
                                    QStringLiteral("--team"), as(PostgresCluster::Facilitator2),
                                    QStringLiteral("--take"), QStringLiteral("1")});
        QVERIFY2(taken.code == 0, qPrintable(taken.err));
        QCOMPARE(taken.out, QStringLiteral("2"));
        QVERIFY(target.reopen());
        QCOMPARE(workshopTitles(target.database()),
                 (QStringList{QStringLiteral("Already here"),
                              QStringLiteral("Tab\there \"<b>\" 🚀 مرحبا")}));

        const Run withdrawn = lodestar({QStringLiteral("--team"), as(PostgresCluster::Facilitator),
                                        QStringLiteral("--withdraw"), QStringLiteral("1")});
        QVERIFY2(withdrawn.code == 0, qPrintable(withdrawn.err));
        const Run empty = lodestar({QStringLiteral("--team"), uri, QStringLiteral("--list")});
        QCOMPARE(empty.code, 0);
        QCOMPARE(empty.out, QString());
    }

    void listEndsWithStageAndCandidates() {
        TestLibrary source;
        const qint64 scoring = addStagedWorkshop(source, QStringLiteral("Scoring"),
                                                 QStringLiteral("draft.score"), 5, 2);
        const qint64 fresh = addStagedWorkshop(source, QStringLiteral("Fresh"), {}, 0, 1);
        QVERIFY(scoring && fresh);
        source.close();
        for (const qint64 id : {scoring, fresh}) {
            const Run published =
                lodestar({QStringLiteral("--database"), source.path(), QStringLiteral("--team"),
                          as(PostgresCluster::Facilitator), QStringLiteral("--publish"),
                          QString::number(id)});
            QVERIFY2(published.code == 0, qPrintable(published.err));
        }
        const Run listed = lodestar(
            {QStringLiteral("--team"), as(PostgresCluster::Facilitator), QStringLiteral("--list")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QStringList lines = listed.out.split(u'\n');
        QCOMPARE(lines.size(), 2); // newest first
        const QStringList newest = lines[0].split(u'\t');
        const QStringList oldest = lines[1].split(u'\t');
        QCOMPARE(newest.size(), 11);
        QCOMPARE(newest[1], QStringLiteral("Fresh"));
        QCOMPARE(newest.mid(9), (QStringList{QString(), QStringLiteral("0")}));
        QCOMPARE(oldest[1], QStringLiteral("Scoring"));
        // Only the team's own candidates count, as on the laptop's list.
        QCOMPARE(oldest.mid(9), (QStringList{QStringLiteral("draft.score"), QStringLiteral("5")}));
    }

    void twoProcessesRaceToPublish() {
        TestLibrary first;
        const qint64 id = first.addWorkshop(QStringLiteral("Raced"));
        first.close();
        TestLibrary second;
        second.close();
        const QString alice = as(PostgresCluster::Facilitator);
        const QString bob = as(PostgresCluster::Facilitator2);
        QCOMPARE(lodestar({QStringLiteral("--database"), first.path(), QStringLiteral("--team"),
                           alice, QStringLiteral("--publish"), QString::number(id)})
                     .code,
                 0);
        const Run taken =
            lodestar({QStringLiteral("--database"), second.path(), QStringLiteral("--team"), bob,
                      QStringLiteral("--take"), QStringLiteral("1")});
        QCOMPARE(taken.code, 0);

        // Both copies are based on version 1: whoever commits second must be refused.
        QProcess* a = launch({QStringLiteral("--database"), first.path(), QStringLiteral("--team"),
                              alice, QStringLiteral("--publish"), QString::number(id)});
        QProcess* b = launch({QStringLiteral("--database"), second.path(), QStringLiteral("--team"),
                              bob, QStringLiteral("--publish"), taken.out});
        const Run ra = finish(a);
        const Run rb = finish(b);
        QVERIFY2((ra.code == 0) != (rb.code == 0), qPrintable(ra.err + u'\n' + rb.err));
        const Run& loser = ra.code == 0 ? rb : ra;
        QCOMPARE(loser.code, 3);
        QVERIFY2(loser.err.contains(QStringLiteral("--replace")), qPrintable(loser.err));
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT version FROM lodestar.team_workshop")),
                 QStringLiteral("2"));

        const QStringList retry =
            ra.code == 0 ? QStringList{QStringLiteral("--database"), second.path(),
                                       QStringLiteral("--team"),     bob,
                                       QStringLiteral("--publish"),  taken.out,
                                       QStringLiteral("--replace")}
                         : QStringList{QStringLiteral("--database"), first.path(),
                                       QStringLiteral("--team"),     alice,
                                       QStringLiteral("--publish"),  QString::number(id),
                                       QStringLiteral("--replace")};
        const Run replaced = lodestar(retry);
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QCOMPARE(replaced.out, QStringLiteral("1"));
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT version FROM lodestar.team_workshop")),
                 QStringLiteral("3"));
    }

    void exitCodes_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("said");
        const QString alice = as(PostgresCluster::Facilitator);
        QTest::newRow("malformed conninfo")
            << QStringList{QStringLiteral("--team"), QStringLiteral("host='/tmp"),
                           QStringLiteral("--list")}
            << 1 << QStringLiteral("postgresql://");
        QTest::newRow("no command")
            << QStringList{QStringLiteral("--team"), alice} << 1 << QStringLiteral("--take");
        QTest::newRow("publish without team")
            << QStringList{QStringLiteral("--publish"), QStringLiteral("1")} << 1
            << QStringLiteral("--team");
        QTest::newRow("replace and as-new")
            << QStringList{QStringLiteral("--team"),    alice,
                           QStringLiteral("--publish"), QStringLiteral("1"),
                           QStringLiteral("--replace"), QStringLiteral("--as-new")}
            << 1 << QStringLiteral("not both");
        QTest::newRow("server absent")
            << QStringList{QStringLiteral("--team"),
                           QStringLiteral("postgresql://alice@127.0.0.1:1/lodestar"),
                           QStringLiteral("--list")}
            << 2 << QStringLiteral("Could not connect");
        QTest::newRow("wrong password")
            << QStringList{QStringLiteral("--team"),
                           m_cluster.keyValue(QStringLiteral("alice"), QStringLiteral("x")),
                           QStringLiteral("--list")}
            << 2 << QStringLiteral("password");
        QTest::newRow("no such team workshop")
            << QStringList{QStringLiteral("--team"), alice, QStringLiteral("--withdraw"),
                           QStringLiteral("99")}
            << 3 << QStringLiteral("no workshop 99");
    }
    void exitCodes() {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, said);
        const Run run = lodestar(arguments);
        QVERIFY2(run.code == code, qPrintable(QString::number(run.code) + u' ' + run.err));
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    // An administrator upgrades the team schema for a newer Lodestar while this one publishes:
    // the publish waits for the upgrade, sees the newer version, and refuses (exit code 2),
    // writing nothing.
    void upgradeUnderWayIsNotWrittenTo() {
        TestLibrary library;
        const qint64 id = library.addWorkshop(QStringLiteral("During the upgrade"));
        library.close();
        QString why;
        const auto adminInfo = TeamConnInfo::parse(as(PostgresCluster::Administrator), &why);
        QVERIFY2(adminInfo, qPrintable(why));
        const int newer = TeamLibrary::SchemaVersion + 1;
        const auto downgrade = qScopeGuard([&] {
            QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
            m_cluster.sql(QStringLiteral("DELETE FROM lodestar.schema_version WHERE version = %1")
                              .arg(newer));
        });
        {
            QSqlDatabase upgrade =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("upgrade"));
            QVERIFY(adminInfo->applyTo(upgrade, &why));
            QVERIFY2(upgrade.open(), qPrintable(upgrade.lastError().text()));
            QVERIFY(upgrade.transaction());
            QSqlQuery step(upgrade);
            // The first statement of every block of team-library.sql.
            QVERIFY2(
                step.exec(QStringLiteral("LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE")),
                qPrintable(step.lastError().text()));
            QProcess* publish = launch({QStringLiteral("--database"), library.path(),
                                        QStringLiteral("--team"), as(PostgresCluster::Facilitator),
                                        QStringLiteral("--publish"), QString::number(id)});
            // It connected (the version was still this Lodestar's) and now waits for the lock.
            QTRY_VERIFY_WITH_TIMEOUT(
                m_cluster
                            .sql(QStringLiteral(
                                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice' AND "
                                "wait_event_type = 'Lock'"))
                            .value_or(QString()) == u"1" ||
                    publish->state() == QProcess::NotRunning,
                30000);
            QVERIFY2(step.exec(QStringLiteral("INSERT INTO lodestar.schema_version (version) "
                                              "VALUES (%1)")
                                   .arg(newer)),
                     qPrintable(step.lastError().text()));
            QVERIFY(upgrade.commit());
            const Run run = finish(publish);
            QVERIFY2(run.code == 2, qPrintable(QString::number(run.code) + u' ' + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("newer Lodestar")), qPrintable(run.err));
            QCOMPARE(run.out, QString());
            upgrade.close();
        }
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop")),
                 QStringLiteral("0"));
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT count(*) FROM lodestar.team_copy")),
                 QStringLiteral("0"));
    }

    void readerCannotPublish() {
        TestLibrary library;
        const qint64 id = library.addWorkshop(QStringLiteral("Mine"));
        library.close();
        const Run run = lodestar({QStringLiteral("--database"), library.path(),
                                  QStringLiteral("--team"), as(PostgresCluster::Reader),
                                  QStringLiteral("--publish"), QString::number(id)});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("lodestar_facilitator")), qPrintable(run.err));
        QCOMPARE(*m_cluster.sql(QStringLiteral("SELECT count(*) FROM lodestar.team_workshop")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "TestTeamCli.moc"
