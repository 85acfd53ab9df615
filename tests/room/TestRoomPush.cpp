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

QTEST_GUILESS_MAIN(TestRoomPush)
#include "TestRoomPush.moc"
