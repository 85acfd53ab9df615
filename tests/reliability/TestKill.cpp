// Kills a child process that edits a library at random (seeded) moments, then reopens the
// library each time: the file must pass integrity_check and hold every acknowledged edit.
// LODESTAR_KILLS raises the number of kills (default 200); LODESTAR_KILL_SEED changes the
// stream and the moments.
#include "EditStream.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        return QStringLiteral("reopen refused: ") + database.errorMessage();
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

} // namespace

class TestKill : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedEditSurvivesSigkill();
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
        const int wantAcks = int(moments.bounded(25));
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

QTEST_GUILESS_MAIN(TestKill)
#include "TestKill.moc"
