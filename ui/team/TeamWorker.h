#pragma once
// The team library's own thread: owns the TeamLibrary (created, used and closed on that
// thread, since QPSQL connects and answers while blocking) and carries out one request at a
// time for TeamClient, which lives on the UI thread. Every call here runs on the worker
// thread; each returns a TeamOutcome that TeamClient hands back as a signal.
#include "storage/TeamLibrary.h"

#include <QObject>

#include <functional>
#include <memory>

struct TeamOutcome {
    bool ok = false;
    QString error;          // a plain sentence when !ok
    bool connected = false; // whether the library is open after the request
    QString user;
    QList<TeamWorkshopSummary> workshops;
    qint64 count = 0;
    TeamLibrary::Published published;
    std::optional<TeamLibrary::Conflict> conflict;
    std::shared_ptr<const TeamLibrary::TeamCopy> copy;
    std::shared_ptr<const TeamLibrary::ProductWorkshops> product;
    QString warning;
};

class TeamWorker : public QObject {
    Q_OBJECT

public:
    using Changed = std::function<void()>;

    // `onChange` runs on this thread whenever the server says someone published or withdrew.
    explicit TeamWorker(Changed onChange);
    ~TeamWorker() override;

    // Runs before every request (tests hold a request there to see the window wait for it).
    void setHook(std::function<void()> hook) { m_hook = std::move(hook); }
    void runHook() const;

    TeamOutcome connectTo(const QString& connInfo);
    void disconnectFromServer();
    TeamOutcome list(const TeamListQuery& query);
    TeamOutcome count(const QString& search, qint64 cap);
    TeamOutcome publish(const WorkshopDocument& doc, const QString& libraryPath, qint64 localId,
                        TeamLibrary::OnConflict onConflict);
    TeamOutcome fetchCopy(qint64 teamId);
    TeamOutcome noteTaken(const QString& libraryPath, qint64 localId,
                          const TeamLibrary::TeamCopy& copy);
    TeamOutcome withdraw(qint64 teamId);
    TeamOutcome productWorkshops(const QString& productKey, const QStringList& spellings,
                                 const QString& libraryPath,
                                 const QList<TeamLibrary::LaptopWorkshop>& own);

private:
    // Reconnects a library whose connection was lost (the server restarted, the Wi-Fi came
    // back); false and the reason in `outcome` when it cannot.
    bool ready(TeamOutcome* outcome);
    TeamOutcome finish(bool ok);
    bool listen();

    std::unique_ptr<TeamLibrary> m_library;
    std::unique_ptr<QObject> m_listener; // the NOTIFY connection's context
    Changed m_onChange;
    std::function<void()> m_hook;
};
