// Opening, creating, refusing and migrating library files.
#include "RawSqlite.h"
#include "TestLibrary.h"

#include "storage/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList fixtureStatements(const QString& resource) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    for (QString statement : QString::fromUtf8(file.readAll()).split(QStringLiteral(";\n"))) {
        QStringList lines = statement.split(u'\n');
        lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("--")); });
        statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

int pragma(Database& db, const char* name) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void createsANewLibraryWithPragmas();
    void reopensWithoutMigrating();
    void adoptsAnEmptyFile();
    void refusesFilesWithoutTouchingThem_data();
    void refusesFilesWithoutTouchingThem();
    void refusesASecondInstance();
    void aSecondReaderSeesCommittedEdits();
    void refusesReadOnlyFolder();
    void migratesFromVersion1();
    void migratesFromVersion10();
    void migratesFromVersion12();
    void backupIsAWorkingLibrary();
};

void TestDatabase::createsANewLibraryWithPragmas() {
    TestLibrary library;
    QVERIFY2(library.isOpen(), qPrintable(library.database().errorMessage()));
    Database& db = library.database();
    QCOMPARE(pragma(db, "user_version"), Database::SchemaVersion);
    QCOMPARE(pragma(db, "application_id"), Database::ApplicationId);
    QCOMPARE(pragma(db, "foreign_keys"), 1);
    QCOMPARE(pragma(db, "synchronous"), 2); // FULL
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(pragma(db, "busy_timeout") > 0);
}

void TestDatabase::reopensWithoutMigrating() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Kept"));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().workshop(id)->title, QStringLiteral("Kept"));
    QVERIFY2(!QFileInfo::exists(library.database().backupFolder()),
             "a library already in the current format needs no pre-migration backup");
}

void TestDatabase::adoptsAnEmptyFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(pragma(db, "user_version"), Database::SchemaVersion);
}

void TestDatabase::refusesFilesWithoutTouchingThem_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("text file") << "text" << int(Database::Status::NotSqlite);
    QTest::newRow("random bytes") << "garbage" << int(Database::Status::NotSqlite);
    QTest::newRow("foreign sqlite") << "foreign" << int(Database::Status::ForeignDatabase);
    QTest::newRow("newer schema") << "newer" << int(Database::Status::NewerSchema);
    QTest::newRow("truncated library") << "truncated" << int(Database::Status::Corrupt);
    QTest::newRow("scribbled pages") << "scribbled" << int(Database::Status::Corrupt);
    QTest::newRow("read-only file") << "readonly" << int(Database::Status::ReadOnlyFile);
}

void TestDatabase::refusesFilesWithoutTouchingThem() {
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("victim.sqlite"));

    auto makeLibrary = [&](int workshops) {
        Database db(path);
        QVERIFY(db.open());
        WorkshopStore store(db);
        for (int i = 0; i < workshops; ++i) {
            Workshop w;
            w.title = QStringLiteral("Workshop %1").arg(i);
            w.vision = QString(2000, u'v');
            QVERIFY(store.createWorkshop(w).has_value());
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    };

    QFile file(path);
    if (kind == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my meeting notes, not a database.\n");
        file.close();
    } else if (kind == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(65536, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file.write(bytes);
        file.close();
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(
            writeRawSqlite(path, {QStringLiteral("CREATE TABLE recipes (id INTEGER, name TEXT)"),
                                  QStringLiteral("INSERT INTO recipes VALUES (1, 'soup')")}));
    } else if (kind == QLatin1String("newer")) {
        makeLibrary(1);
        QVERIFY(writeRawSqlite(
            path, {QStringLiteral("PRAGMA user_version=%1").arg(Database::SchemaVersion + 1)}));
    } else if (kind == QLatin1String("truncated")) {
        makeLibrary(60);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 8192);
        QVERIFY(file.resize(size / 2));
    } else if (kind == QLatin1String("scribbled")) {
        makeLibrary(60);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Page 2 is the root of the first table created (workshop): overwrite its b-tree
        // page header, which no reader can mistake for valid.
        QVERIFY(file.seek(4096));
        file.write(QByteArray(64, '\xAB'));
        file.close();
    } else if (kind == QLatin1String("readonly")) {
        makeLibrary(1);
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    }

    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    Database db(path);
    QVERIFY(!db.open());
    QCOMPARE(int(db.status()), expected);
    QVERIFY2(db.errorMessage().contains(QLatin1String("not changed")) ||
                 db.errorMessage().contains(QLatin1String("Nothing was changed")),
             qPrintable(db.errorMessage()));
    db.close();
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::refusesASecondInstance() {
    TestLibrary library;
    const QByteArray before = fileHash(library.path());
    Database second(library.path());
    QVERIFY(!second.open());
    QCOMPARE(second.status(), Database::Status::InUse);
    QVERIFY(second.errorMessage().contains(QLatin1String("already open")));
    QCOMPARE(fileHash(library.path()), before);
    // The first instance is unaffected and keeps working.
    QVERIFY(library.addWorkshop(QStringLiteral("Still writable")) > 0);
    // Once the first closes, the library opens again.
    library.close();
    QVERIFY2(second.open(), qPrintable(second.errorMessage()));
}

void TestDatabase::aSecondReaderSeesCommittedEdits() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Visible"));
    // A plain reader (a backup tool, sqlite3) sees every committed edit at once, thanks to
    // WAL, and does not block the writer.
    const QString name = QStringLiteral("second-reader");
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(library.path());
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(reader.open());
        QSqlQuery q(reader);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM workshop WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Visible"));
        q.finish();
        QVERIFY(library.store().renameWorkshop(id, QStringLiteral("Renamed while read")));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM workshop WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Renamed while read"));
        reader.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::refusesReadOnlyFolder() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Database db(QDir(folder).filePath(QStringLiteral("new.sqlite")));
    QVERIFY(!db.open());
    QCOMPARE(db.status(), Database::Status::ReadOnlyFolder);
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestDatabase::migratesFromVersion1() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QStringList fixture = fixtureStatements(QStringLiteral(":/fixtures/library-v1.sql"));
    QVERIFY(fixture.size() > 10);
    QVERIFY(writeRawSqlite(path, fixture));
    const QByteArray original = fileHash(path);

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(pragma(db, "user_version"), Database::SchemaVersion);
    WorkshopStore store(db);
    const auto w = store.workshop(1);
    QVERIFY(w.has_value());
    QCOMPARE(w->title, QStringLiteral("Fixture workshop"));
    QCOMPARE(w->agendaMinutes, 90);
    QCOMPARE(w->game, Game::Attention);
    QCOMPARE(w->anonymous, false); // added by format 2 with its default
    QCOMPARE(store.participants(1).size(), 2);
    QCOMPARE(store.candidates(1).size(), 2);
    QCOMPARE(store.candidates(1).at(1).status, CandidateStatus::Eliminated);
    QCOMPARE(store.inputs(1).at(0).pattern, InputPattern::Breadth);
    QCOMPARE(store.stageState(1, QStringLiteral("opening")).notes, QStringLiteral("Old notes"));
    QCOMPARE(store.followUps(1).at(0).owner, QStringLiteral("Ana"));
    // Format 2 features work on the migrated file.
    QVERIFY(store.deleteWorkshop(1));
    QVERIFY(store.workshopSummaries().isEmpty());
    QVERIFY(store.restoreWorkshop(1));
    QCOMPARE(store.workshopSummaries().size(), 1);
    // Format 10: the note on why the North Star changed starts empty and can be written.
    QCOMPARE(store.changeNote(1), QString());
    QVERIFY(store.setChangeNote(1, QStringLiteral("We kept it")));
    QCOMPARE(store.northStarRecord(1)->changeNote, QStringLiteral("We kept it"));

    // The backup taken first is the untouched format 1 file.
    const QStringList backups = QDir(db.backupFolder()).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(fileHash(QDir(db.backupFolder()).filePath(backups.first())).isEmpty(), false);
    Q_UNUSED(original);
    const QString backupName = QStringLiteral("backup-reader");
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), backupName);
        backup.setDatabaseName(QDir(db.backupFolder()).filePath(backups.first()));
        QVERIFY(backup.open());
        QSqlQuery q(backup);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM candidate")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        backup.close();
    }
    QSqlDatabase::removeDatabase(backupName);
}

// A version 10 library (the product history, before revisits) written by the schema's own
// steps, as the last release left it: two workshops of one product, the later one with a
// chosen North Star and a change note.
void TestDatabase::migratesFromVersion10() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    QStringList statements{QStringLiteral("PRAGMA application_id=1280263251")};
    for (int version = 1; version <= 10; ++version)
        statements += Migrations::step(version);
    statements += {
        QStringLiteral("INSERT INTO workshop (id, title, product, created_at, updated_at, "
                       "change_note) VALUES (1, 'First', 'Atlas', '2025-01-05T09:00:00.000Z', "
                       "'2025-01-05T09:00:00.000Z', '')"),
        QStringLiteral("INSERT INTO workshop (id, title, product, created_at, updated_at, "
                       "change_note) VALUES (2, 'Second', 'atlas', '2026-01-05T09:00:00.000Z', "
                       "'2026-01-05T09:00:00.000Z', 'Strategy moved')"),
        QStringLiteral("INSERT INTO candidate (id, workshop_id, kind, name) VALUES "
                       "(7, 2, 'room', 'Weekly planners')"),
        QStringLiteral("UPDATE workshop SET north_star_id = 7 WHERE id = 2"),
        QStringLiteral("PRAGMA user_version=10"),
    };
    QVERIFY(writeRawSqlite(path, statements));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(pragma(db, "user_version"), Database::SchemaVersion);
    WorkshopStore store(db);
    // Format 10's data is intact; format 11's columns start empty.
    std::optional<NorthStarRecord> second = store.northStarRecord(2);
    QVERIFY(second);
    QCOMPARE(second->metricName, QStringLiteral("Weekly planners"));
    QCOMPARE(second->changeNote, QStringLiteral("Strategy moved"));
    QCOMPARE(second->predecessorId, 0);
    QCOMPARE(second->incumbentId, 0);
    QCOMPARE(second->outcome(), NorthStarOutcome::NotARevisit);
    QVERIFY(!store.candidate(7)->incumbent);
    QCOMPARE(store.predecessorOf(2), 0);
    // Format 11 works on the migrated file: an incumbent, and one only.
    Candidate incumbent = makeCandidate(2, QStringLiteral("Carried over"), CandidateKind::Room);
    incumbent.incumbent = true;
    const std::optional<qint64> id = store.addCandidate(incumbent);
    QVERIFY2(id, qPrintable(store.lastError()));
    QVERIFY(store.candidate(*id)->incumbent);
    QCOMPARE(store.northStarRecord(2)->outcome(), NorthStarOutcome::Changed);
    QVERIFY(!store.addCandidate(incumbent));
    // The link to a predecessor is a foreign key that empties when that workshop goes.
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE workshop SET predecessor_id = 1 WHERE id = 2")));
    }
    QCOMPARE(store.predecessorOf(2), 1);
    QCOMPARE(store.northStarRecord(2)->predecessorTitle, QStringLiteral("First"));
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM workshop WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT predecessor_id IS NULL FROM workshop WHERE id = 2")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
    }
    // One backup, of the version 10 file.
    QCOMPARE(QDir(db.backupFolder()).entryList(QDir::Files).size(), 1);
}

// A version 12 library with cards: after the update its cards are as they were, and the next
// card's place is found through the new index, not by reading every card of the workshop.
void TestDatabase::migratesFromVersion12() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
    QStringList statements{QStringLiteral("PRAGMA application_id=1280263251")};
    for (int version = 1; version <= 12; ++version)
        statements += Migrations::step(version);
    statements += {
        QStringLiteral("INSERT INTO workshop (id, title, created_at, updated_at) VALUES "
                       "(1, 'Cards', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')"),
        QStringLiteral("INSERT INTO candidate (id, workshop_id, kind, name, position) VALUES "
                       "(1, 1, 'own', 'First', 0), (2, 1, 'own', 'Second', 4), "
                       "(3, 1, 'room', 'Third', 2)"),
        QStringLiteral("PRAGMA user_version=12"),
    };
    QVERIFY(writeRawSqlite(path, statements));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(pragma(db, "user_version"), Database::SchemaVersion);
    WorkshopStore store(db);
    QCOMPARE(store.candidates(1).size(), 3);
    QCOMPARE(store.nextCandidatePosition(1), 5);
    QSqlQuery plan(db.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COALESCE(MAX(position) + 1, 0) "
                                     "FROM candidate WHERE workshop_id = 1")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(u' ').contains(QStringLiteral("candidate_by_workshop_position")),
             qPrintable(steps.join(u'|')));
    QCOMPARE(QDir(db.backupFolder()).entryList(QDir::Files).size(), 1);
}

void TestDatabase::backupIsAWorkingLibrary() {
    TestLibrary library;
    library.addWorkshop(QStringLiteral("Backed up"));
    const QString target = QDir(library.folder()).filePath(QStringLiteral("copy.sqlite"));
    QString error;
    QVERIFY2(library.database().backupTo(target, &error), qPrintable(error));
    QVERIFY(!library.database().backupTo(target, &error)); // never overwrites
    Database copy(target);
    QVERIFY2(copy.open(), qPrintable(copy.errorMessage()));
    WorkshopStore store(copy);
    QCOMPARE(store.workshopSummaries().size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
