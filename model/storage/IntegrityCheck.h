#pragma once
// The checks that keep a damaged library from ever being written. The cheap ones run before
// the file is opened: the header, whole pages, and the root page of every table and index.
// The full one (PRAGMA quick_check, which reads every page, ≈150 ms at 10,000 workshops)
// runs on a read-only connection in a thread of its own, so opening a large library does
// not wait for it; the library's writes wait for its verdict instead (Database::mayWrite).
#include <QList>
#include <QString>

#include <atomic>
#include <thread>

class IntegrityCheck {
public:
    enum class Verdict { Pending, Healthy, Damaged };

    explicit IntegrityCheck(QString path);
    ~IntegrityCheck(); // waits for a check under way
    IntegrityCheck(const IntegrityCheck&) = delete;
    IntegrityCheck& operator=(const IntegrityCheck&) = delete;

    // Starts the full check in the background; does nothing if it has started already.
    void start();
    // The verdict, starting the check if need be and waiting for it.
    Verdict await();
    Verdict verdict() const { return m_verdict.load(); }

    // Whether SQLite's file header says the file is in write-ahead-log mode, so that opening
    // it for writing changes no byte of it.
    static bool isWalFile(const QString& path);
    // Whether every page in `rootPages` (from sqlite_master) starts with a b-tree page
    // header. A scribbled or zeroed root page fails this without reading the whole file.
    static bool rootPagesLookSound(const QString& path, const QList<qint64>& rootPages);

private:
    void run();

    QString m_path;
    std::thread m_thread;
    std::atomic<Verdict> m_verdict{Verdict::Pending};
};
