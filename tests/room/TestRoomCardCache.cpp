// The room's copy of the silent cards (RoomCardCache) against the store: after every commit —
// a card added, edited, moved, turned into another kind, removed, a person removed, a new
// draw of pairs, several of these in one batch — the copy equals a fresh read.
#include "RoomCardCache.h"
#include "TestLibrary.h"
#include "storage/WorkshopStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomCardCache : public QObject {
    Q_OBJECT

private slots:
    void followsEveryCommit();
    void anotherWorkshopLeavesItAlone();
};

void TestRoomCardCache::followsEveryCommit() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Cache"_s, 6);
    RoomCardCache cache(store, id);
    QObject::connect(&store, &WorkshopStore::changed,
                     [&](const WorkshopChanges& changes) { cache.changed(changes); });
    QCOMPARE(cache.cards(), store.silentCards(id));

    QRandomGenerator random(20261207); // the same steps every run
    QList<qint64> people;
    for (const Participant& p : store.participants(id))
        people << p.id;
    QList<qint64> cards;
    const auto pick = [&]() -> qint64 {
        return cards.isEmpty() ? 0 : cards.at(random.bounded(int(cards.size())));
    };
    const auto step = [&](int what) -> bool {
        switch (what) {
        case 0:
        case 1: { // a new card, by someone or by the room
            Candidate c =
                makeCandidate(id, u"Card %1 \U0001F4A1 <b>"_s.arg(cards.size()),
                              random.bounded(4) == 0 ? CandidateKind::Room : CandidateKind::Own);
            c.authorId = people.isEmpty() ? 0 : people.at(random.bounded(int(people.size())));
            c.position = random.bounded(20);
            const auto added = store.addCandidate(c);
            if (added)
                cards << *added;
            return added.has_value();
        }
        case 2: { // its text or its place
            const qint64 card = pick();
            if (!card)
                return true;
            Candidate c = *store.candidate(card);
            c.name += u" \u05e9"_s;
            c.position = random.bounded(20);
            return store.updateCandidate(c);
        }
        case 3: { // no longer a silent card
            const qint64 card = pick();
            if (!card)
                return true;
            Candidate c = *store.candidate(card);
            c.kind = c.kind == CandidateKind::Own ? CandidateKind::Pair : CandidateKind::Own;
            return store.updateCandidate(c);
        }
        case 4: { // gone
            const qint64 card = pick();
            cards.removeAll(card);
            return !card || store.removeCandidate(card);
        }
        case 5: { // a person leaves the roster: their cards keep no author
            if (people.size() < 3)
                return true;
            return store.removeParticipant(people.takeLast());
        }
        default: // a new draw of pairs: "any candidate" (pairs may lose their pair)
            return store.setPairing(id, {{0, id, 0, {people.at(0), people.at(1)}}},
                                    random.generate());
        }
    };
    for (int i = 0; i < 300; ++i) {
        if (random.bounded(5) == 0) { // a few steps in one commit
            const int first = random.bounded(7), second = random.bounded(7);
            QVERIFY(store.batch([&] { return step(first) && step(second); }));
        } else {
            QVERIFY2(step(random.bounded(7)), qPrintable(store.lastError()));
        }
        // Read now and then: several commits between two reads, as between two pushes.
        if (random.bounded(3) == 0 || i == 299)
            QCOMPARE(cache.cards(), store.silentCards(id));
    }
    QVERIFY(!cache.cards().isEmpty());
}

void TestRoomCardCache::anotherWorkshopLeavesItAlone() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Mine"_s, 2);
    const qint64 other = library.addWorkshop(u"Other"_s, 2);
    RoomCardCache cache(store, id);
    QObject::connect(&store, &WorkshopStore::changed,
                     [&](const WorkshopChanges& changes) { cache.changed(changes); });
    QVERIFY(store.addCandidate(makeCandidate(id, u"Mine"_s)));
    QCOMPARE(cache.cards().size(), 1);
    QVERIFY(store.addCandidate(makeCandidate(other, u"Theirs"_s)));
    QCOMPARE(cache.cards().size(), 1);
    QCOMPARE(cache.cards().first().name, u"Mine"_s);
    QCOMPARE(cache.cards(), store.silentCards(id));
}

QTEST_GUILESS_MAIN(TestRoomCardCache)
#include "TestRoomCardCache.moc"
