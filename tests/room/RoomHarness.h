#pragma once
// A real room on 127.0.0.1 for one test: a library in a temporary folder, a workshop, its
// session and an open RoomServer, with HTTP and WebSocket clients that record every byte
// they receive (for the privacy crawl). Waits are event-loop waits, never sleeps.
#include "RoomServer.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "session/WorkshopSession.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QWebSocket>

#include <memory>

struct HttpReply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class RoomHarness;

// One phone's live connection.
class Phone : public QObject {
    Q_OBJECT

public:
    explicit Phone(RoomHarness& room, const QString& origin = QStringLiteral("same"));
    ~Phone() override;

    bool connectTo(); // opens /ws; true once connected
    void sendText(const QByteArray& text);
    void hello(const QString& token);
    // Sends an operation; returns its ack (or an empty object after a timeout).
    QJsonObject put(const QString& card, const QString& name, const QString& behaviour = {},
                    const QString& measure = {}, const QString& definition = {}, QString opId = {});
    QJsonObject remove(const QString& card, QString opId = {});
    // Any operation (issue #18: score.put, dot.place, ...): `message` without "id" gets a new
    // one (or `opId`); returns its ack.
    QJsonObject operation(QJsonObject message, QString opId = {});
    // The ack for `opId` among the messages from index `from` on.
    QJsonObject waitForAck(const QString& opId, qsizetype from = 0);
    // The first message of `type` received from now (or after index `from`), waiting.
    QJsonObject waitFor(const QString& type, qsizetype from = -1);
    // The latest state message received, waiting for one newer than index `after`.
    QJsonObject latestState() const;
    QJsonObject waitForState(const std::function<bool(const QJsonObject&)>& accept);
    bool waitClosed();
    qsizetype count() const { return m_messages.size(); }
    const QList<QJsonObject>& messages() const { return m_messages; }
    QWebSocket& socket() { return m_socket; }
    static QString newOpId();

private:
    RoomHarness& m_room;
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
};

class RoomHarness {
public:
    explicit RoomHarness(int people = 3, bool anonymous = false);
    ~RoomHarness();

    bool isOpen() const { return m_server && m_server->isOpen(); }
    TestLibrary& library() { return m_library; }
    WorkshopStore& store() { return m_library.store(); }
    WorkshopSession& session() { return *m_session; }
    RoomServer& server() { return *m_server; }
    ManualClock& clock() { return m_clock; }
    qint64 workshopId() const { return m_workshopId; }
    QList<Participant> people() { return store().participants(m_workshopId); }
    QString roomToken() const; // from the join link
    QUrl url(const QString& path) const;
    QUrl wsUrl() const;

    HttpReply get(const QString& path,
                  const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpReply post(const QString& path, const QByteArray& body,
                   const QList<std::pair<QByteArray, QByteArray>>& headers = {}, bool json = true);
    HttpReply postJson(const QString& path, const QJsonObject& body);
    // Joins as roster person `participantId` (or a new name); returns the token ("" on failure).
    QString join(qint64 participantId, HttpReply* reply = nullptr);
    QString joinNew(const QString& name, HttpReply* reply = nullptr);
    // A connected phone that said hello with `token` and got its first state.
    std::unique_ptr<Phone> phone(const QString& token);

    void goTo(const QString& stageKey);
    void setRevealed(bool revealed);

    // Every HTTP body and WebSocket message any client received, for the privacy crawl.
    QList<QByteArray>& traffic() { return m_traffic; }

private:
    TestLibrary m_library;
    ManualClock m_clock;
    qint64 m_workshopId = 0;
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<RoomServer> m_server;
    QNetworkAccessManager m_network;
    QList<QByteArray> m_traffic;

    friend class Phone;
};
