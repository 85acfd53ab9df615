// Two workshops' North Stars side by side: every kind of input change, the metric, the game,
// the guardrail and the note on why, and the rules that pair inputs across workshops.
#include "history/ComparisonText.h"
#include "history/WorkshopComparison.h"

#include <QTest>

class TestWorkshopComparison : public QObject {
    Q_OBJECT

private slots:
    void identicalWorkshopsHaveNoDifference();
    void inputChanges_data();
    void inputChanges();
    void everyKindInOneComparison();
    void orderIsLaterThenRemoved();
    void ambiguousPatternsAreNotPaired();
    void duplicateNamesPairOnce();
    void metricAndGuardrail_data();
    void metricAndGuardrail();
    void game_data();
    void game();
    void whyComesFromTheLaterWorkshop();
    void undecidedWorkshops();
    void hostileTextComparesByKey();
    void twoProductsAreNotOneHistory();
    void twoProductsAreContrastedNotChanged();
};

namespace {

Input input(const QString& name, const QString& definition = {}, const QString& owner = {},
            InputPattern pattern = InputPattern::Other) {
    static int position = 0;
    Input in;
    in.name = name;
    in.definition = definition;
    in.owner = owner;
    in.pattern = pattern;
    in.position = position++;
    return in;
}

NorthStarRecord record(QList<Input> inputs = {}) {
    NorthStarRecord r;
    r.workshopId = 1;
    r.product = QStringLiteral("Harvest Box");
    r.northStarId = 10;
    r.metricName = QStringLiteral("Weekly boxes delivered");
    r.metricDefinition = QStringLiteral("Boxes delivered each week");
    r.game = Game::Transaction;
    r.inputs = std::move(inputs);
    return r;
}

} // namespace

void TestWorkshopComparison::identicalWorkshopsHaveNoDifference() {
    const QList<Input> inputs = {
        input(QStringLiteral("Households"), QStringLiteral("Active"), QStringLiteral("Growth"))};
    const WorkshopComparison same(record(inputs), record(inputs));
    QVERIFY(same.identical());
    QVERIFY(!same.northStarChanged());
    QCOMPARE(same.keptInputs(), 1);
    QVERIFY(same.inputs().first().kept());
    QCOMPARE(same.inputs().first().matchedBy, InputMatch::Name);
}

void TestWorkshopComparison::inputChanges_data() {
    QTest::addColumn<Input>("before");
    QTest::addColumn<Input>("after");
    QTest::addColumn<int>("changes"); // InputChanges
    QTest::addColumn<int>("matchedBy");

    const QString def = QStringLiteral("Households with a box this month");
    const auto flags = [](InputChanges c) { return int(c.toInt()); };
    QTest::newRow("kept") << input(QStringLiteral("Households"), def, QStringLiteral("Growth"))
                          << input(QStringLiteral("Households"), def, QStringLiteral("Growth")) << 0
                          << int(InputMatch::Name);
    QTest::newRow("kept, retyped")
        << input(QStringLiteral("Households"), def)
        << input(QStringLiteral("  HOUSEHOLDS "), def.toUpper()) << 0 << int(InputMatch::Name);
    QTest::newRow("renamed, same definition")
        << input(QStringLiteral("Households"), def)
        << input(QStringLiteral("Active homes"), QStringLiteral(" ") + def)
        << flags(InputChange::Renamed) << int(InputMatch::Definition);
    QTest::newRow("redefined") << input(QStringLiteral("Households"), def)
                               << input(QStringLiteral("Households"), QStringLiteral("Weekly"))
                               << flags(InputChange::Redefined) << int(InputMatch::Name);
    QTest::newRow("definition added")
        << input(QStringLiteral("Households")) << input(QStringLiteral("Households"), def)
        << flags(InputChange::Redefined) << int(InputMatch::Name);
    QTest::newRow("owner changed")
        << input(QStringLiteral("Households"), def, QStringLiteral("Growth"))
        << input(QStringLiteral("Households"), def, QStringLiteral("Retention"))
        << flags(InputChange::OwnerChanged) << int(InputMatch::Name);
    QTest::newRow("owner and definition")
        << input(QStringLiteral("Households"), def, QStringLiteral("Growth"))
        << input(QStringLiteral("Households"), QStringLiteral("x"), QString())
        << flags(InputChange::Redefined | InputChange::OwnerChanged) << int(InputMatch::Name);
    QTest::newRow("renamed and redefined, same pattern")
        << input(QStringLiteral("Households"), def, {}, InputPattern::Breadth)
        << input(QStringLiteral("Cooks"), QStringLiteral("People who cook"), {},
                 InputPattern::Breadth)
        << flags(InputChange::Renamed | InputChange::Redefined) << int(InputMatch::Pattern);
}

void TestWorkshopComparison::inputChanges() {
    QFETCH(Input, before);
    QFETCH(Input, after);
    QFETCH(int, changes);
    QFETCH(int, matchedBy);
    const WorkshopComparison c(record({before}), record({after}));
    QCOMPARE(c.inputs().size(), 1);
    const InputDifference& d = c.inputs().first();
    QCOMPARE(int(d.changes.toInt()), changes);
    QCOMPARE(int(d.matchedBy), matchedBy);
    QCOMPARE(*d.before, before);
    QCOMPARE(*d.after, after);
    QCOMPARE(d.kept(), changes == 0);
    QCOMPARE(c.identical(), changes == 0);
}

void TestWorkshopComparison::everyKindInOneComparison() {
    const WorkshopComparison c(
        record({input(QStringLiteral("Kept"), QStringLiteral("k"), QStringLiteral("A")),
                input(QStringLiteral("Old name"), QStringLiteral("same words")),
                input(QStringLiteral("Redefined"), QStringLiteral("before")),
                input(QStringLiteral("Owned"), QStringLiteral("o"), QStringLiteral("A")),
                input(QStringLiteral("Dropped"), QStringLiteral("gone"))}),
        record({input(QStringLiteral("Kept"), QStringLiteral("k"), QStringLiteral("A")),
                input(QStringLiteral("New name"), QStringLiteral("Same  Words")),
                input(QStringLiteral("Redefined"), QStringLiteral("after")),
                input(QStringLiteral("Owned"), QStringLiteral("o"), QStringLiteral("B")),
                input(QStringLiteral("Brand new"), QStringLiteral("fresh"))}));
    QCOMPARE(c.inputs().size(), 6);
    QCOMPARE(c.keptInputs(), 1);
    QCOMPARE(c.inputCount(InputChange::Renamed), 1);
    QCOMPARE(c.inputCount(InputChange::Redefined), 1);
    QCOMPARE(c.inputCount(InputChange::OwnerChanged), 1);
    QCOMPARE(c.inputCount(InputChange::Added), 1);
    QCOMPARE(c.inputCount(InputChange::Removed), 1);
    QVERIFY(!c.identical());
    QVERIFY(!c.northStarChanged()); // the metric itself stayed
    const InputDifference& added = c.inputs().at(4);
    QVERIFY(!added.before);
    QCOMPARE(added.after->name, QStringLiteral("Brand new"));
    QCOMPARE(added.matchedBy, InputMatch::None);
    const InputDifference& removed = c.inputs().at(5);
    QVERIFY(!removed.after);
    QCOMPARE(removed.before->name, QStringLiteral("Dropped"));
}

void TestWorkshopComparison::orderIsLaterThenRemoved() {
    Input b1 = input(QStringLiteral("B"));
    Input a1 = input(QStringLiteral("A"));
    Input gone = input(QStringLiteral("Gone"));
    // The later workshop lists B before A by position, whatever the list order.
    Input a2 = input(QStringLiteral("A"));
    Input b2 = input(QStringLiteral("B"));
    a2.position = 5;
    b2.position = 1;
    const WorkshopComparison c(record({gone, a1, b1}), record({a2, b2}));
    QCOMPARE(c.inputs().size(), 3);
    QCOMPARE(c.inputs().at(0).after->name, QStringLiteral("B"));
    QCOMPARE(c.inputs().at(1).after->name, QStringLiteral("A"));
    QCOMPARE(c.inputs().at(2).before->name, QStringLiteral("Gone"));
}

void TestWorkshopComparison::ambiguousPatternsAreNotPaired() {
    // Two unpaired breadth inputs on one side: which one became "Cooks" is a guess, so none.
    const WorkshopComparison c(
        record({input(QStringLiteral("Households"), QStringLiteral("h"), {}, InputPattern::Breadth),
                input(QStringLiteral("Regions"), QStringLiteral("r"), {}, InputPattern::Breadth)}),
        record({input(QStringLiteral("Cooks"), QStringLiteral("c"), {}, InputPattern::Breadth)}));
    QCOMPARE(c.inputCount(InputChange::Added), 1);
    QCOMPARE(c.inputCount(InputChange::Removed), 2);
    QCOMPARE(c.inputCount(InputChange::Renamed), 0);
    // "Other" is not a pattern to pair by.
    const WorkshopComparison other(record({input(QStringLiteral("X"), QStringLiteral("x"))}),
                                   record({input(QStringLiteral("Y"), QStringLiteral("y"))}));
    QCOMPARE(other.inputCount(InputChange::Added), 1);
    QCOMPARE(other.inputCount(InputChange::Removed), 1);
}

void TestWorkshopComparison::duplicateNamesPairOnce() {
    const WorkshopComparison c(record({input(QStringLiteral("Twin"), QStringLiteral("one"))}),
                               record({input(QStringLiteral("Twin"), QStringLiteral("one")),
                                       input(QStringLiteral("twin"), QStringLiteral("two"))}));
    QCOMPARE(c.inputs().size(), 2);
    QVERIFY(c.inputs().at(0).kept());
    QVERIFY(c.inputs().at(1).has(InputChange::Added));
    // Unnamed inputs never pair by name.
    const WorkshopComparison blank(record({input(QString())}),
                                   record({input(QStringLiteral(" "))}));
    QCOMPARE(blank.inputCount(InputChange::Added), 1);
    QCOMPARE(blank.inputCount(InputChange::Removed), 1);
}

void TestWorkshopComparison::metricAndGuardrail_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("difference");
    QTest::newRow("same") << QStringLiteral("Weekly") << QStringLiteral("weekly ") << 0;
    QTest::newRow("changed") << QStringLiteral("Weekly") << QStringLiteral("Monthly")
                             << int(Difference::Changed);
    QTest::newRow("added") << QString() << QStringLiteral("Monthly") << int(Difference::Added);
    QTest::newRow("removed") << QStringLiteral("Weekly") << QStringLiteral("  ")
                             << int(Difference::Removed);
}

void TestWorkshopComparison::metricAndGuardrail() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, difference);
    NorthStarRecord a = record();
    NorthStarRecord b = record();
    a.metricName = a.metricDefinition = a.guardrailName = a.guardrailDefinition = before;
    b.metricName = b.metricDefinition = b.guardrailName = b.guardrailDefinition = after;
    const WorkshopComparison c(a, b);
    for (const TextDifference* d :
         {&c.metricName(), &c.metricDefinition(), &c.guardrailName(), &c.guardrailDefinition()}) {
        QCOMPARE(int(d->difference), difference);
        QCOMPARE(d->before, before); // as typed, for the reader
        QCOMPARE(d->after, after);
    }
    QCOMPARE(c.northStarChanged(), difference != 0);
    QCOMPARE(c.guardrailChanged(), difference != 0);
    QCOMPARE(c.identical(), difference == 0);
}

void TestWorkshopComparison::game_data() {
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<int>("difference");
    QTest::newRow("same") << int(Game::Attention) << int(Game::Attention) << 0;
    QTest::newRow("changed") << int(Game::Attention) << int(Game::Productivity)
                             << int(Difference::Changed);
    QTest::newRow("decided") << int(Game::Undecided) << int(Game::Transaction)
                             << int(Difference::Added);
    QTest::newRow("undecided") << int(Game::Transaction) << int(Game::Undecided)
                               << int(Difference::Removed);
}

void TestWorkshopComparison::game() {
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(int, difference);
    NorthStarRecord a = record();
    NorthStarRecord b = record();
    a.game = Game(before);
    b.game = Game(after);
    const WorkshopComparison c(a, b);
    QCOMPARE(int(c.game()), difference);
    QCOMPARE(c.identical(), difference == 0);
}

void TestWorkshopComparison::whyComesFromTheLaterWorkshop() {
    NorthStarRecord a = record();
    NorthStarRecord b = record();
    a.changeNote = QStringLiteral("the first one");
    b.changeNote = QStringLiteral("We counted boxes, not dinners.");
    QCOMPARE(WorkshopComparison(a, b).whyChanged(), b.changeNote);
    QCOMPARE(WorkshopComparison(b, a).whyChanged(), a.changeNote);
}

void TestWorkshopComparison::undecidedWorkshops() {
    NorthStarRecord none;
    none.workshopId = 2;
    const WorkshopComparison c(none, record({input(QStringLiteral("A"))}));
    QCOMPARE(c.metricName().difference, Difference::Added);
    QCOMPARE(c.inputCount(InputChange::Added), 1);
    const WorkshopComparison empty(none, none);
    QVERIFY(empty.identical());
    QVERIFY(empty.inputs().isEmpty());
}

void TestWorkshopComparison::hostileTextComparesByKey() {
    const QString rtl = QString::fromUtf16(u"\u0645\u062a\u062c\u0631 \U0001F4E6 <b>\"x\"</b>");
    const WorkshopComparison c(record({input(rtl, rtl, rtl)}),
                               record({input(QStringLiteral("  ") + rtl, rtl, rtl + u' ')}));
    QVERIFY(c.inputs().first().kept());
    const QString huge(20000, u'x');
    const WorkshopComparison big(record({input(QStringLiteral("A"), huge)}),
                                 record({input(QStringLiteral("A"), huge + u'y')}));
    QVERIFY(big.inputs().first().has(InputChange::Redefined));
}

// The later workshop's note speaks of its own product's history: not of another product.
void TestWorkshopComparison::twoProductsAreNotOneHistory() {
    NorthStarRecord a = record();
    NorthStarRecord b = record();
    b.changeNote = QStringLiteral("We counted boxes, not dinners.");
    b.product = QStringLiteral("  harvest   BOX ");
    QVERIFY(WorkshopComparison(a, b).sameProduct());
    QCOMPARE(WorkshopComparison(a, b).whyChanged(), b.changeNote);
    b.product = QStringLiteral("Atlas");
    QVERIFY(!WorkshopComparison(a, b).sameProduct());
    QVERIFY(WorkshopComparison(a, b).whyChanged().isEmpty());
    // No product named on either side is not one product either.
    a.product.clear();
    b.product = QStringLiteral(" ");
    QVERIFY(!WorkshopComparison(a, b).sameProduct());
    QVERIFY(WorkshopComparison(a, b).whyChanged().isEmpty());
}

void TestWorkshopComparison::twoProductsAreContrastedNotChanged() {
    using namespace ComparisonText;
    NorthStarRecord a =
        record({input(QStringLiteral("Households"), QStringLiteral("h"), QStringLiteral("Growth")),
                input(QStringLiteral("Referrals"))});
    NorthStarRecord b =
        record({input(QStringLiteral("Households"), QStringLiteral("h"), QStringLiteral("Ops")),
                input(QStringLiteral("Trips"))});
    b.product = QStringLiteral("Atlas");
    b.metricName = QStringLiteral("Weekly trips planned");
    b.game = Game::Productivity;
    b.guardrailName = QStringLiteral("Refunds");
    const WorkshopComparison c(a, b);
    QCOMPARE(wording(c), Wording::Contrast);
    const QString said = summary(c).join(u' ');
    QVERIFY2(said.contains(QStringLiteral("Two different products")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("Harvest Box")));
    QVERIFY(said.contains(QStringLiteral("Atlas")));
    QVERIFY(said.contains(QStringLiteral("Weekly boxes delivered")));
    QVERIFY(said.contains(QStringLiteral("Weekly trips planned")));
    QVERIFY(said.contains(QStringLiteral("Only the later workshop has a guardrail.")));
    for (const char* claim :
         {"changed", "added", "dropped", "renamed", "unchanged", "kept", "new owner", "→"})
        QVERIFY2(!said.contains(QString::fromUtf8(claim)), claim);
    QCOMPARE(words(c.metricName().difference, wording(c)), QStringLiteral("different"));
    QCOMPARE(words(Difference::Added, Wording::Contrast), QStringLiteral("only later"));
    QCOMPARE(words(Difference::Removed, Wording::Contrast), QStringLiteral("only earlier"));
    for (const InputDifference& input : c.inputs())
        QVERIFY(QStringList({QStringLiteral("other owner"), QStringLiteral("only later"),
                             QStringLiteral("only earlier")})
                    .contains(words(input, wording(c))));
    // One product: the words of a change, as before.
    b.product = a.product;
    const WorkshopComparison same(a, b);
    QCOMPARE(wording(same), Wording::Change);
    QVERIFY(summary(same).join(u' ').contains(QStringLiteral("The North Star changed from")));
    QCOMPARE(words(same.metricName().difference, wording(same)), QStringLiteral("changed"));
    // Two products with one metric: the same North Star, not one that "stayed".
    b.product = QStringLiteral("Atlas");
    b.metricName = a.metricName;
    const QString both = summary(WorkshopComparison(a, b)).join(u' ');
    QVERIFY2(both.contains(QStringLiteral("Both chose the same North Star")), qPrintable(both));
    QVERIFY(!both.contains(QStringLiteral("stayed")));
}

QTEST_GUILESS_MAIN(TestWorkshopComparison)
#include "TestWorkshopComparison.moc"
