// A large library damaged deep inside, where only reading every page finds it. Opening it
// checks what is cheap before the first frame and leaves the full check to the background;
// this proves that whatever the facilitator does meanwhile, not one byte of the file
// changes, and every edit is refused with the damage named.
#include "ReportFixtures.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

namespace {

constexpr int PageSize = 4096;

// What SQLite's own full check says of the file, from a connection that cannot write.
QString quickCheck(const QString& path) {
    const QString name = QStringLiteral("quick-check-probe");
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
                verdict = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

bool saysDamaged(const QString& message) {
    return message.contains(QLatin1String("damaged")) &&
           message.contains(QLatin1String("not changed"));
}

} // namespace

class TestDeepCorruption : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void largeHealthyLibraryOpensAndWrites();
    void deepDamageIsNeverWritten_data();
    void deepDamageIsNeverWritten();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_healthy;
    std::optional<WorkshopDocument> m_example;
};

void TestDeepCorruption::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("large.sqlite"));
    Database db(m_path);
    QVERIFY(db.open());
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    WorkshopStore store(db);
    m_example = exampleDocument(store);
    QVERIFY(m_example);
    for (int i = 0; i < 1500; ++i) {
        Workshop w;
        w.title = QStringLiteral("Workshop %1").arg(i);
        w.vision = QString(1200, QChar(u'a' + i % 26));
        const auto id = store.createWorkshop(w);
        QVERIFY(id);
        QVERIFY(store.addCandidate(makeCandidate(*id, QStringLiteral("Nights booked %1").arg(i))));
    }
    QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    db.close();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_healthy = file.readAll();
    QVERIFY2(m_healthy.size() > 2 * 1024 * 1024, "large enough that the full check costs time");
    QCOMPARE(quickCheck(m_path), QStringLiteral("ok"));
}

void TestDeepCorruption::init() {
    // Every test starts from the healthy bytes; the backups folder goes too.
    QDir(m_dir.filePath(QStringLiteral("large-backups"))).removeRecursively();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(m_healthy), qint64(m_healthy.size()));
}

void TestDeepCorruption::largeHealthyLibraryOpensAndWrites() {
    Database db(m_path);
    QVERIFY(db.open());
    db.startIntegrityCheck();
    WorkshopStore store(db);
    const int before = store.workshopCount();
    QVERIFY(store.createWorkshop(Workshop{0, QStringLiteral("After the check")}));
    QVERIFY(db.mayWrite());
    QCOMPARE(store.workshopCount(), before + 1);
}

void TestDeepCorruption::deepDamageIsNeverWritten_data() {
    QTest::addColumn<double>("depth"); // where in the file the damaged page lies
    QTest::addColumn<bool>("checkFirst");
    QTest::newRow("middle, an edit before the check is done") << 0.5 << false;
    QTest::newRow("three quarters, check started at once") << 0.75 << true;
    QTest::newRow("near the end, an edit at once") << 0.95 << false;
}

void TestDeepCorruption::deepDamageIsNeverWritten() {
    QFETCH(double, depth);
    QFETCH(bool, checkFirst);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 page = qint64(double(file.size() / PageSize) * depth);
        QVERIFY(file.seek(page * PageSize));
        QCOMPARE(file.write(QByteArray(16, '\xAB')), qint64(16)); // the page's header
    }
    QVERIFY2(quickCheck(m_path) != QLatin1String("ok"), "the damage must be real");
    const QByteArray before = fileHash(m_path);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    for (int session = 0; session < 2; ++session) { // and again after a restart
        Database db(m_path);
        QVERIFY2(db.open(), "deep damage is left to the background check");
        if (checkFirst)
            db.startIntegrityCheck();
        WorkshopStore store(db);
        QSignalSpy failures(&store, &WorkshopStore::writeFailed);
        // Everything a facilitator can do to a library from the start screen and after.
        QVERIFY(!store.createWorkshop(Workshop{0, QStringLiteral("New one")}));
        QVERIFY2(saysDamaged(store.lastError()), qPrintable(store.lastError()));
        QVERIFY(!store.renameWorkshop(1, QStringLiteral("Renamed")));
        QVERIFY(!store.setCurrentStage(1, QStringLiteral("opening")));
        QVERIFY(!store.addCandidate(makeCandidate(1, QStringLiteral("More"))));
        QVERIFY(!store.deleteWorkshop(2));
        QVERIFY(!store.restoreWorkshop(2));
        QVERIFY(!store.duplicateWorkshop(1, QStringLiteral("Copy")));
        QVERIFY(!store.importWorkshop(*m_example));
        QCOMPARE(failures.size(), 8);
        QVERIFY(!db.mayWrite());
        QVERIFY(saysDamaged(db.errorMessage()));
        // A restore over it is a write too, even of a healthy copy.
        const QString copy = m_dir.filePath(QStringLiteral("healthy-copy.sqlite"));
        {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_healthy);
        }
        QString error;
        QVERIFY(!db.replaceContent(copy, &error));
        QVERIFY2(saysDamaged(error), qPrintable(error));
        QVERIFY(QFile::remove(copy));
        QCOMPARE(fileHash(m_path), before);
    }
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
}

QTEST_GUILESS_MAIN(TestDeepCorruption)
#include "TestDeepCorruption.moc"
