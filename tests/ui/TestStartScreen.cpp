// The start screen makes only what it shows (issue 16): the products' table and pages and the
// empty library's invitation are made when first wanted, and then work as if they had been
// made with the window — in the keyboard's order where they were, with their names for a
// screen reader. And the keyboard's order through the start screen is what it was.
#include "HistoryFixtures.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "agenda/Clock.h"
#include "domain/ProductName.h"
#include "history/ProductBrowser.h"
#include "history/ProductListModel.h"
#include "history/ProductPage.h"
#include "room/RoomPanel.h"
#include "widgets/NoticeBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestStartScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startMakesOnlyWhatTheListShows();
    void productsAreMadeWhenFirstWanted();
    void aSearchTypedBeforeGroupingFiltersTheProducts();
    void keyboardOrderThroughTheStartScreen();
    void theInvitationComesWhenTheLibraryEmpties();

private:
    void activate();
    // The names of the controls Tab visits from the focused one, until it comes back or
    // reaches a table (Tab then moves between its cells).
    QStringList tabOrder() const;

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_atlas = 0;
};

namespace {

QString nameOf(const QWidget* w) {
    if (!w)
        return QStringLiteral("(none)");
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        return button->text();
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

void TestStartScreen::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Theme::applyConsoleTheme(*qApp); // the style sheet is what made moving widgets dear
}

void TestStartScreen::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_atlas = addPastWorkshop(m_library->store(),
                              plainWorkshop(QStringLiteral("Atlas kick-off"),
                                            QStringLiteral("Atlas"), QDate(2025, 11, 2)));
    QVERIFY(m_atlas);
    QVERIFY(addPastWorkshop(m_library->store(),
                            plainWorkshop(QStringLiteral("Harvest Box kick-off"),
                                          QStringLiteral("Harvest Box"), QDate(2025, 3, 4))));
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1400, 900);
    activate();
}

void TestStartScreen::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestStartScreen::activate() {
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QStringList TestStartScreen::tabOrder() const {
    QStringList names;
    QWidget* first = QApplication::focusWidget();
    names.append(nameOf(first));
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == first)
            return names;
        names.append(nameOf(now));
        if (qobject_cast<QTableView*>(now))
            return names;
    }
    return names << QStringLiteral("(did not come back)");
}

void TestStartScreen::startMakesOnlyWhatTheListShows() {
    LibraryPage* page = m_window->libraryPage();
    QVERIFY(page->view()->isVisible());
    QCOMPARE(QApplication::focusWidget(), page->view()); // where the keyboard starts, as before
    QVERIFY(!page->hasProducts());
    QVERIFY(!m_window->findChild<ProductBrowser*>());
    QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("productView")));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("emptyLibrary")));
    QVERIFY(!m_window->findChild<RoomPanel*>()); // no room is open
}

void TestStartScreen::productsAreMadeWhenFirstWanted() {
    LibraryPage* page = m_window->libraryPage();
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    QVERIFY(search);
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier); // Group by product
    QVERIFY(page->hasProducts());
    ProductBrowser* browser = page->products();
    QTableView* view = browser->productView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->accessibleName(), QStringLiteral("Products"));
    QCOMPARE(browser->productModel()->rowCount(), 2);

    // The keyboard reaches it where it was: Tab from the search box, Down from it too.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view);
    QWidget* next = nullptr; // the first of the row of buttons, after the list, as before
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
        if (button->accessibleName() == QStringLiteral("New workshop…"))
            next = button;
    QVERIFY(next);
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), view);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);

    // It works: Enter opens the chosen product's history, Back comes back to the table.
    const int atlas =
        browser->productModel()->rowOfProduct(ProductName::key(QStringLiteral("Atlas")));
    QVERIFY(atlas >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(atlas, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Return);
    ProductPage* product = browser->productPage();
    QVERIFY(product->isVisible());
    QCOMPARE(product->product().name, QStringLiteral("Atlas"));
    QCOMPARE(QApplication::focusWidget(), product->backButton());
    for (QWidget* w : browser->findChildren<QWidget*>())
        if (w->isVisible() && w->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: ") + nameOf(w)));
    QTest::keyClick(product->backButton(), Qt::Key_Space);
    QVERIFY(view->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier); // the workshops again
    QVERIFY(page->view()->isVisible());
    QCOMPARE(m_window->findChildren<ProductBrowser*>().size(), 1); // made once
}

void TestStartScreen::aSearchTypedBeforeGroupingFiltersTheProducts() {
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    QTest::keyClicks(search, QStringLiteral("Atlas"));
    QCOMPARE(m_window->libraryPage()->view()->model()->rowCount(), 1);
    QVERIFY(!m_window->libraryPage()->hasProducts());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    ProductListModel* products = m_window->libraryPage()->products()->productModel();
    QCOMPARE(products->rowCount(), 1);
    QCOMPARE(products->productAt(0)->name, QStringLiteral("Atlas"));
    QStringList counts;
    for (QLabel* label :
         m_window->libraryPage()->findChildren<QLabel*>(QStringLiteral("pageSubtitle")))
        if (label->isVisible())
            counts.append(label->text());
    QCOMPARE(counts, QStringList{QStringLiteral("1 shown of 2 products")});
}

void TestStartScreen::keyboardOrderThroughTheStartScreen() {
    // As the window was built before the lazy parts of issue 16: the controls in the order
    // they were made (Publish, disabled here, comes after Delete), then the list again.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    const QStringList list = {
        QStringLiteral("Search workshops"), QStringLiteral("New workshop…"),
        QStringLiteral("Group by product"), QStringLiteral("Open the example workshop"),
        QStringLiteral("Which library"),    QStringLiteral("Workshops")};
    search->setFocus();
    QCOMPARE(tabOrder(), list);

    m_window->noticeBar()->showProblem(QStringLiteral("Something to dismiss"));
    QStringList withNotice = list;
    withNotice.insert(4, QStringLiteral("Dismiss the message"));
    search->setFocus();
    QCOMPARE(tabOrder(), withNotice);

    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    search->setFocus();
    QCOMPARE(tabOrder(),
             (QStringList{QStringLiteral("Search workshops"), QStringLiteral("Products")}));
}

void TestStartScreen::theInvitationComesWhenTheLibraryEmpties() {
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("emptyLibrary")));
    for (const WorkshopSummary& workshop : m_library->store().workshopSummaries())
        QVERIFY(m_library->store().deleteWorkshop(workshop.id));
    auto* empty = m_window->findChild<QLabel*>(QStringLiteral("emptyLibrary"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("No workshops here yet.")));
    QVERIFY(empty->wordWrap());
    // It has the list's whole place, and its text is laid out inside it.
    QTRY_COMPARE(empty->size(), empty->parentWidget()->size());
    QVERIFY(empty->width() > 600);
    // It asks for no more room than the list it replaces: working its sizes out laid its
    // text out at five or more widths, at every start with an empty library.
    QWidget* list = m_window->libraryPage()->view();
    QCOMPARE(empty->parentWidget()->minimumSizeHint(), list->minimumSizeHint());
    QCOMPARE(empty->parentWidget()->sizeHint(), list->sizeHint());
}

QTEST_MAIN(TestStartScreen)
#include "TestStartScreen.moc"
