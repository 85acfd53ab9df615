#pragma once
// The room's listening socket: a QTcpServer that caps the connections open at once from one
// address (HTTP and WebSocket alike: an upgraded WebSocket keeps its TCP connection), so one
// device cannot exhaust the laptop. A phone needs about two. A connection beyond the cap is
// answered `429 {"error":"too-many-connections"}` once its request has arrived, and closed;
// nothing else sees it, and every other address is served as before.
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

class RoomListener : public QTcpServer {
    Q_OBJECT

public:
    explicit RoomListener(QObject* parent = nullptr);

    // At most this many connections open at once from one address (0: no cap).
    void setMaxPerAddress(int cap) { m_cap = cap; }
    // Whether the cap applies to loopback peers, which are this laptop itself (its own
    // browser, scripts, benchmarks): by default it does not. Tests turn it on.
    void setCapLoopback(bool on) { m_capLoopback = on; }
    int openFrom(const QString& address); // connections open now from `address`

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void refuse(QTcpSocket* socket);

    int m_cap = 32;
    bool m_capLoopback = false;
    QHash<QString, QList<QPointer<QTcpSocket>>> m_open; // by peer address
};
