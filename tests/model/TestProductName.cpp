// Products are matched by name, tolerant of case, spacing and how an accent was typed.
#include "domain/ProductName.h"

#include <QTest>

class TestProductName : public QObject {
    Q_OBJECT

private slots:
    void key_data();
    void key();
    void tidyKeepsCase_data();
    void tidyKeepsCase();
};

void TestProductName::key_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    const auto s = [](const char16_t* text) { return QString::fromUtf16(text); };
    QTest::newRow("identical") << s(u"Harvest Box") << s(u"Harvest Box") << true;
    QTest::newRow("case") << s(u"Harvest Box") << s(u"HARVEST box") << true;
    QTest::newRow("outer spaces") << s(u"Harvest Box") << s(u"  Harvest Box \t") << true;
    QTest::newRow("inner spaces") << s(u"Harvest Box") << s(u"Harvest    Box") << true;
    QTest::newRow("tab and newline") << s(u"Harvest Box") << s(u"Harvest\t\nBox") << true;
    QTest::newRow("no-break space") << s(u"Harvest Box") << s(u"Harvest\u00a0Box") << true;
    QTest::newRow("composed accent") << s(u"Caf\u00e9 Club") << s(u"CAFE\u0301 club") << true;
    QTest::newRow("German sharp s") << s(u"Stra\u00dfe") << s(u"STRASSE") << true;
    QTest::newRow("Greek final sigma") << s(u"\u039f\u03a3") << s(u"\u03bf\u03c2") << true;
    QTest::newRow("RTL") << s(u"\u0645\u062a\u062c\u0631  \u0643\u0628\u064a\u0631")
                         << s(u"\u0645\u062a\u062c\u0631 \u0643\u0628\u064a\u0631") << true;
    QTest::newRow("emoji") << s(u"Box \U0001F4E6") << s(u"box  \U0001F4E6") << true;
    QTest::newRow("empty and blank") << s(u"") << s(u"   ") << true;
    QTest::newRow("different words") << s(u"Harvest Box") << s(u"Harvest Bag") << false;
    QTest::newRow("space inside a word") << s(u"Harvest Box") << s(u"HarvestBox") << false;
    QTest::newRow("hyphen is not a space") << s(u"Meal kit") << s(u"Meal-kit") << false;
    QTest::newRow("accent matters") << s(u"Cafe") << s(u"Caf\u00e9") << false;
    QTest::newRow("quotes and tags") << s(u"<b>\"Box\"</b>") << s(u"<B>\"box\"</B>") << true;
}

void TestProductName::key() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ProductName::key(a) == ProductName::key(b), same);
    QCOMPARE(ProductName::same(a, b), same);
    // A key is its own key: grouping twice changes nothing.
    QCOMPARE(ProductName::key(ProductName::key(a)), ProductName::key(a));
}

void TestProductName::tidyKeepsCase_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tidied");
    QTest::newRow("spaces") << QStringLiteral("  Harvest   Box ") << QStringLiteral("Harvest Box");
    QTest::newRow("case kept") << QStringLiteral("HarVest box") << QStringLiteral("HarVest box");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("composed") << QString::fromUtf16(u"Cafe\u0301")
                              << QString::fromUtf16(u"Caf\u00e9");
}

void TestProductName::tidyKeepsCase() {
    QFETCH(QString, typed);
    QFETCH(QString, tidied);
    QCOMPARE(ProductName::tidy(typed), tidied);
}

QTEST_GUILESS_MAIN(TestProductName)
#include "TestProductName.moc"
