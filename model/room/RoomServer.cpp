// RoomServer: opening and closing the room, the devices the console manages, and pushing
// every device its view. HTTP is in RoomServerHttp.cpp, the WebSockets in
// RoomServerSocket.cpp, card writes in RoomCards.cpp.
#include "RoomServer.h"

#include "RoomListener.h"
#include "RoomProtocol.h"
#include "RoomView.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QWebSocket>

#include <algorithm>

namespace {

// No 0/O, 1/I/L: the code is read off a projector and typed on a phone.
constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

QString randomCode() {
    QString code;
    const int size = int(sizeof(CodeAlphabet)) - 1;
    for (int i = 0; i < 6; ++i)
        code.append(QLatin1Char(CodeAlphabet[QRandomGenerator::system()->bounded(size)]));
    return code;
}

} // namespace

RoomServer::RoomServer(WorkshopSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
    , m_cards(session.store(), session.workshopId()) {
    // Named for the event loop's probes (bench_room's gap probe).
    m_writeTimer.setObjectName(QStringLiteral("roomWrites"));
    m_pushTimer.setObjectName(QStringLiteral("roomPush"));
    m_sliceTimer.setObjectName(QStringLiteral("roomPushSlice"));
    m_pushTimer.setSingleShot(true);
    // A zero timer, not a queued call: a call queued while queued calls are being delivered
    // may run in the same pass, so a batch cut short by its budget would not let the loop
    // serve the sockets and the console in between.
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(0);
    connect(&m_writeTimer, &QTimer::timeout, this, &RoomServer::applyWrites);
    connect(&m_pushTimer, &QTimer::timeout, this, &RoomServer::push);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &RoomServer::pushSlice);
    connect(&session.store(), &WorkshopStore::changed, this, &RoomServer::storeChanged);
    AgendaRunner& runner = session.runner();
    connect(&runner, &AgendaRunner::stageChanged, this, &RoomServer::schedulePush);
    connect(&runner, &AgendaRunner::planChanged, this, &RoomServer::schedulePush);
    connect(&runner, &AgendaRunner::timerRunningChanged, this, &RoomServer::schedulePush);
    connect(&runner, &AgendaRunner::timeChanged, this, &RoomServer::timerMoved);
    connect(&session, &WorkshopSession::closing, this, &RoomServer::close);
}

RoomServer::~RoomServer() {
    close();
}

void RoomServer::setClock(const Clock* clock) {
    m_clock = clock ? clock : m_ownClock.get();
}

void RoomServer::setLimits(const Limits& limits) {
    m_limits = limits;
    if (m_listener) {
        m_listener->setMaxPerAddress(limits.maxConnectionsPerAddress);
        m_listener->setCapLoopback(limits.capLoopback);
    }
}

qint64 RoomServer::nowMs() const {
    return m_clock->monotonicMs();
}

bool RoomServer::open(const QHostAddress& address, quint16 port) {
    close();
    auto http = std::make_unique<QHttpServer>();
    auto* tcp = new RoomListener(http.get());
    tcp->setMaxPerAddress(m_limits.maxConnectionsPerAddress);
    tcp->setCapLoopback(m_limits.capLoopback);
    const bool listening = port == 0 ? tcp->listen(address, DefaultPort) || tcp->listen(address, 0)
                                     : tcp->listen(address, port);
    if (!listening) {
        m_error = tr("The room could not be opened on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port == 0 ? DefaultPort : port)
                      .arg(tcp->errorString());
        return false;
    }
    http->bind(tcp);
    m_http = std::move(http);
    m_listener = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    m_roomToken = RoomDevices::randomToken(16); // 128 bits
    m_code = randomCode();
    m_locked = false;
    m_error.clear();
    m_revision = 0;
    route();
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &RoomServer::acceptSockets);
    emit openChanged(true);
    return true;
}

void RoomServer::close() {
    if (!m_http)
        return;
    const QList<QWebSocket*> sockets = m_connections.keys();
    for (QWebSocket* socket : sockets)
        closeSocket(socket, QStringLiteral("room-closed"));
    m_connections.clear();
    m_writes.clear(); // not acknowledged: the phones resend them to the next room
    m_writeTimer.stop();
    m_devices.clear();
    m_writeLimits.clear();
    m_codeFailures.clear();
    m_pushTimer.stop();
    m_sliceTimer.stop();
    m_frames.reset();
    m_round.reset();
    m_cardBytes.reset();
    m_roundLeft.clear();
    m_cards.forget();
    m_listener = nullptr;
    m_http.reset(); // stops listening
    m_roomToken.clear();
    m_code.clear();
    m_locked = false;
    emit devicesChanged();
    emit openChanged(false);
}

bool RoomServer::isOpen() const {
    return m_http != nullptr;
}

QString RoomServer::shortUrl() const {
    if (!isOpen())
        return {};
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_address.toString() + u']'
                             : m_address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

QUrl RoomServer::joinUrl() const {
    if (!isOpen())
        return {};
    return QUrl(QStringLiteral("http://%1/#r=%2").arg(shortUrl(), m_roomToken));
}

void RoomServer::setLocked(bool locked) {
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit devicesChanged();
}

QList<RoomServer::Device> RoomServer::devices() const {
    QSet<QString> connected;
    for (const Connection& c : m_connections)
        if (!c.deviceId.isEmpty())
            connected.insert(c.deviceId);
    QList<Device> result;
    for (const RoomDevice& d : m_devices.all())
        result.append({d.id, d.participantId, d.name, connected.contains(d.id), d.waiting});
    return result;
}

void RoomServer::approve(const QString& deviceId) {
    RoomDevice* device = m_devices.byId(deviceId);
    if (!device || !device->waiting)
        return;
    WorkshopStore& store = m_session.store();
    Participant person;
    person.workshopId = m_session.workshopId();
    person.name = device->name;
    for (const Participant& p : store.participants(person.workshopId))
        person.position = std::max(person.position, p.position + 1);
    const QString name = device->name;
    const auto id = store.addParticipant(person); // may run listeners: look the device up again
    device = m_devices.byId(deviceId);
    if (!id || !device)
        return;
    device->participantId = *id;
    device->waiting = false;
    schedulePush();
    emit devicesChanged();
}

void RoomServer::decline(const QString& deviceId) {
    RoomDevice* device = m_devices.byId(deviceId);
    if (device && device->waiting)
        closeDevice(deviceId, QStringLiteral("declined"));
}

void RoomServer::release(qint64 participantId) {
    if (const RoomDevice* device = m_devices.byParticipant(participantId))
        closeDevice(device->id, QStringLiteral("released"));
}

void RoomServer::removeDevice(const QString& deviceId) {
    if (m_devices.byId(deviceId))
        closeDevice(deviceId, QStringLiteral("removed"));
}

QSet<qint64> RoomServer::takenPeople() const {
    QSet<qint64> taken;
    for (const RoomDevice& d : m_devices.all())
        if (d.participantId > 0)
            taken.insert(d.participantId);
    return taken;
}

void RoomServer::storeChanged(const WorkshopChanges& changes) {
    m_cards.changed(changes);
    const qint64 id = m_session.workshopId();
    if (!isOpen() || !changes.concerns(id))
        return;
    if (changes.has(ChangeKind::Roster)) { // a person left the roster: their phone goes too
        QSet<qint64> people;
        for (const Participant& p : m_session.store().participants(id))
            people.insert(p.id);
        QStringList gone;
        for (const RoomDevice& d : m_devices.all())
            if (d.participantId > 0 && !people.contains(d.participantId))
                gone << d.id;
        for (const QString& device : std::as_const(gone))
            closeDevice(device, QStringLiteral("released"));
    }
    if (changes.has(ChangeKinds(ChangeKind::Workshop) | ChangeKind::Roster |
                    ChangeKind::StageState | ChangeKind::Candidate | ChangeKind::Plan |
                    ChangeKind::Library | ChangeKind::Score | ChangeKind::Vote |
                    ChangeKind::WarmUp))
        schedulePush();
}

void RoomServer::timerMoved() {
    const Countdown& countdown = m_session.runner().countdown();
    // A running timer is extrapolated on the phone; only a jump or a new budget is news.
    if (countdown.budgetMs() != m_timerBudget ||
        (!countdown.isRunning() && countdown.elapsedMs() != m_timerElapsed))
        schedulePush();
}

void RoomServer::schedulePush() {
    if (!isOpen() || m_pushTimer.isActive())
        return;
    const qint64 since = nowMs() - m_lastPushMs;
    m_pushTimer.start(
        int(std::clamp<qint64>(m_limits.pushIntervalMs - since, 0, m_limits.pushIntervalMs)));
}

void RoomServer::push() {
    if (!isOpen())
        return;
    m_lastPushMs = nowMs();
    m_round = std::make_unique<RoomSnapshot>(
        RoomSnapshot::read(m_session, QDateTime::currentMSecsSinceEpoch(), &m_cards.cards()));
    m_frames.reset();
    if (!m_cardBytes || m_cardBytes->size() > 2 * m_round->cards.size() + 64)
        m_cardBytes = std::make_unique<RoomCardBytes>(); // drops the cards deleted meanwhile
    m_frames = std::make_unique<RoomStateFrames>(*m_round, m_cardBytes.get());
    m_timerBudget = m_round->plannedMs;
    m_timerElapsed = m_round->elapsedMs;
    ++m_revision;
    m_roundLeft.clear();
    for (const Connection& c : std::as_const(m_connections))
        if (!c.deviceId.isEmpty())
            m_roundLeft.append(c.socket);
    m_sliceTimer.start(); // the phones from the next pass: the read was this one's work
}

// One pass of the push in progress: phones until the budget is spent (at least one), the
// rest in the next pass. A socket gone since the push began is skipped.
void RoomServer::pushSlice() {
    if (!isOpen() || !m_round)
        return;
    QElapsedTimer spent;
    spent.start();
    bool sent = false;
    while (!m_roundLeft.isEmpty() && !(sent && spent.elapsed() >= m_limits.pushBudgetMs)) {
        const auto it = m_connections.find(m_roundLeft.takeFirst());
        if (it == m_connections.end() || it->deviceId.isEmpty())
            continue;
        pushTo(*it, *m_frames);
        sent = true;
    }
    if (!m_roundLeft.isEmpty())
        m_sliceTimer.start();
    else {
        m_frames.reset();
        m_round.reset();
    }
}

void RoomServer::pushTo(Connection& connection, RoomStateFrames& frames) {
    const RoomDevice* device = m_devices.byId(connection.deviceId);
    if (!device)
        return;
    RoomStateFrames::Frame frame = frames.frame(
        {device->id, device->participantId, device->name, device->waiting}, m_revision);
    if (frame.key == connection.lastView)
        return;
    connection.lastView = std::move(frame.key);
    send(connection.socket, frame.bytes);
}
