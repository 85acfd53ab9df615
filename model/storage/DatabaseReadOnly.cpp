// Database: the read-only open, for commands that only read (--list, --export, --smoke).
// It creates no file and no folder, takes no lock and changes no byte, so it works while
// the app has the library open (WAL lets readers and one writer share the file), on a
// read-only disk, and on a full one.
#include "Database.h"

#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

QString readConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("lodestar-read-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool Database::openReadOnly(bool isEmpty) {
    const QFileInfo file(m_path);
    if (!file.exists())
        return refuse(Status::Missing,
                      tr("There is no library at %1. Nothing was created: this command only "
                         "reads. Check the path, or create the library by starting Lodestar "
                         "or with --example or --import.")
                          .arg(m_path));
    if (!file.isReadable())
        return refuse(Status::CannotOpen,
                      tr("The library %1 cannot be read: you do not have permission. It was "
                         "not changed.")
                          .arg(m_path));

    if (!isEmpty && !inspectExisting(true))
        return false;
    if (!isEmpty && m_versionOnDisk < SchemaVersion && m_versionOnDisk > 0)
        return refuse(Status::OlderSchema,
                      tr("The library %1 was saved by an older Lodestar (format %2) and must "
                         "be updated before this command can read it. It was not changed. "
                         "Open it once in Lodestar to update it.")
                          .arg(m_path)
                          .arg(m_versionOnDisk));
    // A zero-byte file (or an empty SQLite file) is an empty library, as the writable open
    // treats it, but only a writer may turn it into one on disk: read an empty one built in
    // memory instead.
    const bool inMemory = isEmpty || m_versionOnDisk == 0;

    QString failure;
    if (m_connectionName.isEmpty()) { // else inspectExisting() left its connection open
        m_connectionName = readConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (inMemory) {
            db.setDatabaseName(QStringLiteral(":memory:"));
        } else {
            // With no write-ahead log beside it nobody is writing, and the file alone is the
            // whole library: an immutable read leaves nothing behind (a plain read-only open
            // of a WAL library creates -wal and -shm files). With a log, the app (or a crash)
            // left committed edits in it, so read it too, sharing the app's -shm index.
            const bool pendingLog = QFileInfo::exists(m_path + QStringLiteral("-wal"));
            QUrl uri = QUrl::fromLocalFile(m_path);
            uri.setQuery(pendingLog ? QStringLiteral("mode=ro")
                                    : QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open())
            failure = tr("The library %1 could not be opened for reading: %2. It was not "
                         "changed.")
                          .arg(m_path, db.lastError().text());
    }
    if (!failure.isEmpty())
        return refuse(Status::CannotOpen, failure);
    m_status = Status::Open;
    if (inMemory) {
        const QString why = migrate(true); // the schema, in memory only
        if (!why.isEmpty())
            return refuse(Status::CannotOpen, why);
    }
    QSqlQuery(connection()).exec(QStringLiteral("PRAGMA query_only=ON"));
    return true;
}
