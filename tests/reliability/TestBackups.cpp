// Automatic daily backups, keeping seven, listing them, and restoring one into the open
// library, all on an injected clock.
#include "TestLibrary.h"

#include "storage/BackupPolicy.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime start(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);

QList<BackupPolicy::Backup> ofKind(const QList<BackupPolicy::Backup>& all,
                                   BackupPolicy::Kind kind) {
    QList<BackupPolicy::Backup> result;
    for (const BackupPolicy::Backup& b : all)
        if (b.kind == kind)
            result.append(b);
    return result;
}

// The titles of the workshops in a library file, read through a Database of its own.
QStringList titlesIn(const QString& path) {
    Database database(path);
    if (!database.open())
        return {QStringLiteral("<refused: %1>").arg(database.errorMessage())};
    return workshopTitles(database);
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private slots:
    void firstOpenTakesABackup();
    void atMostOneADay();
    void keepsTheNewestSevenAutomaticOnes();
    void keepsTheNewestSevenBeforeRestoreOnes();
    void listsEveryBackupNewestFirst();
    void restoreReplacesContentAndBacksUpFirst();
    void restoreCanBeUndone();
    void refusesToRestoreWhatIsNotALibrary();
    void reportsAFailedBackup();
    void staleRestoreCopiesAreCleared();
};

void TestBackups::firstOpenTakesABackup() {
    TestLibrary library;
    library.addWorkshop(QStringLiteral("Kept safe"));
    BackupPolicy policy(library.database(), [] { return start; });
    QString error;
    QVERIFY2(policy.backUpIfDue(&error), qPrintable(error));
    const QList<BackupPolicy::Backup> backups = policy.listBackups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, BackupPolicy::Kind::Automatic);
    QCOMPARE(backups.first().takenAt, start);
    QVERIFY(backups.first().path.startsWith(library.database().backupFolder()));
    QCOMPARE(titlesIn(backups.first().path), QStringList{QStringLiteral("Kept safe")});
}

void TestBackups::atMostOneADay() {
    TestLibrary library;
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    QVERIFY(policy.backUpIfDue());
    for (int hours : {1, 12, 23}) {
        now = start.addSecs(hours * 3600);
        QVERIFY(policy.backUpIfDue());
        QCOMPARE(policy.listBackups().size(), 1);
    }
    now = start.addDays(1);
    QVERIFY(policy.backUpIfDue());
    QCOMPARE(policy.listBackups().size(), 2);
    // A backup dated in the future (a wrong clock) does not stop backups for good.
    now = start.addDays(-5);
    QVERIFY(policy.backUpIfDue());
    QCOMPARE(policy.listBackups().size(), 3);
}

void TestBackups::keepsTheNewestSevenAutomaticOnes() {
    TestLibrary library;
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    // A backup of another kind is never pruned.
    QVERIFY(QDir().mkpath(library.database().backupFolder()));
    const QString migration = QDir(library.database().backupFolder())
                                  .filePath(QStringLiteral("library-before-format-2-20250101-"
                                                           "120000.sqlite"));
    QVERIFY(library.database().backupTo(migration));
    for (int day = 0; day < 10; ++day) {
        now = start.addDays(day);
        library.addWorkshop(QStringLiteral("Day %1").arg(day));
        QVERIFY(policy.backUpIfDue());
    }
    const QList<BackupPolicy::Backup> all = policy.listBackups();
    const QList<BackupPolicy::Backup> automatic = ofKind(all, BackupPolicy::Kind::Automatic);
    QCOMPARE(automatic.size(), BackupPolicy::KeptAutomatic);
    for (int i = 0; i < automatic.size(); ++i)
        QCOMPARE(automatic.at(i).takenAt, start.addDays(9 - i));
    QCOMPARE(ofKind(all, BackupPolicy::Kind::BeforeFormatUpdate).size(), 1);
    QVERIFY(QFileInfo::exists(migration));
    QCOMPARE(titlesIn(automatic.first().path).size(), 10);
}

void TestBackups::keepsTheNewestSevenBeforeRestoreOnes() {
    TestLibrary library;
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    QVERIFY(policy.backUpIfDue());
    const QString automatic = policy.listBackups().first().path;
    for (int n = 1; n <= 10; ++n) {
        now = start.addSecs(60 * n);
        QString error;
        QVERIFY2(policy.restoreBackup(automatic, &error), qPrintable(error));
    }
    const QList<BackupPolicy::Backup> all = policy.listBackups();
    const auto safety = ofKind(all, BackupPolicy::Kind::BeforeRestore);
    QCOMPARE(safety.size(), BackupPolicy::KeptBeforeRestore);
    QCOMPARE(safety.first().takenAt, start.addSecs(600)); // the newest are the ones kept
    QCOMPARE(safety.last().takenAt, start.addSecs(240));
    QCOMPARE(ofKind(all, BackupPolicy::Kind::Automatic).size(), 1); // the restored one stays
}

void TestBackups::listsEveryBackupNewestFirst() {
    TestLibrary library;
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    QVERIFY(policy.backUpIfDue());
    const QString automatic = policy.listBackups().first().path;
    now = start.addSecs(60);
    QVERIFY(policy.restoreBackup(automatic));
    const QList<BackupPolicy::Backup> all = policy.listBackups();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).kind, BackupPolicy::Kind::BeforeRestore);
    QCOMPARE(all.at(0).takenAt, start.addSecs(60));
    QCOMPARE(all.at(1).path, automatic);
    QCOMPARE(all.at(1).takenAt, start);
}

void TestBackups::restoreReplacesContentAndBacksUpFirst() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 kept = library.addWorkshop(QStringLiteral("Before the backup"));
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    QVERIFY(policy.backUpIfDue());
    const QString backup = policy.listBackups().first().path;
    QVERIFY(store.renameWorkshop(kept, QStringLiteral("Renamed later")));
    library.addWorkshop(QStringLiteral("Added later"));

    now = start.addSecs(3600);
    QString error;
    QVERIFY2(policy.restoreBackup(backup, &error), qPrintable(error));
    // The same store, still alive, sees the restored content and goes on saving.
    QVERIFY(library.database().isOpen());
    QCOMPARE(store.workshopCount(), 1);
    QCOMPARE(store.workshop(kept)->title, QStringLiteral("Before the backup"));
    QVERIFY(store.renameWorkshop(kept, QStringLiteral("Edited after the restore")));
    QSqlQuery mode(library.database().connection());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    // The lock was held throughout.
    Database second(library.path());
    QVERIFY(!second.open());
    QCOMPARE(second.status(), Database::Status::InUse);

    const QList<BackupPolicy::Backup> before =
        ofKind(policy.listBackups(), BackupPolicy::Kind::BeforeRestore);
    QCOMPARE(before.size(), 1);
    QCOMPARE(titlesIn(before.first().path),
             (QStringList{QStringLiteral("Added later"), QStringLiteral("Renamed later")}));
    QVERIFY(QFileInfo::exists(backup)); // restoring does not consume the backup

    QVERIFY(library.reopen());
    QCOMPARE(library.store().workshop(kept)->title, QStringLiteral("Edited after the restore"));
    QSqlQuery check(library.database().connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QStringList leftovers =
        QDir(library.folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    leftovers.removeIf([](const QString& name) { return !name.startsWith(u'.'); });
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void TestBackups::restoreCanBeUndone() {
    TestLibrary library;
    QDateTime now = start;
    BackupPolicy policy(library.database(), [&now] { return now; });
    QVERIFY(policy.backUpIfDue());
    const QString empty = policy.listBackups().first().path;
    library.addWorkshop(QStringLiteral("Would be lost"));
    now = start.addSecs(1);
    QVERIFY(policy.restoreBackup(empty));
    QCOMPARE(library.store().workshopCount(), 0);
    const QString undo =
        ofKind(policy.listBackups(), BackupPolicy::Kind::BeforeRestore).first().path;
    now = start.addSecs(2);
    QVERIFY(policy.restoreBackup(undo));
    QCOMPARE(library.store().workshopSummaries().first().title, QStringLiteral("Would be lost"));
}

void TestBackups::refusesToRestoreWhatIsNotALibrary() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Untouched"));
    BackupPolicy policy(library.database(), [] { return start; });
    const QString notes = QDir(library.folder()).filePath(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Meeting notes, not a library.\n");
    file.close();
    const QByteArray before = fileHash(notes);
    QString error;
    QVERIFY(!policy.restoreBackup(notes, &error));
    QVERIFY2(error.contains(QLatin1String("not restored")), qPrintable(error));
    QVERIFY2(error.contains(notes), qPrintable(error));
    QVERIFY(
        !policy.restoreBackup(QDir(library.folder()).filePath(QStringLiteral("missing")), &error));
    QCOMPARE(fileHash(notes), before);
    QVERIFY(policy.listBackups().isEmpty()); // nothing was replaced, so nothing backed up
    QCOMPARE(library.store().workshop(id)->title, QStringLiteral("Untouched"));
    QVERIFY(library.store().renameWorkshop(id, QStringLiteral("Still writable")));
}

void TestBackups::reportsAFailedBackup() {
    TestLibrary library;
    BackupPolicy policy(library.database(), [] { return start; });
    // A file where the backup folder should be: the backup cannot be written.
    QFile blocker(library.database().backupFolder());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!policy.backUpIfDue(&error));
    QVERIFY2(error.contains(QLatin1String("could not back up")), qPrintable(error));
    QVERIFY(library.addWorkshop(QStringLiteral("Saving goes on")) > 0);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"

void TestBackups::staleRestoreCopiesAreCleared() {
    // What a restore killed while writing leaves beside the library, and look-alikes that
    // belong to someone else.
    TestLibrary library;
    library.addWorkshop(QStringLiteral("Tidy"));
    library.close();
    const QDir dir(library.folder());
    const QStringList stale = {QStringLiteral("library.sqlite.aB3xQ9"),
                               QStringLiteral("library.sqlite.Z00000")};
    const QStringList kept = {QStringLiteral("library.sqlite.notes"),
                              QStringLiteral("library.sqlite.ab-12c"),
                              QStringLiteral("other.sqlite.aB3xQ9")};
    for (const QString& name : stale + kept) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a library");
    }
    QVERIFY(library.reopen());
    for (const QString& name : stale)
        QVERIFY2(!dir.exists(name), qPrintable(name));
    for (const QString& name : kept)
        QVERIFY2(dir.exists(name), qPrintable(name));
    QCOMPARE(library.store().workshopSummaries().size(), 1);
}
