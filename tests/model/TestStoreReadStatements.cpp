// The reads the console runs on every pass while a room of phones writes (issue #17) keep
// their prepared statements: workshop() was 0.4-0.55M instructions a call, most of it SQLite
// parsing and planning its SELECT again. Measured with SQLite's own trace: a statement whose
// count of runs is 0 was just prepared. A store whose library is closed and opened again
// (read-write or read-only) still reads what is there.
#include "SqlTrace.h"
#include "TestLibrary.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreReadStatements : public QObject {
    Q_OBJECT

private slots:
    void passReadsPrepareOnce();
    void aReopenedLibraryReadsAfresh();
    void checklistAnswersAreReadOnceWhileUnchanged();
};

namespace {

void readAPass(WorkshopStore& store, qint64 id) {
    QVERIFY(store.workshop(id).has_value());
    QCOMPARE(store.participants(id).size(), 3);
    store.candidates(id);
    store.silentCards(id);
    store.votes(id);
    store.votesDone(id);
    store.checklistScores(id);
}

} // namespace

void TestStoreReadStatements::passReadsPrepareOnce() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Reads"_s, 3);
    WorkshopStore& store = library.store();
    readAPass(store, id);
    SqlTrace trace(library.database().connection());
    QVERIFY2(trace.isActive(), "SQLite's trace hook was not found");
    for (int pass = 0; pass < 5; ++pass)
        readAPass(store, id);
    QCOMPARE(trace.statements().size(), 5 * 8); // candidates() reads its lineage too
    QVERIFY2(trace.prepared().isEmpty(), qPrintable(trace.prepared().join(u"\n"_s)));
}

void TestStoreReadStatements::aReopenedLibraryReadsAfresh() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Before"_s, 3);
    WorkshopStore& store = library.store();
    Database& database = library.database();
    QCOMPARE(store.workshop(id)->title, u"Before"_s);
    // Another connection changes the file while this one is closed.
    database.close();
    {
        Database other(library.path());
        QVERIFY(other.open());
        WorkshopStore otherStore(other);
        Workshop w = *otherStore.workshop(id);
        w.title = u"After"_s;
        QVERIFY(otherStore.updateWorkshop(w));
    }
    QVERIFY(database.open(Database::Mode::ReadOnly));
    QCOMPARE(store.workshop(id)->title, u"After"_s);
    QCOMPARE(store.participants(id).size(), 3);
    database.close();
    QVERIFY(database.open());
    QCOMPARE(store.workshop(id)->title, u"After"_s);
    Workshop w = *store.workshop(id);
    w.title = u"Again"_s;
    QVERIFY(store.updateWorkshop(w));
    QCOMPARE(store.workshop(id)->title, u"Again"_s);
}

// The score page, its projector and the room's push each ask for the answers once a pass: the
// rows are read once while nothing changed them, and again after this connection wrote or
// another one committed.
void TestStoreReadStatements::checklistAnswersAreReadOnceWhileUnchanged() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(u"Answers"_s, 3);
    WorkshopStore& store = library.store();
    const qint64 card = store.addCandidate(makeCandidate(id, u"Card"_s)).value_or(0);
    const qint64 aisha = store.participants(id).first().id;
    QVERIFY(store.setChecklistScore({card, u"understandable"_s, aisha, ChecklistAnswer::Yes}));
    SqlTrace trace(library.database().connection());
    QVERIFY2(trace.isActive(), "SQLite's trace hook was not found");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(store.checklistScores(id).size(), 1);
    QCOMPARE(trace.count(u"FROM checklist_score"_s), 1);

    QVERIFY(store.setChecklistScore({card, u"understandable"_s, aisha, ChecklistAnswer::No}));
    QCOMPARE(store.checklistScores(id).first().answer, ChecklistAnswer::No);
    QCOMPARE(store.checklistScores(id).first().answer, ChecklistAnswer::No);
    QCOMPARE(trace.count(u"FROM checklist_score"_s), 2);

    { // another program commits (in WAL mode it need not wait for readers)
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(library.path());
        QVERIFY(other.open());
        QSqlQuery write(other);
        QVERIFY(write.exec(u"UPDATE checklist_score SET answer = 1"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-writer"_s);
    QCOMPARE(store.checklistScores(id).first().answer, ChecklistAnswer::Partly);
    QCOMPARE(trace.count(u"FROM checklist_score"_s), 3);
    QCOMPARE(store.checklistScores(id + 1000).size(), 0); // another workshop: read, not kept
    QCOMPARE(store.checklistScores(id).size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreReadStatements)
#include "TestStoreReadStatements.moc"
