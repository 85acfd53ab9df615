// Database: copies of the library, in both directions (backups out, a restore in).
#include "Database.h"

#include "SqlSupport.h"
#include "StatementCache.h"
#include "files/FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

QString Database::backupFolder() const {
    const QFileInfo info(m_path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

bool Database::backupTo(const QString& target, QString* error) const {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isOpen())
        return fail(tr("the library is not open"));
    if (QFileInfo::exists(target))
        return fail(tr("%1 already exists").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(tr("the folder for %1 could not be created").arg(target));
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(query.lastError().text());
    query.addBindValue(target);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

void Database::removeStaleRestoreCopies() const {
    // A restore writes the new content to "<library>.XXXXXX" (FileWriter) and renames it
    // over the library; a restore killed mid-way leaves that file behind. Only the holder of
    // the library's lock writes them, so any found while we hold the lock are stale.
    const QFileInfo library(m_path);
    const QString prefix = library.fileName() + QLatin1Char('.');
    const QStringList candidates =
        library.dir().entryList({prefix + QStringLiteral("??????")}, QDir::Files | QDir::Hidden);
    for (const QString& name : candidates) {
        const QStringView suffix = QStringView(name).mid(prefix.size());
        if (std::all_of(suffix.begin(), suffix.end(),
                        [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
            QFile::remove(library.dir().filePath(name));
    }
}

bool Database::replaceContent(const QString& cleanCopy, QString* error) {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isOpen())
        return fail(tr("the library is not open"));
    if (!mayWrite())
        return fail(m_error);
    QFile source(cleanCopy);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be read").arg(cleanCopy));
    {
        // Move every committed edit into the main file, so that no log is left behind to
        // be replayed over the new content.
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next() ||
            query.value(0).toInt() != 0)
            return fail(tr("the library is busy (%1)").arg(query.lastError().text()));
    }
    removeStaleRestoreCopies();
    FileWriter target(m_path);
    bool copied = target.open();
    while (copied && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        copied = !chunk.isEmpty() && target.write(chunk);
    }
    if (!copied) {
        target.discard();
        return fail(tr("the new content could not be written: %1").arg(target.errorMessage()));
    }
    m_statements->clear();
    SqlSupport::dropConnection(m_connectionName); // the lock stays held
    m_connectionName.clear();
    m_status = Status::Closed;
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    const bool replaced = target.commit();
    if (replaced)
        source.remove();
    if (!inspectExisting() || !openWritable(false))
        return fail(m_error);
    return replaced || fail(tr("the file could not be replaced: %1").arg(target.errorMessage()));
}
