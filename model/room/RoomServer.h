#pragma once
// The room: a small web server on the laptop that the participants' phones join over the
// meeting room's network (PROTOCOL.md beside this file). It serves the phone page, hands
// out device tokens, and keeps one WebSocket per phone: phones send card operations, the
// server applies them through the workshop's store (not the console's undo history), the
// writes of one event-loop pass in one transaction, acknowledges each after the commit, and pushes
// every device its own view (RoomView) when anything changes, at most ten times a second. It runs
// on the GUI thread, like the store.
#include "RoomCardCache.h"
#include "RoomDevices.h"
#include "RoomProtocol.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

class Clock;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class RoomListener;
class RoomCardBytes;
class RoomStateFrames;
class QWebSocket;
class WorkshopSession;
namespace RoomJudgements {
class Batch;
}
struct RoomSnapshot;
struct WorkshopChanges;

class RoomServer : public QObject {
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 47123; // documented in README and man page

    // Limits that protect the laptop; the defaults serve a room of 60+ phones.
    struct Limits {
        int maxDevices = 100;           // joined devices (POST /join beyond: 503 full)
        int maxSockets = 240;           // open WebSockets in all
        int maxSocketsPerAddress = 120; // open WebSockets from one address
        // Connections (HTTP and WebSocket) open at once from one address; beyond: 429. A
        // phone needs about two. Loopback peers are this laptop itself (its browser, scripts,
        // benchmarks) and are not capped unless capLoopback (for tests).
        int maxConnectionsPerAddress = 32;
        bool capLoopback = false;
        int maxCodeFailuresPerMinute = 10; // wrong codes or tokens from one address
        double writesPerSecond = 10;       // per device, on average
        double writeBurst = 30;            // per device, at once
        int helloTimeoutMs = 10'000;       // a socket must say hello within this
        int pushIntervalMs = 100;          // state pushes at most this often
        // Phone writes that arrive in one pass of the event loop are applied in one
        // transaction; one batch stops taking more after this long and the rest go in the
        // next pass, so the console's event loop never waits long for the room.
        int writeBudgetMs = 6;
        // A state push sends to phones for at most this long in one pass of the event loop
        // and the rest of the room gets it in the next passes, so a large room never holds
        // the console up for a whole push.
        int pushBudgetMs = 4;
    };

    // Binds to one open workshop session: reads its store and its runner (stage, timer) and
    // writes through its store.
    explicit RoomServer(WorkshopSession& session, QObject* parent = nullptr);
    ~RoomServer() override; // closes

    // Listens on `address` only. Port 0 means DefaultPort, falling back to a free port when
    // it is taken. Returns false and sets errorString() when it cannot listen.
    bool open(const QHostAddress& address, quint16 port = 0);
    void close(); // every device token dies; phones get {"type":"closed"}
    bool isOpen() const;
    QString errorString() const { return m_error; }

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QUrl joinUrl() const;     // http://ADDRESS:PORT/#r=ROOMTOKEN (what the QR code holds)
    QString shortUrl() const; // "ADDRESS:PORT" as typed into a phone
    QString joinCode() const { return m_code; } // 6 characters

    bool isLocked() const { return m_locked; }
    void setLocked(bool locked); // a locked room accepts no new joins (resumes still work)

    struct Device {
        QString id;
        qint64 participantId; // 0 while waiting for approval
        QString name;
        bool connected;
        bool waiting;
    };
    QList<Device> devices() const;
    void approve(const QString& deviceId);
    void decline(const QString& deviceId);
    void release(qint64 participantId);
    void removeDevice(const QString& deviceId);

    // For tests and benchmarks: the clock the rate limits read, and the limits.
    void setClock(const Clock* clock);
    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }
    qint64 revision() const { return m_revision; }

signals:
    void devicesChanged();
    void openChanged(bool open);

private:
    struct Connection {
        QWebSocket* socket = nullptr;
        QString deviceId; // empty until hello
        QString address;
        QByteArray lastView; // the last state sent, without its revision
        QTimer* helloTimer = nullptr;
    };

    // HTTP (RoomServerHttp.cpp)
    void route();
    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse answer(const QHttpServerRequest& request);
    QHttpServerResponse roster(const QHttpServerRequest& request);
    QHttpServerResponse join(const QHttpServerRequest& request);
    bool hostIsMine(const QByteArray& host) const;
    QString origin() const; // "http://ADDRESS:PORT"
    bool keyIsGood(const QString& room, const QString& code, const QString& address);
    bool slowDown(const QString& address);

    // WebSocket (RoomServerSocket.cpp)
    void acceptSockets();
    void received(QWebSocket* socket, const QByteArray& frame);
    void hello(Connection& connection, const QString& token);
    void apply(Connection& connection, const QByteArray& frame);
    void send(QWebSocket* socket, const QByteArray& frame);
    void closeSocket(QWebSocket* socket, const QString& reason);
    void closeDevice(const QString& deviceId, const QString& reason);
    void dropped(QWebSocket* socket);
    int socketsFrom(const QString& address) const;

    // Phone writes, batched (RoomServerWrites.cpp)
    struct QueuedWrite {
        QPointer<QWebSocket> socket;
        QString deviceId;
        RoomProtocol::Message message;
        QByteArray reply; // the ack or refusal, once applied
    };
    void queueWrite(QWebSocket* socket, const QString& deviceId, RoomProtocol::Message message);
    void applyWrites();
    // `batch`: what the transaction's judgement writes read alike (null: read afresh).
    QByteArray write(const QueuedWrite& queued, RoomJudgements::Batch* batch);

    // Pushing state (RoomServer.cpp)
    void storeChanged(const WorkshopChanges& changes);
    void timerMoved();
    void schedulePush();
    void push();
    void pushSlice();
    void pushTo(Connection& connection, RoomStateFrames& frames);
    QSet<qint64> takenPeople() const;
    qint64 nowMs() const;

    WorkshopSession& m_session;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock;
    Limits m_limits;
    std::unique_ptr<QHttpServer> m_http;
    RoomListener* m_listener = nullptr; // owned by m_http
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    QString m_roomToken;
    QString m_code;
    bool m_locked = false;
    RoomDevices m_devices;
    QHash<QWebSocket*, Connection> m_connections;
    QHash<QString, RateLimit> m_writeLimits;      // by device id
    QHash<QString, QList<qint64>> m_codeFailures; // by address: times of wrong keys
    qint64 m_revision = 0;
    QList<QueuedWrite> m_writes; // received, not applied yet
    QTimer m_writeTimer;         // applies them once the event loop has read the sockets
    QTimer m_pushTimer;
    qint64 m_lastPushMs = -1'000'000;
    // The push in progress: the state it read and the sockets still to send it to. A phone
    // whose write is acknowledged meanwhile is taken off the list: the state read before its
    // write must not follow the acknowledgement (the phone would drop the card it was told
    // is saved); the next push, which the write scheduled, brings it.
    RoomCardCache m_cards; // the silent cards, read again only where a commit changed them
    std::unique_ptr<RoomSnapshot> m_round;
    std::unique_ptr<RoomStateFrames> m_frames;  // m_round's messages, their shared parts once
    std::unique_ptr<RoomCardBytes> m_cardBytes; // the phones' own cards, push to push
    QList<QWebSocket*> m_roundLeft;
    QTimer m_sliceTimer;
    bool m_timerRunning = false;
    qint64 m_timerElapsed = 0;
    qint64 m_timerSentAt = 0;
    qint64 m_timerBudget = 0;
};
