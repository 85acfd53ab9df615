// Kills a child process that edits a library at random (seeded) moments, then reopens the
// library each time: the file must pass integrity_check and hold every acknowledged edit.
// LODESTAR_KILLS raises the number of kills (default 200); LODESTAR_KILL_SEED changes the
// stream and the moments.
#include "EditStream.h"
#include "TestLibrary.h"

#include "storage/BackupPolicy.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using EditStream::absent;
using EditStream::cellKey;

namespace {

// What the library must hold: for each cell, the values it may have (the last acknowledged
// one, plus those of overwriting edits that were in flight when a child died).
struct Expectations {
    QHash<QString, QSet<QString>> allowed;
    QSet<qint64> tried;    // every edit number a child started; no other token may exist
    QSet<qint64> inFlight; // started but never acknowledged: the child died during the call
    qint64 acknowledged = 0;

    void apply(const QStringList& words) {
        const bool acked = words.at(0) == QLatin1String("ack");
        const qint64 n = words.at(1).toLongLong();
        tried.insert(n);
        if (acked)
            inFlight.remove(n);
        else
            inFlight.insert(n);
        acknowledged += acked ? 1 : 0;
        for (const EditStream::Cell& cell : EditStream::cellsOf(words)) {
            if (acked) {
                allowed[cell.key] = {cell.value};
            } else {
                QSet<QString>& values = allowed[cell.key];
                if (values.isEmpty())
                    values.insert(absent());
                values.insert(cell.value);
            }
        }
    }
};

struct TableScan {
    QString sql;
    QString table;
    int keyColumns;
    QStringList valueColumns;
    int tokenColumn; // the column holding an edit's token, or -1
};

const QList<TableScan>& scans() {
    static const QList<TableScan> all = {
        {QStringLiteral("SELECT id, product, title FROM workshop"),
         QStringLiteral("workshop"),
         1,
         {QStringLiteral("product"), QStringLiteral("title")},
         1},
        {QStringLiteral("SELECT id, name FROM participant"),
         QStringLiteral("participant"),
         1,
         {QStringLiteral("name")},
         1},
        {QStringLiteral("SELECT id, name, definition FROM candidate"),
         QStringLiteral("candidate"),
         1,
         {QStringLiteral("name"), QStringLiteral("definition")},
         1},
        {QStringLiteral("SELECT id, name FROM input"),
         QStringLiteral("input"),
         1,
         {QStringLiteral("name")},
         1},
        {QStringLiteral("SELECT workshop_id, stage_key, notes FROM stage_state"),
         QStringLiteral("stage_state"),
         2,
         {QStringLiteral("notes")},
         -1},
        {QStringLiteral("SELECT participant_id, candidate_id, dots FROM vote"),
         QStringLiteral("vote"),
         2,
         {QStringLiteral("dots")},
         -1},
        {QStringLiteral("SELECT candidate_id, criterion, participant_id, answer FROM "
                        "checklist_score"),
         QStringLiteral("checklist_score"),
         3,
         {QStringLiteral("answer")},
         1},
        {QStringLiteral("SELECT id, text FROM follow_up"),
         QStringLiteral("follow_up"),
         1,
         {QStringLiteral("text")},
         1},
    };
    return all;
}

// Reopens the library as the application would and compares it with the expectations.
// Returns an empty string when all is well.
QString verifyLibrary(const QString& path, const Expectations& expected) {
    Database database(path);
    if (!database.open())
        return QStringLiteral("reopen refused (lock file of %1 bytes): %2")
            .arg(QFileInfo(path + QStringLiteral(".lock")).size())
            .arg(database.errorMessage());
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + check.value(0).toString();

    QHash<QString, QString> stored;
    for (const TableScan& scan : scans()) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.exec(scan.sql))
            return QStringLiteral("cannot read ") + scan.table;
        while (q.next()) {
            QStringList key;
            for (int i = 0; i < scan.keyColumns; ++i)
                key.append(q.value(i).toString());
            for (int i = 0; i < scan.valueColumns.size(); ++i)
                stored.insert(cellKey(scan.table, key.join(u':'), scan.valueColumns.at(i)),
                              q.value(scan.keyColumns + i).toString());
            if (scan.tokenColumn >= 0) {
                const qint64 n = EditStream::numberOf(q.value(scan.tokenColumn).toString());
                if (!expected.tried.contains(n))
                    return QStringLiteral("%1 holds an edit nobody made: %2")
                        .arg(scan.table, q.value(scan.tokenColumn).toString());
            }
        }
    }
    for (auto cell = expected.allowed.cbegin(); cell != expected.allowed.cend(); ++cell) {
        const QString value = stored.value(cell.key(), absent());
        // SQLite reuses the id of a deleted last row, so an insert in flight may fill it.
        const bool reused = cell.value().contains(absent()) &&
                            expected.inFlight.contains(EditStream::numberOf(value));
        if (!cell.value().contains(value) && !reused)
            return QStringLiteral("%1 holds \"%2\"; expected one of: %3")
                .arg(cell.key(), value.left(40), QStringList(cell.value().values()).join(u'|'));
    }
    return {};
}

// A library holding workshops with these titles, or the titles in one, sorted.
bool writeLibrary(const QString& path, const QStringList& titles) {
    Database database(path);
    if (!database.open())
        return false;
    WorkshopStore store(database);
    for (const QString& title : titles) {
        Workshop w;
        w.title = title;
        if (!store.createWorkshop(w))
            return false;
    }
    return true;
}

} // namespace

class TestKill : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedEditSurvivesSigkill();
    void restoringABackupSurvivesSigkill();
};

void TestKill::everyAcknowledgedEditSurvivesSigkill() {
    const int kills = qEnvironmentVariableIsSet("LODESTAR_KILLS")
                          ? qEnvironmentVariableIntValue("LODESTAR_KILLS")
                          : 200;
    const quint32 seed = qEnvironmentVariableIsSet("LODESTAR_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("LODESTAR_KILL_SEED"))
                             : 20260314u;
    QRandomGenerator moments(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Expectations expected;
    qint64 next = 1;
    QElapsedTimer clock;
    clock.start();

    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.setProgram(QStringLiteral(LODESTAR_EDIT_DRIVER));
        child.setArguments(
            {QStringLiteral("edit"), path, QString::number(seed), QString::number(next)});
        QByteArray pending;
        int acksThisRun = 0;
        QString trouble;
        auto consume = [&] {
            pending += child.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QStringList words = QString::fromUtf8(pending.left(end)).split(u' ');
                pending.remove(0, end + 1);
                if (words.size() < 3 ||
                    (words.at(0) != QLatin1String("try") && words.at(0) != QLatin1String("ack"))) {
                    trouble = words.join(u' ');
                    continue;
                }
                expected.apply(words);
                next = qMax(next, words.at(1).toLongLong() + 1);
                acksThisRun += words.at(0) == QLatin1String("ack") ? 1 : 0;
            }
        };

        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Sometimes while it opens the library, mostly after a few acknowledged edits, and
        // then a little later still, so the kill lands anywhere inside an edit.
        const int wantAcks = int(moments.bounded(13));
        QDeadlineTimer give(wantAcks == 0 ? int(moments.bounded(60)) : 20000);
        while ((wantAcks == 0 || acksThisRun < wantAcks) && !give.hasExpired() &&
               child.state() == QProcess::Running && trouble.isEmpty()) {
            child.waitForReadyRead(int(qMax<qint64>(1, give.remainingTime())));
            consume();
        }
        QDeadlineTimer jitter(std::chrono::microseconds(moments.bounded(3000)));
        while (!jitter.hasExpired())
            QThread::yieldCurrentThread();
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        consume();
        QVERIFY2(trouble.isEmpty(),
                 qPrintable(trouble + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(wantAcks == 0 || acksThisRun >= wantAcks,
                 qPrintable(QStringLiteral("the driver made only %1 edits; stderr: %2")
                                .arg(acksThisRun)
                                .arg(QString::fromUtf8(child.readAllStandardError()))));

        const QString problem = verifyLibrary(path, expected);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(kill + 1).arg(problem)));
    }
    qInfo("%d kills, %lld acknowledged edits checked after each, %lld ms", kills,
          expected.acknowledged, clock.elapsed());
    QVERIFY(expected.acknowledged > kills); // the stream really moved on between kills
}

// Restores two backups in turn in a child process and kills it at random moments: the
// library must always open, intact, with the content of the last acknowledged restore or
// of the one in flight, never a mix.
void TestKill::restoringABackupSurvivesSigkill() {
    const int kills = qEnvironmentVariableIsSet("LODESTAR_KILLS")
                          ? qMax(1, qEnvironmentVariableIntValue("LODESTAR_KILLS") / 5)
                          : 40;
    QRandomGenerator moments(7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QString backupA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString backupB = dir.filePath(QStringLiteral("b.sqlite"));
    const QHash<QString, QStringList> content = {
        {QStringLiteral("start"), {QStringLiteral("Start")}},
        {QStringLiteral("A"), {QStringLiteral("A")}},
        {QStringLiteral("B"), {QStringLiteral("B1"), QStringLiteral("B2")}},
    };
    QVERIFY(writeLibrary(path, content[QStringLiteral("start")]));
    QVERIFY(writeLibrary(backupA, content[QStringLiteral("A")]));
    QVERIFY(writeLibrary(backupB, content[QStringLiteral("B")]));

    QString acknowledged = QStringLiteral("start");
    qint64 next = 1;
    int restores = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(LODESTAR_EDIT_DRIVER),
                    {QStringLiteral("restore"), path, QString::number(next), backupA, backupB});
        QVERIFY(child.waitForStarted(10000));
        const int wantAcks = int(moments.bounded(3));
        QString inFlight;
        QByteArray pending;
        int acks = 0;
        QString garbled; // a line the driver should never print; ends the wait at once
        auto consume = [&] {
            pending += child.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QStringList words = QString::fromUtf8(pending.left(end)).split(u' ');
                pending.remove(0, end + 1);
                if (words.size() != 3) {
                    garbled = words.join(u' ');
                    return;
                }
                next = qMax(next, words.at(1).toLongLong() + 1);
                if (words.at(0) == QLatin1String("ack")) {
                    acknowledged = words.at(2);
                    inFlight.clear();
                    ++acks;
                    ++restores;
                } else {
                    inFlight = words.at(2);
                }
            }
        };
        QDeadlineTimer give(20000);
        while (acks < wantAcks && garbled.isEmpty() && !give.hasExpired() &&
               child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            consume();
        }
        QDeadlineTimer jitter(int(moments.bounded(120)));
        while (garbled.isEmpty() && !jitter.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(qMax<qint64>(1, jitter.remainingTime())));
            consume();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        consume();
        QVERIFY2(garbled.isEmpty(),
                 qPrintable(QStringLiteral("the restore driver printed '%1'").arg(garbled)));

        Database database(path);
        QVERIFY2(
            database.open(),
            qPrintable(
                QStringLiteral("after kill %1: %2").arg(kill + 1).arg(database.errorMessage())));
        QSqlQuery check(database.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const QStringList titles = workshopTitles(database);
        QVERIFY2(titles == content[acknowledged] ||
                     (!inFlight.isEmpty() && titles == content[inFlight]),
                 qPrintable(QStringLiteral("after kill %1: %2, acknowledged %3, in flight %4")
                                .arg(kill + 1)
                                .arg(titles.join(u','), acknowledged, inFlight)));
        if (!inFlight.isEmpty() && titles == content[inFlight])
            acknowledged = inFlight; // it did land; the next restore starts from there
    }
    // One more restore, in this process, clears what killed restores left behind.
    Database database(path);
    QVERIFY(database.open());
    QVERIFY(BackupPolicy(database).restoreBackup(backupA));
    QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    left.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-backups")) || name.endsWith(QLatin1String("-wal")) ||
               name.endsWith(QLatin1String("-shm"));
    });
    left.sort();
    qInfo("%d kills during %d acknowledged restores; beside the library: %s", kills, restores,
          qPrintable(left.join(u' ')));
    QCOMPARE(left, (QStringList{QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite"),
                                QStringLiteral("library.sqlite"),
                                QStringLiteral("library.sqlite.lock")}));
}

QTEST_GUILESS_MAIN(TestKill)
#include "TestKill.moc"
