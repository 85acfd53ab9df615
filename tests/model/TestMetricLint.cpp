// Metric lint: which hints fire for which names and definitions, including near misses,
// injected word lists and non-ASCII text.
#include "scoring/MetricLint.h"

#include <QTest>

class TestMetricLint : public QObject {
    Q_OBJECT

private slots:
    void hints_data();
    void hints();
    void matchedWordsAndMessages();
    void inputCount_data();
    void inputCount();
    void injectedLists();
    void nonAsciiText();
};

namespace {

QString kindName(MetricHintKind kind) {
    switch (kind) {
    case MetricHintKind::Vanity:
        return QStringLiteral("vanity");
    case MetricHintKind::Lagging:
        return QStringLiteral("lagging");
    case MetricHintKind::TwoMetrics:
        return QStringLiteral("two");
    case MetricHintKind::NoTimeWindow:
        return QStringLiteral("window");
    case MetricHintKind::TooFewInputs:
        return QStringLiteral("few");
    case MetricHintKind::TooManyInputs:
        return QStringLiteral("many");
    }
    return {};
}

QString kinds(const QList<MetricHint>& hints) {
    QStringList names;
    for (const MetricHint& hint : hints) {
        names << kindName(hint.kind);
        if (hint.message.isEmpty())
            names << QStringLiteral("(no message)");
    }
    return names.join(u' ');
}

} // namespace

void TestMetricLint::hints_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected"); // hint kinds, space separated, in order

    const QString weekly = QStringLiteral("counted per week");
    auto row = [](const char* tag, const char* name, const QString& definition,
                  const char* expected) {
        QTest::newRow(tag) << QString::fromUtf8(name) << definition << QString::fromUtf8(expected);
    };
    // Good North Stars from the literature.
    row("weekly active teams", "Weekly active teams",
        QStringLiteral("Teams with 3+ members sending messages"), "");
    row("nights booked", "Nights booked", QStringLiteral("Nights booked per month"), "");
    row("netflix", "New members who fill their queue",
        QStringLiteral("% of new members who add 3+ titles in their first session"), "");
    row("amplitude", "Weekly Learning Users",
        QStringLiteral("Active users who shared a learning consumed by 2+ others in the last 7 "
                       "days"),
        "");
    row("name only", "Messages sent", QString(), "");
    // Vanity, by name.
    row("DAU", "Daily active users", weekly, "vanity");
    row("DAU acronym", "dau", weekly, "vanity");
    row("downloads", "App downloads", weekly, "vanity");
    row("page views", "Page-views", weekly, "vanity");
    row("story points", "Story points delivered", weekly, "vanity");
    row("likes", "Likes", weekly, "vanity");
    row("followers", "FOLLOWERS", weekly, "vanity");
    row("time on page", "Average time on page", weekly, "vanity");
    // Lagging, by name.
    row("revenue", "Revenue", weekly, "lagging");
    row("MRR", "MRR growth", weekly, "lagging");
    row("mrr spelled out", "Monthly recurring revenue", QStringLiteral("sum of subscriptions"),
        "lagging");
    row("churn", "Churn rate", weekly, "lagging");
    row("ltv", "Customer lifetime value", weekly, "lagging");
    row("profit", "Profit per order", weekly, "lagging");
    // Two metrics in one name.
    row("and", "Weekly active teams and messages sent", weekly, "two");
    row("ampersand", "Bookings & reviews", weekly, "two");
    row("plus", "Orders + revenue", weekly, "lagging two");
    row("plus word", "Sessions plus searches", weekly, "two");
    row("vanity and lagging", "Downloads and revenue", weekly, "vanity lagging two");
    // Near misses that must stay quiet.
    row("search and rescue", "Search and rescue missions", weekly, "");
    row("sent and read", "Messages sent and read", weekly, "");
    row("qualifier", "Teams that create and share projects", weekly, "");
    row("R&D", "R&D projects shipped", weekly, "");
    row("brand", "Brandon's orders", weekly, "");
    row("prevenue", "Prevenue checks", weekly, "");
    row("likes inside word", "Unlikes", weekly, "");
    row("like as a verb", "Customers who like a dish", weekly, "");
    row("download as a verb", "Teams that download a report", weekly, "");
    row("arr inside word", "Arrivals on time", weekly, "");
    row("revenue in definition only", "Happy deliveries",
        QStringLiteral("Deliveries without issues per week, which drives revenue"), "");
    // Time windows.
    row("no window", "Files in shared folders",
        QStringLiteral("Files in folders shared by 2+ "
                       "people"),
        "window");
    row("window in the name", "Monthly items received on time",
        QStringLiteral("Items delivered within the promised slot"), "");
    row("7-day", "Active playlists", QStringLiteral("Playlists played on 7-day rolling basis"), "");
    row("within N days", "Activated teams",
        QStringLiteral("Teams inviting 2 people within 14 days"), "");
    row("in the last N days", "Engaged readers",
        QStringLiteral("Readers of 7+ articles in the last 30 days"), "");
    row("number word", "Engaged readers", QStringLiteral("Readers of 7+ articles in seven days"),
        "");
    row("a month", "Full carts", QStringLiteral("Purchases above 20 items, twice a month"), "");
    row("quarterly", "Renewing accounts", QStringLiteral("Accounts renewing, counted quarterly"),
        "");
    row("per year", "Trips", QStringLiteral("Trips taken per year"), "");
    row("days without number", "Good days", QStringLiteral("Days with no incident"), "window");
    row("daycare", "Daycare bookings", QStringLiteral("Bookings at a daycare"), "window");
    row("vanity without window", "Registered users", QStringLiteral("All registered accounts"),
        "vanity window");
}

void TestMetricLint::hints() {
    QFETCH(QString, name);
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    QCOMPARE(kinds(MetricLint().check(name, definition)), expected);
}

void TestMetricLint::matchedWordsAndMessages() {
    const QList<MetricHint> hints = MetricLint().check(
        QStringLiteral("Monthly Recurring Revenue and DAU"), QStringLiteral("per month"));
    QCOMPARE(hints.size(), 3);
    QCOMPARE(hints.at(0).kind, MetricHintKind::Vanity);
    QCOMPARE(hints.at(0).matched, QStringList{QStringLiteral("DAU")});
    QVERIFY(hints.at(0).message.contains(QStringLiteral("DAU")));
    QCOMPARE(hints.at(1).matched, QStringList{QStringLiteral("Monthly Recurring Revenue")});
    QCOMPARE(hints.at(2).kind, MetricHintKind::TwoMetrics);
    QCOMPARE(hints.at(2).matched,
             (QStringList{QStringLiteral("Monthly Recurring Revenue"), QStringLiteral("DAU")}));
}

void TestMetricLint::inputCount_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0 << QStringLiteral("few");
    QTest::newRow("1") << 1 << QStringLiteral("few");
    QTest::newRow("2") << 2 << QStringLiteral("few");
    QTest::newRow("3") << 3 << QString();
    QTest::newRow("5") << 5 << QString();
    QTest::newRow("6") << 6 << QStringLiteral("many");
    QTest::newRow("9") << 9 << QStringLiteral("many");
}

void TestMetricLint::inputCount() {
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(kinds(MetricLint().checkInputCount(count)), expected);
}

void TestMetricLint::injectedLists() {
    MetricLint::WordLists lists;
    lists.vanity = {QStringLiteral("hugs")};
    lists.timeWindows = {QStringLiteral("per fortnight")};
    const MetricLint lint(lists);
    QCOMPARE(lint.wordLists().vanity, QStringList{QStringLiteral("hugs")});
    QCOMPARE(kinds(lint.check(QStringLiteral("Hugs given"), QStringLiteral("per fortnight"))),
             QStringLiteral("vanity"));
    // The built-in lists are replaced, not extended; empty lists match nothing.
    QCOMPARE(kinds(lint.check(QStringLiteral("Revenue and DAU"), QStringLiteral("per week"))),
             QStringLiteral("window"));
}

void TestMetricLint::nonAsciiText() {
    MetricLint::WordLists lists = MetricLint::defaultWordLists();
    lists.lagging << QStringLiteral("Umsatz") << QStringLiteral("chiffre d'affaires");
    lists.timeWindows << QStringLiteral("pro Woche") << QStringLiteral("# jours");
    lists.vanity << QStringLiteral("téléchargements");
    const MetricLint lint(lists);
    QCOMPARE(kinds(lint.check(QStringLiteral("UMSATZ je Kunde"), QStringLiteral("pro Woche"))),
             QStringLiteral("lagging"));
    QCOMPARE(kinds(lint.check(QStringLiteral("Umsatzsteuer"), QStringLiteral("pro Woche"))),
             QString());
    QCOMPARE(
        kinds(lint.check(QStringLiteral("Chiffre d'affaires"), QStringLiteral("sur 30 jours"))),
        QStringLiteral("lagging"));
    // Case folding beyond ASCII, and decomposed accents (e + combining acute) still match.
    QCOMPARE(kinds(lint.check(QStringLiteral("TÉLÉCHARGEMENTS"), QStringLiteral("sur 7 jours"))),
             QStringLiteral("vanity"));
    QCOMPARE(kinds(lint.check(QStringLiteral("te\u0301le\u0301chargements"),
                              QStringLiteral("sur 7 jours"))),
             QStringLiteral("vanity"));
    // Letters from other scripts are word characters: no match glued to them.
    QCOMPARE(kinds(lint.check(QStringLiteral("Ärevenue"), QStringLiteral("per week"))), QString());
    QCOMPARE(kinds(lint.check(QStringLiteral("Выручка revenue"), QStringLiteral("per week"))),
             QStringLiteral("lagging"));
    QCOMPARE(kinds(lint.check(QStringLiteral("Заказы"), QStringLiteral("Заказы клиентов"))),
             QStringLiteral("window"));
}

QTEST_GUILESS_MAIN(TestMetricLint)
#include "TestMetricLint.moc"
