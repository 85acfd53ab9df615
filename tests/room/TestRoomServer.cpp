// The room against a real server on 127.0.0.1: joining, claiming names, writing cards from
// phones, and the console's hold over devices.
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestRoomServer : public QObject {
    Q_OBJECT

private slots:
    void servesThePageWithSecurityHeaders();
    void joinCodeAndLinkMatchTheContract();
    void rosterListsPeopleAndWhoIsTaken();
    void joinHelloAndState();
    void phoneWritesEditsAndDeletesItsCard();
    void aPhoneCardLooksLikeAConsoleCard();
    void sameOperationTwiceMakesOneCard();
    void reconnectWithTheSameTokenResumes();
    void nameTakenAndIdempotentClaim();
    void releaseFreesTheName();
    void newNameWaitsForApproval();
    void declineAndRemove();
    void lockStopsNewJoinsButNotResumes();
    void closedRoomKillsTokens();
    void roomSurvivesRestartWithOperationIds();
};

void TestRoomServer::servesThePageWithSecurityHeaders() {
    RoomHarness room;
    QVERIFY(room.isOpen());
    const HttpReply page = room.get(QStringLiteral("/"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html"));
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    for (const HttpReply& r :
         {page, room.get(QStringLiteral("/room.js")), room.get(QStringLiteral("/nothing-here")),
          room.get(QStringLiteral("/favicon.ico.bak"))}) {
        QCOMPARE(r.headers.value("content-security-policy"), QByteArray("default-src 'self'"));
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.headers.value("x-frame-options"), QByteArray("DENY"));
    }
    QCOMPARE(room.get(QStringLiteral("/room.js")).status, 200);
    QCOMPARE(room.get(QStringLiteral("/room.css")).status, 200);
    QCOMPARE(room.get(QStringLiteral("/nothing-here")).status, 404);
    QCOMPARE(room.get(QStringLiteral("/ws")).status, 400); // not an upgrade
}

void TestRoomServer::joinCodeAndLinkMatchTheContract() {
    RoomHarness room;
    const QString code = room.server().joinCode();
    QCOMPARE(code.size(), 6);
    for (const QChar c : code)
        QVERIFY(QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789").contains(c));
    const QUrl link = room.server().joinUrl();
    QCOMPARE(link.scheme(), QStringLiteral("http"));
    QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(link.port(), int(room.server().port()));
    // 128 bits of base64url: 22 characters.
    QVERIFY(room.roomToken().size() >= 22);
    QCOMPARE(room.server().shortUrl(), QStringLiteral("127.0.0.1:%1").arg(room.server().port()));
}

void TestRoomServer::rosterListsPeopleAndWhoIsTaken() {
    RoomHarness room(3);
    const QList<Participant> people = room.people();
    room.join(people[1].id);
    // The typed code: any case, spaces allowed.
    QString typed = room.server().joinCode().toLower();
    typed.insert(3, u' ');
    const HttpReply roster =
        room.postJson(QStringLiteral("/roster"), {{QStringLiteral("code"), typed}});
    QCOMPARE(roster.status, 200);
    QCOMPARE(roster.json.value(QLatin1String("workshop")).toString(), QStringLiteral("Room test"));
    QCOMPARE(roster.json.value(QLatin1String("locked")).toBool(), false);
    const QJsonArray list = roster.json.value(QLatin1String("people")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject().value(QLatin1String("name")).toString(), people[0].name);
    QCOMPARE(list[0].toObject().value(QLatin1String("taken")).toBool(), false);
    QCOMPARE(list[1].toObject().value(QLatin1String("taken")).toBool(), true);
}

void TestRoomServer::joinHelloAndState() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    HttpReply reply;
    const QString token = room.join(aisha, &reply);
    QCOMPARE(reply.status, 200);
    QCOMPARE(token.size(), 43); // 256 bits, base64url
    QVERIFY(!reply.json.value(QLatin1String("device")).toString().isEmpty());
    const QByteArray cookie = reply.headers.value("set-cookie");
    QVERIFY(cookie.startsWith("lodestar_device=" + token.toLatin1()));
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Strict"));

    QSignalSpy devices(&room.server(), &RoomServer::devicesChanged);
    auto phone = room.phone(token);
    QVERIFY(phone);
    const QJsonObject state = phone->latestState();
    QCOMPARE(state.value(QLatin1String("type")).toString(), QStringLiteral("state"));
    QVERIFY(state.value(QLatin1String("rev")).toInteger() > 0);
    const QJsonObject me = state.value(QLatin1String("me")).toObject();
    QCOMPARE(me.value(QLatin1String("person")).toInteger(), aisha);
    QCOMPARE(me.value(QLatin1String("name")).toString(), room.people().first().name);
    QCOMPARE(me.value(QLatin1String("waiting")).toBool(), false);
    const QJsonObject stage = state.value(QLatin1String("stage")).toObject();
    QCOMPARE(stage.value(QLatin1String("key")).toString(), QString(StageKeys::Silent));
    QCOMPARE(stage.value(QLatin1String("mode")).toString(), QStringLiteral("write"));
    QVERIFY(!stage.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(stage.value(QLatin1String("timer")).toObject().contains(QLatin1String("plannedMs")));
    QCOMPARE(state.value(QLatin1String("limits")).toObject().value(QLatin1String("name")).toInt(),
             200);
    QVERIFY(devices.count() > 0);
    const QList<RoomServer::Device> list = room.server().devices();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].participantId, aisha);
    QVERIFY(list[0].connected);
    QVERIFY(!list[0].waiting);

    // The stage moves: the phone hears it without asking.
    room.goTo(QStringLiteral("draft.pairs"));
    QVERIFY(!phone
                 ->waitForState([](const QJsonObject& s) {
                     return s.value(QLatin1String("stage"))
                                .toObject()
                                .value(QLatin1String("mode"))
                                .toString() == u"look";
                 })
                 .isEmpty());
}

void TestRoomServer::phoneWritesEditsAndDeletesItsCard() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    auto phone = room.phone(room.join(aisha));
    QVERIFY(phone);
    const QString key = QStringLiteral("p-first-card-0000001");
    QJsonObject ack = phone->put(key, QStringLiteral("Weekly active teams"),
                                 QStringLiteral("teams planning together"),
                                 QStringLiteral("teams with 3+ plans a week"));
    QVERIFY2(ack.value(QLatin1String("ok")).toBool(), QJsonDocument(ack).toJson().constData());
    const QString card = ack.value(QLatin1String("card")).toString();
    const qint64 id = RoomProtocol::candidateOfKey(card);
    QVERIFY(id > 0);
    // Acknowledged means committed: the card is in SQLite now.
    std::optional<Candidate> stored = room.store().candidate(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Weekly active teams"));
    QCOMPARE(stored->behaviour, QStringLiteral("teams planning together"));
    QCOMPARE(stored->authorId, aisha);
    // The state follows with the card in it.
    QVERIFY(!phone
                 ->waitForState([&](const QJsonObject& s) {
                     const QJsonArray cards = s.value(QLatin1String("cards")).toArray();
                     return cards.size() == 1 &&
                            cards[0].toObject().value(QLatin1String("card")).toString() == card;
                 })
                 .isEmpty());

    // Edit by the phone's key and by the server's key: the same card.
    ack = phone->put(key, QStringLiteral("Weekly planning teams"));
    QCOMPARE(ack.value(QLatin1String("card")).toString(), card);
    ack = phone->put(card, QStringLiteral("Teams planning weekly"));
    QCOMPARE(ack.value(QLatin1String("card")).toString(), card);
    QCOMPARE(room.store().candidate(id)->name, QStringLiteral("Teams planning weekly"));
    QCOMPARE(room.store().candidates(room.workshopId()).size(), 1);

    ack = phone->remove(key);
    QVERIFY(ack.value(QLatin1String("ok")).toBool());
    QVERIFY(!room.store().candidate(id));
    QVERIFY(!phone
                 ->waitForState([](const QJsonObject& s) {
                     return s.value(QLatin1String("cards")).toArray().isEmpty();
                 })
                 .isEmpty());
    // The console's undo history was not touched by any of it.
    QCOMPARE(room.session().undoStack().count(), 0);
}

void TestRoomServer::aPhoneCardLooksLikeAConsoleCard() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    auto phone = room.phone(room.join(aisha));
    QVERIFY(phone);
    Candidate console;
    console.workshopId = room.workshopId();
    console.kind = CandidateKind::Own;
    console.authorId = aisha;
    console.name = QStringLiteral("typed on the console");
    const qint64 consoleId = *room.store().addCandidate(console);
    const QJsonObject ack =
        phone->put(QStringLiteral("p-from-the-phone-001"), QStringLiteral("typed on the phone"));
    const Candidate fromPhone = *room.store().candidate(
        RoomProtocol::candidateOfKey(ack.value(QLatin1String("card")).toString()));
    const Candidate fromConsole = *room.store().candidate(consoleId);
    QCOMPARE(fromPhone.kind, fromConsole.kind);
    QCOMPARE(fromPhone.authorId, fromConsole.authorId);
    QCOMPARE(fromPhone.status, fromConsole.status);
    QCOMPARE(fromPhone.pairId, fromConsole.pairId);
    QVERIFY(fromPhone.mergedFrom.isEmpty());
    QVERIFY(fromPhone.position > fromConsole.position); // after it, as the console adds
    // The console's card (the same author) is the phone's to edit too.
    QVERIFY(phone->put(RoomProtocol::keyOfCandidate(consoleId), QStringLiteral("edited"))
                .value(QLatin1String("ok"))
                .toBool());
}

void TestRoomServer::sameOperationTwiceMakesOneCard() {
    RoomHarness room(3);
    auto phone = room.phone(room.join(room.people().first().id));
    QVERIFY(phone);
    const QString opId = Phone::newOpId();
    const QJsonObject first =
        phone->put(QStringLiteral("p-retried-card-0001"), QStringLiteral("once"), {}, {}, {}, opId);
    const QJsonObject second =
        phone->put(QStringLiteral("p-retried-card-0001"), QStringLiteral("once"), {}, {}, {}, opId);
    QVERIFY(first.value(QLatin1String("ok")).toBool());
    QCOMPARE(second, first);
    // Even with another key, a repeated id is the same operation: applied once.
    const QJsonObject third = phone->put(QStringLiteral("p-another-card-0001"),
                                         QStringLiteral("twice?"), {}, {}, {}, opId);
    QCOMPARE(third, first);
    QCOMPARE(room.store().candidates(room.workshopId()).size(), 1);
    QCOMPARE(room.store().candidates(room.workshopId()).first().name, QStringLiteral("once"));
}

void TestRoomServer::reconnectWithTheSameTokenResumes() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    const QString token = room.join(aisha);
    auto phone = room.phone(token);
    QVERIFY(phone);
    const QString card = phone->put(QStringLiteral("p-before-the-drop-01"), QStringLiteral("kept"))
                             .value(QLatin1String("card"))
                             .toString();
    phone.reset(); // Wi-Fi gone
    QTRY_VERIFY(!room.server().devices().first().connected);
    auto again = room.phone(token);
    QVERIFY(again);
    const QJsonObject state = again->latestState();
    QCOMPARE(state.value(QLatin1String("me")).toObject().value(QLatin1String("person")).toInteger(),
             aisha);
    QCOMPARE(state.value(QLatin1String("cards")).toArray().size(), 1);
    QCOMPARE(state.value(QLatin1String("cards"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("card"))
                 .toString(),
             card);
    QCOMPARE(room.server().devices().size(), 1);
    QVERIFY(room.server().devices().first().connected);
    // A second socket for the same device replaces the first, which is told so: a second tab
    // of the same browser then stays quiet instead of taking the place back.
    auto third = room.phone(token);
    QVERIFY(third);
    QVERIFY(again->waitClosed());
    QCOMPARE(room.server().devices().size(), 1);
    QVERIFY(!again->messages().isEmpty());
    QCOMPARE(again->messages().last().value(QLatin1String("type")).toString(),
             QStringLiteral("closed"));
    QCOMPARE(again->messages().last().value(QLatin1String("reason")).toString(),
             QStringLiteral("replaced"));
    QVERIFY(room.server().devices().first().connected); // the newer socket is in
}

void TestRoomServer::nameTakenAndIdempotentClaim() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    HttpReply first;
    const QString token = room.join(aisha, &first);
    QVERIFY(!token.isEmpty());
    HttpReply second;
    QVERIFY(room.join(aisha, &second).isEmpty());
    QCOMPARE(second.status, 409);
    QCOMPARE(second.json.value(QLatin1String("error")).toString(), QStringLiteral("taken"));
    // The same phone (its cookie) claiming the same name again is fine.
    const HttpReply again =
        room.post(QStringLiteral("/join"),
                  QJsonDocument(QJsonObject{{QStringLiteral("room"), room.roomToken()},
                                            {QStringLiteral("person"), aisha}})
                      .toJson(),
                  {{"Cookie", "lodestar_device=" + token.toLatin1()}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QLatin1String("token")).toString(), token);
    QCOMPARE(room.server().devices().size(), 1);
    // A new name that is already on the roster is taken too.
    HttpReply clash;
    room.joinNew(room.people()[1].name.toUpper(), &clash);
    QCOMPARE(clash.status, 409);
}

void TestRoomServer::releaseFreesTheName() {
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    const QString token = room.join(aisha);
    auto phone = room.phone(token);
    QVERIFY(phone);
    room.server().release(aisha);
    const QJsonObject closed = phone->waitFor(QStringLiteral("closed"), 0);
    QCOMPARE(closed.value(QLatin1String("reason")).toString(), QStringLiteral("released"));
    QVERIFY(phone->waitClosed());
    QVERIFY(room.server().devices().isEmpty());
    // The old token is dead; the name can be claimed by another phone.
    auto stale = std::make_unique<Phone>(room);
    QVERIFY(stale->connectTo());
    stale->hello(token);
    QCOMPARE(stale->waitFor(QStringLiteral("closed"), 0).value(QLatin1String("reason")).toString(),
             QStringLiteral("unknown-device"));
    QVERIFY(!room.join(aisha).isEmpty());
}

void TestRoomServer::newNameWaitsForApproval() {
    RoomHarness room(2);
    HttpReply reply;
    const QString token = room.joinNew(QStringLiteral("Zoë"), &reply);
    QCOMPARE(reply.status, 200);
    auto phone = room.phone(token);
    QVERIFY(phone);
    QCOMPARE(phone->latestState()
                 .value(QLatin1String("stage"))
                 .toObject()
                 .value(QLatin1String("mode"))
                 .toString(),
             QStringLiteral("waiting"));
    QCOMPARE(phone->latestState()
                 .value(QLatin1String("me"))
                 .toObject()
                 .value(QLatin1String("waiting"))
                 .toBool(),
             true);
    QCOMPARE(phone->put(QStringLiteral("p-waiting-card-0001"), QStringLiteral("early"))
                 .value(QLatin1String("error"))
                 .toString(),
             QStringLiteral("waiting"));
    QCOMPARE(room.server().devices().first().waiting, true);
    QCOMPARE(room.server().devices().first().name, QStringLiteral("Zoë"));

    room.server().approve(room.server().devices().first().id);
    QCOMPARE(room.people().size(), 3);
    QCOMPARE(room.people().last().name, QStringLiteral("Zoë"));
    const QJsonObject state = phone->waitForState([](const QJsonObject& s) {
        return s.value(QLatin1String("stage")).toObject().value(QLatin1String("mode")).toString() ==
               u"write";
    });
    QCOMPARE(state.value(QLatin1String("me")).toObject().value(QLatin1String("person")).toInteger(),
             room.people().last().id);
    QVERIFY(phone->put(QStringLiteral("p-approved-card-001"), QStringLiteral("now"))
                .value(QLatin1String("ok"))
                .toBool());
    QCOMPARE(room.session().undoStack().count(), 0);
}

void TestRoomServer::declineAndRemove() {
    RoomHarness room(2);
    auto waiting = room.phone(room.joinNew(QStringLiteral("Stranger")));
    QVERIFY(waiting);
    room.server().decline(room.server().devices().first().id);
    QCOMPARE(
        waiting->waitFor(QStringLiteral("closed"), 0).value(QLatin1String("reason")).toString(),
        QStringLiteral("declined"));
    QVERIFY(room.server().devices().isEmpty());
    QCOMPARE(room.people().size(), 2);

    auto member = room.phone(room.join(room.people().first().id));
    QVERIFY(member);
    room.server().removeDevice(room.server().devices().first().id);
    QCOMPARE(member->waitFor(QStringLiteral("closed"), 0).value(QLatin1String("reason")).toString(),
             QStringLiteral("removed"));
    QVERIFY(room.server().devices().isEmpty());
}

void TestRoomServer::lockStopsNewJoinsButNotResumes() {
    RoomHarness room(3);
    const QString token = room.join(room.people().first().id);
    room.server().setLocked(true);
    QVERIFY(room.server().isLocked());
    HttpReply reply;
    QVERIFY(room.join(room.people()[1].id, &reply).isEmpty());
    QCOMPARE(reply.status, 423);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("locked"));
    room.joinNew(QStringLiteral("Late"), &reply);
    QCOMPARE(reply.status, 423);
    QCOMPARE(room.postJson(QStringLiteral("/roster"), {{QStringLiteral("room"), room.roomToken()}})
                 .json.value(QLatin1String("locked"))
                 .toBool(),
             true);
    auto phone = room.phone(token); // the phone that joined before resumes
    QVERIFY(phone);
    room.server().setLocked(false);
    QVERIFY(!room.join(room.people()[1].id).isEmpty());
}

void TestRoomServer::closedRoomKillsTokens() {
    RoomHarness room(3);
    const QString token = room.join(room.people().first().id);
    auto phone = room.phone(token);
    QVERIFY(phone);
    const quint16 port = room.server().port();
    QSignalSpy open(&room.server(), &RoomServer::openChanged);
    room.server().close();
    QCOMPARE(open.count(), 1);
    QCOMPARE(phone->waitFor(QStringLiteral("closed"), 0).value(QLatin1String("reason")).toString(),
             QStringLiteral("room-closed"));
    QVERIFY(phone->waitClosed());
    QVERIFY(!room.server().isOpen());
    QVERIFY(room.server().devices().isEmpty());
    // Nobody listens any more.
    QWebSocket probe;
    probe.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy failed(&probe, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
    probe.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    QVERIFY(failed.wait(5000));

    // Reopened: a new link and code; the old token means nothing.
    const QString oldLink = room.server().joinUrl().toString();
    QVERIFY(room.server().open(QHostAddress::LocalHost, port));
    QVERIFY(room.server().joinUrl().toString() != oldLink);
    auto stale = std::make_unique<Phone>(room);
    QVERIFY(stale->connectTo());
    stale->hello(token);
    QCOMPARE(stale->waitFor(QStringLiteral("closed"), 0).value(QLatin1String("reason")).toString(),
             QStringLiteral("unknown-device"));
}

void TestRoomServer::roomSurvivesRestartWithOperationIds() {
    // The operation ids live in SQLite: a room reopened after the app restarted still
    // refuses to apply an operation twice for the same person.
    RoomHarness room(3);
    const qint64 aisha = room.people().first().id;
    auto phone = room.phone(room.join(aisha));
    const QString opId = Phone::newOpId();
    const QJsonObject first =
        phone->put(QStringLiteral("p-survives-restart1"), QStringLiteral("one"), {}, {}, {}, opId);
    phone.reset();
    room.server().close();
    QVERIFY(room.server().open(QHostAddress::LocalHost, 0));
    auto again = room.phone(room.join(aisha));
    QVERIFY(again);
    const QJsonObject retried =
        again->put(QStringLiteral("p-survives-restart1"), QStringLiteral("one"), {}, {}, {}, opId);
    QCOMPARE(retried, first);
    QCOMPARE(room.store().candidates(room.workshopId()).size(), 1);
}

QTEST_GUILESS_MAIN(TestRoomServer)
#include "TestRoomServer.moc"
