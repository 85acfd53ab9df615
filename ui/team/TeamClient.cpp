#include "TeamClient.h"

#include "TeamWorker.h"
#include "exchange/WorkshopDocument.h"
#include "storage/WorkshopStore.h"

#include <QScopeGuard>
#include <QThread>
#include <QTimer>

TeamClient::TeamClient(WorkshopStore& laptop, QObject* parent)
    : QObject(parent)
    , m_laptop(laptop)
    , m_thread(new QThread(this))
    , m_busyTimer(new QTimer(this))
    , m_changeTimer(new QTimer(this)) {
    m_thread->setObjectName(QStringLiteral("team library"));
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(DefaultBusyDelayMs);
    connect(m_busyTimer, &QTimer::timeout, this, &TeamClient::becomeBusy);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeGatherMs);
    connect(m_changeTimer, &QTimer::timeout, this, &TeamClient::teamChanged);
    // Called on the worker thread: only posts to this object's thread.
    m_worker = new TeamWorker([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_changeTimer->isActive())
                    m_changeTimer->start();
            },
            Qt::QueuedConnection);
    });
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

TeamClient::~TeamClient() {
    // The library is closed on its own thread, after the request in hand (if any).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->disconnectFromServer();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
}

void TeamClient::setBusyDelay(int ms) {
    m_busyTimer->setInterval(ms);
}

void TeamClient::setManualBusyDelay(bool manual) {
    m_manualBusyDelay = manual;
    if (manual)
        m_busyTimer->stop();
    else if (m_busyDelayRunning)
        m_busyTimer->start();
}

bool TeamClient::busyDelayRunning() const {
    return m_busyDelayRunning;
}

void TeamClient::passBusyDelay() {
    if (!m_busyDelayRunning)
        return;
    m_busyTimer->stop();
    becomeBusy();
}

void TeamClient::becomeBusy() {
    m_busyDelayRunning = false;
    m_busy = true;
    emit busyChanged(true);
}

QString TeamClient::activity() const {
    if (isRunning(Request::Publish))
        return tr("Publishing to the team library…");
    if (isRunning(Request::Take))
        return tr("Taking a copy from the team library…");
    if (isRunning(Request::Withdraw))
        return tr("Withdrawing from the team library…");
    if (isRunning(Request::Connect))
        return tr("Connecting to the team library…");
    if (isRunning(Request::Product))
        return tr("Reading this product's workshops in the team library…");
    return tr("Waiting for the team library…");
}

void TeamClient::setWorkerHook(std::function<void()> hook) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, hook = std::move(hook)] { worker->setHook(hook); },
        Qt::QueuedConnection);
}

int TeamClient::post(Request kind, Work work, Done done) {
    const int request = ++m_nextRequest;
    started(kind);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, request, kind, work = std::move(work),
         done = std::move(done)]() mutable {
            worker->runHook();
            TeamOutcome outcome = work(*worker);
            // This object outlives the worker's thread (its destructor waits for it).
            QMetaObject::invokeMethod(
                this,
                [this, request, kind, outcome = std::move(outcome), done = std::move(done)] {
                    answered(request, kind, outcome, done);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

void TeamClient::started(Request kind) {
    ++m_running[std::size_t(kind)];
    if (m_pending++ == 0) {
        m_busyDelayRunning = true;
        if (!m_manualBusyDelay)
            m_busyTimer->start();
    }
    emit runningChanged();
}

void TeamClient::settled(Request kind) {
    --m_running[std::size_t(kind)];
    if (--m_pending == 0) {
        m_busyTimer->stop();
        m_busyDelayRunning = false;
        if (m_busy) {
            m_busy = false;
            emit busyChanged(false);
        }
    }
    emit runningChanged();
}

void TeamClient::answered(int request, Request kind, const TeamOutcome& outcome, const Done& done) {
    // Last, so a copy being noted (imported()) keeps the progress on without a gap.
    const auto settle = qScopeGuard([this, kind] { settled(kind); });
    if (kind == Request::Connect && request != m_connectRequest)
        return; // a newer connect or a disconnect came since
    if (kind != Request::Connect && m_connectRequest == 0)
        return; // disconnected since: nobody waits for it
    // A lost connection stays "connected": the next request reconnects.
    if (kind == Request::Connect) {
        m_connectProblem = outcome.ok ? QString() : outcome.error;
        setConnected(outcome.ok, outcome.user);
    } else if (outcome.ok)
        m_user = outcome.user;
    if (!outcome.ok && !(kind == Request::Publish && outcome.conflict))
        emit failed(request, kind, outcome.error);
    done(request, outcome);
}

void TeamClient::setConnected(bool connected, const QString& user) {
    m_user = user;
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
}

int TeamClient::connectTo(const QString& connInfo) {
    m_connectRequest = post(
        Request::Connect, [connInfo](TeamWorker& worker) { return worker.connectTo(connInfo); },
        [this](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                emit connected(request, outcome.user);
        });
    return m_connectRequest;
}

void TeamClient::disconnectFromServer() {
    m_connectRequest = 0;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->disconnectFromServer(); }, Qt::QueuedConnection);
    setConnected(false, {});
}

int TeamClient::list(const TeamListQuery& query) {
    return post(
        Request::List, [query](TeamWorker& worker) { return worker.list(query); },
        [this](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                emit listed(request, outcome.workshops);
        });
}

int TeamClient::count(const QString& search, qint64 cap) {
    return post(
        Request::Count, [search, cap](TeamWorker& worker) { return worker.count(search, cap); },
        [this](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                emit counted(request, outcome.count);
        });
}

int TeamClient::publish(qint64 localId, TeamLibrary::OnConflict onConflict) {
    // The laptop's library is read here, on its own thread; the document travels by value.
    QString why;
    auto doc = WorkshopDocument::load(m_laptop, localId, &why);
    if (!doc) {
        const int request = ++m_nextRequest;
        QMetaObject::invokeMethod(
            this,
            [this, request, localId] {
                emit failed(request, Request::Publish,
                            tr("Could not publish workshop %1: it is no longer in your "
                               "library.")
                                .arg(localId));
            },
            Qt::QueuedConnection);
        return request;
    }
    return post(
        Request::Publish,
        [doc = std::move(*doc), path = m_laptop.libraryPath(), localId,
         onConflict](TeamWorker& worker) { return worker.publish(doc, path, localId, onConflict); },
        [this, localId](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                emit published(request, localId, outcome.published);
            else if (outcome.conflict)
                emit conflicted(request, localId, *outcome.conflict);
        });
}

int TeamClient::take(qint64 teamId) {
    return post(
        Request::Take, [teamId](TeamWorker& worker) { return worker.fetchCopy(teamId); },
        [this](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                imported(request, outcome);
        });
}

void TeamClient::imported(int request, const TeamOutcome& fetched) {
    const TeamLibrary::TeamCopy& copy = *fetched.copy;
    const auto localId = m_laptop.importWorkshop(copy.document);
    if (!localId) {
        emit failed(request, Request::Take,
                    tr("Could not take a copy of team workshop %1: %2 Your library was not "
                       "changed.")
                        .arg(copy.teamId)
                        .arg(m_laptop.lastError()));
        return;
    }
    // The copy is in the library: noting it on the server is best effort, and is the same
    // request as far as the caller knows.
    const qint64 id = *localId;
    const QString path = m_laptop.libraryPath();
    const qint64 teamId = copy.teamId;
    started(Request::Take);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, request, path, id, copy = fetched.copy, teamId] {
            TeamOutcome outcome = worker->noteTaken(path, id, *copy);
            QMetaObject::invokeMethod(
                this,
                [this, request, id, teamId, warning = outcome.warning] {
                    settled(Request::Take);
                    emit taken(request, id, teamId, warning);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

int TeamClient::withdraw(qint64 teamId) {
    return post(
        Request::Withdraw, [teamId](TeamWorker& worker) { return worker.withdraw(teamId); },
        [this, teamId](int request, const TeamOutcome& outcome) {
            if (outcome.ok)
                emit withdrawn(request, teamId);
        });
}

int TeamClient::productWorkshops(const QString& productKey, const QStringList& spellings,
                                 const QList<TeamLibrary::LaptopWorkshop>& own) {
    return post(
        Request::Product,
        [productKey, spellings, own, path = m_laptop.libraryPath()](TeamWorker& worker) {
            return worker.productWorkshops(productKey, spellings, path, own);
        },
        [this](int request, const TeamOutcome& outcome) {
            if (outcome.ok && outcome.product)
                emit productListed(request, *outcome.product);
        });
}
