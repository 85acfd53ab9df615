#pragma once
// Keeps a library safe from its own user and from bad days: an automatic backup at most
// once a day (the newest seven are kept, and the newest seven copies taken before restores), the
// list of every backup beside the library, and restoring one of them, which first backs up what it
// replaces. Backups are VACUUM INTO copies in Database::backupFolder(). Time comes from an
// injectable clock, so tests can move through days without waiting.
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;

class BackupPolicy {
    Q_DECLARE_TR_FUNCTIONS(BackupPolicy)

public:
    using Clock = std::function<QDateTime()>;
    enum class Kind { Automatic, BeforeRestore, BeforeFormatUpdate, Other };
    struct Backup {
        QString path;
        QDateTime takenAt; // UTC
        Kind kind = Kind::Other;
    };

    static constexpr int KeptAutomatic = 7;
    static constexpr int KeptBeforeRestore = 7; // each restore's safety copy of what it replaced
    static constexpr qint64 IntervalSeconds = 24 * 60 * 60;

    explicit BackupPolicy(Database& database, Clock clock = {});

    // Call once the library is open: backs it up when the newest automatic backup is a day
    // old or more (or there is none), then deletes all but the newest KeptAutomatic
    // automatic backups (and of the copies taken before restores). Returns false, with a sentence
    // in `error`, when the backup failed.
    bool backUpIfDue(QString* error = nullptr);
    // Every backup in the backup folder, newest first.
    QList<Backup> listBackups() const;
    // Replaces the open library's content with the backup at `path`, after checking that
    // the backup is a library this version can open and backing up the current content.
    // On failure the library is unchanged and `error` says why. Only the newest
    // KeptBeforeRestore of those safety copies are kept.
    bool restoreBackup(const QString& path, QString* error = nullptr);

private:
    QString takeBackup(const QString& label, QString* error); // the new file, or empty
    void prune(); // keeps the newest automatic and before-restore backups; never format ones

    Database& m_database;
    Clock m_clock;
};
