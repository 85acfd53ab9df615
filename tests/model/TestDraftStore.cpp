// What draft-and-converge keeps in the library: the pair draw and its seed, pair candidates
// pointing at their pair, the vote limits, the scoring mode, and replacing the whole matrix.
#include "TestLibrary.h"

#include <QSignalSpy>
#include <QTest>

class TestDraftStore : public QObject {
    Q_OBJECT

private slots:
    void pairingRoundTrips();
    void redrawKeepsSurvivingGroups();
    void personInTwoPairsIsRefused();
    void voteSettingsAndScoringMode();
    void replaceMatrixSwapsEverything();
    void replaceMatrixRefusesBadInput();
    void newKindsRoundTrip();
};

void TestDraftStore::pairingRoundTrips() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Pairs"), 5);
    const QList<Participant> people = library.store().participants(id);
    QSignalSpy changed(&library.store(), &WorkshopStore::changed);
    const QList<PairGroupRecord> groups = {
        {0, id, 0, {people[0].id, people[3].id}},
        {0, id, 0, {people[4].id, people[1].id, people[2].id}},
    };
    QVERIFY(library.store().setPairing(id, groups, 0xFEDCBA9876543210ULL));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().value<WorkshopChanges>().has(id, ChangeKind::Pairs));
    QVERIFY(library.reopen());
    const QList<PairGroupRecord> stored = library.store().pairGroups(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].members, groups[0].members); // seating order is kept
    QCOMPARE(stored[1].members, groups[1].members);
    QCOMPARE(stored[1].position, 1);
    QCOMPARE(library.store().workshop(id)->pairSeed, 0xFEDCBA9876543210ULL);
}

void TestDraftStore::redrawKeepsSurvivingGroups() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Redraw"), 4);
    const QList<Participant> p = library.store().participants(id);
    QVERIFY(library.store().setPairing(
        id, {{0, id, 0, {p[0].id, p[1].id}}, {0, id, 0, {p[2].id, p[3].id}}}, 1));
    const QList<PairGroupRecord> first = library.store().pairGroups(id);
    Candidate fromFirst = makeCandidate(id, QStringLiteral("Weekly planners"), CandidateKind::Pair);
    fromFirst.pairId = first[0].id;
    Candidate fromSecond = makeCandidate(id, QStringLiteral("Booked seats"), CandidateKind::Pair);
    fromSecond.pairId = first[1].id;
    const qint64 a = *library.store().addCandidate(fromFirst);
    const qint64 b = *library.store().addCandidate(fromSecond);

    // A swap keeps both groups (same ids); a redraw that drops the second group unlinks its card.
    QVERIFY(library.store().setPairing(
        id, {{first[0].id, id, 0, {p[0].id, p[2].id}}, {first[1].id, id, 0, {p[1].id, p[3].id}}},
        1));
    QCOMPARE(library.store().candidate(a)->pairId, first[0].id);
    QVERIFY(library.store().setPairing(
        id, {{first[0].id, id, 0, {p[0].id, p[3].id}}, {0, id, 0, {p[1].id, p[2].id}}}, 2));
    QCOMPARE(library.store().candidate(a)->pairId, first[0].id);
    QCOMPARE(library.store().candidate(b)->pairId, 0);
    QCOMPARE(library.store().candidate(b)->name, QStringLiteral("Booked seats"));
    QCOMPARE(library.store().pairGroups(id).size(), 2);

    // Undo of a redraw: the old group comes back with its old id.
    QVERIFY(library.store().setPairing(id, first, 1));
    QCOMPARE(library.store().pairGroups(id), first);
}

void TestDraftStore::personInTwoPairsIsRefused() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Twice"), 3);
    const QList<Participant> p = library.store().participants(id);
    QVERIFY(library.store().setPairing(id, {{0, id, 0, {p[0].id, p[1].id, p[2].id}}}, 7));
    const auto before = library.store().pairGroups(id);
    QSignalSpy failed(&library.store(), &WorkshopStore::writeFailed);
    QVERIFY(!library.store().setPairing(
        id, {{0, id, 0, {p[0].id, p[1].id}}, {0, id, 0, {p[1].id, p[2].id}}}, 8));
    QCOMPARE(failed.count(), 1);
    QVERIFY(library.store().lastError().contains(QStringLiteral("two pairs")));
    QCOMPARE(library.store().pairGroups(id), before);
    QCOMPARE(library.store().workshop(id)->pairSeed, 7u);
}

void TestDraftStore::voteSettingsAndScoringMode() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Vote"));
    Workshop w = *library.store().workshop(id);
    QCOMPARE(w.dotsPerPerson, 3);
    QCOMPARE(w.maxDotsPerCandidate, 2);
    QVERIFY(!w.checklistPerPerson);
    w.dotsPerPerson = 5;
    w.maxDotsPerCandidate = 3;
    w.checklistPerPerson = true;
    QVERIFY(library.store().updateWorkshop(w));
    QVERIFY(library.reopen());
    const Workshop back = *library.store().workshop(id);
    QCOMPARE(back.dotsPerPerson, 5);
    QCOMPARE(back.maxDotsPerCandidate, 3);
    QVERIFY(back.checklistPerPerson);
}

void TestDraftStore::replaceMatrixSwapsEverything() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Matrix"));
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("Nights")));
    const qint64 k = *library.store().addMatrixCriterion({0, id, QStringLiteral("Clear"), 2, 0});
    QVERIFY(library.store().setMatrixScore({k, c, 4}));
    const auto criteria = library.store().matrixCriteria(id);
    const auto scores = library.store().matrixScores(id);

    QVERIFY(library.store().replaceMatrix(
        id, {{0, id, QStringLiteral("A"), 1, 0}, {0, id, QStringLiteral("B"), 5, 0}}, {}));
    QCOMPARE(library.store().matrixCriteria(id).size(), 2);
    QVERIFY(library.store().matrixScores(id).isEmpty());

    QVERIFY(library.store().replaceMatrix(id, criteria, scores)); // the undo
    QVERIFY(library.reopen());
    QCOMPARE(library.store().matrixCriteria(id), criteria);
    QCOMPARE(library.store().matrixScores(id), scores);
}

void TestDraftStore::replaceMatrixRefusesBadInput() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Bad matrix"));
    QVERIFY(library.store().replaceMatrix(id, {{0, id, QStringLiteral("Kept"), 3, 0}}, {}));
    const auto before = library.store().matrixCriteria(id);
    QVERIFY(!library.store().replaceMatrix(id, {{0, id, QStringLiteral("  "), 3, 0}}, {}));
    QVERIFY(!library.store().replaceMatrix(id, {{0, id, QStringLiteral("W"), 9, 0}}, {}));
    QVERIFY(
        !library.store().replaceMatrix(id, {{0, id, QString(300, QLatin1Char('x')), 1, 0}}, {}));
    QCOMPARE(library.store().matrixCriteria(id), before);
}

void TestDraftStore::newKindsRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Kinds"));
    const qint64 source = *library.store().addCandidate(makeCandidate(id, QStringLiteral("Own")));
    Candidate room = makeCandidate(id, QStringLiteral("Room"), CandidateKind::Room);
    room.mergedFrom = {source};
    const qint64 r = *library.store().addCandidate(room);
    QVERIFY(library.reopen());
    const Candidate back = *library.store().candidate(r);
    QCOMPARE(back.kind, CandidateKind::Room);
    QCOMPARE(back.mergedFrom, QList<qint64>{source});
    QCOMPARE(candidateKindFromKey(candidateKindKey(CandidateKind::Pair)), CandidateKind::Pair);
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
