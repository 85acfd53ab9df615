// Files Lodestar must refuse without changing a byte, beyond tests/model/TestDatabase: a
// library truncated at many offsets, and libraries held by another process (a second
// Lodestar's lock file, another program's SQLite lock).
#include "TestLibrary.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

namespace {

bool saysNothingChanged(const QString& message) {
    return message.contains(QLatin1String("not changed")) ||
           message.contains(QLatin1String("Nothing was changed"));
}

// A library of a few dozen workshops with every page in the main file (no -wal).
QByteArray makeLibraryBytes() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.sqlite"));
    {
        Database db(path);
        if (!db.open())
            return {};
        WorkshopStore store(db);
        for (int i = 0; i < 40; ++i) {
            Workshop w;
            w.title = QStringLiteral("Workshop %1").arg(i);
            w.vision = QString(1500, QChar(u'a' + i % 26));
            const auto id = store.createWorkshop(w);
            if (!id || !store.addCandidate(makeCandidate(*id, QStringLiteral("Nights booked"))))
                return {};
        }
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRefusedFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void truncatedLibraryIsRefused_data();
    void truncatedLibraryIsRefused();
    void lockFileHeldByAnotherProcess();
    void lockFileWithoutOwner();
    void sqliteLockHeldByAnotherProgram_data();
    void sqliteLockHeldByAnotherProgram();

private:
    QByteArray m_library;
};

void TestRefusedFiles::initTestCase() {
    m_library = makeLibraryBytes();
    QVERIFY(m_library.size() > 64 * 1024);
}

void TestRefusedFiles::truncatedLibraryIsRefused_data() {
    QTest::addColumn<qint64>("length");
    // The edges of the header and of the first pages, then seeded random offsets.
    for (qint64 length : {1, 15, 16, 17, 99, 100, 101, 4095, 4096, 4097, 8192})
        QTest::addRow("at %lld", length) << length;
    QRandomGenerator offsets(424242);
    for (int i = 0; i < 20; ++i) {
        const qint64 length = 1 + offsets.bounded(qint64(m_library.size() - 1));
        QTest::addRow("random %d at %lld", i, length) << length;
    }
    QTest::addRow("last byte missing") << qint64(m_library.size() - 1);
}

void TestRefusedFiles::truncatedLibraryIsRefused() {
    QFETCH(qint64, length);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_library.left(length)), length);
    file.close();
    const QByteArray before = fileHash(path);

    Database db(path);
    QVERIFY2(!db.open(), "a truncated library must never be opened for writing");
    QVERIFY2(db.status() == Database::Status::Corrupt || db.status() == Database::Status::NotSqlite,
             qPrintable(db.errorMessage()));
    QVERIFY2(saysNothingChanged(db.errorMessage()), qPrintable(db.errorMessage()));
    db.close();
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("truncated.sqlite")});
}

void TestRefusedFiles::lockFileHeldByAnotherProcess() {
    TestLibrary library;
    library.addWorkshop(QStringLiteral("Held elsewhere"));
    library.close();
    const QByteArray before = fileHash(library.path());

    QProcess holder;
    holder.start(QStringLiteral(LODESTAR_EDIT_DRIVER), {QStringLiteral("hold"), library.path()});
    QVERIFY(holder.waitForStarted(10000));
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));

    Database second(library.path());
    QVERIFY(!second.open());
    QCOMPARE(second.status(), Database::Status::InUse);
    QVERIFY2(second.errorMessage().contains(QLatin1String("already open")),
             qPrintable(second.errorMessage()));
    QVERIFY(saysNothingChanged(second.errorMessage()));
    QCOMPARE(fileHash(library.path()), before);

    holder.closeWriteChannel(); // the other Lodestar quits
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY2(second.open(), qPrintable(second.errorMessage()));
}

// A Lodestar killed between creating its lock file and writing its process id leaves an
// empty lock file: the library must not stay "already open" for ever. A live Lodestar
// holds a native lock on its lock file from the moment it creates it.
void TestRefusedFiles::lockFileWithoutOwner() {
    TestLibrary library;
    library.close();
    QFile lock(library.path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
#ifdef Q_OS_UNIX
    QCOMPARE(::flock(lock.handle(), LOCK_EX | LOCK_NB), 0); // as QLockFile does
    Database db(library.path());
    QVERIFY2(!db.open(), "an empty lock file whose owner is alive");
    QCOMPARE(db.status(), Database::Status::InUse);
    QCOMPARE(lock.size(), 0);
#endif
    lock.close(); // the owner died before writing its process id

    Database again(library.path());
    QVERIFY2(again.open(), qPrintable(again.errorMessage()));
}

void TestRefusedFiles::sqliteLockHeldByAnotherProgram_data() {
    QTest::addColumn<QString>("script");
    QTest::newRow("BEGIN EXCLUSIVE") << QStringLiteral("BEGIN EXCLUSIVE;\n");
    QTest::newRow("exclusive locking mode")
        << QStringLiteral("PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\n");
}

void TestRefusedFiles::sqliteLockHeldByAnotherProgram() {
    QFETCH(QString, script);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is a test dependency (install-deps.sh)");
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Locked by sqlite3"));
    library.close();

    QProcess other;
    other.start(sqlite3, {library.path()});
    QVERIFY(other.waitForStarted(10000));
    other.write((script + QStringLiteral("SELECT 'locked' FROM workshop LIMIT 1;\n")).toUtf8());
    QByteArray said;
    while (!said.contains("locked\n") && other.waitForReadyRead(10000))
        said += other.readAllStandardOutput();
    QVERIFY2(said.contains("locked\n"), other.readAllStandardError().constData());
    const QByteArray before = fileHash(library.path());
    const QStringList filesBefore = QDir(library.folder()).entryList(QDir::Files);

    Database db(library.path());
    QVERIFY2(!db.open(), "edits would all fail while another program holds the write lock");
    QCOMPARE(db.status(), Database::Status::InUse);
    QVERIFY2(db.errorMessage().contains(QLatin1String("another program")),
             qPrintable(db.errorMessage()));
    QVERIFY(saysNothingChanged(db.errorMessage()));
    db.close();
    QCOMPARE(fileHash(library.path()), before);
    QCOMPARE(QDir(library.folder()).entryList(QDir::Files), filesBefore);

    other.write("ROLLBACK;\n.quit\n");
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(10000));
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    WorkshopStore store(db);
    QVERIFY(store.renameWorkshop(id, QStringLiteral("Free again")));
}

QTEST_GUILESS_MAIN(TestRefusedFiles)
#include "TestRefusedFiles.moc"
