#pragma once
// A Lodestar library in a fresh temporary folder, opened and ready, for one test.
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

class TestLibrary {
public:
    TestLibrary();
    ~TestLibrary();

    bool isOpen() const { return m_database && m_database->isOpen(); }
    QString folder() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    Database& database() { return *m_database; }
    WorkshopStore& store() { return *m_store; }

    // Closes and reopens the same file, as a restart would.
    bool reopen();
    void close();

    // A workshop with a title and a roster of `people` participants.
    qint64 addWorkshop(const QString& title, int people = 3);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WorkshopStore> m_store;
};

// A candidate with just a name, for tests that do not care about the rest.
Candidate makeCandidate(qint64 workshopId, const QString& name,
                        CandidateKind kind = CandidateKind::Own);

// A workshop at `stage` (an agenda stage key, "" before the first, "custom" for a block of the
// facilitator's own) with `own` candidates of its own and `others` of the other kinds, which
// the library list does not count. 0 when the library refused it.
qint64 addStagedWorkshop(TestLibrary& laptop, const QString& title, const QString& stage, int own,
                         int others = 0);

// The sorted titles of the workshops in an open library.
QStringList workshopTitles(Database& database);

// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString& path);
