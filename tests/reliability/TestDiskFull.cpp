// A disk that fills up during a workshop: the edit in hand is refused loudly through
// writeFailed, nothing saved before is lost, and once space is freed edits work again.
// Runs on a real 1 MB tmpfs when the test may mount one (root), and always on SQLite's
// page limit, which fails a write the same way (SQLITE_FULL).
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// A small tmpfs mounted for one test, unmounted when it goes out of scope.
class SmallDisk {
public:
    explicit SmallDisk(const QString& mountPoint)
        : m_mountPoint(mountPoint) {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=1m,mode=0700"),
                                       QStringLiteral("lodestar-test"), mountPoint}) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
    }
    bool isMounted() const { return m_mounted; }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

QString notesFor(int stage) {
    return QStringLiteral("Notes for stage %1: ").arg(stage) + QString(16000, QChar(u'n'));
}

struct Scenario {
    QString path;
    std::function<void(Database&)> fill;
    std::function<void(Database&)> free;
};

void runScenario(const Scenario& scenario) {
    QList<int> saved;
    qint64 workshopId = 0;
    int failedStage = -1;
    {
        Database database(scenario.path);
        QVERIFY2(database.open(), qPrintable(database.errorMessage()));
        WorkshopStore store(database);
        Workshop w;
        w.title = QStringLiteral("Written before the disk filled");
        workshopId = store.createWorkshop(w).value_or(0);
        QVERIFY(workshopId > 0);
        QVERIFY(store.addCandidate(
            {0, workshopId, 0, CandidateKind::Own, QStringLiteral("Weekly planned meals")}));

        scenario.fill(database);
        QSignalSpy failures(&store, &WorkshopStore::writeFailed);
        for (int stage = 0; stage < 200 && failedStage < 0; ++stage) {
            if (store.setStageNotes(workshopId, QStringLiteral("s%1").arg(stage), notesFor(stage)))
                saved.append(stage);
            else
                failedStage = stage;
        }
        QVERIFY2(failedStage >= 0, "the disk never filled up");
        QCOMPARE(failures.count(), 1);
        const QString message = failures.first().first().toString();
        qInfo("%lld edits saved, then: %s", qint64(saved.size()), qPrintable(message));
        QCOMPARE(store.lastError(), message);
        QVERIFY2(message.contains(QLatin1String("disk is full")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("was not made")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Free some space")), qPrintable(message));
        // The failed edit left nothing behind; what came before is all still there.
        QCOMPARE(store.stageState(workshopId, QStringLiteral("s%1").arg(failedStage)).notes,
                 QString());
        QCOMPARE(store.candidates(workshopId).size(), 1);

        scenario.free(database);
        QVERIFY2(store.setStageNotes(workshopId, QStringLiteral("s%1").arg(failedStage),
                                     notesFor(failedStage)),
                 qPrintable(store.lastError()));
        saved.append(failedStage);
        QVERIFY(store.renameWorkshop(workshopId, QStringLiteral("Written after space was freed")));
    }

    Database reopened(scenario.path);
    QVERIFY2(reopened.open(), qPrintable(reopened.errorMessage()));
    QSqlQuery check(reopened.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    WorkshopStore store(reopened);
    QCOMPARE(store.workshop(workshopId)->title, QStringLiteral("Written after space was freed"));
    QCOMPARE(store.candidates(workshopId).size(), 1);
    for (int stage : saved)
        QCOMPARE(store.stageState(workshopId, QStringLiteral("s%1").arg(stage)).notes,
                 notesFor(stage));
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

private slots:
    void fullTmpfs();
    void fullAtThePageLimit();
};

void TestDiskFull::fullTmpfs() {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(mountPoint);
    if (!disk.isMounted())
        QSKIP("mounting a tmpfs needs root; fullAtThePageLimit covers the same path");
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler.bin"));
    runScenario({QDir(mountPoint).filePath(QStringLiteral("library.sqlite")),
                 [&](Database&) {
                     QFile file(filler);
                     QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
                     const QByteArray chunk(4096, 'f');
                     while (file.write(chunk) == chunk.size()) {
                     }
                 },
                 [&](Database&) { QVERIFY(QFile::remove(filler)); }});
}

void TestDiskFull::fullAtThePageLimit() {
    QTemporaryDir dir;
    auto setLimit = [](Database& database, const QString& limit) {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = ") + limit));
    };
    runScenario({dir.filePath(QStringLiteral("library.sqlite")),
                 [&](Database& database) {
                     QSqlQuery q(database.connection());
                     QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
                     setLimit(database, QString::number(q.value(0).toInt() + 12));
                 },
                 [&](Database& database) { setLimit(database, QStringLiteral("1073741823")); }});
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
