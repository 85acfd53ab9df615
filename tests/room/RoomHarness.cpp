#include "RoomHarness.h"

#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
constexpr int WaitMs = 5000;
}

Phone::Phone(RoomHarness& room, const QString& origin)
    : m_room(room)
    , m_socket(origin == u"same" ? QStringLiteral("http://") + room.server().shortUrl() : origin) {
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        m_room.m_traffic.append(bytes);
        m_messages.append(QJsonDocument::fromJson(bytes).object());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

Phone::~Phone() {
    m_socket.abort();
}

bool Phone::connectTo() {
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(m_room.wsUrl());
    return connected.wait(WaitMs);
}

void Phone::sendText(const QByteArray& text) {
    m_socket.sendTextMessage(QString::fromUtf8(text));
}

void Phone::hello(const QString& token) {
    sendText(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("hello")},
                                       {QStringLiteral("token"), token}})
                 .toJson(QJsonDocument::Compact));
}

QString Phone::newOpId() {
    QByteArray raw(18, Qt::Uninitialized);
    QRandomGenerator::global()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

QJsonObject Phone::put(const QString& card, const QString& name, const QString& behaviour,
                       const QString& measure, const QString& definition, QString opId) {
    if (opId.isEmpty())
        opId = newOpId();
    const qsizetype from = m_messages.size(); // a retried id's earlier ack does not count
    sendText(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("card.put")},
                                       {QStringLiteral("id"), opId},
                                       {QStringLiteral("card"), card},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("behaviour"), behaviour},
                                       {QStringLiteral("measure"), measure},
                                       {QStringLiteral("definition"), definition}})
                 .toJson(QJsonDocument::Compact));
    return waitForAck(opId, from);
}

QJsonObject Phone::remove(const QString& card, QString opId) {
    if (opId.isEmpty())
        opId = newOpId();
    const qsizetype from = m_messages.size();
    sendText(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("card.delete")},
                                       {QStringLiteral("id"), opId},
                                       {QStringLiteral("card"), card}})
                 .toJson(QJsonDocument::Compact));
    return waitForAck(opId, from);
}

QJsonObject Phone::operation(QJsonObject message, QString opId) {
    if (opId.isEmpty())
        opId = newOpId();
    if (!message.contains(QLatin1String("id")))
        message.insert(QStringLiteral("id"), opId);
    const qsizetype from = m_messages.size();
    sendText(QJsonDocument(message).toJson(QJsonDocument::Compact));
    return waitForAck(message.value(QLatin1String("id")).toString(), from);
}

QJsonObject Phone::waitForAck(const QString& opId, qsizetype from) {
    QJsonObject found;
    qsizetype seen = from;
    (void)QTest::qWaitFor(
        [&] {
            for (; seen < m_messages.size(); ++seen) {
                const QJsonObject& m = m_messages.at(seen);
                if (m.value(QLatin1String("type")).toString() == u"ack" &&
                    m.value(QLatin1String("id")).toString() == opId) {
                    found = m;
                    return true;
                }
            }
            return false;
        },
        WaitMs);
    return found;
}

QJsonObject Phone::waitFor(const QString& type, qsizetype from) {
    qsizetype seen = from < 0 ? m_messages.size() : from;
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (; seen < m_messages.size(); ++seen)
                if (m_messages.at(seen).value(QLatin1String("type")).toString() == type) {
                    found = m_messages.at(seen);
                    return true;
                }
            return false;
        },
        WaitMs);
    return found;
}

QJsonObject Phone::latestState() const {
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it)
        if (it->value(QLatin1String("type")).toString() == u"state")
            return *it;
    return {};
}

QJsonObject Phone::waitForState(const std::function<bool(const QJsonObject&)>& accept) {
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            const QJsonObject state = latestState();
            if (!state.isEmpty() && accept(state)) {
                found = state;
                return true;
            }
            return false;
        },
        WaitMs);
    return found;
}

bool Phone::waitClosed() {
    return QTest::qWaitFor([this] { return m_closed; }, WaitMs);
}

RoomHarness::RoomHarness(int people, bool anonymous) {
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_workshopId = m_library.addWorkshop(QStringLiteral("Room test"), people);
    if (anonymous) {
        Workshop w = *store().workshop(m_workshopId);
        w.anonymous = true;
        store().updateWorkshop(w);
    }
    m_session = std::make_unique<WorkshopSession>(store(), m_clock, m_workshopId);
    m_server = std::make_unique<RoomServer>(*m_session);
    m_server->setClock(&m_clock);
    m_server->open(QHostAddress::LocalHost, 0);
    goTo(QString(StageKeys::Silent));
}

RoomHarness::~RoomHarness() {
    m_server.reset();
    m_session.reset();
}

QString RoomHarness::roomToken() const {
    const QString fragment = m_server->joinUrl().fragment();
    return fragment.startsWith(u"r=") ? fragment.mid(2) : QString();
}

QUrl RoomHarness::url(const QString& path) const {
    return QUrl(QStringLiteral("http://") + m_server->shortUrl() + path);
}

QUrl RoomHarness::wsUrl() const {
    return QUrl(QStringLiteral("ws://") + m_server->shortUrl() + QStringLiteral("/ws"));
}

namespace {

HttpReply finish(QNetworkReply* reply, QList<QByteArray>& traffic) {
    HttpReply result;
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(WaitMs);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.json = QJsonDocument::fromJson(result.body).object();
    traffic.append(result.body);
    for (const auto& pair : reply->rawHeaderPairs())
        traffic.append(pair.second);
    reply->deleteLater();
    return result;
}

} // namespace

namespace {

// Each request is a phone of its own: cookies are only sent when a test sends them.
QNetworkRequest phoneRequest(const QUrl& url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

} // namespace

HttpReply RoomHarness::get(const QString& path,
                           const QList<std::pair<QByteArray, QByteArray>>& headers) {
    QNetworkRequest request = phoneRequest(url(path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_network.get(request), m_traffic);
}

HttpReply RoomHarness::post(const QString& path, const QByteArray& body,
                            const QList<std::pair<QByteArray, QByteArray>>& headers, bool json) {
    QNetworkRequest request = phoneRequest(url(path));
    if (json)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_network.post(request, body), m_traffic);
}

HttpReply RoomHarness::postJson(const QString& path, const QJsonObject& body) {
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString RoomHarness::join(qint64 participantId, HttpReply* reply) {
    const HttpReply r =
        postJson(QStringLiteral("/join"), {{QStringLiteral("room"), roomToken()},
                                           {QStringLiteral("person"), participantId}});
    if (reply)
        *reply = r;
    return r.json.value(QLatin1String("token")).toString();
}

QString RoomHarness::joinNew(const QString& name, HttpReply* reply) {
    const HttpReply r = postJson(QStringLiteral("/join"), {{QStringLiteral("room"), roomToken()},
                                                           {QStringLiteral("newName"), name}});
    if (reply)
        *reply = r;
    return r.json.value(QLatin1String("token")).toString();
}

std::unique_ptr<Phone> RoomHarness::phone(const QString& token) {
    auto phone = std::make_unique<Phone>(*this);
    if (!phone->connectTo())
        return nullptr;
    phone->hello(token);
    if (phone->waitFor(QStringLiteral("state"), 0).isEmpty())
        return nullptr;
    return phone;
}

void RoomHarness::goTo(const QString& stageKey) {
    m_session->runner().goTo(stageKey);
}

void RoomHarness::setRevealed(bool revealed) {
    store().setStageRevealed(m_workshopId, QString(StageKeys::Silent), revealed);
}
