// A product's history and two workshops side by side, driven through the real main window
// offscreen: group the library by product, open a product with the keyboard, read its
// workshops newest first, rename and merge products and undo both, tick two workshops and
// compare them, write why the North Star changed, and come back. Grabs the screens to
// LODESTAR_GRAB_DIR when it is set.
#include "HistoryFixtures.h"
#include "LayoutCheck.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "ProductPages.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/Clock.h"
#include "domain/ProductName.h"
#include "history/ComparisonPage.h"
#include "history/HistoryCard.h"
#include "history/ProductBrowser.h"
#include "history/ProductDialogs.h"
#include "history/ProductListModel.h"
#include "history/ProductPage.h"
#include "widgets/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

class TestProductHistoryPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupByProductListsProducts();
    void productPageShowsHistoryNewestFirst();
    void renameProductAndUndo();
    void emptyAndOverlongNamesAreRefused();
    void undoLeavesLaterEditsAlone();
    void mergeProductsAndUndo();
    void compareTheTwoTicked();
    void compareWithTheOneBeforeAndComeBack();
    void writeWhyFromTheComparisonAndUndo();
    void aKeptNorthStarAsksWhyItWasKept();
    void saveTheComparisonAsPdf();
    void openAWorkshopAndComeBack();
    void hostileTextShowsExactly();
    void everyControlHasAnAccessibleName();
    void grabTheScreens();

private:
    void activate();
    ProductBrowser* browser() const { return m_window->libraryPage()->products(); }
    ProductPage* productPage() const { return browser()->productPage(); }
    ComparisonPage* comparisonPage() const { return browser()->comparisonPage(); }
    // Groups by product with Ctrl+G and opens the product named `name` with the keyboard.
    void openProduct(const QString& name);
    template <typename Dialog> Dialog* waitForDialog(QWidget* parent);
    QStringList products() const;
    QStringList spellings() const;

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_mealKit; // {earlier, later}
    qint64 m_atlas = 0;
};

void TestProductHistoryPages::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Theme::applyConsoleTheme(*qApp); // look as the app looks, for the grabs and the layout check
}

void TestProductHistoryPages::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_mealKit = addMealKitHistory(m_library->store(), QStringLiteral("Harvest Box"));
    QVERIFY(m_mealKit.at(0) && m_mealKit.at(1));
    // The later workshop spells the product its own way; it is the same product.
    const auto later = m_library->store().workshop(m_mealKit.at(1));
    QVERIFY(m_library->store().setProducts({{later->id, QStringLiteral(" harvest  BOX")}}));
    PastWorkshop atlas = plainWorkshop(QStringLiteral("Atlas kick-off"), QStringLiteral("Atlas"),
                                       QDate(2025, 11, 2));
    atlas.metricName = QStringLiteral("Weekly trips planned");
    m_atlas = addPastWorkshop(m_library->store(), atlas);
    QVERIFY(m_atlas);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1400, 900);
    activate();
}

void TestProductHistoryPages::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestProductHistoryPages::activate() {
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

template <typename Dialog> Dialog* TestProductHistoryPages::waitForDialog(QWidget* parent) {
    Dialog* found = nullptr;
    [&] { QTRY_VERIFY((found = parent->findChild<Dialog*>()) && found->isVisible()); }();
    return found;
}

QStringList TestProductHistoryPages::products() const {
    QStringList names;
    for (const ProductSummary& p : m_library->store().products())
        names.append(p.name);
    return names;
}

QStringList TestProductHistoryPages::spellings() const {
    QStringList all;
    for (const qint64 id : {m_mealKit.at(0), m_mealKit.at(1), m_atlas})
        all.append(m_library->store().workshop(id)->product);
    return all;
}

void TestProductHistoryPages::openProduct(const QString& name) {
    ProductPages::open(*m_window, name);
}

void TestProductHistoryPages::groupByProductListsProducts() {
    LibraryPage* library = m_window->libraryPage();
    QAbstractItemModelTester tester(browser()->productModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(library->view()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(library->byProductAction()->isChecked());
    QTableView* view = browser()->productView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, ProductListModel::Product).data().toString(),
             QStringLiteral("Atlas"));
    QCOMPARE(view->model()->index(1, ProductListModel::Product).data().toString(),
             QStringLiteral("harvest BOX")); // the newest spelling, tidied
    QCOMPARE(view->model()->index(1, ProductListModel::Workshops).data().toString(),
             QStringLiteral("2 workshops"));
    QCOMPARE(view->model()->index(1, ProductListModel::NorthStar).data().toString(),
             QStringLiteral("Weekly dinners cooked"));
    QVERIFY(visibleTexts(library).contains(QStringLiteral("2 products")));
    // The workshop actions act on no hidden row while products are listed.
    QVERIFY(!library->deleteAction()->isEnabled());
    QVERIFY(!library->openAction()->isEnabled());

    // Search narrows the products, by name or North Star; Down goes to the list.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("dinners"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(visibleTexts(library).contains(QStringLiteral("1 shown of 2 products")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(productPage()->isVisible());
    QCOMPARE(productPage()->product().workshopCount, 2);

    // Back, then Ctrl+G again lists the workshops.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(view->isVisible());
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(library->view()->isVisible());
}

void TestProductHistoryPages::productPageShowsHistoryNewestFirst() {
    openProduct(QStringLiteral("Harvest Box"));
    ProductPage* page = productPage();
    QCOMPARE(page->cards().size(), 2);
    QCOMPARE(page->cards().at(0)->workshopId(), m_mealKit.at(1));
    QCOMPARE(page->cards().at(1)->workshopId(), m_mealKit.at(0));
    const QStringList newer = visibleTexts(page->cards().at(0));
    for (const QString& expected :
         {QStringLiteral("★ Weekly dinners cooked"),
          QStringLiteral("Meals cooked from our boxes each week, as reported"),
          QStringLiteral("Productivity game"), QStringLiteral("Recipes cooked per box"),
          QStringLiteral("owner: Retention squad"), QStringLiteral("Cooking confidence"),
          QStringLiteral("Guardrail: Complaints — Complaints per 1,000 dinners")})
        QVERIFY2(newer.contains(expected), qPrintable(expected + u'\n' + newer.join(u'\n')));
    QVERIFY(newer.join(u' ').contains(QLatin1String("facilitated by Aiyana")));
    QVERIFY(newer.join(u' ').contains(QLatin1String("we counted deliveries, not dinners")));
    const QStringList older = visibleTexts(page->cards().at(1));
    QVERIFY(older.contains(QStringLiteral("★ Weekly boxes delivered")));
    QVERIFY(older.contains(QStringLiteral("Transaction game")));
    QVERIFY(older.contains(QStringLiteral("Referral sign-ups")));
    // The oldest has nothing before it to compare with.
    QVERIFY(page->cards().at(0)->compareWithOlderButton());
    QVERIFY(!page->cards().at(1)->compareWithOlderButton());
    QVERIFY2(LayoutCheck::problems(m_window.get()).isEmpty(),
             qPrintable(LayoutCheck::problems(m_window.get()).join(u'\n')));

    // Tab reaches every card's controls.
    page->backButton()->setFocus();
    QSet<QWidget*> reached;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    for (HistoryCard* card : page->cards()) {
        QVERIFY(reached.contains(card->compareBox()));
        QVERIFY(reached.contains(card->openButton()));
        QVERIFY(reached.contains(card->noteButton()));
    }
}

void TestProductHistoryPages::renameProductAndUndo() {
    openProduct(QStringLiteral("harvest box"));
    QTest::keyClick(productPage()->backButton(), Qt::Key_F2);
    auto* dialog = waitForDialog<QInputDialog>(productPage());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("harvest BOX"));
    auto* edit = dialog->findChild<QLineEdit*>();
    QVERIFY(edit && !edit->accessibleName().isEmpty());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("  Harvest   Kitchen "));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_library->store().workshop(m_mealKit.at(0))->product,
                 QStringLiteral("Harvest Kitchen"));
    QCOMPARE(m_library->store().workshop(m_mealKit.at(1))->product,
             QStringLiteral("Harvest Kitchen"));
    QCOMPARE(m_library->store().workshop(m_atlas)->product, QStringLiteral("Atlas"));
    QCOMPARE(productPage()->product().name, QStringLiteral("Harvest Kitchen")); // followed
    QVERIFY(visibleTexts(productPage()).contains(QStringLiteral("Harvest Kitchen")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("harvest BOX")));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spellings(), (QStringList{QStringLiteral("Harvest Box"),
                                       QStringLiteral(" harvest  BOX"), QStringLiteral("Atlas")}));
    QCOMPARE(productPage()->product().name, QStringLiteral("harvest BOX"));
    QCOMPARE(productPage()->cards().size(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(products(), (QStringList{QStringLiteral("Atlas"), QStringLiteral("Harvest Kitchen")}));
    // A rename to a name that differs only in spacing is no step at all.
    const int steps = m_window->undoGroup()->activeStack()->count();
    productPage()->renameProduct();
    dialog = waitForDialog<QInputDialog>(productPage());
    dialog->setTextValue(QStringLiteral(" Harvest Kitchen"));
    dialog->accept();
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), steps);
}

void TestProductHistoryPages::emptyAndOverlongNamesAreRefused() {
    openProduct(QStringLiteral("Atlas"));
    const int steps = m_window->undoGroup()->activeStack()->count();
    productPage()->renameProduct();
    auto* dialog = waitForDialog<QInputDialog>(productPage());
    dialog->setTextValue(QStringLiteral("   "));
    dialog->accept();
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("needs a name")));
    QCOMPARE(m_library->store().workshop(m_atlas)->product, QStringLiteral("Atlas"));
    productPage()->renameProduct();
    dialog = waitForDialog<QInputDialog>(productPage());
    dialog->setTextValue(QString(5000, u'x'));
    dialog->accept();
    QVERIFY(m_window->noticeBar()->isVisible()); // the store said why
    QCOMPARE(m_library->store().workshop(m_atlas)->product, QStringLiteral("Atlas"));
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), steps);
}

void TestProductHistoryPages::undoLeavesLaterEditsAlone() {
    openProduct(QStringLiteral("Harvest Box"));
    productPage()->renameProduct();
    auto* dialog = waitForDialog<QInputDialog>(productPage());
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Harvest Kitchen"));
    dialog->accept();
    QCOMPARE(products(), (QStringList{QStringLiteral("Atlas"), QStringLiteral("Harvest Kitchen")}));
    // Meanwhile the later workshop is moved to another product by another edit.
    QVERIFY(m_library->store().setProducts({{m_mealKit.at(1), QStringLiteral("Atlas")}}));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spellings(), (QStringList{QStringLiteral("Harvest Box"), QStringLiteral("Atlas"),
                                       QStringLiteral("Atlas")}));
    // Redo renames only the workshops still spelt as before it, not one that took the old
    // name since.
    QVERIFY(m_library->store().setProducts({{m_atlas, QStringLiteral("Harvest Box")}}));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(spellings(), (QStringList{QStringLiteral("Harvest Kitchen"), QStringLiteral("Atlas"),
                                       QStringLiteral("Harvest Box")}));
}

void TestProductHistoryPages::mergeProductsAndUndo() {
    openProduct(QStringLiteral("Atlas"));
    QTest::mouseClick(productPage()->mergeButton(), Qt::LeftButton);
    auto* dialog = waitForDialog<MergeProductDialog>(productPage());
    QCOMPARE(dialog->targets()->count(), 1);
    QCOMPARE(dialog->targets()->itemText(0), QStringLiteral("harvest BOX"));
    dialog->accept();
    QCOMPARE(m_library->store().workshop(m_atlas)->product, QStringLiteral("harvest BOX"));
    QCOMPARE(products(), QStringList{QStringLiteral("harvest BOX")});
    // The page followed Atlas's workshop into the merged product.
    QCOMPARE(productPage()->cards().size(), 3);
    QCOMPARE(productPage()->cards().at(1)->workshopId(), m_atlas);
    QVERIFY(!productPage()->mergeButton()->isEnabled()); // nothing left to merge with

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spellings(), (QStringList{QStringLiteral("Harvest Box"),
                                       QStringLiteral(" harvest  BOX"), QStringLiteral("Atlas")}));
    QCOMPARE(productPage()->product().name, QStringLiteral("Atlas"));
    QCOMPARE(productPage()->cards().size(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(products().size(), 1);
}

void TestProductHistoryPages::compareTheTwoTicked() {
    PastWorkshop third = plainWorkshop(QStringLiteral("Harvest Box planning"),
                                       QStringLiteral("Harvest Box"), QDate(2025, 8, 1));
    const qint64 middle = addPastWorkshop(m_library->store(), third);
    openProduct(QStringLiteral("Harvest Box"));
    ProductPage* page = productPage();
    QCOMPARE(page->cards().size(), 3);
    QVERIFY(!page->compareButton()->isEnabled());
    // Ticked with the keyboard: the newest, then the oldest.
    QCheckBox* newest = page->card(m_mealKit.at(1))->compareBox();
    newest->setFocus();
    QTest::keyClick(newest, Qt::Key_Space);
    QVERIFY(!page->compareButton()->isEnabled());
    QCheckBox* middleBox = page->card(middle)->compareBox();
    QTest::mouseClick(middleBox, Qt::LeftButton);
    QVERIFY(page->compareButton()->isEnabled());
    // A third tick lets go of the first.
    QCheckBox* oldest = page->card(m_mealKit.at(0))->compareBox();
    oldest->setFocus();
    QTest::keyClick(oldest, Qt::Key_Space);
    QVERIFY(!newest->isChecked());
    QCOMPARE(page->ticked(), (QList<qint64>{middle, m_mealKit.at(0)}));
    QTest::mouseClick(newest, Qt::LeftButton);
    QCOMPARE(page->ticked(), (QList<qint64>{m_mealKit.at(0), m_mealKit.at(1)}));
    QVERIFY(!middleBox->isChecked());

    QTest::mouseClick(page->compareButton(), Qt::LeftButton);
    ComparisonPage* compare = comparisonPage();
    QVERIFY(compare->isVisible());
    QVERIFY(compare->comparison());
    QCOMPARE(compare->comparison()->before().workshopId, m_mealKit.at(0)); // older on the left
    const QString summary = compare->summaryText();
    QVERIFY2(
        summary.contains(QStringLiteral(
            "The North Star changed from “Weekly boxes delivered” to “Weekly dinners cooked”.")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Inputs: 1 unchanged, 1 renamed, 1 with a new "
                                            "definition, 1 with a new owner, 1 added, 1 dropped.")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Transaction game → Productivity game")));
    QVERIFY(summary.contains(QLatin1String("The guardrail changed.")));
    // Every difference is highlighted and labelled in words.
    const auto chips = compare->findChildren<QLabel*>(QStringLiteral("changeChip"));
    const auto count = [&](const char* kind) {
        return std::count_if(chips.cbegin(), chips.cend(), [kind](const QLabel* chip) {
            return chip->isVisible() && chip->property("change").toString() == QLatin1String(kind);
        });
    };
    QCOMPARE(count("added"), 1);
    QCOMPARE(count("removed"), 1);
    QCOMPARE(count("same"), 1);            // the one input kept as it was
    QCOMPARE(count("changed"), 3 + 3 + 1); // name, definition, game; three inputs; guardrail
    const QStringList chipTexts = [&] {
        QStringList texts;
        for (const QLabel* chip : chips)
            texts.append(chip->text());
        return texts;
    }();
    for (const char* word : {"renamed", "new definition", "new owner", "added", "dropped", "kept"})
        QVERIFY2(chipTexts.contains(QLatin1String(word)), word);
    QCOMPARE(compare->findChildren<QWidget*>(QStringLiteral("changedCell")).size(), 2 * 9);
    QVERIFY(visibleTexts(compare).contains(
        QStringLiteral("Boxes delivered rose while cooking fell: we counted deliveries, not "
                       "dinners.")));
    QVERIFY2(LayoutCheck::problems(m_window.get()).isEmpty(),
             qPrintable(LayoutCheck::problems(m_window.get()).join(u'\n')));
}

void TestProductHistoryPages::compareWithTheOneBeforeAndComeBack() {
    openProduct(QStringLiteral("Harvest Box"));
    QPushButton* withOlder = productPage()->card(m_mealKit.at(1))->compareWithOlderButton();
    withOlder->setFocus();
    QTest::keyClick(withOlder, Qt::Key_Space);
    QVERIFY(comparisonPage()->isVisible());
    QCOMPARE(comparisonPage()->comparison()->after().workshopId, m_mealKit.at(1));
    QCOMPARE(QApplication::focusWidget(), comparisonPage()->backButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(productPage()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(browser()->productView()->isVisible());
}

void TestProductHistoryPages::writeWhyFromTheComparisonAndUndo() {
    QVERIFY(m_library->store().setChangeNote(m_mealKit.at(1), QString()));
    openProduct(QStringLiteral("Harvest Box"));
    browser()->showComparison(m_mealKit.at(0), m_mealKit.at(1));
    QVERIFY(comparisonPage()->isVisible());
    QVERIFY(visibleTexts(comparisonPage()).join(u' ').contains(QLatin1String("not written down")));
    QTest::mouseClick(comparisonPage()->noteButton(), Qt::LeftButton);
    auto* dialog = waitForDialog<ChangeNoteDialog>(productPage());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Why we changed")); // the metric changed
    const QString why =
        QStringLiteral("We sold boxes; customers wanted dinners. <b>Not</b> a fad.");
    QTest::keyClicks(dialog->editor(), why);
    dialog->accept();
    QCOMPARE(m_library->store().changeNote(m_mealKit.at(1)), why);
    QVERIFY(visibleTexts(comparisonPage()).contains(why)); // plain text, tags and all
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("why the North Star")));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_library->store().changeNote(m_mealKit.at(1)), QString());
    QVERIFY(!visibleTexts(comparisonPage()).contains(why));
}

// Two Atlas workshops with the same North Star: the comparison, its button and the dialog
// ask why the team kept it, not why it changed.
void TestProductHistoryPages::aKeptNorthStarAsksWhyItWasKept() {
    PastWorkshop again = plainWorkshop(QStringLiteral("Atlas a year on"), QStringLiteral("Atlas"),
                                       QDate(2026, 11, 2));
    again.metricName = QStringLiteral("Weekly trips planned");
    const qint64 later = addPastWorkshop(m_library->store(), again);
    QVERIFY(later);
    openProduct(QStringLiteral("Atlas"));
    browser()->showComparison(m_atlas, later);
    QVERIFY(comparisonPage()->isVisible());
    const QStringList shown = visibleTexts(comparisonPage());
    QVERIFY(shown.contains(QStringLiteral("Why we kept it")));
    QVERIFY(!shown.contains(QStringLiteral("Why we changed")));
    QCOMPARE(comparisonPage()->noteButton()->text(), QStringLiteral("Why we kept it…"));
    QTest::mouseClick(comparisonPage()->noteButton(), Qt::LeftButton);
    auto* dialog = waitForDialog<ChangeNoteDialog>(productPage());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Why we kept it"));
    QCOMPARE(dialog->editor()->accessibleName(), QStringLiteral("Why we kept it"));
    QTest::keyClicks(dialog->editor(), QStringLiteral("It still predicts renewals."));
    dialog->accept();
    QCOMPARE(m_library->store().changeNote(later), QStringLiteral("It still predicts renewals."));
    QCOMPARE(comparisonPage()->noteButton()->text(), QStringLiteral("Edit why…"));
}

void TestProductHistoryPages::saveTheComparisonAsPdf() {
    QTemporaryDir dir;
    openProduct(QStringLiteral("Harvest Box"));
    browser()->showComparison(m_mealKit.at(0), m_mealKit.at(1));
    QString suggested;
    const QString path = dir.filePath(QStringLiteral("compare.pdf"));
    comparisonPage()->setSaveChooser([&](const QString& name) {
        suggested = name;
        return path;
    });
    QTest::keyClick(comparisonPage()->backButton(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(suggested.endsWith(QStringLiteral("harvest BOX — North Star comparison.pdf")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("compare.pdf")));
    // A folder is not a file: nothing written, and the facilitator is told why.
    comparisonPage()->setSaveChooser([&](const QString&) { return dir.path(); });
    QTest::mouseClick(comparisonPage()->pdfButton(), Qt::LeftButton);
    QVERIFY(m_window->noticeBar()->isVisible());
    QVERIFY(QFileInfo(dir.path()).isDir());
}

void TestProductHistoryPages::openAWorkshopAndComeBack() {
    openProduct(QStringLiteral("Harvest Box"));
    QTest::mouseClick(productPage()->card(m_mealKit.at(0))->openButton(), Qt::LeftButton);
    QCOMPARE(m_window->openWorkshopId(), m_mealKit.at(0));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->openWorkshopId(), 0);
    QVERIFY(productPage()->isVisible()); // where the facilitator left it
    QVERIFY(productPage()->isAncestorOf(QApplication::focusWidget()));
}

void TestProductHistoryPages::hostileTextShowsExactly() {
    const QString product = QStringLiteral("<b>Box</b> \"&amp;\" ") +
                            QString::fromUtf16(u"\u0645\u062a\u062c\u0631 \U0001F4E6");
    PastWorkshop hostile = plainWorkshop(QStringLiteral("<i>Hostile</i>"), product, {2026, 5, 5});
    hostile.metricName =
        QStringLiteral("<script>x</script> ") + QString::fromUtf16(u"\u05e9\u05dc\u05d5\u05dd");
    hostile.inputs = {{QStringLiteral("<u>input</u>"), QStringLiteral("a & b"),
                       QStringLiteral("O'Brien"), InputPattern::Depth}};
    hostile.changeNote = QString(4000, u'w');
    const qint64 id = addPastWorkshop(m_library->store(), hostile);
    QVERIFY(id);
    openProduct(product);
    const QStringList texts = visibleTexts(productPage());
    QVERIFY(texts.contains(ProductName::tidy(product)));
    QVERIFY(texts.join(u'\n').contains(hostile.metricName));
    QVERIFY(texts.contains(QStringLiteral("<u>input</u>")));
    QVERIFY(texts.contains(QStringLiteral("owner: O'Brien")));
    for (QLabel* label : productPage()->findChildren<QLabel*>())
        if (label->isVisible() && label->text().contains(u'<'))
            QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestProductHistoryPages::everyControlHasAnAccessibleName() {
    openProduct(QStringLiteral("Harvest Box"));
    browser()->showComparison(m_mealKit.at(0), m_mealKit.at(1));
    for (QWidget* root :
         {static_cast<QWidget*>(productPage()), static_cast<QWidget*>(comparisonPage())})
        for (QWidget* w : root->findChildren<QWidget*>()) {
            const bool interactive = w->focusPolicy() != Qt::NoFocus && !w->isHidden() &&
                                     !w->inherits("QScrollBar") &&
                                     !w->objectName().startsWith(QLatin1String("qt_"));
            if (interactive)
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 %2").arg(
                             QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    productPage()->mergeProduct();
    auto* merge = waitForDialog<MergeProductDialog>(productPage());
    for (QWidget* w : merge->findChildren<QWidget*>())
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible())
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    merge->reject();
}

void TestProductHistoryPages::grabTheScreens() {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (folder.isEmpty())
        QSKIP("LODESTAR_GRAB_DIR is not set");
    QDir().mkpath(folder);
    const auto grab = [&](const QString& name) {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QDir(folder).filePath(name)));
    };
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QCoreApplication::processEvents();
    grab(QStringLiteral("history-1-products.png"));
    openProduct(QStringLiteral("Harvest Box"));
    grab(QStringLiteral("history-2-product.png"));
    browser()->showComparison(m_mealKit.at(0), m_mealKit.at(1));
    grab(QStringLiteral("history-3-compare.png"));
    m_window->resize(1024, 700);
    grab(QStringLiteral("history-4-compare-small.png"));
}

QTEST_MAIN(TestProductHistoryPages)
#include "TestProductHistoryPages.moc"
