#include "BackupPolicy.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// "<library>-<kind>-<yyyyMMdd-HHmmss>[-n].sqlite", as written by takeBackup() and by the
// migration backup in Database.
BackupPolicy::Backup describe(const QFileInfo& file, const QString& library) {
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(.*)-(auto|before-restore|before-format-\d+)-(\d{8}-\d{6})(-\d+)?\.sqlite$)"));
    BackupPolicy::Backup backup;
    backup.path = file.absoluteFilePath();
    backup.takenAt = file.lastModified().toUTC();
    const QRegularExpressionMatch match = pattern.match(file.fileName());
    if (!match.hasMatch() || match.captured(1) != library)
        return backup;
    QDateTime stamp = QDateTime::fromString(match.captured(3), stampFormat);
    stamp.setTimeSpec(Qt::UTC);
    if (stamp.isValid())
        backup.takenAt = stamp;
    const QString kind = match.captured(2);
    backup.kind = kind == QLatin1String("auto") ? BackupPolicy::Kind::Automatic
                  : kind == QLatin1String("before-restore")
                      ? BackupPolicy::Kind::BeforeRestore
                      : BackupPolicy::Kind::BeforeFormatUpdate;
    return backup;
}

} // namespace

BackupPolicy::BackupPolicy(Database& database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

QList<BackupPolicy::Backup> BackupPolicy::listBackups() const {
    const QString library = QFileInfo(m_database.path()).completeBaseName();
    QList<Backup> result;
    const QFileInfoList files =
        QDir(m_database.backupFolder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files)
        result.append(describe(file, library));
    std::sort(result.begin(), result.end(), [](const Backup& a, const Backup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return result;
}

QString BackupPolicy::takeBackup(const QString& label, QString* error) {
    const QDir folder(m_database.backupFolder());
    const QString stem = QStringLiteral("%1-%2-%3")
                             .arg(QFileInfo(m_database.path()).completeBaseName(), label,
                                  m_clock().toUTC().toString(stampFormat));
    QString target = folder.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return m_database.backupTo(target, error) ? target : QString();
}

bool BackupPolicy::backUpIfDue(QString* error) {
    const QDateTime now = m_clock().toUTC();
    const QList<Backup> all = listBackups();
    const auto newest = std::find_if(all.cbegin(), all.cend(),
                                     [](const Backup& b) { return b.kind == Kind::Automatic; });
    // A backup dated in the future (the clock was wrong once) must not stop backups forever.
    const bool due = newest == all.cend() || qAbs(newest->takenAt.secsTo(now)) >= IntervalSeconds;
    QString why;
    if (due && takeBackup(QStringLiteral("auto"), &why).isEmpty()) {
        if (error)
            *error = tr("Lodestar could not back up the library %1: %2. Your work is still "
                        "saved in the library itself.")
                         .arg(m_database.path(), why);
        return false;
    }
    prune();
    return true;
}

void BackupPolicy::prune() {
    int automatic = 0;
    int beforeRestore = 0;
    for (const Backup& backup : listBackups())
        if ((backup.kind == Kind::Automatic && ++automatic > KeptAutomatic) ||
            (backup.kind == Kind::BeforeRestore && ++beforeRestore > KeptBeforeRestore))
            QFile::remove(backup.path);
}

bool BackupPolicy::restoreBackup(const QString& path, QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("The backup %1 was not restored: %2. The library was not changed.")
                         .arg(path, why);
        return false;
    };
    if (!m_database.isOpen())
        return fail(tr("the library is not open"));
    // Check the backup on a copy (opening may update an older format), then take a compact
    // copy of the result beside the library, ready to take its place.
    const QString libraryFolder = QFileInfo(m_database.path()).absolutePath();
    const QString stagingPrefix =
        QStringLiteral(".%1-restore-").arg(QFileInfo(m_database.path()).completeBaseName());
    // A restore killed half-way left its staging folder behind; the library's lock, which
    // we hold, says no other restore of it is running.
    QDir folder(libraryFolder);
    for (const QString& stale :
         folder.entryList({stagingPrefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(folder.filePath(stale)).removeRecursively();
    QTemporaryDir staging(folder.filePath(stagingPrefix + QStringLiteral("XXXXXX")));
    if (!staging.isValid())
        return fail(tr("the folder %1 is not writable").arg(libraryFolder));
    const QString candidate = staging.filePath(QStringLiteral("backup.sqlite"));
    const QString clean = staging.filePath(QStringLiteral("clean.sqlite"));
    if (!QFileInfo(path).isFile() || !QFile::copy(path, candidate))
        return fail(tr("the backup could not be read"));
    QFile::setPermissions(candidate, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString why;
    {
        Database backup(candidate);
        if (!backup.open())
            return fail(backup.errorMessage().replace(candidate, path));
        if (!backup.backupTo(clean, &why))
            return fail(why);
    }
    if (takeBackup(QStringLiteral("before-restore"), &why).isEmpty())
        return fail(tr("the current content could not be backed up first (%1)").arg(why));
    if (!m_database.replaceContent(clean, &why)) {
        if (error)
            *error = tr("The backup %1 could not be restored: %2").arg(path, why);
        return false;
    }
    prune();
    return true;
}
