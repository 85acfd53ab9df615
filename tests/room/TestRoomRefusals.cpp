// Every refusal the issue lists: bad input from the network gets a clear answer and
// changes nothing.
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomRefusals : public QObject {
    Q_OBJECT

private slots:
    void badMessagesAreRefused_data();
    void badMessagesAreRefused();
    void tooLongTextIsRefused();
    void badJudgementsAreRefused_data();
    void badJudgementsAreRefused();
    void oversizedMessageClosesTheSocket();
    void writeOutsideItsStage();
    void somebodyElsesCard();
    void staleAndForgedTokens();
    void wrongOriginOrHost();
    void httpRefusals();
    void wrongCodesAreRateLimited();
    void writesAreRateLimited();
    void helloMustComeInTime();
    void connectionAndDeviceCaps();
};

namespace {

int cardCount(RoomHarness& room) {
    return int(room.store().candidates(room.workshopId()).size());
}

} // namespace

void TestRoomRefusals::badMessagesAreRefused_data() {
    QTest::addColumn<QByteArray>("frame");
    const QByteArray id = "\"id\":\"op-0123456789abcdef\"";
    QTest::newRow("not JSON") << QByteArray("{op: card.put");
    QTest::newRow("not an object") << QByteArray("[1,2,3]");
    QTest::newRow("unknown op") << QByteArray("{\"op\":\"score.set\"," + id + "}");
    QTest::newRow("no op") << QByteArray("{" + id + ",\"card\":\"p-0123456789abcdef\"}");
    QTest::newRow("member twice") << QByteArray(
        "{\"op\":\"card.put\"," + id +
        ",\"card\":\"p-0123456789abcdef\",\"name\":\"a\",\"name\":\"b\"}");
    QTest::newRow("raw control character") << QByteArray(
        "{\"op\":\"card.put\"," + id + ",\"card\":\"p-0123456789abcdef\",\"name\":\"a\x01b\"}");
    QTest::newRow("NUL escaped") << QByteArray(
        "{\"op\":\"card.put\"," + id + ",\"card\":\"p-0123456789abcdef\",\"name\":\"a\\u0000b\"}");
    QTest::newRow("unknown member") << QByteArray(
        "{\"op\":\"card.put\"," + id + ",\"card\":\"p-0123456789abcdef\",\"authorId\":7}");
    QTest::newRow("text not a string") << QByteArray(
        "{\"op\":\"card.put\"," + id + ",\"card\":\"p-0123456789abcdef\",\"name\":{\"x\":1}}");
    QTest::newRow("op id too short")
        << QByteArray("{\"op\":\"card.put\",\"id\":\"short\",\"card\":\"p-0123456789abcdef\"}");
    QTest::newRow("op id with a quote") << QByteArray(
        "{\"op\":\"card.put\",\"id\":\"op-0123456789abc'ef\",\"card\":\"p-0123456789abcdef\"}");
    QTest::newRow("no op id") << QByteArray(
        "{\"op\":\"card.put\",\"card\":\"p-0123456789abcdef\"}");
    QTest::newRow("phone key too short")
        << QByteArray("{\"op\":\"card.put\"," + id + ",\"card\":\"p-short\"}");
    QTest::newRow("card key not a number")
        << QByteArray("{\"op\":\"card.put\"," + id + ",\"card\":\"c12x\"}");
    QTest::newRow("card key zero")
        << QByteArray("{\"op\":\"card.delete\"," + id + ",\"card\":\"c0\"}");
    QTest::newRow("card key huge")
        << QByteArray("{\"op\":\"card.delete\"," + id + ",\"card\":\"c99999999999999999\"}");
    QTest::newRow("hello again") << QByteArray("{\"op\":\"hello\",\"token\":\"x\"}");
}

void TestRoomRefusals::badMessagesAreRefused() {
    QFETCH(QByteArray, frame);
    RoomHarness room;
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    const qsizetype before = phone->count();
    phone->sendText(frame);
    const QJsonObject ack = phone->waitFor(u"ack"_s, before);
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(ack.value(QLatin1String("error")).toString(), u"bad-message"_s);
    QVERIFY(!ack.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(cardCount(room), 0);
    // The socket is still fine for good messages.
    QVERIFY(phone->put(u"p-after-the-bad-one"_s, u"fine"_s).value(QLatin1String("ok")).toBool());
}

// Scoring and voting (issue #18): a card, criterion, answer or flag that does not parse is
// bad-message, and nothing is written.
void TestRoomRefusals::badJudgementsAreRefused_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QByteArray>("frame"); // CARD is replaced by a real candidate's key
    const QString score = StageKeys::Score;
    const QString decide = StageKeys::Decide;
    const QByteArray id = "\"id\":\"op-0123456789abcdef\"";
    const QByteArray put = "{\"op\":\"score.put\"," + id + ",\"card\":\"CARD\",";
    QTest::newRow("unknown criterion")
        << score << put + "\"criterion\":\"velocity\",\"answer\":\"yes\"}";
    QTest::newRow("criterion with an emoji")
        << score << put + "\"criterion\":\"value\xF0\x9F\x9A\x80\",\"answer\":\"yes\"}";
    QTest::newRow("criterion right to left")
        << score << put + "\"criterion\":\"\xD9\x82\xD9\x8A\xD9\x85\xD8\xA9\",\"answer\":\"yes\"}";
    QTest::newRow("criterion huge")
        << score << put + "\"criterion\":\"" + QByteArray(100000, 'v') + "\",\"answer\":\"yes\"}";
    QTest::newRow("criterion not a string") << score << put + "\"criterion\":7,\"answer\":\"yes\"}";
    QTest::newRow("no criterion") << score << put + "\"answer\":\"yes\"}";
    QTest::newRow("answer maybe") << score << put + "\"criterion\":\"value\",\"answer\":\"maybe\"}";
    QTest::newRow("answer in capitals")
        << score << put + "\"criterion\":\"value\",\"answer\":\"YES\"}";
    QTest::newRow("answer a number") << score << put + "\"criterion\":\"value\",\"answer\":2}";
    QTest::newRow("answer null") << score << put + "\"criterion\":\"value\",\"answer\":null}";
    QTest::newRow("no answer") << score << put + "\"criterion\":\"value\"}";
    QTest::newRow("somebody else's answer")
        << score << put + "\"criterion\":\"value\",\"answer\":\"yes\",\"participant\":2}";
    QTest::newRow("score with a phone key")
        << score
        << QByteArray(
               "{\"op\":\"score.put\"," + id +
               ",\"card\":\"p-0123456789abcdef\",\"criterion\":\"value\",\"answer\":\"yes\"}");
    QTest::newRow("score without a card")
        << score
        << QByteArray("{\"op\":\"score.put\"," + id +
                      ",\"criterion\":\"value\",\"answer\":\"yes\"}");
    QTest::newRow("score without an id")
        << score
        << QByteArray("{\"op\":\"score.put\",\"card\":\"CARD\",\"criterion\":\"value\",\"answer\":"
                      "\"yes\"}");
    QTest::newRow("dot without a card")
        << decide << QByteArray("{\"op\":\"dot.place\"," + id + "}");
    QTest::newRow("dot on c0") << decide
                               << QByteArray("{\"op\":\"dot.place\"," + id + ",\"card\":\"c0\"}");
    QTest::newRow("dot on a number")
        << decide << QByteArray("{\"op\":\"dot.place\"," + id + ",\"card\":41}");
    QTest::newRow("dot with a count")
        << decide << QByteArray("{\"op\":\"dot.place\"," + id + ",\"card\":\"CARD\",\"dots\":3}");
    QTest::newRow("dot removed by phone key")
        << decide
        << QByteArray("{\"op\":\"dot.remove\"," + id + ",\"card\":\"p-0123456789abcdef\"}");
    QTest::newRow("done as text") << decide
                                  << QByteArray("{\"op\":\"vote.done\"," + id +
                                                ",\"done\":\"yes\"}");
    QTest::newRow("done as a number")
        << decide << QByteArray("{\"op\":\"vote.done\"," + id + ",\"done\":1}");
    QTest::newRow("done missing") << decide << QByteArray("{\"op\":\"vote.done\"," + id + "}");
    QTest::newRow("done with a card")
        << decide
        << QByteArray("{\"op\":\"vote.done\"," + id + ",\"done\":true,\"card\":\"CARD\"}");
    QTest::newRow("done twice") << decide
                                << QByteArray("{\"op\":\"vote.done\"," + id +
                                              ",\"done\":true,\"done\":false}");
}

void TestRoomRefusals::badJudgementsAreRefused() {
    QFETCH(QString, stage);
    QFETCH(QByteArray, frame);
    RoomHarness room;
    const qint64 card =
        *room.store().addCandidate(makeCandidate(room.workshopId(), u"On the list"_s));
    room.setRevealed(true);
    Workshop w = *room.store().workshop(room.workshopId());
    w.checklistPerPerson = true;
    QVERIFY(room.store().updateWorkshop(w));
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    room.goTo(stage);
    const QByteArray key = RoomProtocol::keyOfCandidate(card).toUtf8();
    const qsizetype before = phone->count();
    phone->sendText(QByteArray(frame).replace("CARD", key));
    const QJsonObject ack = phone->waitFor(u"ack"_s, before);
    QCOMPARE(ack.value(QLatin1String("error")).toString(), u"bad-message"_s);
    QVERIFY(!ack.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(room.store().checklistScores(room.workshopId()).isEmpty());
    QVERIFY(room.store().votes(room.workshopId()).isEmpty());
    QVERIFY(room.store().votesDone(room.workshopId()).isEmpty());
    // The socket is still fine for a good one.
    const QJsonObject good =
        stage == StageKeys::Score
            ? phone->operation({{u"op"_s, u"score.put"_s},
                                {u"card"_s, QString::fromUtf8(key)},
                                {u"criterion"_s, Playbook::standard().checklist().first().key},
                                {u"answer"_s, u"yes"_s}})
            : phone->operation({{u"op"_s, u"dot.place"_s}, {u"card"_s, QString::fromUtf8(key)}});
    QVERIFY2(good.value(QLatin1String("ok")).toBool(), QJsonDocument(good).toJson().constData());
}

void TestRoomRefusals::tooLongTextIsRefused() {
    RoomHarness room;
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    QJsonObject ack = phone->put(u"p-too-long-name-001"_s, QString(201, u'x'));
    QCOMPARE(ack.value(QLatin1String("error")).toString(), u"too-long"_s);
    ack = phone->put(u"p-too-long-text-001"_s, u"ok"_s, QString(20001, u'y'));
    QCOMPARE(ack.value(QLatin1String("error")).toString(), u"too-long"_s);
    QCOMPARE(cardCount(room), 0);
    // At the limits exactly: accepted.
    ack = phone->put(u"p-at-the-limits-01"_s, QString(200, u'n'), QString(20000, u'b'),
                     QString(20000, u'm'), QString(20000, u'd'));
    QVERIFY(ack.value(QLatin1String("ok")).toBool());
    QCOMPARE(cardCount(room), 1);
}

void TestRoomRefusals::oversizedMessageClosesTheSocket() {
    RoomHarness room;
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    const QByteArray huge = "{\"op\":\"card.put\",\"id\":\"op-0123456789abcdef\",\"card\":"
                            "\"p-0123456789abcdef\",\"name\":\"" +
                            QByteArray(RoomProtocol::MaxMessageBytes, 'x') + "\"}";
    phone->sendText(huge);
    QVERIFY(phone->waitClosed());
    QCOMPARE(cardCount(room), 0);
}

void TestRoomRefusals::writeOutsideItsStage() {
    RoomHarness room;
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    const QString card =
        phone->put(u"p-written-in-time1"_s, u"early"_s).value(QLatin1String("card")).toString();
    room.setRevealed(true);
    QCOMPARE(
        phone->put(u"p-after-the-reveal"_s, u"late"_s).value(QLatin1String("error")).toString(),
        u"not-now"_s);
    QCOMPARE(phone->put(card, u"edited late"_s).value(QLatin1String("error")).toString(),
             u"not-now"_s);
    QCOMPARE(phone->remove(card).value(QLatin1String("error")).toString(), u"not-now"_s);
    room.setRevealed(false);
    room.goTo(QString(StageKeys::Pairs));
    QCOMPARE(
        phone->put(u"p-in-another-stage"_s, u"late"_s).value(QLatin1String("error")).toString(),
        u"not-now"_s);
    QCOMPARE(cardCount(room), 1);
    QCOMPARE(room.store().candidate(RoomProtocol::candidateOfKey(card))->name, u"early"_s);
}

void TestRoomRefusals::somebodyElsesCard() {
    RoomHarness room(3);
    const QList<Participant> people = room.people();
    auto aisha = room.phone(room.join(people[0].id));
    auto ben = room.phone(room.join(people[1].id));
    QVERIFY(aisha && ben);
    const QString bensCard =
        ben->put(u"p-bens-own-card-01"_s, u"Ben's"_s).value(QLatin1String("card")).toString();
    QCOMPARE(aisha->put(bensCard, u"hijacked"_s).value(QLatin1String("error")).toString(),
             u"not-yours"_s);
    QCOMPARE(aisha->remove(bensCard).value(QLatin1String("error")).toString(), u"not-yours"_s);
    // Ben's phone key means nothing to Aisha: she gets a card of her own.
    const QString aishasCard =
        aisha->put(u"p-bens-own-card-01"_s, u"Aisha's"_s).value(QLatin1String("card")).toString();
    QVERIFY(aishasCard != bensCard);
    // Not a silent-brainstorm card: not hers either, even without an author.
    Candidate pair = makeCandidate(room.workshopId(), u"pair card"_s, CandidateKind::Pair);
    const qint64 pairId = *room.store().addCandidate(pair);
    QCOMPARE(aisha->put(RoomProtocol::keyOfCandidate(pairId), u"x"_s)
                 .value(QLatin1String("error"))
                 .toString(),
             u"not-yours"_s);
    QCOMPARE(aisha->put(u"c987654"_s, u"x"_s).value(QLatin1String("error")).toString(),
             u"not-yours"_s);
    QCOMPARE(room.store().candidate(RoomProtocol::candidateOfKey(bensCard))->name, u"Ben's"_s);
    QCOMPARE(room.store().candidate(pairId)->name, u"pair card"_s);
}

void TestRoomRefusals::staleAndForgedTokens() {
    RoomHarness room;
    for (const QString& token :
         {u"forged-token-that-was-never-issued-by-room"_s, QString(), QString(43, u'A')}) {
        Phone phone(room);
        QVERIFY(phone.connectTo());
        phone.hello(token);
        QCOMPARE(phone.waitFor(u"closed"_s, 0).value(QLatin1String("reason")).toString(),
                 u"unknown-device"_s);
        QVERIFY(phone.waitClosed());
    }
    // A card operation before hello: closed too.
    Phone early(room);
    QVERIFY(early.connectTo());
    early.sendText(
        "{\"op\":\"card.put\",\"id\":\"op-0123456789abcdef\",\"card\":\"p-0123456789abcdef\"}");
    QCOMPARE(early.waitFor(u"closed"_s, 0).value(QLatin1String("reason")).toString(),
             u"unknown-device"_s);
    QCOMPARE(cardCount(room), 0);
    QVERIFY(room.server().devices().isEmpty());
}

void TestRoomRefusals::wrongOriginOrHost() {
    RoomHarness room;
    const QString token = room.join(room.people().first().id);
    Phone foreign(room, u"http://evil.example"_s);
    foreign.connectTo(); // the upgrade completes (Qt 6.4), then the socket is closed at once
    QVERIFY(foreign.waitClosed());
    QVERIFY(foreign.messages().isEmpty());
    // A page on another port of the same laptop is another origin.
    Phone otherPort(room, u"http://127.0.0.1:1"_s);
    otherPort.connectTo();
    QVERIFY(otherPort.waitClosed());

    // A Host naming another server (DNS rebinding): the upgrade completes, then the socket
    // is closed. Written by hand: a WebSocket client always sends the URL's own Host.
    QTcpSocket rebound;
    rebound.setProxy(QNetworkProxy::NoProxy);
    rebound.connectToHost(QHostAddress::LocalHost, room.server().port());
    QVERIFY(rebound.waitForConnected(5000));
    rebound.write(
        "GET /ws HTTP/1.1\r\nHost: rebound.example:" + QByteArray::number(room.server().port()) +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n");
    QSignalSpy gone(&rebound, &QTcpSocket::disconnected);
    QVERIFY(gone.wait(5000));

    // The same over HTTP.
    const QByteArray join = QJsonDocument(QJsonObject{{u"room"_s, room.roomToken()},
                                                      {u"person"_s, room.people()[1].id}})
                                .toJson();
    HttpReply reply = room.post(u"/join"_s, join, {{"Origin", "http://evil.example"}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), u"bad-origin"_s);
    reply = room.post(u"/join"_s, join, {{"Host", "rebound.example"}});
    QCOMPARE(reply.status, 421);
    reply = room.get(u"/"_s, {{"Host", "rebound.example"}});
    QCOMPARE(reply.status, 421);
    QVERIFY(!reply.body.contains("<html"));
    QCOMPARE(room.server().devices().size(), 1); // only the first join
    // The right origin is fine.
    reply = room.post(u"/join"_s, join,
                      {{"Origin", (u"http://"_s + room.server().shortUrl()).toLatin1()}});
    QCOMPARE(reply.status, 200);
    Q_UNUSED(token);
}

void TestRoomRefusals::httpRefusals() {
    RoomHarness room;
    const QByteArray roster = QJsonDocument(QJsonObject{{u"room"_s, room.roomToken()}}).toJson();
    QCOMPARE(room.post(u"/roster"_s, roster, {}, false).status, 415); // no JSON type
    QCOMPARE(room.post(u"/roster"_s, "{\"room\":", {}).status, 400);  // malformed
    QCOMPARE(room.post(u"/roster"_s, "{\"room\":\"a\",\"room\":\"b\"}", {}).status, 400);
    QCOMPARE(room.post(u"/roster"_s, "{\"room\":\"a\",\"extra\":1}", {}).status, 400);
    QCOMPARE(
        room.post(u"/roster"_s, "{\"room\":\"" + QByteArray(17 * 1024, 'a') + "\"}", {}).status,
        413);
    const HttpReply wrong = room.postJson(u"/roster"_s, {{u"room"_s, u"not-the-token"_s}});
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.json.value(QLatin1String("error")).toString(), u"bad-code"_s);
    QVERIFY(!wrong.json.contains(QLatin1String("people")));
    QCOMPARE(room.postJson(u"/join"_s, {{u"room"_s, room.roomToken()}}).status, 400); // nobody
    QCOMPARE(
        room.postJson(u"/join"_s, {{u"room"_s, room.roomToken()}, {u"person"_s, 987654}}).status,
        404);
    HttpReply reply;
    room.joinNew(QString(201, u'z'), &reply);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), u"too-long"_s);
    room.joinNew(u"Nul\u0000Name"_s, &reply);
    QCOMPARE(reply.status, 400);
    room.joinNew(u"   "_s, &reply);
    QCOMPARE(reply.status, 400);
    QVERIFY(room.server().devices().isEmpty());
    QCOMPARE(room.get(u"/join"_s).status, 404); // GET is not a join
}

void TestRoomRefusals::wrongCodesAreRateLimited() {
    RoomHarness room;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(room.postJson(u"/roster"_s, {{u"code"_s, u"WRONG1"_s}}).status, 403);
    // Now even the right code waits: guessing is too slow to matter.
    const HttpReply limited = room.postJson(u"/roster"_s, {{u"code"_s, room.server().joinCode()}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QLatin1String("error")).toString(), u"slow-down"_s);
    QCOMPARE(room.postJson(u"/join"_s, {{u"code"_s, room.server().joinCode()},
                                        {u"person"_s, room.people().first().id}})
                 .status,
             429);
    room.clock().advance(60'000);
    QCOMPARE(room.postJson(u"/roster"_s, {{u"code"_s, room.server().joinCode()}}).status, 200);
}

void TestRoomRefusals::writesAreRateLimited() {
    RoomHarness room;
    RoomServer::Limits limits = room.server().limits();
    limits.writesPerSecond = 2;
    limits.writeBurst = 3;
    room.server().setLimits(limits);
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    for (int i = 0; i < 3; ++i)
        QVERIFY(phone->put(u"p-burst-card-00000%1"_s.arg(i), u"ok"_s)
                    .value(QLatin1String("ok"))
                    .toBool());
    QCOMPARE(phone->put(u"p-burst-card-000009"_s, u"too fast"_s)
                 .value(QLatin1String("error"))
                 .toString(),
             u"slow-down"_s);
    QCOMPARE(cardCount(room), 3);
    room.clock().advance(500); // one more token
    QVERIFY(phone->put(u"p-burst-card-000009"_s, u"later"_s).value(QLatin1String("ok")).toBool());
}

void TestRoomRefusals::helloMustComeInTime() {
    RoomHarness room;
    RoomServer::Limits limits = room.server().limits();
    limits.helloTimeoutMs = 50;
    room.server().setLimits(limits);
    Phone silent(room);
    QVERIFY(silent.connectTo());
    QCOMPARE(silent.waitFor(u"closed"_s, 0).value(QLatin1String("reason")).toString(),
             u"unknown-device"_s);
}

void TestRoomRefusals::connectionAndDeviceCaps() {
    RoomHarness room(4);
    RoomServer::Limits limits = room.server().limits();
    limits.maxSocketsPerAddress = 2;
    limits.maxDevices = 2;
    room.server().setLimits(limits);
    const QList<Participant> people = room.people();
    auto a = room.phone(room.join(people[0].id));
    auto b = room.phone(room.join(people[1].id));
    QVERIFY(a && b);
    HttpReply full;
    room.join(people[2].id, &full);
    QCOMPARE(full.status, 503);
    QCOMPARE(full.json.value(QLatin1String("error")).toString(), u"full"_s);
    Phone third(room);
    third.connectTo();
    QVERIFY(third.waitClosed());
    QCOMPARE(room.server().devices().size(), 2);
}

QTEST_GUILESS_MAIN(TestRoomRefusals)
#include "TestRoomRefusals.moc"
