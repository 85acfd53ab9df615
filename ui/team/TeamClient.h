#pragma once
// The window's side of the team library. Lives on the UI thread and never blocks: each
// request goes to a TeamWorker on its own thread by a queued call and comes back as a signal
// carrying the request's id. A request that takes longer than the busy delay (300 ms) turns
// busy() on until every request has answered. Failures come back as one plain sentence.
// Taking a copy writes into the laptop's library here, on the UI thread where that library
// lives, through the strict importer: the worker only fetches and checks the document.
#include "storage/TeamLibrary.h"

#include <QObject>

#include <array>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class TeamWorker;
class WorkshopStore;
struct TeamOutcome;

class TeamClient : public QObject {
    Q_OBJECT

public:
    enum class Request { Connect, List, Count, Publish, Take, Withdraw, Product };
    static constexpr int DefaultBusyDelayMs = 300;
    // How long bursts of change notices are gathered into one teamChanged().
    static constexpr int ChangeGatherMs = 150;

    explicit TeamClient(WorkshopStore& laptop, QObject* parent = nullptr);
    ~TeamClient() override;

    void setBusyDelay(int ms);
    // For tests: the busy delay passes when passBusyDelay() says so, never by itself, so a
    // test sees the progress before and after the delay without sleeping.
    void setManualBusyDelay(bool manual);
    // Whether a request is pending and the busy delay has not passed yet.
    bool busyDelayRunning() const;
    void passBusyDelay();
    // Runs on the worker thread before each request (tests hold a request there).
    void setWorkerHook(std::function<void()> hook);

    bool isConnected() const { return m_connected; }
    QString userName() const { return m_user; }
    bool isBusy() const { return m_busy; }
    // Why the last connect failed ("" once one succeeds): for a Team view made afterwards.
    QString connectProblem() const { return m_connectProblem; }
    int pendingCount() const { return m_pending; }
    // Whether a request of this kind is pending: the window keeps its action off meanwhile.
    bool isRunning(Request kind) const { return m_running[std::size_t(kind)] > 0; }
    // What the pending requests are doing, in a few words, for the progress the window shows.
    QString activity() const;

    int connectTo(const QString& connInfo);
    void disconnectFromServer();
    int list(const TeamListQuery& query);
    // How many match `search`; with a `cap`, cap + 1 means "more than cap" (TeamLibrary).
    int count(const QString& search, qint64 cap = 0);
    // Reads laptop workshop `localId` here and publishes it on the worker.
    int publish(qint64 localId,
                TeamLibrary::OnConflict onConflict = TeamLibrary::OnConflict::Refuse);
    int take(qint64 teamId);
    int withdraw(qint64 teamId);
    // The team's workshops of the product `productKey` (ProductName::key), spelled `spellings`
    // on this laptop, leaving out `own`'s copies (TeamLibrary::productWorkshops).
    int productWorkshops(const QString& productKey, const QStringList& spellings,
                         const QList<TeamLibrary::LaptopWorkshop>& own);

signals:
    void connected(int request, const QString& user);
    void listed(int request, const QList<TeamWorkshopSummary>& workshops);
    void counted(int request, qint64 count);
    void published(int request, qint64 localId, const TeamLibrary::Published& published);
    // The team copy changed since this laptop's workshop was taken or published.
    void conflicted(int request, qint64 localId, const TeamLibrary::Conflict& conflict);
    // `warning`: the copy is in the laptop's library, but the server could not note it.
    void taken(int request, qint64 localId, qint64 teamId, const QString& warning);
    void withdrawn(int request, qint64 teamId);
    void productListed(int request, const TeamLibrary::ProductWorkshops& found);
    void failed(int request, TeamClient::Request kind, const QString& message);
    void connectionChanged(bool connected);
    // Someone published or withdrew a team workshop (gathered: one signal per burst).
    void teamChanged();
    void busyChanged(bool busy);
    // A request started or answered: isRunning() and activity() may say otherwise now.
    void runningChanged();

private:
    using Work = std::function<TeamOutcome(TeamWorker&)>;
    using Done = std::function<void(int request, const TeamOutcome&)>;
    int post(Request kind, Work work, Done done);
    void started(Request kind);
    void settled(Request kind);
    void becomeBusy();
    void answered(int request, Request kind, const TeamOutcome& outcome, const Done& done);
    void setConnected(bool connected, const QString& user);
    void imported(int request, const TeamOutcome& fetched);

    WorkshopStore& m_laptop;
    QThread* m_thread;
    TeamWorker* m_worker;
    QTimer* m_busyTimer;
    QTimer* m_changeTimer;
    int m_nextRequest = 0;
    int m_pending = 0;
    std::array<int, 7> m_running{}; // by Request
    bool m_manualBusyDelay = false;
    bool m_busyDelayRunning = false;
    int m_connectRequest = 0; // answers to older connects are stale
    bool m_busy = false;
    bool m_connected = false;
    QString m_user;
    QString m_connectProblem;
};
