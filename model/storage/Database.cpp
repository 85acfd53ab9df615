#include "Database.h"

#include "IntegrityCheck.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "StatementCache.h"
#include "files/FileWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <sys/statvfs.h>

namespace {

// A lock file that names no owner: its Lodestar died between creating the file and writing
// its process id into it (so QLockFile can never find it stale), or is writing it right
// now, which takes milliseconds. Wait a little, then look again. Taking it over is safe
// even so: QLockFile holds a native lock on its file, which removeStaleLockFile() respects.
bool isAbandonedLock(const QLockFile& lock, const QString& lockPath) {
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    const qint64 age = QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < 200)
        QThread::msleep(200 - age);
    return !lock.getLockInfo(&pid, &host, &application);
}

bool execAll(QSqlDatabase& db, const QStringList& statements, QString* error) {
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_statements(std::make_unique<StatementCache>()) {}

Database::~Database() {
    close();
}

QString Database::defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("lodestar.sqlite"));
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::dataStamp() const {
    if (!isOpen())
        return {};
    StatementCache::Lease q = m_statements->statement(
        connection(),
        QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version"));
    if (!q.run({}, nullptr) || !q->next())
        return {};
    return m_connectionName + u'/' + q->value(0).toString() + u'/' + q->value(1).toString();
}

void Database::close() {
    m_integrity.reset(); // waits for a check under way, which reads the file
    if (!m_connectionName.isEmpty()) {
        m_statements->clear();
        SqlSupport::dropConnection(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

bool Database::refuse(Status status, const QString& message) {
    close();
    m_status = status;
    m_error = message;
    return false;
}

bool Database::open(Mode mode) {
    close();
    m_error.clear();
    m_readOnly = mode == Mode::ReadOnly;
    m_checkDeferred = false;
    const QFileInfo file(m_path);
    const bool isNew = !file.exists() || (file.isFile() && file.size() == 0);
    const QString folder = file.absolutePath();

    if (file.exists() && !file.isFile())
        return refuse(Status::NotAFile,
                      tr("%1 is %2, not a Lodestar library. Nothing was changed. Choose a "
                         "file instead.")
                          .arg(m_path, FileWriter::kindOf(m_path)));
    if (m_readOnly)
        return openReadOnly(isNew);
    if (!QDir().mkpath(folder))
        return refuse(Status::CannotOpen,
                      tr("The folder %1 could not be created. Nothing was changed. Choose "
                         "another place for the library.")
                          .arg(folder));
    // Permission bits, not access(): a library marked read-only stays read-only even for root.
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isWritable() || !(folderInfo.permissions() & QFileDevice::WriteOwner))
        return refuse(Status::ReadOnlyFolder,
                      tr("The folder %1 is read-only, so Lodestar cannot save your work "
                         "there. Nothing was changed. Copy the library somewhere writable, "
                         "or choose another folder.")
                          .arg(folder));
    if (!isNew && (!file.isWritable() || !(file.permissions() & QFileDevice::WriteOwner)))
        return refuse(Status::ReadOnlyFile,
                      tr("The library %1 is read-only, so Lodestar cannot save your work in "
                         "it. It was not changed. Make it writable or open a copy.")
                          .arg(m_path));

    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError &&
        isAbandonedLock(*m_lock, m_path + QStringLiteral(".lock"))) {
        m_lock->removeStaleLockFile(); // refused while a live owner holds the file
        locked = m_lock->tryLock(0);
    }
    if (!locked) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return refuse(Status::InUse,
                          tr("The library %1 is already open in another Lodestar window. It "
                             "was not changed. Close the other window first, or open another "
                             "library. Commands that only read it (--list, --export) work "
                             "while it is open.")
                              .arg(m_path));
        QString message;
        const Status status = lockFailure(&message);
        return refuse(status, message);
    }

    if (!isNew && !inspectExisting())
        return false;
    removeStaleRestoreCopies(); // a healthy library of ours, and we hold its lock
    return openWritable(isNew);
}

void Database::startIntegrityCheck() {
    if (m_integrity)
        m_integrity->start();
}

bool Database::mayWrite() {
    if (!m_integrity || m_integrity->await() == IntegrityCheck::Verdict::Healthy)
        return true;
    m_error = tr("The library %1 is damaged, so Lodestar will not write to it. The change was "
                 "not made and the file was not changed. Open one of its backups or start a "
                 "new library.")
                  .arg(m_path);
    return false;
}

// Why the lock file could not be made, in the user's words: the disk is full, or read-only,
// or something else (told as the system says it). Looks without writing anything.
Database::Status Database::lockFailure(QString* message) const {
    const QString folder = QFileInfo(m_path).absolutePath();
    const QByteArray native = QFile::encodeName(folder);
    struct statvfs disk {};
    if (::statvfs(native.constData(), &disk) == 0 &&
        // Some file systems (btrfs) report no inode counts at all: f_files 0 is not "full".
        (disk.f_bavail == 0 || (disk.f_files > 0 && disk.f_favail == 0) ||
         (disk.f_flag & ST_RDONLY))) {
        if (disk.f_flag & ST_RDONLY) {
            *message = tr("The library %1 is on a read-only disk, so Lodestar cannot save your "
                          "work in it. It was not changed. Copy it somewhere writable. Commands "
                          "that only read it (--list, --export) still work.")
                           .arg(m_path);
            return Status::ReadOnlyFolder;
        }
        *message = tr("The disk holding the library %1 is full, so Lodestar cannot save your "
                      "work in it. It was not changed. Free some space, then open it again. "
                      "Commands that only read it (--list, --export to another disk) still "
                      "work.")
                       .arg(m_path);
        return Status::DiskFull;
    }
    *message = tr("Lodestar could not create the lock file beside the library %1, so it cannot "
                  "safely save your work in it. It was not changed. Check that its folder %2 "
                  "can be written to.")
                   .arg(m_path, folder);
    return Status::CannotOpen;
}

QString Database::damagedMessage() const {
    return tr("The library %1 is damaged and cannot be read safely. It was not changed. Open "
              "one of its backups or start a new library.")
        .arg(m_path);
}

QString Database::heldByProgramMessage() const {
    return tr("The library %1 is being used by another program, so Lodestar could not save "
              "your work in it. It was not changed. Close that program, then open the library "
              "again.")
        .arg(m_path);
}

bool Database::openWritable(bool isNew) {
    m_connectionName = SqlSupport::connectionName(QStringLiteral("main"));
    QString failure;
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        QSqlError error;
        if (!db.open()) {
            error = db.lastError();
        } else {
            // Another program (a sqlite3 shell, a sync tool) may hold the write lock: every
            // edit would then fail, so find out now, before anything is written.
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                error = probe.lastError();
                held = SqlSupport::isLockError(error);
            } else {
                probe.exec(QStringLiteral("ROLLBACK"));
                probe.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            }
        }
        if (error.isValid())
            failure = held ? heldByProgramMessage()
                           : tr("The library %1 could not be opened: %2. Nothing was changed.")
                                 .arg(m_path, error.text());
    }
    if (!failure.isEmpty())
        return refuse(held ? Status::InUse : Status::CannotOpen, failure);
    m_status = Status::Open;
    failure = migrate(isNew);
    if (!failure.isEmpty())
        return refuse(Status::CannotOpen, failure);
    if (m_checkDeferred)
        m_integrity = std::make_unique<IntegrityCheck>(m_path);
    return true;
}

QString Database::migrate(bool isNew) {
    QString error;
    const int from = isNew ? 0 : m_versionOnDisk;

    // A copy of the file as it was, before anything changes in it.
    if (!isNew && from < SchemaVersion) {
        const QString target = QDir(backupFolder())
                                   .filePath(QStringLiteral("%1-before-format-%2-%3.sqlite")
                                                 .arg(QFileInfo(m_path).completeBaseName())
                                                 .arg(SchemaVersion)
                                                 .arg(QDateTime::currentDateTimeUtc().toString(
                                                     QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!backupTo(target, &error))
            return tr("Lodestar must update the library %1 to a new format, but could not "
                      "back it up first (%2). It was not changed.")
                .arg(m_path, error);
    }

    QSqlDatabase db = connection();
    // Nothing in these changes the file; journal_mode would (it rewrites the header), so it
    // waits until the whole update has committed.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    if (!execAll(db, pragmas, &error))
        return tr("The library %1 could not be prepared: %2").arg(m_path, error);

    // Every step in one transaction: an update that fails anywhere leaves the library exactly
    // as it was, never half-way between two formats.
    if (from < SchemaVersion) {
        int failedAt = 0; // the format that could not be reached
        if (!db.transaction()) {
            failedAt = from + 1;
            error = db.lastError().text();
        }
        for (int version = from + 1; !failedAt && version <= SchemaVersion; ++version) {
            QStringList statements = Migrations::step(version);
            if (version == 1)
                statements.prepend(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
            statements.append(QStringLiteral("PRAGMA user_version=%1").arg(version));
            if (!execAll(db, statements, &error))
                failedAt = version;
        }
        if (!failedAt && !db.commit()) {
            failedAt = SchemaVersion;
            error = db.lastError().text();
        }
        if (failedAt) {
            db.rollback();
            return tr("The library %1 could not be updated to format %2: %3. It was not "
                      "changed; the backup taken before the update is in %4.")
                .arg(m_path)
                .arg(failedAt)
                .arg(error, backupFolder());
        }
    }
    if (!execAll(db, {QStringLiteral("PRAGMA journal_mode=WAL")}, &error))
        return tr("The library %1 could not be prepared: %2").arg(m_path, error);
    m_versionOnDisk = SchemaVersion;
    return {};
}
