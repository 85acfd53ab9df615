#include "Database.h"

#include "IntegrityCheck.h"
#include "SqlSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

// What Database reads of an existing file before it decides to open it: the file's header
// and length, then, through a read-only connection, its identity, version and schema.

namespace {

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

quint32 bigEndian32(const QByteArray& bytes, int at) {
    return quint32(quint8(bytes[at])) << 24 | quint32(quint8(bytes[at + 1])) << 16 |
           quint32(quint8(bytes[at + 2])) << 8 | quint32(quint8(bytes[at + 3]));
}

// Whether the file is as long as its header says. SQLite reads missing bytes at the end of
// a file as zeros, so a library that lost its tail can pass quick_check with damaged text.
// With a pending write-ahead log the log may hold the missing pages, so only the page
// size is checked then.
bool hasWholePages(const QString& path, bool pendingLog) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return false;
    const quint32 rawPageSize = quint32(quint8(header[16])) << 8 | quint8(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || file.size() % pageSize != 0)
        return false;
    // The page count in the header is valid only while its change counter matches.
    const bool countValid =
        bigEndian32(header, 28) != 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    return pendingLog || !countValid || file.size() >= qint64(bigEndian32(header, 28)) * pageSize;
}

} // namespace

// Looks at an existing file through a read-only connection and decides whether it may be
// opened for writing. Never writes.
bool Database::inspectExisting(bool keepForReading) {
    if (!hasSqliteHeader(m_path))
        return refuse(Status::NotSqlite,
                      tr("%1 is not a Lodestar library. It was not changed. Choose another "
                         "file or start a new library.")
                          .arg(m_path));

    const bool pendingLog = QFileInfo::exists(m_path + QStringLiteral("-wal"));
    if (!hasWholePages(m_path, pendingLog))
        return refuse(Status::Corrupt, damagedMessage());

    const QString name = SqlSupport::connectionName(QStringLiteral("inspect"));
    Status verdict = Status::Open;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a pending write-ahead log the file alone is the whole truth, and an
        // immutable read leaves nothing behind (a plain read-only open of a WAL library
        // would create -wal and -shm files beside a file we may be about to refuse).
        // With a pending log, SQLite must read it too, so open read-only the usual way.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(pendingLog ? QStringLiteral("mode=ro")
                                : QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(keepForReading
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                  "QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                  "QSQLITE_BUSY_TIMEOUT=2000"));
        bool ok = db.open();
        bool locked = false; // another program holds the file, which says nothing of damage
        const qint64 appId =
            ok ? SqlSupport::pragmaValue(db, QStringLiteral("application_id"), &ok, &locked)
                     .toLongLong()
               : 0;
        const int version =
            ok ? SqlSupport::pragmaValue(db, QStringLiteral("user_version"), &ok, &locked).toInt()
               : 0;
        const int tables =
            ok ? SqlSupport::pragmaValue(db, QStringLiteral("schema_version"), &ok, &locked).toInt()
               : 0;
        // Reading the root pages' numbers parses the whole schema, so a mangled schema fails
        // here; their headers are read from the file itself (no log pending, so the file is
        // the whole truth).
        QList<qint64> roots;
        if (ok) {
            QSqlQuery query(db);
            ok =
                query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE rootpage > 0"));
            locked = !ok && SqlSupport::isLockError(query.lastError());
            while (ok && query.next())
                roots.append(query.value(0).toLongLong());
        }
        // Reading every page (quick_check) is left to the background, with writes held until
        // it passes, unless something is about to write to the file as it opens: a pending
        // log is checkpointed into it, a format update rewrites it, and switching a file to
        // the write-ahead log rewrites its header. Then the full check comes first.
        m_checkDeferred =
            !pendingLog && version == SchemaVersion && IntegrityCheck::isWalFile(m_path);
        QString check = QStringLiteral("ok");
        if (ok && !m_checkDeferred)
            check =
                SqlSupport::pragmaValue(db, QStringLiteral("quick_check"), &ok, &locked).toString();
        else if (ok && !IntegrityCheck::rootPagesLookSound(m_path, roots))
            check = QStringLiteral("damaged root page");
        m_versionOnDisk = version;
        if (locked) {
            verdict = Status::InUse;
            message = heldByProgramMessage();
        } else if (!ok || check != QLatin1String("ok")) {
            verdict = Status::Corrupt;
            message = damagedMessage();
        } else if (appId != ApplicationId && !(appId == 0 && version == 0 && tables == 0)) {
            verdict = Status::ForeignDatabase;
            message = tr("%1 is a database that belongs to another program, not a Lodestar "
                         "library. It was not changed. Choose another file or start a new "
                         "library.")
                          .arg(m_path);
        } else if (version > SchemaVersion) {
            verdict = Status::NewerSchema;
            message = tr("The library %1 was saved by a newer version of Lodestar (format "
                         "%2; this version reads up to %3). It was not changed. Update "
                         "Lodestar to open it.")
                          .arg(m_path)
                          .arg(version)
                          .arg(SchemaVersion);
        }
    }
    // A read-only open reads through this very connection (the same URI), rather than open the
    // file again and parse its schema a second time.
    if (verdict == Status::Open && keepForReading && m_versionOnDisk > 0) {
        m_connectionName = name;
        return true;
    }
    SqlSupport::dropConnection(name);
    if (verdict != Status::Open)
        return refuse(verdict, message);
    return true;
}
