// A state push to a room of phones (issue #17): what every phone gets alike (the workshop,
// the stage, the revealed cards, the candidates and counts) is serialised once a push, not
// once a phone, and each phone still gets its own part (its cards, "mine", its dots).
#include "RoomHarness.h"
#include "RoomView.h"
#include "domain/StageKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class TestRoomPush : public QObject {
    Q_OBJECT

private slots:
    void aPushSerialisesTheSharedPartsOnce();
    void anUnchangedCardIsNotSerialisedAgain();
};

namespace {

bool inMode(const QJsonObject& state, const QString& mode) {
    return state.value(u"stage"_s).toObject().value(u"mode"_s).toString() == mode;
}

} // namespace

void TestRoomPush::aPushSerialisesTheSharedPartsOnce() {
    constexpr int People = 6;
    RoomHarness room(People);
    std::vector<std::unique_ptr<Phone>> phones;
    for (const Participant& person : room.people()) {
        phones.push_back(room.phone(room.join(person.id)));
        QVERIFY(phones.back());
    }
    for (size_t i = 0; i < phones.size(); ++i) {
        const QJsonObject ack =
            phones[i]->put(u"p-push-frames-card-%1"_s.arg(i, 4, 10, QLatin1Char('0')),
                           u"Card of %1"_s.arg(i), u"people coming back"_s);
        QVERIFY2(ack.value(u"ok"_s).toBool(), QJsonDocument(ack).toJson().constData());
    }
    for (auto& phone : phones) // every write pushed: the phone holds its own card
        QVERIFY(!phone
                     ->waitForState([](const QJsonObject& s) {
                         return s.value(u"cards"_s).toArray().size() == 1;
                     })
                     .isEmpty());

    const qint64 before = RoomStateFrames::sharedBuilds();
    room.setRevealed(true); // one push: every phone now sees every card
    for (size_t i = 0; i < phones.size(); ++i) {
        const QJsonObject state =
            phones[i]->waitForState([](const QJsonObject& s) { return inMode(s, u"revealed"_s); });
        const QJsonArray cards = state.value(u"cards"_s).toArray();
        QCOMPARE(cards.size(), People);
        int mine = 0;
        for (const QJsonValue& card : cards)
            if (card.toObject().value(u"mine"_s).toBool()) {
                ++mine;
                QCOMPARE(card.toObject().value(u"name"_s).toString(), u"Card of %1"_s.arg(i));
            }
        QCOMPARE(mine, 1);
    }
    QCOMPARE(RoomStateFrames::sharedBuilds() - before, 1);
}

// Before the reveal each phone gets its own cards: a card whose text did not change since the
// last push goes out as the bytes made then.
void TestRoomPush::anUnchangedCardIsNotSerialisedAgain() {
    RoomSnapshot room;
    room.stageKey = QString(StageKeys::Silent);
    room.people = {{1, 1, u"Aisha"_s, {}, 0}, {2, 1, u"Chen"_s, {}, 1}};
    for (int i = 0; i < 3; ++i) {
        Candidate c;
        c.id = 10 + i;
        c.workshopId = 1;
        c.authorId = i < 2 ? 1 : 2;
        c.name = u"Card %1"_s.arg(i);
        room.cards.append(c);
    }
    const RoomViewer aisha{u"d1"_s, 1, u"Aisha"_s, false};
    RoomCardBytes kept;
    const auto cardsOf = [](const QByteArray& bytes) {
        return QJsonDocument::fromJson(bytes).object().value(u"cards"_s).toArray();
    };
    qint64 before = RoomCardBytes::serialised();
    QByteArray first = RoomStateFrames(room, &kept).frame(aisha, 1).bytes;
    QCOMPARE(RoomCardBytes::serialised() - before, 2);
    QCOMPARE(cardsOf(first).size(), 2); // hers only
    before = RoomCardBytes::serialised();
    QByteArray second = RoomStateFrames(room, &kept).frame(aisha, 2).bytes;
    QCOMPARE(RoomCardBytes::serialised() - before, 0);
    QCOMPARE(cardsOf(second), cardsOf(first));
    room.cards[1].name = u"Card 1, renamed"_s;
    before = RoomCardBytes::serialised();
    const QJsonArray third = cardsOf(RoomStateFrames(room, &kept).frame(aisha, 3).bytes);
    QCOMPARE(RoomCardBytes::serialised() - before, 1);
    QCOMPARE(third.at(1).toObject().value(u"name"_s).toString(), u"Card 1, renamed"_s);
    QCOMPARE(third.at(0).toObject().value(u"name"_s).toString(), u"Card 0"_s);
}

QTEST_GUILESS_MAIN(TestRoomPush)
#include "TestRoomPush.moc"
