#pragma once
// The team library: published workshops on a PostgreSQL server (installer/team-library.sql),
// reached through QtSql's QPSQL driver. A workshop travels whole, as the JSON exchange
// document, and everything the server returns goes through the strict importer before it
// reaches the laptop's library. A publish is one server transaction; a failure never touches
// the laptop's library and always leaves a plain message in lastError(). Every request checks
// the team schema's version again in its own transaction and holds it until it ends, so a
// server an administrator upgrades for a newer Lodestar meanwhile is refused, never written.
//
// Calls block while the server answers (at most the connect timeout to connect): run them off
// the UI thread, with the TeamLibrary created and used on that one thread.
#include "domain/TeamWorkshop.h"
#include "exchange/WorkshopDocument.h"
#include "storage/TeamConnInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QObject;
class QSqlQuery;
class WorkshopStore;

class TeamLibrary {
    Q_DECLARE_TR_FUNCTIONS(TeamLibrary)

public:
    // The team schema this Lodestar reads and writes; a server with another one is refused
    // (an older one until its administrator runs this Lodestar's team-library.sql).
    static constexpr int SchemaVersion = 5;

    enum class Status {
        Closed,
        Open,
        BadAddress,  // CONNINFO is not one libpq understands
        Unreachable, // no server, refused login, TLS failure ...
        NoSchema,    // the database has no team library (team-library.sql not run)
        NewerSchema, // written for a newer Lodestar: never written to
        OlderSchema, // needs the administrator to run the newer team-library.sql
        NotAllowed,  // the login has neither team role
    };
    // Whether a failed call could not use the server at all, or only this request was refused.
    enum class Failure { None, Server, Request };
    // What a publish does when the team copy changed since this laptop took or published it.
    enum class OnConflict { Refuse, Replace, AsNew };

    struct Published {
        qint64 teamId = 0;
        int version = 0;
        bool isNew = false; // a new team workshop, not a new version of one
    };
    struct Conflict {
        qint64 teamId = 0;
        int theirVersion = 0; // the team's current version
        int yourVersion = 0;  // the version this laptop's copy is based on
        QString publishedBy;
        QDateTime publishedAt;
    };
    struct Taken {
        qint64 localId = 0;
        qint64 teamId = 0;
        int version = 0;
        QString warning; // the copy is in the library, but the server could not note it
    };
    // A team workshop as fetched for taking a copy, already checked as strictly as an
    // imported file; WorkshopStore::importWorkshop checks it again as it writes it.
    struct TeamCopy {
        WorkshopDocument document;
        qint64 teamId = 0;
        int version = 0;
        bool mayNote = false; // readers take copies but cannot publish them: nothing to note
    };

    // A team workshop on a product's page: its list row (who published it, when) and its whole
    // document, read as strictly as an imported file.
    struct ProductWorkshop {
        TeamWorkshopSummary summary;
        WorkshopDocument document;
    };
    struct ProductWorkshops {
        QList<ProductWorkshop> workshops; // the latest published first
        QStringList skipped;              // one sentence per team workshop left out as malformed
        bool more = false;                // more matched than were asked for
    };
    // One of the laptop's workshops of the product, as a copy of a team workshop is known by:
    // the id and creation time team_copy notes, and the title and creation time any copy
    // keeps (a reader's copy is not noted).
    struct LaptopWorkshop {
        qint64 localId = 0;
        QDateTime createdAt;
        QString title;
    };
    // At most this many team workshops on a product's page: each document is read whole (a
    // 200-candidate one takes some 30 ms), on the worker thread.
    static constexpr int ProductPageLimit = 50;

    explicit TeamLibrary(const QString& connInfo);
    ~TeamLibrary();
    TeamLibrary(const TeamLibrary&) = delete;
    TeamLibrary& operator=(const TeamLibrary&) = delete;

    // Connects and checks the team schema's version. False: status() and lastError() say why.
    bool open();
    void close();
    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Open; }
    QString userName() const { return m_user; }
    QString lastError() const { return m_error; }
    Failure lastFailure() const { return m_failure; }
    // Set when the last publish was refused because the team copy changed.
    std::optional<Conflict> lastConflict() const { return m_conflict; }

    // The team workshops not withdrawn that match `query`, one page of them, in its order
    // (by default: all, the latest published first). Ties fall back to the newest team id.
    // Every row is checked as strictly as an imported file: one the importer would refuse
    // fails the whole answer, with the team id and column in lastError().
    std::optional<QList<TeamWorkshopSummary>> workshops(const TeamListQuery& query = {});
    // How many team workshops not withdrawn match `search`. With a `cap`, counting stops
    // past it: an answer of cap + 1 means "more than cap" (an exact count of a common search
    // in a large team library costs more than a keystroke may).
    std::optional<qint64> workshopCount(const QString& search = {}, qint64 cap = 0);
    // The team workshops not withdrawn of the product whose ProductName::key is `productKey`
    // (spelled `spellings` on the laptop), the latest published first, at most `limit`, that
    // are not one of `own`, the laptop's workshops of the product in library `libraryPath`:
    // neither the team workshop one of them was taken from or published as, nor one with the
    // same title and creation time. The server finds them by its product_key; each is checked
    // again with ProductName::key. A malformed row is skipped and named in `skipped`.
    std::optional<ProductWorkshops> productWorkshops(const QString& productKey,
                                                     const QStringList& spellings,
                                                     const QString& libraryPath,
                                                     const QList<LaptopWorkshop>& own,
                                                     int limit = ProductPageLimit);
    // Publishes the laptop's workshop `localId`: a new version of the team workshop it is a
    // copy of, or a new team workshop. A team copy that changed since is never overwritten
    // unless `onConflict` says so.
    std::optional<Published> publish(const WorkshopStore& laptop, qint64 localId,
                                     OnConflict onConflict = OnConflict::Refuse);
    // The same, for the document of workshop `localId` of the library file `libraryPath`,
    // read beforehand (the window reads it on its own thread, where its library lives).
    std::optional<Published> publish(const WorkshopDocument& doc, const QString& libraryPath,
                                     qint64 localId, OnConflict onConflict = OnConflict::Refuse);
    // Copies team workshop `teamId` into the laptop's library as a new workshop:
    // fetchCopy(), WorkshopStore::importWorkshop, then noteTaken().
    std::optional<Taken> take(WorkshopStore& laptop, qint64 teamId);
    // The two server halves of take(), for a laptop library that lives on another thread.
    std::optional<TeamCopy> fetchCopy(qint64 teamId);
    // Notes that workshop `localId` of `libraryPath` is a copy of `copy`; a warning (the copy
    // stays; publishing it later makes a new team workshop), or empty when noted.
    QString noteTaken(const QString& libraryPath, qint64 localId, const TeamCopy& copy);
    // Hides a team workshop from the list; it stays on the server for an administrator.
    bool withdraw(qint64 teamId);

    // Calls `onChange` (on this thread, from its event loop) whenever anyone publishes or
    // withdraws a team workshop: a hint to refresh the list (PostgreSQL LISTEN/NOTIFY on
    // "lodestar_team"); a refresh button stays the fallback. Ends with `context` or close().
    bool listenForChanges(QObject* context,
                          std::function<void(qint64 teamId, int version)> onChange);

    // Names one library file on one machine, so copies on different laptops stay apart.
    static QString laptopKey(const QString& libraryPath);

    // For tests: runs between the statements of a publish, where a test can stop the server.
    void setBetweenStatements(std::function<void()> hook) { m_between = std::move(hook); }

private:
    struct Link;
    bool checkSchema();
    bool acceptVersion(int version);
    // Begins a request's transaction holding the team schema's version (see team-library.sql):
    // a server upgraded since this Lodestar connected is refused here, before anything is read
    // or written, with the message open() would give; an upgrade waits until it ends.
    bool beginRequest();
    bool endRead();
    bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values);
    bool begin();
    bool commit();
    void rollback();
    void between() const;
    bool fail(Failure failure, const QString& message);
    bool failQuery(const QSqlQuery& query);
    QString serverProblem(const QString& serverText, const QString& code) const;
    bool findLink(const QString& laptop, qint64 localId, const QString& created,
                  std::optional<Link>* link);
    bool mayPublish();
    bool listFailed();
    bool refuseRow(const QString& problem);
    bool productFailed();
    bool copiesOf(const QString& libraryPath, const QList<LaptopWorkshop>& own,
                  QList<qint64>* teamIds);
    bool noteCopy(const QString& laptop, qint64 localId, const QString& created,
                  const Published& copyOf);

    TeamConnInfo m_info;
    QString m_connectionName;
    QSqlDatabase m_db;
    Status m_status = Status::Closed;
    Failure m_failure = Failure::None;
    QString m_error;
    bool m_inTransaction = false;
    QString m_schemaRefusal; // why the server's schema is refused, while it is
    QString m_user;
    std::optional<Conflict> m_conflict;
    std::function<void()> m_between;
};
