// Converge check: what must and should be written down before leaving the room, and the
// North Star and belief sentences.
#include "scoring/ConvergeCheck.h"

#include <QTest>

using Kinds = QList<ConvergeIssueKind>;
Q_DECLARE_METATYPE(ConvergeIssueKind)

class TestConvergeCheck : public QObject {
    Q_OBJECT

private slots:
    void issues_data();
    void issues();
    void inputIssuesPointAtTheInput();
    void northStarSentence_data();
    void northStarSentence();
    void beliefSentence_data();
    void beliefSentence();
};

namespace {

Candidate metric(const QString& name, const QString& definition) {
    Candidate c;
    c.id = 7;
    c.name = name;
    c.definition = definition;
    return c;
}

Input input(const QString& name, const QString& owner = QStringLiteral("Growth team"),
            const QString& definition = QStringLiteral("defined")) {
    Input i;
    i.name = name;
    i.definition = definition;
    i.owner = owner;
    i.pattern = InputPattern::Breadth;
    return i;
}

QList<Input> inputs(int count) {
    QList<Input> list;
    for (int i = 1; i <= count; ++i)
        list << input(QStringLiteral("Input %1").arg(i));
    return list;
}

const Candidate Good = metric(QStringLiteral("Weekly active teams"),
                              QStringLiteral("Teams with 3+ members sending messages in a week"));

} // namespace

void TestConvergeCheck::issues_data() {
    QTest::addColumn<Candidate>("nsm");
    QTest::addColumn<QList<Input>>("inputList");
    QTest::addColumn<Kinds>("expected");
    QTest::addColumn<bool>("errors");

    using K = ConvergeIssueKind;
    QTest::newRow("complete, 3") << Good << inputs(3) << Kinds{} << false;
    QTest::newRow("complete, 5") << Good << inputs(5) << Kinds{} << false;
    QTest::newRow("no name") << metric(QStringLiteral("  "), QStringLiteral("x")) << inputs(4)
                             << Kinds{K::MissingMetricName} << true;
    QTest::newRow("nothing") << metric({}, {}) << inputs(0)
                             << Kinds{K::MissingMetricName, K::MissingMetricDefinition,
                                      K::TooFewInputs}
                             << true;
    QTest::newRow("two inputs") << Good << inputs(2) << Kinds{K::TooFewInputs} << false;
    QTest::newRow("six inputs") << Good << inputs(6) << Kinds{K::TooManyInputs} << false;
    QTest::newRow("gaps in inputs")
        << Good
        << QList<Input>{input(QStringLiteral("Teams created"), QString()), input(QString()),
                        input(QStringLiteral("Messages per team"), QStringLiteral("Chat"),
                              QStringLiteral(" "))}
        << Kinds{K::InputWithoutOwner, K::InputWithoutName, K::InputWithoutDefinition} << false;
}

void TestConvergeCheck::issues() {
    QFETCH(Candidate, nsm);
    QFETCH(QList<Input>, inputList);
    QFETCH(Kinds, expected);
    QFETCH(bool, errors);
    const QList<ConvergeIssue> found = ConvergeCheck::check(nsm, inputList);
    Kinds kinds;
    for (const ConvergeIssue& issue : found) {
        kinds << issue.kind;
        QVERIFY(!issue.message.isEmpty());
        QCOMPARE(issue.blocking, issue.kind == ConvergeIssueKind::MissingMetricName ||
                                     issue.kind == ConvergeIssueKind::MissingMetricDefinition);
    }
    QCOMPARE(kinds, expected);
    QCOMPARE(ConvergeCheck::hasErrors(found), errors);
}

void TestConvergeCheck::inputIssuesPointAtTheInput() {
    QList<Input> list = inputs(3);
    list[1].owner.clear();
    list[1].id = 55;
    const QList<ConvergeIssue> found = ConvergeCheck::check(Good, list);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().inputIndex, 1);
    QCOMPARE(found.first().inputId, 55);
    QVERIFY(found.first().message.contains(QStringLiteral("'Input 2'")));
    QVERIFY(!found.first().blocking);
}

void TestConvergeCheck::northStarSentence_data() {
    QTest::addColumn<Candidate>("nsm");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("full") << metric(QStringLiteral("Nights booked"),
                                    QStringLiteral("the number of nights guests book per month."))
                          << QStringLiteral("Our North Star Metric is called Nights booked, which "
                                            "we define as the number of nights guests book per "
                                            "month.");
    QTest::newRow("no definition") << metric(QStringLiteral(" Nights booked "), QString())
                                   << QStringLiteral("Our North Star Metric is called Nights "
                                                     "booked.");
    QTest::newRow("no name") << metric(QString(), QStringLiteral("x")) << QString();
    // The definition's first word is lowered only when it is plainly an ordinary word.
    const auto row = [](const char* name, const QString& definition, const QString& shown) {
        QTest::newRow(name) << metric(QStringLiteral("Nights booked"), definition)
                            << QStringLiteral("Our North Star Metric is called Nights booked, "
                                              "which we define as %1.")
                                   .arg(shown);
    };
    row("capital lowered", QStringLiteral("Count of nights booked per month"),
        QStringLiteral("count of nights booked per month"));
    row("single A lowered", QStringLiteral("A count of nights"),
        QStringLiteral("a count of nights"));
    row("accented word lowered", QStringLiteral("Éléments réservés"),
        QStringLiteral("éléments réservés"));
    row("acronym kept", QStringLiteral("DAU who book a night"),
        QStringLiteral("DAU who book a night"));
    row("mixed case kept", QStringLiteral("McDonald's orders"),
        QStringLiteral("McDonald's orders"));
    row("lower first kept", QStringLiteral("iOS bookings"), QStringLiteral("iOS bookings"));
    row("pronoun I kept", QStringLiteral("I count nights"), QStringLiteral("I count nights"));
    row("letter and digit kept", QStringLiteral("Q3 bookings"), QStringLiteral("Q3 bookings"));
    row("hyphenated kept", QStringLiteral("E-mail sign-ups"), QStringLiteral("E-mail sign-ups"));
    row("number first", QStringLiteral("30-day bookings"), QStringLiteral("30-day bookings"));
    row("emoji first", QStringLiteral("🚀 Launches"), QStringLiteral("🚀 Launches"));
    row("Chinese", QStringLiteral("李雷的预订"), QStringLiteral("李雷的预订"));
    row("Arabic", QStringLiteral("عدد الليالي"), QStringLiteral("عدد الليالي"));
    row("quotes first", QStringLiteral("\"Booked\" nights"), QStringLiteral("\"Booked\" nights"));
    QTest::newRow("percent signs") << metric(QStringLiteral("%2 growth"), QStringLiteral("%1 up"))
                                   << QStringLiteral("Our North Star Metric is called %2 growth, "
                                                     "which we define as %1 up.");
}

void TestConvergeCheck::northStarSentence() {
    QFETCH(Candidate, nsm);
    QFETCH(QString, sentence);
    QCOMPARE(ConvergeCheck::northStarSentence(nsm), sentence);
}

void TestConvergeCheck::beliefSentence_data() {
    QTest::addColumn<QList<Input>>("inputList");
    QTest::addColumn<QString>("sentence");
    const QString start = QStringLiteral("We believe that Monthly items received on time is a "
                                         "function of ");
    const QString end = QStringLiteral(", and that these move somewhat independently.");
    QTest::newRow("none") << QList<Input>{} << QString();
    QTest::newRow("one") << QList<Input>{input(QStringLiteral("Customers ordering"))}
                         << start + QStringLiteral("Customers ordering.");
    QTest::newRow("two") << QList<Input>{input(QStringLiteral("Customers ordering")),
                                         input(QStringLiteral("Items per order"))}
                         << start + QStringLiteral("Customers ordering and Items per order") + end;
    QTest::newRow("four, one unnamed")
        << QList<Input>{input(QStringLiteral("Customers ordering")),
                        input(QStringLiteral("Items per order")), input(QStringLiteral("  ")),
                        input(QStringLiteral("Orders per customer")),
                        input(QStringLiteral("Share on time"))}
        << start +
               QStringLiteral("Customers ordering, Items per order, Orders per customer and "
                              "Share on time") +
               end;
}

void TestConvergeCheck::beliefSentence() {
    QFETCH(QList<Input>, inputList);
    QFETCH(QString, sentence);
    const Candidate instacart =
        metric(QStringLiteral("Monthly items received on time"), QStringLiteral("x"));
    QCOMPARE(ConvergeCheck::beliefSentence(instacart, inputList), sentence);
    QCOMPARE(ConvergeCheck::beliefSentence(metric({}, {}), inputList), QString());
}

QTEST_GUILESS_MAIN(TestConvergeCheck)
#include "TestConvergeCheck.moc"
