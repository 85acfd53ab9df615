// Dot voting: caps per person and per candidate, the messages when a cap is hit, tallies
// with ranks and ties.
#include "scoring/DotVote.h"

#include <QTest>

class TestDotVote : public QObject {
    Q_OBJECT

private slots:
    void placesWithinCaps();
    void messages_data();
    void messages();
    void removeGivesDotsBack();
    void loadsStoredVotes();
    void tally_data();
    void tally();
    void limitsAreSane();
};

namespace {
constexpr qint64 Ana = 1, Bo = 2, Cy = 3;
constexpr qint64 A = 101, B = 102, C = 103, D = 104;
} // namespace

void TestDotVote::placesWithinCaps() {
    DotVote vote;
    QCOMPARE(vote.dotsPerPerson(), 3);
    QCOMPARE(vote.maxPerCandidate(), 2);
    QVERIFY(vote.canPlace(Ana, A));
    QVERIFY(vote.place(Ana, A));
    QVERIFY(vote.place(Ana, A));
    QString problem;
    QVERIFY(!vote.place(Ana, A, QStringLiteral("Ana"), &problem));
    QCOMPARE(problem, QStringLiteral("At most 2 dots per candidate."));
    QCOMPARE(vote.dots(Ana, A), 2);
    QVERIFY(vote.place(Ana, B));
    QCOMPARE(vote.dotsUsed(Ana), 3);
    QCOMPARE(vote.dotsLeft(Ana), 0);
    QVERIFY(!vote.canPlace(Ana, C));
    QVERIFY(!vote.place(Ana, C, QStringLiteral("Ana"), &problem));
    QCOMPARE(problem, QStringLiteral("Ana has used all 3 dots."));
    QCOMPARE(vote.dotsLeft(Bo), 3);
    QCOMPARE(vote.votes(), (QList<Vote>{{Ana, A, 2}, {Ana, B, 1}}));
    QCOMPARE(vote.stillVoting({Ana, Bo, Cy, Bo}), (QList<qint64>{Bo, Cy}));
}

void TestDotVote::messages_data() {
    QTest::addColumn<int>("perPerson");
    QTest::addColumn<int>("perCandidate");
    QTest::addColumn<QList<qint64>>("placed"); // Ana's dots, in order
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // for one more dot on A

    QTest::newRow("free") << 3 << 2 << QList<qint64>{B} << QStringLiteral("Ana") << QString();
    QTest::newRow("per candidate") << 3 << 2 << QList<qint64>{A, A} << QStringLiteral("Ana")
                                   << QStringLiteral("At most 2 dots per candidate.");
    QTest::newRow("one per candidate") << 3 << 1 << QList<qint64>{A} << QStringLiteral("Ana")
                                       << QStringLiteral("At most one dot per candidate.");
    QTest::newRow("all used first") << 2 << 2 << QList<qint64>{A, A} << QStringLiteral("Ana")
                                    << QStringLiteral("Ana has used all 2 dots.");
    QTest::newRow("only dot") << 1 << 1 << QList<qint64>{B} << QStringLiteral("Zoë")
                              << QStringLiteral("Zoë has used their only dot.");
    QTest::newRow("no name") << 1 << 1 << QList<qint64>{B} << QStringLiteral("  ")
                             << QStringLiteral("This person has used their only dot.");
    QTest::newRow("percent in name") << 1 << 1 << QList<qint64>{B} << QStringLiteral("%2 Bo")
                                     << QStringLiteral("%2 Bo has used their only dot.");
    QTest::newRow("percent in name, count")
        << 2 << 1 << QList<qint64>{B, C} << QStringLiteral("%2 Bo")
        << QStringLiteral("%2 Bo has used all 2 dots.");
}

void TestDotVote::messages() {
    QFETCH(int, perPerson);
    QFETCH(int, perCandidate);
    QFETCH(QList<qint64>, placed);
    QFETCH(QString, name);
    QFETCH(QString, problem);
    DotVote vote(perPerson, perCandidate);
    for (qint64 candidate : placed)
        QVERIFY(vote.place(Ana, candidate));
    QCOMPARE(vote.placementProblem(Ana, name, A), problem);
    QCOMPARE(vote.canPlace(Ana, A), problem.isEmpty());
}

void TestDotVote::removeGivesDotsBack() {
    DotVote vote;
    QVERIFY(vote.place(Ana, A));
    QVERIFY(vote.place(Ana, A));
    QVERIFY(vote.remove(Ana, A));
    QCOMPARE(vote.dots(Ana, A), 1);
    QVERIFY(vote.remove(Ana, A));
    QVERIFY(!vote.remove(Ana, A));
    QVERIFY(vote.votes().isEmpty());
    QCOMPARE(vote.dotsLeft(Ana), 3);
}

void TestDotVote::loadsStoredVotes() {
    DotVote vote;
    vote.setVotes({{Ana, A, 1}, {Bo, A, 0}, {Ana, A, 1}, {Bo, B, 5}});
    QCOMPARE(vote.dots(Ana, A), 2);
    QCOMPARE(vote.dots(Bo, A), 0);
    QCOMPARE(vote.dots(Bo, B), 5); // over the caps: counted, but no more dots
    QCOMPARE(vote.dotsLeft(Bo), 0);
    QVERIFY(!vote.canPlace(Bo, C));
    QCOMPARE(vote.tally({A, B}).first().candidateId, B);
}

void TestDotVote::tally_data() {
    QTest::addColumn<QList<Vote>>("votes");
    QTest::addColumn<QList<qint64>>("order"); // candidates best first
    QTest::addColumn<QList<int>>("dots");
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QList<bool>>("tied");
    QTest::addColumn<QList<qint64>>("leaders");

    QTest::newRow("nobody voted") << QList<Vote>{} << QList<qint64>{A, B, C, D}
                                  << QList<int>{0, 0, 0, 0} << QList<int>{1, 1, 1, 1}
                                  << QList<bool>{true, true, true, true} << QList<qint64>{};
    QTest::newRow("clear winner")
        << QList<Vote>{{Ana, C, 2}, {Ana, A, 1}, {Bo, C, 1}, {Bo, B, 2}, {Cy, C, 1}}
        << QList<qint64>{C, B, A, D} << QList<int>{4, 2, 1, 0} << QList<int>{1, 2, 3, 4}
        << QList<bool>{false, false, false, false} << QList<qint64>{C};
    QTest::newRow("tie at the top")
        << QList<Vote>{{Ana, B, 2}, {Ana, D, 1}, {Bo, D, 2}, {Bo, A, 1}, {Cy, B, 1}}
        << QList<qint64>{B, D, A, C} << QList<int>{3, 3, 1, 0} << QList<int>{1, 1, 3, 4}
        << QList<bool>{true, true, false, false} << QList<qint64>{B, D};
    QTest::newRow("votes on unlisted candidates are ignored")
        << QList<Vote>{{Ana, 999, 2}, {Ana, A, 1}} << QList<qint64>{A, B, C, D}
        << QList<int>{1, 0, 0, 0} << QList<int>{1, 2, 2, 2} << QList<bool>{false, true, true, true}
        << QList<qint64>{A};
}

void TestDotVote::tally() {
    QFETCH(QList<Vote>, votes);
    QFETCH(QList<qint64>, order);
    QFETCH(QList<int>, dots);
    QFETCH(QList<int>, ranks);
    QFETCH(QList<bool>, tied);
    QFETCH(QList<qint64>, leaders);

    DotVote vote;
    vote.setVotes(votes);
    const QList<DotTally> rows = vote.tally({A, B, C, D, A});
    QCOMPARE(rows.size(), 4);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).candidateId, order.at(i));
        QCOMPARE(rows.at(i).dots, dots.at(i));
        QCOMPARE(rows.at(i).rank, ranks.at(i));
        QCOMPARE(rows.at(i).tied, tied.at(i));
    }
    QCOMPARE(vote.leaders({A, B, C, D}), leaders);
}

void TestDotVote::limitsAreSane() {
    const DotVote odd(0, 9);
    QCOMPARE(odd.dotsPerPerson(), 1);
    QCOMPARE(odd.maxPerCandidate(), 1);
    const DotVote wide(5, 9);
    QCOMPARE(wide.maxPerCandidate(), 5);
}

QTEST_GUILESS_MAIN(TestDotVote)
#include "TestDotVote.moc"
