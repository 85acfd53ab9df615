// Checklist aggregation: consensus wins, otherwise individual answers are summarised; totals
// and unscored criteria.
#include "scoring/ChecklistTally.h"

#include <QTest>

using Answers = QList<ChecklistScore>;
Q_DECLARE_METATYPE(std::optional<ChecklistAnswer>)

class TestChecklistTally : public QObject {
    Q_OBJECT

private slots:
    void criterion_data();
    void criterion();
    void totals_data();
    void totals();
    void laterAnswerWins();
    void ignoresOtherCandidatesAndUnknownKeys();
};

namespace {

constexpr qint64 Card = 10;
const ChecklistAnswer Y = ChecklistAnswer::Yes;
const ChecklistAnswer P = ChecklistAnswer::Partly;
const ChecklistAnswer N = ChecklistAnswer::No;

// Answers on the "value" criterion: participant 0 is the consensus.
Answers on(const QList<QPair<qint64, ChecklistAnswer>>& byPerson,
           const QString& key = QStringLiteral("value")) {
    Answers answers;
    for (const auto& [person, answer] : byPerson)
        answers << ChecklistScore{Card, key, person, answer};
    return answers;
}

} // namespace

void TestChecklistTally::criterion_data() {
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<int>("yes");
    QTest::addColumn<int>("partly");
    QTest::addColumn<int>("no");
    QTest::addColumn<double>("mean");
    QTest::addColumn<std::optional<ChecklistAnswer>>("majority");
    QTest::addColumn<double>("points");
    QTest::addColumn<bool>("split");

    using O = std::optional<ChecklistAnswer>;
    QTest::newRow("nobody") << Answers{} << 0 << 0 << 0 << 0.0 << O{} << 0.0 << false;
    QTest::newRow("all yes") << on({{1, Y}, {2, Y}, {3, Y}}) << 3 << 0 << 0 << 2.0 << O{Y} << 2.0
                             << false;
    QTest::newRow("mixed") << on({{1, Y}, {2, P}, {3, N}, {4, Y}}) << 2 << 1 << 1 << 1.25 << O{Y}
                           << 1.25 << true;
    QTest::newRow("tie has no majority")
        << on({{1, Y}, {2, N}}) << 1 << 0 << 1 << 1.0 << O{} << 1.0 << true;
    QTest::newRow("partly majority")
        << on({{1, P}, {2, P}, {3, N}}) << 0 << 2 << 1 << (2.0 / 3) << O{P} << (2.0 / 3) << true;
    QTest::newRow("consensus wins")
        << on({{1, Y}, {2, Y}, {0, N}}) << 2 << 0 << 0 << 2.0 << O{Y} << 0.0 << false;
    QTest::newRow("consensus only") << on({{0, P}}) << 0 << 0 << 0 << 0.0 << O{} << 1.0 << false;
}

void TestChecklistTally::criterion() {
    QFETCH(Answers, answers);
    QFETCH(int, yes);
    QFETCH(int, partly);
    QFETCH(int, no);
    QFETCH(double, mean);
    QFETCH(std::optional<ChecklistAnswer>, majority);
    QFETCH(double, points);
    QFETCH(bool, split);

    const ChecklistSummary summary = ChecklistTally::summarize(Card, answers);
    QCOMPARE(summary.criteria.size(), 7);
    const ChecklistCriterionResult& value = summary.criteria.first();
    QCOMPARE(value.criterion, QStringLiteral("value"));
    QCOMPARE(value.yes, yes);
    QCOMPARE(value.partly, partly);
    QCOMPARE(value.no, no);
    QCOMPARE(value.mean, mean);
    QVERIFY(value.majority == majority);
    QCOMPARE(value.points, points);
    QCOMPARE(value.isSplit(), split);
    QCOMPARE(value.isScored(), !answers.isEmpty());
    QCOMPARE(summary.total, points);
    QCOMPARE(summary.maxTotal, 14);
    QCOMPARE(summary.unscored.size(), answers.isEmpty() ? 7 : 6);
}

void TestChecklistTally::totals_data() {
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<double>("total");
    QTest::addColumn<QStringList>("unscored");

    Answers allYes;
    for (const QString& key : ChecklistTally::standardCriteria())
        allYes << ChecklistScore{Card, key, 0, Y};
    QTest::newRow("all yes by consensus") << allYes << 14.0 << QStringList{};

    Answers mixed = on({{0, Y}}, QStringLiteral("value")) +
                    on({{0, P}}, QStringLiteral("leading")) +
                    on({{1, Y}, {2, N}}, QStringLiteral("measurable")) +
                    on({{0, N}}, QStringLiteral("not_vanity"));
    QTest::newRow("partial") << mixed << 4.0
                             << QStringList{QStringLiteral("vision"), QStringLiteral("actionable"),
                                            QStringLiteral("understandable")};
    QTest::newRow("nothing") << Answers{} << 0.0 << ChecklistTally::standardCriteria();
}

void TestChecklistTally::totals() {
    QFETCH(Answers, answers);
    QFETCH(double, total);
    QFETCH(QStringList, unscored);
    const ChecklistSummary summary = ChecklistTally::summarize(Card, answers);
    QCOMPARE(summary.candidateId, Card);
    QCOMPARE(summary.total, total);
    QCOMPARE(summary.unscored, unscored);
    QCOMPARE(summary.isComplete(), unscored.isEmpty());
}

void TestChecklistTally::laterAnswerWins() {
    const ChecklistSummary summary =
        ChecklistTally::summarize(Card, on({{1, N}, {1, Y}, {0, N}, {0, P}}));
    QCOMPARE(summary.criteria.first().yes, 1);
    QCOMPARE(summary.criteria.first().no, 0);
    QVERIFY(summary.criteria.first().consensus == P);
}

void TestChecklistTally::ignoresOtherCandidatesAndUnknownKeys() {
    Answers answers = on({{1, Y}});
    answers << ChecklistScore{Card + 1, QStringLiteral("value"), 1, N}
            << ChecklistScore{Card, QStringLiteral("made_up"), 1, Y};
    const ChecklistSummary summary = ChecklistTally::summarize(Card, answers);
    QCOMPARE(summary.total, 2.0);
    QCOMPARE(summary.criteria.first().answerCount(), 1);

    // A custom rubric: only its keys count, in its order.
    const ChecklistSummary custom = ChecklistTally::summarize(
        Card, answers, {QStringLiteral("made_up"), QStringLiteral("value")});
    QCOMPARE(custom.maxTotal, 4);
    QCOMPARE(custom.total, 4.0);
    QCOMPARE(custom.criteria.first().criterion, QStringLiteral("made_up"));
}

QTEST_GUILESS_MAIN(TestChecklistTally)
#include "TestChecklistTally.moc"
