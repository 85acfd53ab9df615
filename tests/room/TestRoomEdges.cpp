// The room's small edges (issue #17's leftovers): the icon browsers ask for on every load,
// the cap on connections from one address, so one device cannot exhaust the laptop, and
// answers that leave at once instead of waiting for the phone's TCP acknowledgement.
#include "RoomHarness.h"
#include "RoomListener.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace {

constexpr int WaitMs = 10'000;

// A raw keep-alive connection from `from` (an address of this machine) to the room.
std::unique_ptr<QTcpSocket> connection(RoomHarness& room, const QHostAddress& from) {
    auto socket = std::make_unique<QTcpSocket>();
    socket->setProxy(QNetworkProxy::NoProxy);
    if (!socket->bind(from))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, room.server().port());
    return socket;
}

// Sends GET `path` on `socket` and returns the answer's status line ("" when none came).
QByteArray statusLine(RoomHarness& room, QTcpSocket& socket, const QByteArray& path) {
    socket.readAll();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + room.server().shortUrl().toLatin1() +
                 "\r\n\r\n");
    QByteArray head;
    const bool answered = QTest::qWaitFor(
        [&] {
            head += socket.readAll();
            return head.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        WaitMs);
    if (!answered)
        return {};
    return head.left(head.indexOf("\r\n"));
}

HttpReply fetch(QNetworkAccessManager& network, const QUrl& url) {
    QNetworkRequest request(url);
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(WaitMs);
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

} // namespace

class TestRoomEdges : public QObject {
    Q_OBJECT

private slots:
    void servesTheIconForALongTime();
    void connectionsFromOneAddressAreCapped();
    void loopbackIsThisLaptopAndNotCapped();
    void answersLeaveWithoutWaiting();
};

void TestRoomEdges::servesTheIconForALongTime() {
    RoomHarness room;
    // Browsers ask for /favicon.ico on every load; the page links /icon.svg. Both are the
    // app's mark, kept by the browser for 30 days; every other header as for the page.
    for (const QString& path : {QStringLiteral("/favicon.ico"), QStringLiteral("/icon.svg")}) {
        const HttpReply icon = room.get(path);
        QCOMPARE(icon.status, 200);
        QCOMPARE(icon.headers.value("content-type"), QByteArray("image/svg+xml"));
        QVERIFY(icon.body.contains("<svg"));
        QVERIFY(icon.body.contains("#14213D")); // the brand's navy
        QCOMPARE(icon.headers.value("cache-control"), QByteArray("public, max-age=2592000"));
        QCOMPARE(icon.headers.value("content-security-policy"), QByteArray("default-src 'self'"));
        QCOMPARE(icon.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(icon.headers.value("x-frame-options"), QByteArray("DENY"));
    }
    QVERIFY(room.get(QStringLiteral("/"))
                .body.contains(R"(<link rel="icon" href="/icon.svg" type="image/svg+xml">)"));
    // Only the GET of those two paths: anything near them is still nothing, and not kept.
    for (const QString& path : {QStringLiteral("/favicon.png"), QStringLiteral("/icon.svg/x"),
                                QStringLiteral("/FAVICON.ICO")}) {
        const HttpReply other = room.get(path);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.headers.value("cache-control"), QByteArray("no-store"));
    }
    const HttpReply posted = room.post(QStringLiteral("/favicon.ico"), "{}");
    QCOMPARE(posted.status, 404);
    QCOMPARE(posted.headers.value("cache-control"), QByteArray("no-store"));
    // A wrong Host gets no icon either.
    const HttpReply misdirected =
        room.get(QStringLiteral("/favicon.ico"), {{"Host", "evil.example:80"}});
    QCOMPARE(misdirected.status, 421);
    QCOMPARE(misdirected.headers.value("cache-control"), QByteArray("no-store"));
}

void TestRoomEdges::connectionsFromOneAddressAreCapped() {
    RoomHarness room;
    RoomServer::Limits limits = room.server().limits();
    QCOMPARE(limits.maxConnectionsPerAddress, 32); // a phone needs about two
    limits.capLoopback = true;                     // every client here is on 127.0.0.1
    room.server().setLimits(limits);
    const QHostAddress here(QHostAddress::LocalHost);

    // 32 connections from one address, held open, each served.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 32; ++i) {
        held.push_back(connection(room, here));
        QVERIFY(held.back());
        QCOMPARE(statusLine(room, *held.back(), "/room.css"), QByteArray("HTTP/1.1 200 OK"));
    }

    // The 33rd: a clear 429 with the usual headers, then closed.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const HttpReply refused = fetch(network, room.url(QStringLiteral("/")));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(),
             QStringLiteral("too-many-connections"));
    QVERIFY(!refused.json.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(refused.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(refused.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(refused.headers.value("connection"), QByteArray("close"));
    auto extra = connection(room, here);
    QCOMPARE(statusLine(room, *extra, "/"), QByteArray("HTTP/1.1 429 Too Many Requests"));
    QTRY_COMPARE_WITH_TIMEOUT(extra->state(), QAbstractSocket::UnconnectedState, WaitMs);
    // A WebSocket from there is refused before its upgrade: it never opens.
    QWebSocket socket(QStringLiteral("http://") + room.server().shortUrl());
    socket.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy failed(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    socket.open(room.wsUrl());
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(connected.size(), 0);

    // The connections already open are unaffected, and so is every other address.
    QCOMPARE(statusLine(room, *held.front(), "/room.js"), QByteArray("HTTP/1.1 200 OK"));
    auto neighbour = connection(room, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(neighbour);
    QCOMPARE(statusLine(room, *neighbour, "/"), QByteArray("HTTP/1.1 200 OK"));

    // The cap counts connections open now: one closed makes room for one more.
    held.back()->disconnectFromHost();
    held.pop_back();
    QTRY_COMPARE_WITH_TIMEOUT(fetch(network, room.url(QStringLiteral("/"))).status, 200, WaitMs);
}

void TestRoomEdges::loopbackIsThisLaptopAndNotCapped() {
    RoomHarness room; // the default limits: this laptop's own browser and scripts go free
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 40; ++i) {
        held.push_back(connection(room, QHostAddress(QHostAddress::LocalHost)));
        QCOMPARE(statusLine(room, *held.back(), "/"), QByteArray("HTTP/1.1 200 OK"));
    }
    // A phone still joins and opens its live connection beside them.
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
}

// A phone that just got a state push owes the laptop a TCP acknowledgement and may hold it
// back for 40 ms or more (delayed ACK). With Nagle's algorithm on, the ack of its card would
// wait behind that push until then: in bench_room a quarter of the runs had dozens of
// acknowledgements at 45–55 ms and 90 ms. Every connection the room accepts (RoomServer
// listens through a RoomListener) sends at once.
void TestRoomEdges::answersLeaveWithoutWaiting() {
    RoomListener listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy arrived(&listener, &QTcpServer::newConnection);
    QTcpSocket phone;
    phone.setProxy(QNetworkProxy::NoProxy);
    phone.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(arrived.wait(WaitMs));
    std::unique_ptr<QTcpSocket> accepted(listener.nextPendingConnection());
    QVERIFY(accepted);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRoomEdges)
#include "TestRoomEdges.moc"
