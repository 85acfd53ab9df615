// The room's bookkeeping in SQLite (schema versions 8 and 9): an operation id and a phone's
// card key are written in the same transaction as the card, or not at all; who said "I'm done"
// in the dot vote is kept per person; none of it is workshop content, so exports and imports
// leave it out; it goes with its workshop (and "done" with its person).
#include "TestLibrary.h"
#include "exchange/JsonExchange.h"
#include "exchange/WorkshopDocument.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 rows(Database& database, const QString& table) {
    QSqlQuery q(database.connection());
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRoomStorage : public QObject {
    Q_OBJECT

private slots:
    void remembersOperationsAndKeys();
    void cardAndOperationCommitTogether();
    void anOperationIdIsKeptOnce();
    void notPartOfTheWorkshopContent();
    void goesWithItsWorkshop();
    void remembersWhoIsDoneVoting();
};

void TestRoomStorage::remembersOperationsAndKeys() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 2);
    const qint64 person = store.participants(id).first().id;
    QVERIFY(!store.roomOperation(id, person, u"op-1"_s));
    QCOMPARE(store.roomCard(id, person, u"p-key"_s), 0);
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(store.recordRoomOperation(id, person, u"op-1"_s, 41));
    QVERIFY(store.setRoomCard(id, person, u"p-key"_s, 41));
    QCOMPARE(changed.count(), 0); // bookkeeping, not a change anyone shows
    QCOMPARE(store.roomOperation(id, person, u"op-1"_s).value_or(-1), 41);
    QCOMPARE(store.roomCard(id, person, u"p-key"_s), 41);
    // Per person: another person's identical id or key is theirs alone.
    const qint64 other = store.participants(id).last().id;
    QVERIFY(!store.roomOperation(id, other, u"op-1"_s));
    QCOMPARE(store.roomCard(id, other, u"p-key"_s), 0);
    QVERIFY(store.setRoomCard(id, person, u"p-key"_s, 42)); // a key can move on
    QCOMPARE(store.roomCard(id, person, u"p-key"_s), 42);
    // Kept across a restart.
    QVERIFY(library.reopen());
    QCOMPARE(library.store().roomOperation(id, person, u"op-1"_s).value_or(-1), 41);
}

void TestRoomStorage::cardAndOperationCommitTogether() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 1);
    const qint64 person = store.participants(id).first().id;
    // A batch that fails after the card was written leaves neither the card nor the id.
    qint64 card = 0;
    QVERIFY(!store.batch([&] {
        Candidate c = makeCandidate(id, u"half-way"_s);
        c.authorId = person;
        card = store.addCandidate(c).value_or(0);
        return store.recordRoomOperation(id, person, u"op-x"_s, card) &&
               store.setRoomCard(id, person, u"p-x"_s, card) && false;
    }));
    QVERIFY(card != 0);
    QVERIFY(store.candidates(id).isEmpty());
    QVERIFY(!store.roomOperation(id, person, u"op-x"_s));
    QCOMPARE(store.roomCard(id, person, u"p-x"_s), 0);
}

void TestRoomStorage::anOperationIdIsKeptOnce() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 1);
    const qint64 person = store.participants(id).first().id;
    QVERIFY(store.recordRoomOperation(id, person, u"op-1"_s, 1));
    // Recording the same id again fails, and takes the card written with it down too.
    QVERIFY(!store.batch([&] {
        store.addCandidate(makeCandidate(id, u"second"_s));
        return store.recordRoomOperation(id, person, u"op-1"_s, 2);
    }));
    QVERIFY(store.candidates(id).isEmpty());
    QCOMPARE(store.roomOperation(id, person, u"op-1"_s).value_or(-1), 1);
}

void TestRoomStorage::notPartOfTheWorkshopContent() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 1);
    const qint64 person = store.participants(id).first().id;
    Candidate c = makeCandidate(id, u"from a phone"_s);
    c.authorId = person;
    const qint64 card = *store.addCandidate(c);
    QVERIFY(store.recordRoomOperation(id, person, u"op-exported?"_s, card));
    QVERIFY(store.setRoomCard(id, person, u"p-exported?"_s, card));
    QVERIFY(store.setVoteDone(id, person, true));
    const auto doc = WorkshopDocument::load(store, id);
    QVERIFY(doc);
    const QByteArray json = JsonExchange::write(*doc);
    QVERIFY(!json.contains("exported?"));
    QVERIFY(!json.contains("room_"));
    const auto imported = store.importWorkshop(*doc);
    QVERIFY2(imported, qPrintable(store.lastError()));
    QCOMPARE(rows(library.database(), u"room_operation"_s), 1); // only the original's
    QCOMPARE(rows(library.database(), u"room_card"_s), 1);
    QCOMPARE(rows(library.database(), u"room_vote_done"_s), 1);
    QVERIFY(store.votesDone(*imported).isEmpty());
    const auto copy = store.duplicateWorkshop(id, u"Copy"_s);
    QVERIFY(copy);
    QCOMPARE(rows(library.database(), u"room_operation"_s), 1);
    QCOMPARE(rows(library.database(), u"room_vote_done"_s), 1);
    QVERIFY(store.votesDone(*copy).isEmpty());
}

void TestRoomStorage::goesWithItsWorkshop() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 1);
    const qint64 person = store.participants(id).first().id;
    QVERIFY(store.recordRoomOperation(id, person, u"op-1"_s, 1));
    QVERIFY(store.setRoomCard(id, person, u"p-1"_s, 1));
    QVERIFY(store.setVoteDone(id, person, true));
    QVERIFY(store.deleteWorkshop(id));
    QVERIFY(library.reopen()); // the trash is emptied when the library is next opened
    QCOMPARE(rows(library.database(), u"room_operation"_s), 0);
    QCOMPARE(rows(library.database(), u"room_card"_s), 0);
    QCOMPARE(rows(library.database(), u"room_vote_done"_s), 0);
}

void TestRoomStorage::remembersWhoIsDoneVoting() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(u"Room"_s, 3);
    const QList<Participant> people = store.participants(id);
    const qint64 other = library.addWorkshop(u"Other room"_s, 1);
    QVERIFY(store.votesDone(id).isEmpty());
    QList<WorkshopChanges> changes;
    connect(&store, &WorkshopStore::changed, this,
            [&](const WorkshopChanges& c) { changes.append(c); });
    QVERIFY(store.setVoteDone(id, people[0].id, true));
    QVERIFY(store.setVoteDone(id, people[1].id, true));
    QVERIFY(store.setVoteDone(id, people[1].id, true)); // twice is once
    QCOMPARE(store.votesDone(id), (QSet<qint64>{people[0].id, people[1].id}));
    QVERIFY(store.votesDone(other).isEmpty());
    // The console's dot-vote panel listens to Vote changes.
    QCOMPARE(changes.size(), 3);
    QVERIFY(changes[0].has(id, ChangeKind::Vote));
    QVERIFY(changes[0].participantIds.contains(people[0].id));
    QVERIFY(store.setVoteDone(id, people[0].id, false));
    QCOMPARE(store.votesDone(id), QSet<qint64>{people[1].id});
    QVERIFY(changes.last().has(id, ChangeKind::Vote));
    QVERIFY(library.reopen()); // kept across a restart
    WorkshopStore& reopened = library.store();
    QCOMPARE(reopened.votesDone(id), QSet<qint64>{people[1].id});
    // A person who leaves the roster takes their mark along.
    QVERIFY(reopened.removeParticipant(people[1].id));
    QVERIFY(reopened.votesDone(id).isEmpty());
    QCOMPARE(rows(library.database(), u"room_vote_done"_s), 0);
}

QTEST_GUILESS_MAIN(TestRoomStorage)
#include "TestRoomStorage.moc"
