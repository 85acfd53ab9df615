// A product's history through the store: workshops grouped by product name (tolerant of case
// and spacing), newest first with their chosen North Stars, renames and merges written and
// put back exactly, the note on why the North Star changed.
#include "HistoryFixtures.h"
#include "HostileText.h"
#include "TestLibrary.h"

#include "domain/ProductName.h"
#include "domain/TextLimits.h"

#include <QSignalSpy>
#include <QTest>

class TestProductHistory : public QObject {
    Q_OBJECT

private slots:
    void productsGroupSpellings();
    void historyIsNewestFirstWithNorthStars();
    void trashIsLeftOutButRenamedToo();
    void setProductsIsOneChangeAndKeepsUpdatedAt();
    void setProductsRefusesOverlongNames();
    void changeNoteRoundTrips_data();
    void changeNoteRoundTrips();
    void changeNoteRefusals();
};

void TestProductHistory::productsGroupSpellings() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    addPastWorkshop(
        store, plainWorkshop(QStringLiteral("One"), QStringLiteral("Harvest Box"), {2025, 1, 5}));
    addPastWorkshop(store, plainWorkshop(QStringLiteral("Two"), QStringLiteral(" harvest  BOX "),
                                         {2025, 6, 1}));
    addPastWorkshop(store,
                    plainWorkshop(QStringLiteral("Three"), QStringLiteral("Atlas"), {2024, 2, 2}));
    addPastWorkshop(store, plainWorkshop(QStringLiteral("Four"), QString(), {2024, 3, 3}));
    addPastWorkshop(store,
                    plainWorkshop(QStringLiteral("Five"), QStringLiteral("   "), {2024, 4, 4}));

    const QList<ProductSummary> products = store.products();
    QCOMPARE(products.size(), 3);
    QCOMPARE(products.at(0).name, QStringLiteral("Atlas"));
    QCOMPARE(products.at(1).name, QStringLiteral("harvest BOX")); // the newest spelling, tidied
    QCOMPARE(products.at(1).key, ProductName::key(QStringLiteral("Harvest Box")));
    QCOMPARE(products.at(1).workshopCount, 2);
    QCOMPARE(products.at(1).latest.date(), QDate(2025, 6, 1));
    QCOMPARE(products.at(2).key, QString()); // no product named: last
    QCOMPARE(products.at(2).workshopCount, 2);
    QVERIFY(products.at(1).currentNorthStar.isEmpty());
}

void TestProductHistory::historyIsNewestFirstWithNorthStars() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = addMealKitHistory(store, QStringLiteral("Harvest Box"));
    QVERIFY(ids.at(0) && ids.at(1));
    // An undecided workshop in between, under another spelling.
    const qint64 planned =
        addPastWorkshop(store, plainWorkshop(QStringLiteral("Planned"),
                                             QStringLiteral("HARVEST box"), {2025, 9, 9}));
    addPastWorkshop(store,
                    plainWorkshop(QStringLiteral("Other"), QStringLiteral("Atlas"), {2026, 1, 1}));

    const QList<NorthStarRecord> history =
        store.productHistory(ProductName::key(QStringLiteral("harvest box")));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).workshopId, ids.at(1));
    QCOMPARE(history.at(1).workshopId, planned);
    QCOMPARE(history.at(2).workshopId, ids.at(0));
    const NorthStarRecord& latest = history.at(0);
    QCOMPARE(latest.metricName, QStringLiteral("Weekly dinners cooked"));
    QCOMPARE(latest.facilitator, QStringLiteral("Aiyana"));
    QCOMPARE(latest.game, Game::Productivity);
    QCOMPARE(latest.date.date(), QDate(2026, 3, 20));
    QCOMPARE(latest.inputs.size(), 5);
    QCOMPARE(latest.inputs.at(1).owner, QStringLiteral("Retention squad"));
    QCOMPARE(latest.guardrailName, QStringLiteral("Complaints"));
    QVERIFY(latest.changeNote.startsWith(QLatin1String("Boxes delivered rose")));
    QVERIFY(!history.at(1).hasNorthStar());
    QVERIFY(history.at(1).inputs.isEmpty());
    QCOMPARE(*store.northStarRecord(ids.at(0)), history.at(2));
    QVERIFY(!store.northStarRecord(999));

    const QList<ProductSummary> products = store.products();
    QCOMPARE(products.at(1).currentNorthStar, QStringLiteral("Weekly dinners cooked"));
    QCOMPARE(products.at(1).workshopIds, (QList<qint64>{ids.at(1), planned, ids.at(0)}));
}

void TestProductHistory::trashIsLeftOutButRenamedToo() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 kept = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("Kept"), QStringLiteral("Atlas"), {2025, 1, 1}));
    const qint64 binned = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("Binned"), QStringLiteral("atlas"), {2025, 2, 1}));
    QVERIFY(store.deleteWorkshop(binned));
    const QString key = ProductName::key(QStringLiteral("Atlas"));
    QCOMPARE(store.productHistory(key).size(), 1);
    QCOMPARE(store.products().first().workshopCount, 1);
    const QList<ProductSpelling> spellings = store.productSpellings(key);
    QCOMPARE(spellings, (QList<ProductSpelling>{{kept, QStringLiteral("Atlas")},
                                                {binned, QStringLiteral("atlas")}}));
}

void TestProductHistory::setProductsIsOneChangeAndKeepsUpdatedAt() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 a = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("A"), QStringLiteral("Atlas"), {2025, 1, 1}));
    const qint64 b = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("B"), QStringLiteral("ATLAS "), {2025, 2, 1}));
    const QDateTime updatedBefore = store.workshop(a)->updatedAt;
    store.setClock([] { return QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC); });
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(
        store.setProducts({{a, QStringLiteral("Atlas Maps")}, {b, QStringLiteral("Atlas Maps")}}));
    QCOMPARE(changed.size(), 1);
    const auto changes = changed.first().first().value<WorkshopChanges>();
    QCOMPARE(changes.workshopIds, (QSet<qint64>{a, b}));
    QVERIFY(changes.has(ChangeKind::Workshop));
    QCOMPARE(store.workshop(a)->product, QStringLiteral("Atlas Maps"));
    QCOMPARE(store.workshop(a)->updatedAt, updatedBefore);
    QCOMPARE(store.products().size(), 1);
    // Putting the old spellings back is exact.
    QVERIFY(store.setProducts({{a, QStringLiteral("Atlas")}, {b, QStringLiteral("ATLAS ")}}));
    QCOMPARE(store.workshop(b)->product, QStringLiteral("ATLAS "));
    QVERIFY(store.setProducts({})); // nothing to do, nothing heard
    QCOMPARE(changed.size(), 2);
}

void TestProductHistory::setProductsRefusesOverlongNames() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 a = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("A"), QStringLiteral("Atlas"), {2025, 1, 1}));
    const qint64 b = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("B"), QStringLiteral("Atlas"), {2025, 2, 1}));
    QSignalSpy failed(&store, &WorkshopStore::writeFailed);
    QVERIFY(!store.setProducts(
        {{a, QStringLiteral("Fine")}, {b, QString(TextLimits::ShortText + 1, u'x')}}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(store.workshop(a)->product, QStringLiteral("Atlas")); // all or nothing
}

void TestProductHistory::changeNoteRoundTrips_data() {
    QTest::addColumn<QString>("note");
    for (const HostileString& hostile : hostileStrings())
        if (hostile.text.size() <= TextLimits::LongText && !hostile.text.contains(QChar(0)))
            QTest::newRow(hostile.label) << hostile.text;
}

void TestProductHistory::changeNoteRoundTrips() {
    QFETCH(QString, note);
    TestLibrary library;
    const qint64 id =
        addPastWorkshop(library.store(), plainWorkshop(QStringLiteral("Noted"),
                                                       QStringLiteral("Atlas"), {2025, 1, 1}));
    QVERIFY(library.store().setChangeNote(id, note));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().changeNote(id), note);
}

void TestProductHistory::changeNoteRefusals() {
    TestLibrary library;
    const qint64 id =
        addPastWorkshop(library.store(), plainWorkshop(QStringLiteral("Noted"),
                                                       QStringLiteral("Atlas"), {2025, 1, 1}));
    QVERIFY(library.store().setChangeNote(id, QStringLiteral("Kept")));
    QVERIFY(!library.store().setChangeNote(id, QString(TextLimits::LongText + 1, u'x')));
    QVERIFY(!library.store().setChangeNote(id + 100, QStringLiteral("nobody")));
    QCOMPARE(library.store().changeNote(id), QStringLiteral("Kept"));
}

QTEST_GUILESS_MAIN(TestProductHistory)
#include "TestProductHistory.moc"
