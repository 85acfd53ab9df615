// RoomServer: the phones' WebSockets. Qt HttpServer 6.4 cannot refuse an upgrade, so every
// check (caps, Origin, Host, then the device token in the first message) runs after it, and
// a socket that fails one is closed at once.
#include "RoomServer.h"

#include "RoomProtocol.h"
#include "RoomView.h"
#include "session/WorkshopSession.h"

#include <QHttpServer>
#include <QWebSocket>

void RoomServer::acceptSockets() {
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = m_http->nextPendingWebSocketConnection();
        if (!owned)
            continue;
        QWebSocket* socket = owned.release();
        socket->setParent(this);
        // Deleted once gone, never before: a socket deleted while closing drops its last
        // message (the "closed" the phone needs to see).
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const QString address = socket->peerAddress().toString();
        const QUrl url = socket->requestUrl();
        const bool hostOk = QHostAddress(url.host()) == m_address && url.port() == m_port;
        const bool originOk = socket->origin().isEmpty() || socket->origin() == origin();
        const bool roomForIt = m_connections.size() < m_limits.maxSockets &&
                               socketsFrom(address) < m_limits.maxSocketsPerAddress;
        if (!hostOk || !originOk || !roomForIt) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            QTimer::singleShot(5000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(RoomProtocol::MaxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(RoomProtocol::MaxMessageBytes));
        Connection connection;
        connection.socket = socket;
        connection.address = address;
        connection.helloTimer = new QTimer(socket);
        connection.helloTimer->setSingleShot(true);
        connect(connection.helloTimer, &QTimer::timeout, this,
                [this, socket] { closeSocket(socket, QStringLiteral("unknown-device")); });
        connection.helloTimer->start(m_limits.helloTimeoutMs);
        m_connections.insert(socket, connection);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { received(socket, text.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray&) {
                    closeSocket(socket, QStringLiteral("unknown-device"));
                });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { dropped(socket); });
    }
}

int RoomServer::socketsFrom(const QString& address) const {
    int count = 0;
    for (const Connection& c : m_connections)
        if (c.address == address)
            ++count;
    return count;
}

void RoomServer::received(QWebSocket* socket, const QByteArray& frame) {
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (!it->deviceId.isEmpty()) {
        apply(*it, frame);
        return;
    }
    const RoomProtocol::Parsed parsed = RoomProtocol::parse(frame);
    if (!parsed.message || parsed.message->op != RoomProtocol::Op::Hello) {
        closeSocket(socket, QStringLiteral("unknown-device"));
        return;
    }
    hello(*it, parsed.message->token);
}

void RoomServer::hello(Connection& connection, const QString& token) {
    QWebSocket* socket = connection.socket;
    const RoomDevice* device = m_devices.byToken(token);
    if (!device) {
        closeSocket(socket, QStringLiteral("unknown-device"));
        return;
    }
    // One live socket per device: a reconnect replaces the old one. The old one is told
    // "replaced": when it is another tab of the same browser (the token lives in the
    // browser's storage), that tab stops reconnecting instead of taking the place back; the
    // same tab after a dropped link never reads it (it reads only its newest socket).
    QList<QWebSocket*> older;
    for (const Connection& c : std::as_const(m_connections))
        if (c.deviceId == device->id && c.socket != socket)
            older << c.socket;
    for (QWebSocket* old : std::as_const(older))
        closeSocket(old, QStringLiteral("replaced"));
    Connection& mine = m_connections[socket];
    mine.helloTimer->stop();
    mine.deviceId = device->id;
    mine.lastView.clear();
    if (!m_writeLimits.contains(device->id)) // reconnecting does not refill the bucket
        m_writeLimits.insert(device->id, RateLimit(m_limits.writesPerSecond, m_limits.writeBurst));
    ++m_revision;
    const RoomSnapshot room =
        RoomSnapshot::read(m_session, QDateTime::currentMSecsSinceEpoch(), &m_cards.cards());
    RoomStateFrames frames(room);
    pushTo(mine, frames);
    emit devicesChanged();
}

void RoomServer::apply(Connection& connection, const QByteArray& frame) {
    QWebSocket* socket = connection.socket;
    const QString deviceId = connection.deviceId;
    const RoomDevice* device = m_devices.byId(deviceId);
    if (!device) {
        closeSocket(socket, QStringLiteral("unknown-device"));
        return;
    }
    const RoomProtocol::Parsed parsed = RoomProtocol::parse(frame);
    auto limit = m_writeLimits.find(deviceId);
    if (limit != m_writeLimits.end() && !limit->take(nowMs())) {
        send(socket,
             RoomProtocol::frame(RoomProtocol::refusal(parsed.opId, RoomProtocol::slowDown())));
        return;
    }
    if (!parsed.message || parsed.message->op == RoomProtocol::Op::Hello) {
        send(socket,
             RoomProtocol::frame(RoomProtocol::refusal(
                 parsed.opId, parsed.message ? RoomProtocol::badMessage() : parsed.refusal)));
        return;
    }
    queueWrite(socket, deviceId, *parsed.message); // applied with the others of this pass
}

void RoomServer::send(QWebSocket* socket, const QByteArray& frame) {
    if (socket && socket->isValid())
        socket->sendTextMessage(QString::fromUtf8(frame));
}

void RoomServer::closeSocket(QWebSocket* socket, const QString& reason) {
    if (!m_connections.remove(socket))
        return;
    send(socket, RoomProtocol::frame(RoomProtocol::closed(reason)));
    socket->close(QWebSocketProtocol::CloseCodeNormal, reason);
    // A phone that never answers the close handshake is cut off.
    QTimer::singleShot(5000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    emit devicesChanged();
}

void RoomServer::closeDevice(const QString& deviceId, const QString& reason) {
    QList<QWebSocket*> sockets;
    for (const Connection& c : std::as_const(m_connections))
        if (c.deviceId == deviceId)
            sockets << c.socket;
    for (QWebSocket* socket : std::as_const(sockets))
        closeSocket(socket, reason);
    m_devices.remove(deviceId);
    m_writeLimits.remove(deviceId);
    emit devicesChanged();
}

void RoomServer::dropped(QWebSocket* socket) {
    if (m_connections.remove(socket))
        emit devicesChanged();
}
