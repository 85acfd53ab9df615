// Decision matrix: weighted totals, competition ranks with ties, leaders, incomplete rows,
// and "what would flip it".
#include "scoring/DecisionMatrix.h"

#include <QTest>

using Ints = QList<int>;
using Ids = QList<qint64>;

class TestDecisionMatrix : public QObject {
    Q_OBJECT

private slots:
    void templates();
    void totalsAndRanks_data();
    void totalsAndRanks();
    void emptyCellsAndIncompleteRows();
    void clampsAndIgnoresBadInput();
    void flips_data();
    void flips();
    void flipsEnumeratesOnlyRealChanges();
};

namespace {

// Criteria ids 1..n with the given weights; candidate ids 101.. with rows of scores.
DecisionMatrix matrix(const Ints& weights, const QList<Ints>& rows) {
    QList<MatrixCriterion> criteria;
    for (qsizetype c = 0; c < weights.size(); ++c)
        criteria << MatrixCriterion{c + 1, 1, QStringLiteral("C%1").arg(c + 1), weights.at(c),
                                    int(c)};
    Ids candidates;
    QList<MatrixScore> scores;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        candidates << 101 + k;
        for (qsizetype c = 0; c < rows.at(k).size(); ++c)
            scores << MatrixScore{c + 1, 101 + k, rows.at(k).at(c)};
    }
    return DecisionMatrix(criteria, candidates, scores);
}

const QHash<qint64, QString> Names{{101, QStringLiteral("Weekly active teams")},
                                   {102, QStringLiteral("Daily messages sent")},
                                   {103, QStringLiteral("Files shared")}};

} // namespace

void TestDecisionMatrix::templates() {
    const QList<MatrixCriterion> standard = DecisionMatrix::standardCriteria();
    QCOMPARE(standard.size(), 4);
    QCOMPARE(standard.at(2).name, QStringLiteral("Actionable"));
    const QList<MatrixCriterion> checklist = DecisionMatrix::checklistCriteria();
    QCOMPARE(checklist.size(), 7);
    for (const QList<MatrixCriterion>& set : {standard, checklist})
        for (qsizetype i = 0; i < set.size(); ++i) {
            QCOMPARE(set.at(i).weight, 1);
            QCOMPARE(set.at(i).position, int(i));
            QVERIFY(!set.at(i).name.isEmpty());
        }
}

void TestDecisionMatrix::totalsAndRanks_data() {
    QTest::addColumn<Ints>("weights");
    QTest::addColumn<QList<Ints>>("rows");
    QTest::addColumn<Ints>("totals");
    QTest::addColumn<Ints>("ranks");
    QTest::addColumn<QList<bool>>("tied");
    QTest::addColumn<Ids>("leaders");

    QTest::newRow("published example")
        << Ints{1, 1, 1, 1} << QList<Ints>{{5, 5, 4, 5}, {3, 4, 5, 4}} << Ints{19, 16} << Ints{1, 2}
        << QList<bool>{false, false} << Ids{101};
    QTest::newRow("weights multiply") << Ints{3, 1} << QList<Ints>{{2, 5}, {4, 1}} << Ints{11, 13}
                                      << Ints{2, 1} << QList<bool>{false, false} << Ids{102};
    QTest::newRow("tie at the top: 1, 1, 3")
        << Ints{1, 2} << QList<Ints>{{4, 3}, {2, 4}, {1, 1}} << Ints{10, 10, 3} << Ints{1, 1, 3}
        << QList<bool>{true, true, false} << Ids{101, 102};
    QTest::newRow("tie below: 1, 2, 2")
        << Ints{1} << QList<Ints>{{5}, {3}, {3}} << Ints{5, 3, 3} << Ints{1, 2, 2}
        << QList<bool>{false, true, true} << Ids{101};
    QTest::newRow("nothing scored") << Ints{1, 1} << QList<Ints>{{}, {}} << Ints{0, 0} << Ints{1, 1}
                                    << QList<bool>{true, true} << Ids{};
    QTest::newRow("no candidates")
        << Ints{1} << QList<Ints>{} << Ints{} << Ints{} << QList<bool>{} << Ids{};
}

void TestDecisionMatrix::totalsAndRanks() {
    QFETCH(Ints, weights);
    QFETCH(QList<Ints>, rows);
    QFETCH(Ints, totals);
    QFETCH(Ints, ranks);
    QFETCH(QList<bool>, tied);
    QFETCH(Ids, leaders);

    const DecisionMatrix m = matrix(weights, rows);
    const QList<MatrixRow> result = m.rows();
    QCOMPARE(result.size(), totals.size());
    for (qsizetype k = 0; k < result.size(); ++k) {
        QCOMPARE(result.at(k).candidateId, 101 + k);
        QCOMPARE(result.at(k).total, totals.at(k));
        QCOMPARE(m.total(101 + k), totals.at(k));
        QCOMPARE(result.at(k).rank, ranks.at(k));
        QCOMPARE(result.at(k).tied, tied.at(k));
    }
    QCOMPARE(m.leaders(), leaders);
    const QList<MatrixRow> ranking = m.ranking();
    for (qsizetype i = 1; i < ranking.size(); ++i)
        QVERIFY(ranking.at(i - 1).rank <= ranking.at(i).rank);
}

void TestDecisionMatrix::emptyCellsAndIncompleteRows() {
    DecisionMatrix m = matrix({2, 1, 1}, {{5, 5, 5}, {5}});
    QCOMPARE(m.total(101), 20);
    QCOMPARE(m.total(102), 10); // empty cells count 0
    QVERIFY(!m.isIncomplete(101));
    QVERIFY(m.isIncomplete(102));
    QCOMPARE(m.rows().at(1).filledCells, 1);
    QVERIFY(m.rows().at(1).incomplete);
    QCOMPARE(m.maxTotal(), 20);
    QVERIFY(m.setScore(2, 102, 0)); // clearing
    QVERIFY(m.isIncomplete(101) == false);
    QCOMPARE(m.score(2, 101), 5);
    QVERIFY(m.setScore(1, 101, 0));
    QCOMPARE(m.score(1, 101), 0);
    QCOMPARE(m.total(101), 10);
    QVERIFY(m.hasScores());
}

void TestDecisionMatrix::clampsAndIgnoresBadInput() {
    DecisionMatrix m = matrix({9, 0}, {{7, -1}});
    QCOMPARE(m.weight(1), 5);
    QCOMPARE(m.weight(2), 1);
    QCOMPARE(m.score(1, 101), 0); // out of range: empty
    QVERIFY(!m.setScore(99, 101, 3));
    QVERIFY(!m.setScore(1, 999, 3));
    QVERIFY(!m.setWeight(99, 3));
    QVERIFY(m.setWeight(1, 3));
    QCOMPARE(m.weight(1), 3);
    QCOMPARE(m.weight(99), 0);
    QVERIFY(!m.hasScores());
    QVERIFY(m.leaders().isEmpty());
    QVERIFY(!m.whatWouldFlip(Names));
    // Criteria are shown in position order, whatever order they came in.
    const DecisionMatrix ordered({MatrixCriterion{7, 1, QStringLiteral("B"), 1, 2},
                                  MatrixCriterion{8, 1, QStringLiteral("A"), 1, 1}},
                                 {1});
    QCOMPARE(ordered.criteria().first().name, QStringLiteral("A"));
}

void TestDecisionMatrix::flips_data() {
    QTest::addColumn<Ints>("weights");
    QTest::addColumn<QList<Ints>>("rows");
    QTest::addColumn<QString>("sentence"); // empty: no single change flips it
    QTest::addColumn<Ids>("leadersAfter");

    // The published example, equal weights: 19 against 16. Raising 'Actionable' (where the
    // runner-up scores higher) to 4 ties them; so would lowering one of the leader's scores
    // by 3, but on equal size a weight comes first.
    QTest::newRow("published example")
        << Ints{1, 1, 1, 1} << QList<Ints>{{5, 5, 4, 5}, {3, 4, 5, 4}}
        << QStringLiteral("If 'C3' weighed 4 instead of 1, 'Weekly active teams' and 'Daily "
                          "messages sent' would tie for the lead.")
        << Ids{101, 102};
    // Runner-up becomes the sole leader by a weight change of 2 (3 is not enough).
    QTest::newRow("weight makes a new leader")
        << Ints{1, 2, 1} << QList<Ints>{{1, 5, 2}, {5, 3, 5}}
        << QStringLiteral("If 'C2' weighed 4 instead of 2, 'Weekly active teams' would lead.")
        << Ids{101};
    // A tie at the top is broken by the smallest change: one weight step.
    QTest::newRow("tie broken by a weight")
        << Ints{1, 1} << QList<Ints>{{5, 3}, {3, 5}}
        << QStringLiteral("If 'C1' weighed 2 instead of 1, 'Weekly active teams' would lead.")
        << Ids{101};
    // Identical rows: no weight can separate them, one score step can.
    QTest::newRow("tie broken by a score")
        << Ints{1, 1} << QList<Ints>{{3, 3}, {3, 3}}
        << QStringLiteral("If 'Weekly active teams' scored 4 instead of 3 on 'C1', 'Weekly "
                          "active teams' would lead.")
        << Ids{101};
    // Only a score can do it: the runner-up is one point behind and better nowhere. Raising
    // comes before lowering, but raising the leader changes nothing.
    QTest::newRow("score makes a tie")
        << Ints{1, 1} << QList<Ints>{{4, 4}, {4, 3}, {1, 1}}
        << QStringLiteral("If 'Weekly active teams' scored 3 instead of 4 on 'C1', 'Weekly "
                          "active teams' and 'Daily messages sent' would tie for the lead.")
        << Ids{101, 102};
    // A weight change that ties nine: three named, the rest counted.
    QTest::newRow("many tie")
        << Ints{1, 1}
        << QList<Ints>{{4, 2}, {2, 3}, {2, 3}, {2, 3}, {2, 3}, {2, 3}, {2, 3}, {2, 3}, {2, 3}}
        << QStringLiteral("If 'C2' weighed 2 instead of 1, 'Weekly active teams', 'Daily messages "
                          "sent', 'Files shared' and 6 others would tie for the lead.")
        << Ids{101, 102, 103, 104, 105, 106, 107, 108, 109};
    // Four: all named.
    QTest::newRow("four tie") << Ints{1, 1} << QList<Ints>{{4, 2}, {2, 3}, {2, 3}, {2, 3}}
                              << QStringLiteral("If 'C2' weighed 2 instead of 1, 'Weekly active "
                                                "teams', 'Daily messages sent', 'Files shared' "
                                                "and 'candidate 104' would tie for the lead.")
                              << Ids{101, 102, 103, 104};
    QTest::newRow("no single change")
        << Ints{1, 1, 1, 1} << QList<Ints>{{5, 5, 5, 5}, {1, 1, 1, 1}} << QString() << Ids{};
    QTest::newRow("one candidate") << Ints{1} << QList<Ints>{{3}} << QString() << Ids{};
}

void TestDecisionMatrix::flips() {
    QFETCH(Ints, weights);
    QFETCH(QList<Ints>, rows);
    QFETCH(QString, sentence);
    QFETCH(Ids, leadersAfter);

    const DecisionMatrix m = matrix(weights, rows);
    const std::optional<MatrixFlip> flip = m.whatWouldFlip(Names);
    QCOMPARE(flip.has_value(), !sentence.isEmpty());
    if (!flip)
        return;
    QCOMPARE(flip->sentence, sentence);
    QCOMPARE(flip->leadersAfter, leadersAfter);
    QCOMPARE(flip->leadersBefore, m.leaders());

    // Applying the change really gives the promised leaders.
    DecisionMatrix changed = m;
    if (flip->change == MatrixFlip::Change::Weight) {
        QCOMPARE(changed.weight(flip->criterionId), flip->from);
        changed.setWeight(flip->criterionId, flip->to);
    } else {
        QCOMPARE(changed.score(flip->criterionId, flip->candidateId), flip->from);
        changed.setScore(flip->criterionId, flip->candidateId, flip->to);
    }
    QCOMPARE(changed.leaders(), leadersAfter);
}

// Brute force over every single change confirms the reported one is the smallest.
void TestDecisionMatrix::flipsEnumeratesOnlyRealChanges() {
    const QList<QList<Ints>> cases{{{2, 4, 3}, {5, 2, 3}, {3, 3, 4}},
                                   {{1, 5, 5}, {5, 1, 1}},
                                   {{4, 4, 4}, {4, 4, 4}, {1, 5, 2}}};
    for (const QList<Ints>& rows : cases) {
        const DecisionMatrix m = matrix({2, 1, 3}, rows);
        const std::optional<MatrixFlip> flip = m.whatWouldFlip({});
        int smallest = 99;
        for (const MatrixCriterion& c : m.criteria()) {
            for (int to = 1; to <= 5; ++to) {
                DecisionMatrix w = m;
                w.setWeight(c.id, to);
                if (w.leaders() != m.leaders())
                    smallest = std::min(smallest, std::abs(to - c.weight));
                for (qint64 id : m.candidates()) {
                    DecisionMatrix s = m;
                    s.setScore(c.id, id, to);
                    if (s.leaders() != m.leaders())
                        smallest = std::min(smallest, std::abs(to - m.score(c.id, id)));
                }
            }
        }
        QCOMPARE(flip.has_value(), smallest != 99);
        if (flip) {
            QCOMPARE(std::abs(flip->to - flip->from), smallest);
            QVERIFY(flip->sentence.contains(QStringLiteral("candidate 10")));
        }
    }
}

QTEST_GUILESS_MAIN(TestDecisionMatrix)
#include "TestDecisionMatrix.moc"
