// The store's kept statements (model/storage/StatementCache): each SQL text is prepared once
// and reused; one given back holds no read transaction; one whose run failed is prepared
// afresh; a nested use of the same SQL does not disturb the outer one; a new connection
// starts a new cache.
#include "SqlTrace.h"
#include "TestLibrary.h"
#include "storage/Database.h"
#include "storage/StatementCache.h"
#include "storage/WorkshopStore.h"

#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

class TestStatementCache : public QObject {
    Q_OBJECT

private slots:
    void preparesEachStatementOnce();
    void readsByIdsKeepTheirStatements();
    void aStatementGivenBackHoldsNoSnapshot();
    void aFailedStatementIsPreparedAfresh();
    void aNestedUseLeavesTheOuterOneAlone();
    void aNewConnectionStartsAfresh();
};

void TestStatementCache::preparesEachStatementOnce() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Kept"_s, 2);
    WorkshopStore& store = library.store();
    const qint64 person = store.participants(id).first().id;
    const qint64 before = library.database().statements().prepares();
    for (int i = 0; i < 10; ++i) {
        QVERIFY(store.recordRoomOperation(id, person, u"op-%1"_s.arg(i), i + 1));
        QCOMPARE(store.roomOperation(id, person, u"op-%1"_s.arg(i)).value_or(0), i + 1);
    }
    // One INSERT and one SELECT (and the workshop's updated_at, if the write touches it).
    QVERIFY(library.database().statements().prepares() - before <= 3);
}

// What a view reads on every change (the cards a change names, their inputs): one statement per
// number of ids, kept.
void TestStatementCache::readsByIdsKeepTheirStatements() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Named"_s, 1);
    WorkshopStore& store = library.store();
    QList<qint64> cards;
    for (int i = 0; i < 3; ++i)
        cards << store.addCandidate(makeCandidate(id, u"Card %1"_s.arg(i))).value_or(0);
    QCOMPARE(store.silentCards(id, {cards.at(0)})->size(), 1);
    QCOMPARE(store.inputsOf({cards.at(0)}).size(), 0);
    SqlTrace trace(library.database().connection());
    QVERIFY2(trace.isActive(), "SQLite's trace hook was not found");
    for (qint64 card : cards) {
        QCOMPARE(store.silentCards(id, {card})->first().id, card);
        QCOMPARE(store.candidates(id, {card})->first().id, card);
        QVERIFY(store.inputsOf({card}).isEmpty());
    }
    QCOMPARE(trace.statements().size(), 3 * 4);
    // Only where the cards came from (candidates() reads it, silentCards() does not) is new.
    QCOMPARE(trace.prepared().size(), 1);
    QVERIFY(trace.prepared().first().contains(u"candidate_source"_s));
}

void TestStatementCache::aStatementGivenBackHoldsNoSnapshot() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Snapshot"_s, 3);
    StatementCache& cache = library.database().statements();
    const QString people = u"SELECT id FROM participant WHERE workshop_id = ? ORDER BY id"_s;
    {
        StatementCache::Lease q = cache.statement(library.database().connection(), people);
        QVERIFY(q.run({id}, nullptr));
        QVERIFY(q->next()); // one row of three read, then given back
    }
    {
        // Another program writes (in WAL mode it need not wait for readers).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(library.path());
        QVERIFY(other.open());
        QSqlQuery write(other);
        QVERIFY(
            write.exec(u"UPDATE workshop SET title = 'Renamed elsewhere' WHERE id = %1"_s.arg(id)));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-writer"_s);
    // A statement still holding unread rows would keep the connection's old snapshot.
    QCOMPARE(library.store().workshop(id)->title, u"Renamed elsewhere"_s);
}

void TestStatementCache::aFailedStatementIsPreparedAfresh() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Failing"_s, 1);
    StatementCache& cache = library.database().statements();
    const QSqlDatabase db = library.database().connection();
    const QString insert = u"INSERT INTO room_operation (workshop_id, participant_id, "
                           u"operation_id, candidate_id) VALUES (?, ?, ?, ?)"_s;
    const qint64 person = library.store().participants(id).first().id;
    QVERIFY(cache.statement(db, insert).run({id, person, u"op-1"_s, 1}, nullptr));
    const qint64 prepared = cache.prepares();
    QString error;
    QVERIFY(!cache.statement(db, insert).run({id, person, u"op-1"_s, 2}, &error)); // taken
    QVERIFY(!error.isEmpty());
    QVERIFY(cache.statement(db, insert).run({id, person, u"op-2"_s, 3}, nullptr));
    QCOMPARE(cache.prepares(), prepared + 1); // the failed one was not kept
    QCOMPARE(library.store().roomOperation(id, person, u"op-2"_s).value_or(0), 3);
}

void TestStatementCache::aNestedUseLeavesTheOuterOneAlone() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Nested"_s, 3);
    StatementCache& cache = library.database().statements();
    const QSqlDatabase db = library.database().connection();
    const QString people = u"SELECT id FROM participant WHERE workshop_id = ? ORDER BY id"_s;
    QList<qint64> outer;
    StatementCache::Lease q = cache.statement(db, people);
    QVERIFY(q.run({id}, nullptr));
    while (q->next()) {
        outer << q->value(0).toLongLong();
        StatementCache::Lease inner = cache.statement(db, people); // same SQL, still lent
        QVERIFY(inner.run({id}, nullptr));
        int rows = 0;
        while (inner->next())
            ++rows;
        QCOMPARE(rows, 3);
    }
    QCOMPARE(outer.size(), 3);
    QCOMPARE(std::set<qint64>(outer.cbegin(), outer.cend()).size(), size_t(3));
}

void TestStatementCache::aNewConnectionStartsAfresh() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Reopened"_s, 1);
    const qint64 person = library.store().participants(id).first().id;
    QVERIFY(library.store().recordRoomOperation(id, person, u"op-1"_s, 1));
    QVERIFY(library.database().statements().size() > 0);
    // The same library closed and opened again: the statements kept were the old connection's.
    library.database().close();
    QVERIFY(library.database().open());
    QVERIFY(library.store().recordRoomOperation(id, person, u"op-2"_s, 2));
    QCOMPARE(library.store().roomOperation(id, person, u"op-2"_s).value_or(0), 2);
    QCOMPARE(library.store().roomOperation(id, person, u"op-1"_s).value_or(0), 1);
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
