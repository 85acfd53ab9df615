#include "RoomListener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {
// A refused connection's request is read (and dropped) up to this much, so that closing it
// does not reset the connection before the client has read the answer.
constexpr qint64 MaxRefusedRequest = 64 * 1024;
constexpr int RefusedLingerMs = 5000;
} // namespace

RoomListener::RoomListener(QObject* parent)
    : QTcpServer(parent) {}

int RoomListener::openFrom(const QString& address) {
    // Every address is swept, so addresses that have gone leave nothing behind.
    for (auto it = m_open.begin(); it != m_open.end();) {
        it->removeIf([](const QPointer<QTcpSocket>& socket) {
            return !socket || socket->state() == QAbstractSocket::UnconnectedState;
        });
        it = it->isEmpty() ? m_open.erase(it) : std::next(it);
    }
    return int(m_open.value(address).size());
}

void RoomListener::incomingConnection(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Small answers leave at once (no Nagle): an ack sent right after a state push would
    // otherwise wait for the phone's TCP acknowledgement of the push, which a phone may
    // delay by 40 ms or more.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress peer = socket->peerAddress();
    const QString address = peer.toString();
    const bool capped = m_cap > 0 && (m_capLoopback || !peer.isLoopback());
    if (capped && openFrom(address) >= m_cap) {
        refuse(socket);
        return;
    }
    // Counted until it is closed or deleted, whoever owns it then (the HTTP server, or the
    // WebSocket it was upgraded to).
    m_open[address].append(QPointer<QTcpSocket>(socket));
    addPendingConnection(socket);
}

void RoomListener::refuse(QTcpSocket* socket) {
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("error"), QStringLiteral("too-many-connections")},
                {QStringLiteral("message"), tr("Too many connections from this device. Close "
                                               "some tabs, then try again.")},
            })
            .toJson(QJsonDocument::Compact);
    const QByteArray answer = "HTTP/1.1 429 Too Many Requests\r\n"
                              "Content-Type: application/json; charset=utf-8\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) +
                              "\r\n"
                              "Connection: close\r\n"
                              "Retry-After: 5\r\n"
                              "Cache-Control: no-store\r\n"
                              "Content-Security-Policy: default-src 'self'\r\n"
                              "X-Content-Type-Options: nosniff\r\n"
                              "Referrer-Policy: no-referrer\r\n"
                              "X-Frame-Options: DENY\r\n\r\n" +
                              body;
    // Answer once the request's head has arrived (an answer before it may be lost to a reset),
    // then close; a client that sends nothing is cut off after a while.
    auto request = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    const auto readAndAnswer = [socket, request, answered, answer] {
        const QByteArray chunk = socket->readAll();
        if (*answered || request->size() >= MaxRefusedRequest)
            return;
        request->append(chunk);
        if (request->contains("\r\n\r\n") || request->size() >= MaxRefusedRequest) {
            *answered = true;
            socket->write(answer);
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::readyRead, socket, readAndAnswer);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusedLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        readAndAnswer();
}
