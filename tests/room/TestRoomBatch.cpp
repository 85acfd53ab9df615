// The room applies the phone writes that arrive in one pass of the event loop in one
// transaction (RoomServerWrites.cpp): one commit and one change notification for the lot,
// acknowledged after the commit; a retried id inside the batch is applied once; a write that
// fails in the store is refused on its own while the others of its batch still land.
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray cardPut(const QString& id, const QString& key, const QString& name) {
    return QJsonDocument(
               QJsonObject{
                   {u"op"_s, u"card.put"_s}, {u"id"_s, id}, {u"card"_s, key}, {u"name"_s, name}})
        .toJson(QJsonDocument::Compact);
}

// Every ack for `id` received so far.
QList<QJsonObject> acksFor(const Phone& phone, const QString& id) {
    QList<QJsonObject> acks;
    for (const QJsonObject& m : phone.messages())
        if (m.value(QLatin1String("type")).toString() == u"ack" &&
            m.value(QLatin1String("id")).toString() == id)
            acks << m;
    return acks;
}

QByteArray dotOp(const QString& id, const char* op, qint64 candidate) {
    return QJsonDocument(QJsonObject{{u"op"_s, QLatin1String(op)},
                                     {u"id"_s, id},
                                     {u"card"_s, RoomProtocol::keyOfCandidate(candidate)}})
        .toJson(QJsonDocument::Compact);
}

QString outcome(const Phone& phone, const QString& id) {
    const QList<QJsonObject> acks = acksFor(phone, id);
    if (acks.size() != 1)
        return u"%1 answers"_s.arg(acks.size());
    return acks.first().value(u"ok"_s).toBool() ? u"ok"_s
                                                : acks.first().value(u"error"_s).toString();
}

int dotsOn(RoomHarness& room, qint64 person, qint64 candidate) {
    int dots = 0;
    for (const Vote& v : room.store().votes(room.workshopId()))
        if (v.participantId == person && v.candidateId == candidate)
            dots += v.dots;
    return dots;
}

// Two revealed silent cards on the shortlist, the room in the dot vote with 3 dots a person
// and at most 2 on one card, and a write budget no loaded machine splits a batch under.
QList<qint64> voteOnTwoCards(RoomHarness& room) {
    QList<qint64> cards;
    for (const QString& name : {u"Weekly learners 📚"_s, u"<b>Nights booked</b>"_s}) {
        Candidate c = makeCandidate(room.workshopId(), name);
        c.position = int(cards.size());
        cards << room.store().addCandidate(c).value_or(0);
    }
    room.setRevealed(true);
    Workshop w = *room.store().workshop(room.workshopId());
    w.dotsPerPerson = 3;
    w.maxDotsPerCandidate = 2;
    room.store().updateWorkshop(w);
    room.goTo(QString(StageKeys::Decide));
    RoomServer::Limits limits = room.server().limits();
    limits.writeBudgetMs = 5000;
    limits.writeBurst = 100;
    room.server().setLimits(limits);
    return cards;
}

QStringList cardNames(RoomHarness& room, qint64 person) {
    QStringList names;
    for (const Candidate& c : room.store().candidates(room.workshopId()))
        if (c.authorId == person)
            names << c.name;
    names.sort();
    return names;
}

} // namespace

class TestRoomBatch : public QObject {
    Q_OBJECT

private slots:
    void writesOfOnePassAreOneTransaction();
    void aFailingWriteIsRefusedAloneAndTheOthersLand();
    void aSpreadPushNeverFollowsAnAckWithOlderCards();
    void dotsOfOnePassKeepTheCaps();
    void aFailedDotLeavesTheCapsRightForTheRest();
};

// Five writes sent at once (one TCP write, read in one pass): one change notification, every
// write acknowledged, the retried id applied once.
void TestRoomBatch::writesOfOnePassAreOneTransaction() {
    RoomHarness room;
    // A batch stops taking writes after a few milliseconds (then the rest go in the next
    // pass); a loaded test machine must not split these five, so the budget is generous.
    RoomServer::Limits limits = room.server().limits();
    limits.writeBudgetMs = 5000;
    room.server().setLimits(limits);
    const qint64 person = room.people().first().id;
    auto phone = room.phone(room.join(person));
    QVERIFY(phone);
    QSignalSpy changes(&room.store(), &WorkshopStore::changed);
    const QStringList ids{u"batch-op-000000001"_s, u"batch-op-000000002"_s, u"batch-op-000000003"_s,
                          u"batch-op-000000004"_s};
    phone->sendText(cardPut(ids[0], u"p-batch-card-0000001"_s, u"First 😀"_s));
    phone->sendText(cardPut(ids[1], u"p-batch-card-0000002"_s, u"Second <b>"_s));
    phone->sendText(cardPut(ids[0], u"p-batch-card-0000001"_s, u"First 😀"_s)); // a retry
    phone->sendText(cardPut(ids[2], u"p-batch-card-0000003"_s, u"שלישי"_s));
    phone->sendText(cardPut(ids[3], u"p-batch-card-0000002"_s, u"Second, edited \""_s));
    QTRY_VERIFY_WITH_TIMEOUT(acksFor(*phone, ids[3]).size() == 1, 5000);
    QCOMPARE(acksFor(*phone, ids[0]).size(), 2);
    QCOMPARE(acksFor(*phone, ids[0])[0], acksFor(*phone, ids[0])[1]); // the same card
    for (const QString& id : ids)
        QVERIFY(acksFor(*phone, id).first().value(QLatin1String("ok")).toBool());
    QCOMPARE(cardNames(room, person),
             (QStringList{u"First 😀"_s, u"Second, edited \""_s, u"שלישי"_s}));
    QCOMPARE(changes.count(), 1);
    // Written by the room: the console's views may show it in the next pass (ScorePage).
    QCOMPARE(changes.first().first().value<WorkshopChanges>().source, ChangeSource::Room);
    for (const QString& id : ids)
        QVERIFY(room.store().roomOperation(room.workshopId(), person, id));
}

// A trigger makes the store refuse one card: that write is refused with "storage" and not
// remembered; the writes before and after it in the same pass land.
void TestRoomBatch::aFailingWriteIsRefusedAloneAndTheOthersLand() {
    RoomHarness room;
    const qint64 person = room.people().first().id;
    QSqlQuery trigger(room.library().database().connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER poisoned BEFORE INSERT ON candidate "
                         "WHEN NEW.name = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s));
    auto phone = room.phone(room.join(person));
    QVERIFY(phone);
    const QStringList ids{u"batch-op-000000011"_s, u"batch-op-000000012"_s,
                          u"batch-op-000000013"_s};
    QSignalSpy changes(&room.store(), &WorkshopStore::changed);
    phone->sendText(cardPut(ids[0], u"p-batch-card-0000011"_s, u"Before"_s));
    phone->sendText(cardPut(ids[1], u"p-batch-card-0000012"_s, u"poison"_s));
    phone->sendText(cardPut(ids[2], u"p-batch-card-0000013"_s, u"After"_s));
    QTRY_VERIFY_WITH_TIMEOUT(acksFor(*phone, ids[2]).size() == 1, 5000);
    QVERIFY(acksFor(*phone, ids[0]).first().value(QLatin1String("ok")).toBool());
    QCOMPARE(acksFor(*phone, ids[1]).first().value(QLatin1String("error")).toString(),
             u"storage"_s);
    QVERIFY(acksFor(*phone, ids[2]).first().value(QLatin1String("ok")).toBool());
    QCOMPARE(cardNames(room, person), (QStringList{u"After"_s, u"Before"_s}));
    QVERIFY(!room.store().roomOperation(room.workshopId(), person, ids[1]));
    QVERIFY(!changes.isEmpty()); // one transaction a write, each the room's
    for (const QList<QVariant>& change : std::as_const(changes))
        QCOMPARE(change.first().value<WorkshopChanges>().source, ChangeSource::Room);
    // The phone retries the refused card under its id once the cause is gone: it lands.
    QVERIFY(trigger.exec(u"DROP TRIGGER poisoned"_s));
    QVERIFY(phone->put(u"p-batch-card-0000012"_s, u"poison"_s, {}, {}, {}, ids[1])
                .value(QLatin1String("ok"))
                .toBool());
    QCOMPARE(cardNames(room, person), (QStringList{u"After"_s, u"Before"_s, u"poison"_s}));
}

// A push reaches one phone a pass here (pushBudgetMs 0) while six phones write card after
// card, each sending the next as soon as the last is acknowledged, so writes land while a
// push is still on its way round. Once a phone is told a card is saved, no state it receives
// afterwards may lack that card (the phone would take it off the screen); every phone ends
// with all its cards.
void TestRoomBatch::aSpreadPushNeverFollowsAnAckWithOlderCards() {
    constexpr int People = 6;
    constexpr int Cards = 12;
    RoomHarness room(People);
    RoomServer::Limits limits = room.server().limits();
    limits.pushBudgetMs = 0;
    limits.pushIntervalMs = 0;
    limits.writesPerSecond = 1000;
    limits.writeBurst = 1000;
    room.server().setLimits(limits);
    std::vector<std::unique_ptr<Phone>> phones;
    QList<int> written(People, 0);
    for (int i = 0; i < People; ++i) {
        phones.push_back(room.phone(room.join(room.people().at(i).id)));
        QVERIFY(phones.back());
    }
    const auto next = [&](int i) {
        const int n = written[i]++;
        phones[i]->sendText(cardPut(u"spread-%1-%2-op-00000"_s.arg(i).arg(n),
                                    u"p-spread-%1-%2-card-000"_s.arg(i).arg(n),
                                    u"Card %1 of phone %2 \U0001F4A1"_s.arg(n).arg(i)));
    };
    for (int i = 0; i < People; ++i) {
        QObject::connect(&phones[i]->socket(), &QWebSocket::textMessageReceived, phones[i].get(),
                         [&, i](const QString& text) {
                             const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                             if (m.value(u"type"_s).toString() == u"ack" && written[i] < Cards)
                                 next(i);
                         });
        next(i);
    }
    const auto acked = [&](int i) {
        int count = 0;
        for (const QJsonObject& m : phones[i]->messages())
            count += m.value(u"type"_s).toString() == u"ack" ? 1 : 0;
        return count;
    };
    for (int i = 0; i < People; ++i)
        QTRY_COMPARE_WITH_TIMEOUT(acked(i), Cards, 10'000);
    for (int i = 0; i < People; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(
            phones[i]->latestState().value(u"cards"_s).toArray().size() == Cards, 10'000);
        QSet<QString> saved;
        for (const QJsonObject& m : phones[i]->messages()) {
            if (m.value(u"type"_s).toString() == u"ack") {
                QVERIFY(m.value(u"ok"_s).toBool());
                saved.insert(m.value(u"card"_s).toString());
            } else if (m.value(u"type"_s).toString() == u"state") {
                QSet<QString> shown;
                for (const QJsonValue& card : m.value(u"cards"_s).toArray())
                    shown.insert(card.toObject().value(u"card"_s).toString());
                QVERIFY2(shown.contains(saved), qPrintable(u"phone %1, revision %2"_s.arg(i).arg(
                                                    m.value(u"rev"_s).toInteger())));
            }
        }
    }
}

// The dots of one pass are one transaction that reads the caps and the votes once: each dot
// must still see the ones before it in the batch — its own phone's and another's — and a
// removal frees a dot for the next placement.
void TestRoomBatch::dotsOfOnePassKeepTheCaps() {
    RoomHarness room(2);
    const QList<qint64> cards = voteOnTwoCards(room);
    const qint64 ana = room.people().at(0).id;
    const qint64 ben = room.people().at(1).id;
    auto anasPhone = room.phone(room.join(ana));
    auto bensPhone = room.phone(room.join(ben));
    QVERIFY(anasPhone && bensPhone);
    QSignalSpy changes(&room.store(), &WorkshopStore::changed);
    const QList<std::tuple<Phone*, QString, const char*, qint64, QString>> script{
        {anasPhone.get(), u"dots-op-00000000001"_s, "dot.place", cards[0], u"ok"_s},
        {bensPhone.get(), u"dots-op-00000000002"_s, "dot.place", cards[0], u"ok"_s},
        {anasPhone.get(), u"dots-op-00000000003"_s, "dot.place", cards[0], u"ok"_s},
        {anasPhone.get(), u"dots-op-00000000004"_s, "dot.place", cards[0], u"over-limit"_s},
        {anasPhone.get(), u"dots-op-00000000001"_s, "dot.place", cards[0], u"ok"_s}, // a retry
        {anasPhone.get(), u"dots-op-00000000005"_s, "dot.place", cards[1], u"ok"_s},
        {anasPhone.get(), u"dots-op-00000000006"_s, "dot.place", cards[1], u"over-limit"_s},
        {anasPhone.get(), u"dots-op-00000000007"_s, "dot.remove", cards[0], u"ok"_s},
        {anasPhone.get(), u"dots-op-00000000008"_s, "dot.place", cards[1], u"ok"_s},
        {bensPhone.get(), u"dots-op-00000000009"_s, "dot.place", cards[0], u"ok"_s},
        {bensPhone.get(), u"dots-op-00000000010"_s, "dot.place", cards[0], u"over-limit"_s},
    };
    for (const auto& [phone, id, op, card, expected] : script)
        phone->sendText(dotOp(id, op, card));
    QTRY_VERIFY_WITH_TIMEOUT(!acksFor(*bensPhone, u"dots-op-00000000010"_s).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!acksFor(*anasPhone, u"dots-op-00000000008"_s).isEmpty(), 5000);
    QCOMPARE(acksFor(*anasPhone, u"dots-op-00000000001"_s).size(), 2);
    for (const auto& [phone, id, op, card, expected] : script)
        if (id != u"dots-op-00000000001"_s)
            QCOMPARE(outcome(*phone, id), expected);
    QCOMPARE(dotsOn(room, ana, cards[0]), 1);
    QCOMPARE(dotsOn(room, ana, cards[1]), 2);
    QCOMPARE(dotsOn(room, ben, cards[0]), 2);
    QVERIFY(changes.count() <= 2); // one per pass that read the two phones' writes
}

// A trigger makes the store refuse Ana's first dot on the second card: that write is refused
// on its own ("storage"), and the writes after it are judged on what the store holds — Ana
// still has her dot on the first card counted and the refused one not.
void TestRoomBatch::aFailedDotLeavesTheCapsRightForTheRest() {
    RoomHarness room(1);
    const QList<qint64> cards = voteOnTwoCards(room);
    const qint64 ana = room.people().at(0).id;
    auto phone = room.phone(room.join(ana));
    QVERIFY(phone);
    QSqlQuery trigger(room.library().database().connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TABLE passed (x)"_s));
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER poisoned BEFORE INSERT ON vote WHEN "
                         "NEW.candidate_id = %1 AND NOT EXISTS (SELECT 1 FROM temp.passed) "
                         "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s.arg(cards[1])));
    const QList<std::tuple<QString, const char*, qint64, QString>> script{
        {u"fail-op-00000000001"_s, "dot.place", cards[0], u"ok"_s},
        {u"fail-op-00000000002"_s, "dot.place", cards[1], u"storage"_s},
        {u"fail-op-00000000003"_s, "dot.place", cards[0], u"ok"_s},
        {u"fail-op-00000000004"_s, "dot.place", cards[0], u"over-limit"_s},
        {u"fail-op-00000000005"_s, "dot.remove", cards[1], u"ok"_s}, // none there
    };
    for (const auto& [id, op, card, expected] : script)
        phone->sendText(dotOp(id, op, card));
    QTRY_VERIFY_WITH_TIMEOUT(!acksFor(*phone, u"fail-op-00000000005"_s).isEmpty(), 5000);
    for (const auto& [id, op, card, expected] : script)
        QCOMPARE(outcome(*phone, id), expected);
    QCOMPARE(dotsOn(room, ana, cards[0]), 2);
    QCOMPARE(dotsOn(room, ana, cards[1]), 0);
    // The cause gone, the refused dot lands under its id: the third of Ana's three.
    QVERIFY(trigger.exec(u"INSERT INTO temp.passed VALUES (1)"_s));
    phone->sendText(dotOp(u"fail-op-00000000002"_s, "dot.place", cards[1]));
    QTRY_COMPARE_WITH_TIMEOUT(acksFor(*phone, u"fail-op-00000000002"_s).size(), 2, 5000);
    QVERIFY(acksFor(*phone, u"fail-op-00000000002"_s).last().value(u"ok"_s).toBool());
    QCOMPARE(dotsOn(room, ana, cards[1]), 1);
}

QTEST_GUILESS_MAIN(TestRoomBatch)
#include "TestRoomBatch.moc"
