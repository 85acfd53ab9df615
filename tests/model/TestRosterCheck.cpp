// The roster check before the opening: room size (7 ± 2) and disciplines nobody represents.
#include "playbook/RosterCheck.h"

#include <QTest>

Q_DECLARE_METATYPE(RosterCheck::Size)

namespace {
QList<Participant> roster(const QStringList& disciplines) {
    QList<Participant> people;
    for (const QString& d : disciplines)
        people.append({0, 1, QStringLiteral("P%1").arg(people.size()), d, int(people.size())});
    return people;
}
} // namespace

class TestRosterCheck : public QObject {
    Q_OBJECT

private slots:
    void size_data();
    void size();
    void missing_data();
    void missing();
};

void TestRosterCheck::size_data() {
    QTest::addColumn<int>("people");
    QTest::addColumn<RosterCheck::Size>("expected");
    QTest::newRow("nobody") << 0 << RosterCheck::Size::Empty;
    QTest::newRow("one") << 1 << RosterCheck::Size::TooFew;
    QTest::newRow("two") << 2 << RosterCheck::Size::TooFew;
    QTest::newRow("three") << 3 << RosterCheck::Size::Good;
    QTest::newRow("seven") << 7 << RosterCheck::Size::Good;
    QTest::newRow("nine") << 9 << RosterCheck::Size::Good;
    QTest::newRow("ten") << 10 << RosterCheck::Size::TooMany;
    QTest::newRow("twenty") << 20 << RosterCheck::Size::TooMany;
}

void TestRosterCheck::size() {
    QFETCH(int, people);
    QFETCH(RosterCheck::Size, expected);
    QStringList disciplines;
    for (int i = 0; i < people; ++i)
        disciplines << QStringLiteral("product");
    const RosterCheck check = RosterCheck::of(roster(disciplines));
    QCOMPARE(check.size, expected);
    QCOMPARE(check.people, people);
    QCOMPARE(check.sizeIsGood(), expected == RosterCheck::Size::Good);
}

void TestRosterCheck::missing_data() {
    QTest::addColumn<QStringList>("disciplines");
    QTest::addColumn<QStringList>("missing");
    const QStringList all = RosterCheck::disciplines();
    QTest::newRow("nobody") << QStringList() << all;
    QTest::newRow("everyone") << all << QStringList();
    QTest::newRow("case and spaces")
        << QStringList{QStringLiteral("  ENGINEERING "), QStringLiteral("Design"),
                       QStringLiteral("Product"),        QStringLiteral("analytics"),
                       QStringLiteral("Finance"),        QStringLiteral("SALES"),
                       QStringLiteral("Marketing")}
        << QStringList();
    QTest::newRow("job titles") << QStringList{QStringLiteral("Engineer"),
                                               QStringLiteral("Product designer")}
                                << QStringList{QStringLiteral("analytics"),
                                               QStringLiteral("finance"), QStringLiteral("sales"),
                                               QStringLiteral("marketing")};
    QTest::newRow("unknown and empty")
        << QStringList{QStringLiteral("legal"), QString(), QStringLiteral("sales")}
        << QStringList{QStringLiteral("engineering"), QStringLiteral("design"),
                       QStringLiteral("product"),     QStringLiteral("analytics"),
                       QStringLiteral("finance"),     QStringLiteral("marketing")};
    QTest::newRow("no false friends")
        << QStringList{QStringLiteral("presales"), QStringLiteral("fin"),
                       QStringLiteral("redesign")}
        << all;
}

void TestRosterCheck::missing() {
    QFETCH(QStringList, disciplines);
    QFETCH(QStringList, missing);
    QCOMPARE(RosterCheck::of(roster(disciplines)).missingDisciplines, missing);
}

QTEST_APPLESS_MAIN(TestRosterCheck)
#include "TestRosterCheck.moc"
