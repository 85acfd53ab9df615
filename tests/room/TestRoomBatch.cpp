// The room applies the phone writes that arrive in one pass of the event loop in one
// transaction (RoomServerWrites.cpp): one commit and one change notification for the lot,
// acknowledged after the commit; a retried id inside the batch is applied once; a write that
// fails in the store is refused on its own while the others of its batch still land.
#include "RoomHarness.h"
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

QTEST_GUILESS_MAIN(TestRoomBatch)
#include "TestRoomBatch.moc"
