// Any two workshops side by side from the library's list, through the real main window
// offscreen: pick two rows (Ctrl+click, Shift+Down), Compare (button, Ctrl+Shift+C, context
// menu), read a comparison of two products that claims no change and shows no note on why,
// and come back to the list; one or three picked leave Compare off and say why. Hostile
// names (right-to-left, emoji, markup) show exactly. Grabs to LODESTAR_GRAB_DIR when set.
#include "HistoryFixtures.h"
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "agenda/Clock.h"
#include "history/ComparisonPage.h"
#include "history/ProductBrowser.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestLibraryCompare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void compareTwoProductsFromTheList();
    void keyboardAndContextMenu();
    void oneOrThreeSelectedLeaveCompareOff();
    void sameProductStillReadsAsAChange();
    void hostileNamesShowExactly();
    void everyControlHasAnAccessibleName();
    void theRowStillFitsA1280PixelScreen();

private:
    LibraryPage* library() const { return m_window->libraryPage(); }
    QTableView* view() const { return library()->view(); }
    ComparisonPage* comparisonPage() const { return library()->products()->comparisonPage(); }
    QToolButton* compareButton() const {
        return library()->findChild<QToolButton*>(QStringLiteral("compareWorkshops"));
    }
    // Clicks the row of workshop `id` with `modifiers` (Ctrl adds it to the selection).
    void clickWorkshop(qint64 id, Qt::KeyboardModifiers modifiers = {});
    QStringList chips() const;
    QString pageTitle() const;
    void grab(const QString& name);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_mealKit; // {earlier, later}
    qint64 m_atlas = 0;
};

void TestLibraryCompare::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Theme::applyConsoleTheme(*qApp);
}

void TestLibraryCompare::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_mealKit = addMealKitHistory(m_library->store(), QStringLiteral("Harvest Box"));
    QVERIFY(m_mealKit.at(0) && m_mealKit.at(1));
    PastWorkshop atlas = plainWorkshop(QStringLiteral("Atlas kick-off"), QStringLiteral("Atlas"),
                                       QDate(2025, 11, 2));
    atlas.metricName = QStringLiteral("Weekly trips planned");
    atlas.metricDefinition = QStringLiteral("Trips planned by active travellers each week");
    atlas.game = Game::Productivity;
    atlas.inputs = {{QStringLiteral("Active planners"), QStringLiteral("Planned a trip this month"),
                     QStringLiteral("Growth"), InputPattern::Breadth}};
    m_atlas = addPastWorkshop(m_library->store(), atlas);
    QVERIFY(m_atlas);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(view()->isVisible());
}

void TestLibraryCompare::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestLibraryCompare::clickWorkshop(qint64 id, Qt::KeyboardModifiers modifiers) {
    const int row = library()->model()->rowOfWorkshop(id);
    QVERIFY(row >= 0);
    const QRect rect = view()->visualRect(library()->model()->index(row, LibraryModel::Title));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

QStringList TestLibraryCompare::chips() const {
    QStringList words;
    for (QLabel* chip : comparisonPage()->findChildren<QLabel*>(QStringLiteral("changeChip")))
        words << chip->text();
    return words;
}

QString TestLibraryCompare::pageTitle() const {
    return comparisonPage()->findChild<QLabel*>(QStringLiteral("pageTitle"))->text();
}

void TestLibraryCompare::grab(const QString& name) {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_window->grab().save(QDir(folder).filePath(name)));
}

// Harvest Box's revisit and Atlas: two products, so the page sets them side by side and
// never says one changed into the other.
void TestLibraryCompare::compareTwoProductsFromTheList() {
    clickWorkshop(m_mealKit.at(1));
    QVERIFY(!library()->compareAction()->isEnabled());
    clickWorkshop(m_atlas, Qt::ControlModifier);
    QCOMPARE(library()->selectedWorkshopIds().size(), 2);
    QVERIFY(library()->compareAction()->isEnabled());
    QVERIFY(compareButton()->isEnabled());
    // Two picked: nothing to open, rename or delete.
    QVERIFY(!library()->openAction()->isEnabled());
    QVERIFY(!library()->deleteAction()->isEnabled());
    grab(QStringLiteral("library-compare-1-two-picked.png"));

    QTest::mouseClick(compareButton(), Qt::LeftButton);
    ComparisonPage* page = comparisonPage();
    QVERIFY(page->isVisible());
    QVERIFY(page->comparison());
    // The older on the left, whatever order they were picked in.
    QCOMPARE(page->comparison()->before().workshopId, m_atlas);
    QCOMPARE(page->comparison()->after().workshopId, m_mealKit.at(1));
    QVERIFY(!page->comparison()->sameProduct());
    QCOMPARE(pageTitle(), QStringLiteral("Two North Stars side by side"));

    const QString summary = page->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Two different products")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Atlas")));
    QVERIFY(summary.contains(QStringLiteral("Harvest Box")));
    QVERIFY(summary.contains(QStringLiteral("Weekly trips planned")));
    QVERIFY(summary.contains(QStringLiteral("Weekly dinners cooked")));
    for (const char* claim : {"changed", "added", "dropped", "renamed", "unchanged", "kept"})
        QVERIFY2(!summary.contains(QLatin1String(claim)), claim);
    for (const QString& chip : chips())
        for (const char* claim : {"changed", "added", "dropped", "renamed", "new ", "kept"})
            QVERIFY2(!chip.contains(QLatin1String(claim)), qPrintable(chip));
    QVERIFY(chips().contains(QStringLiteral("different")));
    QVERIFY(chips().contains(QStringLiteral("only later")));

    // The later workshop's note is about its own product's history: not shown here.
    const QStringList shown = visibleTexts(page);
    QVERIFY(!page->noteButton()->isVisible());
    QVERIFY(!shown.contains(QStringLiteral("Why we changed")));
    QVERIFY(!shown.contains(QStringLiteral("Why we kept it")));
    const QString note = m_library->store().changeNote(m_mealKit.at(1));
    QVERIFY(!note.isEmpty());
    QVERIFY(!shown.join(u'\n').contains(note));
    // Each column says whose it is.
    const QString all = shown.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("Earlier: ")));
    QVERIFY(all.contains(QStringLiteral("Atlas, ")));
    grab(QStringLiteral("library-compare-2-two-products.png"));

    // As a PDF: named after both products.
    QTemporaryDir dir;
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    const QString path = QDir(folder.isEmpty() ? dir.path() : folder)
                             .filePath(QStringLiteral("library-compare-two-products.pdf"));
    QString suggested;
    page->setSaveChooser([&](const QString& name) {
        suggested = name;
        return path;
    });
    QTest::keyClick(page->backButton(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(
        suggested.endsWith(QStringLiteral("Atlas and Harvest Box — North Star comparison.pdf")),
        qPrintable(suggested));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // Back returns to the list, the two still picked, the keyboard on the list.
    QCOMPARE(page->backButton()->text(), QStringLiteral("← Workshops"));
    QCOMPARE(QApplication::focusWidget(), page->backButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(view()->isVisible());
    QVERIFY(library()->showsList());
    QCOMPARE(QApplication::focusWidget(), view());
    QCOMPARE(library()->selectedWorkshopIds().size(), 2);
}

void TestLibraryCompare::keyboardAndContextMenu() {
    // From the search box: Down to the first row, Shift+Down takes the next one too.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view());
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(library()->selectedWorkshopIds().size(), 2);
    // The context menu (the Menu key opens it) offers Compare, enabled.
    QCOMPARE(view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(view()->actions().contains(library()->compareAction()));
    QVERIFY(library()->compareAction()->isEnabled());
    QCOMPARE(library()->compareAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(comparisonPage()->isVisible());
    // The newest two by date: Atlas (November 2025) before the revisit (March 2026).
    QCOMPARE(comparisonPage()->comparison()->before().workshopId, m_atlas);
    QCOMPARE(comparisonPage()->comparison()->after().workshopId, m_mealKit.at(1));
    QTest::mouseClick(comparisonPage()->backButton(), Qt::LeftButton);
    QVERIFY(view()->isVisible());
    // The View menu offers it too.
    bool inMenu = false;
    for (QAction* menu : m_window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(library()->compareAction()))
            inMenu = true;
    QVERIFY(inMenu);
}

void TestLibraryCompare::oneOrThreeSelectedLeaveCompareOff() {
    QAction* compare = library()->compareAction();
    QVERIFY(!compare->isEnabled()); // nothing picked
    QVERIFY(compareButton()->toolTip().contains(QLatin1String("exactly two")));
    clickWorkshop(m_atlas);
    QVERIFY(!compare->isEnabled());
    QVERIFY(!compareButton()->isEnabled());
    QVERIFY(compareButton()->toolTip().contains(QLatin1String("exactly two")));
    QVERIFY(library()->openAction()->isEnabled()); // one picked opens as before
    clickWorkshop(m_mealKit.at(0), Qt::ControlModifier);
    QVERIFY(compare->isEnabled());
    QVERIFY(!compareButton()->toolTip().contains(QLatin1String("exactly two")));
    clickWorkshop(m_mealKit.at(1), Qt::ControlModifier);
    QCOMPARE(library()->selectedWorkshopIds().size(), 3);
    QVERIFY(!compare->isEnabled());
    QVERIFY(compareButton()->toolTip().contains(QLatin1String("exactly two")));
    // The shortcut does nothing with three picked.
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view()->isVisible());
    QVERIFY(!comparisonPage()->isVisible());
    library()->compareSelected(); // nor does the slot
    QVERIFY(view()->isVisible());
    grab(QStringLiteral("library-compare-3-three-picked.png"));
}

// Two workshops of one product picked from the list read as a change, as on the product
// page, with the note on why; Back still leads to the list.
void TestLibraryCompare::sameProductStillReadsAsAChange() {
    clickWorkshop(m_mealKit.at(1));
    clickWorkshop(m_mealKit.at(0), Qt::ControlModifier);
    QTest::mouseClick(compareButton(), Qt::LeftButton);
    ComparisonPage* page = comparisonPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->comparison()->before().workshopId, m_mealKit.at(0));
    QVERIFY(page->comparison()->sameProduct());
    QCOMPARE(pageTitle(), QStringLiteral("How our North Star changed"));
    QVERIFY(page->summaryText().contains(QLatin1String("The North Star changed from")));
    QVERIFY(page->noteButton()->isVisible());
    QVERIFY(visibleTexts(page).contains(QStringLiteral("Why we changed")));
    QTest::mouseClick(page->backButton(), Qt::LeftButton);
    QVERIFY(view()->isVisible());
    // And the product page's own comparison still leads back to the product.
    library()->products()->showComparison(m_mealKit.at(0), m_mealKit.at(1));
    QCOMPARE(page->backButton()->text(), QStringLiteral("← Product history"));
}

void TestLibraryCompare::hostileNamesShowExactly() {
    const QString rtlProduct = QString::fromUtf8("متجر الوجبات 📦 <b>bold</b>");
    const QString emojiProduct = QString::fromUtf8("🚀 Rocket & <i>Co</i>");
    const QString rtlTitle = QString::fromUtf8("ורקשופ <script>x</script> 🌟");
    const QString emojiTitle = QString::fromUtf8("Launch 🚀 <u>day</u>");
    const QString rtlMetric = QString::fromUtf8("ארוחות שבועיות <b>מבושלות</b>");
    const QString emojiMetric = QString::fromUtf8("Weekly 🚀 launches <br>");
    // One day, so the order falls to the id: the first made is the earlier.
    PastWorkshop first = plainWorkshop(rtlTitle, rtlProduct, QDate(2026, 5, 1));
    first.metricName = rtlMetric;
    first.inputs = {{QStringLiteral("<b>Cooks</b>"), QString(), QString::fromUtf8("Ана 🍳"),
                     InputPattern::Breadth}};
    PastWorkshop second = plainWorkshop(emojiTitle, emojiProduct, QDate(2026, 5, 1));
    second.metricName = emojiMetric;
    const qint64 a = addPastWorkshop(m_library->store(), first);
    const qint64 b = addPastWorkshop(m_library->store(), second);
    QVERIFY(a && b && a < b);
    // Picked later one first.
    clickWorkshop(b);
    clickWorkshop(a, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ComparisonPage* page = comparisonPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->comparison()->before().workshopId, a);
    QCOMPARE(page->comparison()->after().workshopId, b);
    const QString all = visibleTexts(page).join(u'\n');
    for (const QString& text : {rtlProduct, emojiProduct, rtlTitle, emojiTitle, rtlMetric,
                                emojiMetric, QStringLiteral("<b>Cooks</b>")})
        QVERIFY2(all.contains(text), qPrintable(text));
    // Markup typed by a user is shown as typed, never rendered.
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->text().contains(QLatin1String("<b>")) ||
            label->text().contains(QLatin1String("<script>")))
            QVERIFY2(label->textFormat() == Qt::PlainText || (label->textFormat() == Qt::AutoText &&
                                                              !Qt::mightBeRichText(label->text())),
                     qPrintable(label->objectName() + u' ' + label->text()));
    grab(QStringLiteral("library-compare-4-hostile.png"));
}

void TestLibraryCompare::everyControlHasAnAccessibleName() {
    clickWorkshop(m_mealKit.at(1));
    clickWorkshop(m_atlas, Qt::ControlModifier);
    QVERIFY(!compareButton()->accessibleName().isEmpty());
    QTest::mouseClick(compareButton(), Qt::LeftButton);
    for (QWidget* root :
         {static_cast<QWidget*>(library()), static_cast<QWidget*>(comparisonPage())})
        for (QWidget* w : root->findChildren<QWidget*>()) {
            const bool interactive = w->focusPolicy() != Qt::NoFocus && !w->isHidden() &&
                                     !w->inherits("QScrollBar") &&
                                     !w->objectName().startsWith(QLatin1String("qt_"));
            if (interactive)
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 %2").arg(
                             QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    QVERIFY(!comparisonPage()->backButton()->accessibleName().isEmpty());
    QCOMPARE(comparisonPage()->backButton()->accessibleName(),
             QStringLiteral("Back to the workshops"));
}

// The Compare button joined the row of actions: the library still fits 1280 pixels.
void TestLibraryCompare::theRowStillFitsA1280PixelScreen() {
    QVERIFY2(library()->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(library()->minimumSizeHint().width())));
    m_window->resize(1280, 800);
    clickWorkshop(m_mealKit.at(1));
    clickWorkshop(m_atlas, Qt::ControlModifier);
    QCOMPARE(m_window->width(), 1280);
    QVERIFY(compareButton()->isVisible());
    grab(QStringLiteral("library-compare-5-1280.png"));
}

QTEST_MAIN(TestLibraryCompare)
#include "TestLibraryCompare.moc"
