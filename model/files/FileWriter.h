#pragma once
// The one way Lodestar writes a file: exports, reports, grabbed screens and a restored
// library all go through here. The bytes go to a new file beside the target, are written
// completely (a short write is a failure), flushed to the disk and checked, and only then
// renamed over the target in one step. The target must be a regular file or a new name: a
// device, a named pipe, a socket or a folder is refused before anything is written, and so
// is a link to one. Whatever fails, the old file is left byte for byte as it was and the
// half-written new one is removed.
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class FileWriter {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    enum class Problem {
        None,
        NoName,       // an empty path
        NotAFile,     // a folder, device, named pipe, socket, or a link to nothing
        NoFolder,     // the folder it would go in does not exist
        ReadOnly,     // a read-only disk, folder or file
        NoPermission, // the folder belongs to someone else
        DiskFull,     // no space (or quota) left
        WriteFailed,  // any other error from the system
    };

    explicit FileWriter(QString path);
    ~FileWriter(); // discards anything not committed
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;

    // Checks the target and creates the new file beside it. Writes nothing to the target.
    bool open();
    // Appends all of `bytes`, or fails.
    bool write(QByteArrayView bytes);
    // Flushes, closes and renames the new file over the target.
    bool commit();
    // Removes the new file; the target stays as it was.
    void discard();

    Problem problem() const { return m_problem; }
    // A sentence for the user: which file, the real cause, and that the old file is kept.
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }

    // open(), write() and commit() in one call. On failure *error says why (when given).
    static bool writeFile(const QString& path, QByteArrayView bytes, QString* error = nullptr,
                          Problem* problem = nullptr);
    // Why `path` could not be written as a file, without writing anything; empty if it can
    // (as far as can be told before writing).
    static QString targetProblem(const QString& path, Problem* problem = nullptr);
    // What `path` is when it is not a regular file: "a folder", "a device", "a named pipe
    // (FIFO)", "a socket" (following links).
    static QString kindOf(const QString& path);

private:
    bool fail(Problem problem, const QString& why);
    bool failErrno(int error, const QString& what);
    bool checkTarget();

    QString m_path;   // as given
    QString m_target; // the regular file that is replaced (a link's destination)
    QString m_temporary;
    int m_fd = -1;
    Problem m_problem = Problem::None;
    QString m_error;
};
