#pragma once
// Opens the one SQLite file that holds a Lodestar library, and refuses, without writing a
// byte, any file that is not a healthy Lodestar library this version understands.
// Owns the named QtSql connection, the pragmas, the single-instance lock, schema
// migrations and backups.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class IntegrityCheck;
class QLockFile;
class StatementCache;

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Status {
        Closed,
        Open,
        NotSqlite,       // some other kind of file
        ForeignDatabase, // a SQLite database that belongs to another program
        Corrupt,         // a damaged or truncated SQLite file
        NewerSchema,     // written by a newer Lodestar
        InUse,           // held by another running Lodestar, or locked by another program
        ReadOnlyFile,
        ReadOnlyFolder,
        DiskFull,    // no room for the lock file or the first write
        NotAFile,    // a folder, device, named pipe or socket
        Missing,     // read-only open of a file that does not exist
        OlderSchema, // read-only open of a library that needs an update first
        CannotOpen,  // missing folder, I/O error, migration failure ...
    };

    static constexpr int SchemaVersion = 14;
    static constexpr qint32 ApplicationId = 0x4C4F4453; // "LODS"

    // ReadWrite creates the file (and its folder) if needed, takes the single-instance lock,
    // and updates an older format. ReadOnly is for commands that only read (--list,
    // --export, --smoke): it never creates, locks or changes a file or folder, so it works
    // while the app has the library open, on a read-only disk and on a full one. A zero-byte
    // file opens as an empty library in both modes; only ReadWrite turns it into one on disk.
    enum class Mode { ReadWrite, ReadOnly };

    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and in ReadWrite mode, creates) the file. On refusal, status() and
    // errorMessage() say why and the file on disk has not been touched. What is cheap to
    // check is checked before open() returns; the full check of every page may be left for
    // later (see mayWrite()).
    bool open(Mode mode = Mode::ReadWrite);
    void close();

    // Starts the full check of a library opened without it, in the background (after the
    // first frame, say). Writing waits for it anyway; this only starts it sooner.
    void startIntegrityCheck();
    // Whether the library may be written: waits for the full check if it is still to come.
    // False for a library found damaged; errorMessage() then says so, and nothing may be
    // written to it.
    bool mayWrite();

    bool isOpen() const { return m_status == Status::Open; }
    bool isReadOnly() const { return m_readOnly; }
    Status status() const { return m_status; }
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // The connection's prepared statements, kept for reuse (cleared as the connection goes).
    StatementCache& statements() const { return *m_statements; }
    int schemaVersionOnDisk() const { return m_versionOnDisk; }
    // What the connection sees of the file, as a stamp that changes whenever it may see other
    // rows: this connection changed rows (SQLite's total_changes), another one committed
    // (data_version), or the connection is another one. Empty when it cannot be read. A read
    // kept with its stamp is the same data while the stamp is.
    QString dataStamp() const;

    // Writes a consistent copy of the open database to `target` (which must not exist).
    bool backupTo(const QString& target, QString* error = nullptr) const;
    // The folder beside the database where automatic backups go.
    QString backupFolder() const;
    // Replaces the library's content with that of `cleanCopy`, a healthy Lodestar library
    // file (for instance a checked backupTo() copy), which this call consumes. The lock is
    // held throughout and the file is replaced atomically: a crash leaves the old content
    // or the new, never a mix. On failure the library stays as it was, open if possible.
    bool replaceContent(const QString& cleanCopy, QString* error = nullptr);

    // The default library file in the platform's application-data folder.
    static QString defaultPath();

private:
    bool refuse(Status status, const QString& message);
    void removeStaleRestoreCopies() const; // only while holding the lock
    // With keepForReading, a library fit to read stays open on the inspection's (read-only)
    // connection, which openReadOnly() then reads through.
    bool inspectExisting(bool keepForReading = false);
    bool openReadOnly(bool isEmpty); // DatabaseReadOnly.cpp
    bool openWritable(bool isNew);
    QString migrate(bool isNew); // empty on success, else why not
    QString damagedMessage() const;
    QString heldByProgramMessage() const;
    Status lockFailure(QString* message) const;

    QString m_path;
    QString m_connectionName;
    Status m_status = Status::Closed;
    QString m_error;
    int m_versionOnDisk = 0;
    bool m_readOnly = false;
    bool m_checkDeferred = false; // the full check was left for later
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<IntegrityCheck> m_integrity; // the full check still to pass, if any
    std::unique_ptr<StatementCache> m_statements;
};
