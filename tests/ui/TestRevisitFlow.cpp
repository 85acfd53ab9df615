// "Revisit this North Star" through the real main window, offscreen: the product page's
// button (and Ctrl+Shift+R) opens the new-workshop dialog filled from the newest chosen North
// Star, the people are edited, OK creates the revisit and opens it at its first stage (the
// signals that it may be time to change); back on the product page the revisit reads
// "Deciding", then "Kept" or "Changed"; the hint appears when the North Star changed more
// than once in twelve months by the injected clock. Grabs the screens to LODESTAR_GRAB_DIR.
#include "HistoryFixtures.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "NewWorkshopDialog.h"
#include "ProductPages.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/ProductName.h"
#include "history/HistoryCard.h"
#include "history/ProductBrowser.h"
#include "history/ProductListModel.h"
#include "history/ProductPage.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"
#include "session/WorkshopSession.h"
#include "stages/draft/CandidateBrief.h"
#include "stages/draft/converge/ConvergeChoiceCard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestRevisitFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void revisitFromTheProductPage();
    void shortcutOpensTheDialogAndCancelCreatesNothing();
    void keptAndChangedOnTheCards();
    void hintWhenChangedTwiceInAYear();
    void undecidedProductOffersNoRevisit();
    void everyNewControlHasAnAccessibleName();
    void scoringNamesTheIncumbent();
    void convergeNamesTheIncumbent();

private:
    ProductBrowser* browser() const { return m_window->libraryPage()->products(); }
    ProductPage* productPage() const { return browser()->productPage(); }
    void openProduct(const QString& name);
    NewWorkshopDialog* openDialog(bool byShortcut);
    void grab(const QString& name, QWidget* widget = nullptr);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_mealKit; // {earlier, later}
};

void TestRevisitFlow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Theme::applyConsoleTheme(*qApp);
}

void TestRevisitFlow::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_mealKit = addMealKitHistory(m_library->store(), QStringLiteral("Harvest Box"));
    QVERIFY(m_mealKit.at(0) && m_mealKit.at(1));
    for (const char* name : {"Ana Ribeiro", "Malik Osei", "Jun Park"})
        QVERIFY(m_library->store().addParticipant(
            {0, m_mealKit.at(1), QString::fromUtf8(name), QStringLiteral("product"), 0}));
    // The store's clock: the revisit is made on 6 December 2026.
    m_library->store().setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC); });
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestRevisitFlow::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestRevisitFlow::openProduct(const QString& name) {
    ProductPages::open(*m_window, name);
}

NewWorkshopDialog* TestRevisitFlow::openDialog(bool byShortcut) {
    NewWorkshopDialog* dialog = nullptr;
    const auto connection = connect(productPage(), &ProductPage::revisitDialogOpened, this,
                                    [&](NewWorkshopDialog* d) { dialog = d; });
    if (byShortcut) {
        productPage()->setFocus();
        QTest::keyClick(productPage(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    } else {
        QTest::mouseClick(productPage()->revisitButton(), Qt::LeftButton);
    }
    disconnect(connection);
    if (dialog)
        [&] { QTRY_VERIFY(dialog->isVisible()); }();
    return dialog;
}

void TestRevisitFlow::grab(const QString& name, QWidget* widget) {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // A page rebuilt by a store change lays its new cards out on the next passes of the loop.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY((widget ? widget : m_window.get())->grab().save(QDir(folder).filePath(name)));
}

void TestRevisitFlow::revisitFromTheProductPage() {
    openProduct(QStringLiteral("Harvest Box"));
    QVERIFY(productPage()->revisitButton()->isEnabled());
    QCOMPARE(productPage()->revisitSource(), m_mealKit.at(1)); // the newest chosen North Star
    grab(QStringLiteral("revisit-1-product.png"));
    NewWorkshopDialog* dialog = openDialog(false);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Revisit this North Star"));
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    auto* people = dialog->findChild<QPlainTextEdit*>(QStringLiteral("peopleEdit"));
    QVERIFY(title && people);
    QCOMPARE(title->text(), QStringLiteral("Harvest Box: North Star revisit"));
    QVERIFY(people->toPlainText().contains(QStringLiteral("Malik Osei")));
    grab(QStringLiteral("revisit-2-dialog.png"), dialog);
    // The facilitator edits the people: one leaves, one joins (with an emoji and RTL text).
    QString roster = people->toPlainText();
    roster.replace(QStringLiteral("Malik Osei"), QStringLiteral("Dana 🌟 دانا"));
    people->setPlainText(roster);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Harvest Box revisit, December"));
    QTest::keyClick(dialog, Qt::Key_Return);

    WorkshopPage* page = m_window->workshopPage();
    QTRY_VERIFY(page->isVisible());
    const qint64 revisit = page->workshopId();
    QVERIFY(revisit != m_mealKit.at(1));
    WorkshopStore& store = m_library->store();
    QCOMPARE(store.predecessorOf(revisit), m_mealKit.at(1));
    QCOMPARE(store.workshop(revisit)->title, QStringLiteral("Harvest Box revisit, December"));
    QStringList names;
    for (const Participant& p : store.participants(revisit))
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Ana Ribeiro"), QStringLiteral("Dana 🌟 دانا"),
                                 QStringLiteral("Jun Park")}));
    const QList<Candidate> candidates = store.candidates(revisit);
    QCOMPARE(candidates.size(), 1);
    QVERIFY(candidates.at(0).incumbent);
    QCOMPARE(candidates.at(0).name, QStringLiteral("Weekly dinners cooked"));
    // It opens at its first stage: is it time to change?
    const PlannedStage& stage = page->session()->runner().current();
    QCOMPARE(stage.title, Playbook::standard().revisit().stages.at(0).title);
    QVERIFY(stage.custom);
    QVERIFY(visibleTexts(page).join(u'\n').contains(
        Playbook::standard().revisit().stages.at(0).points.at(0)));
    grab(QStringLiteral("revisit-3-first-stage.png"));
}

void TestRevisitFlow::shortcutOpensTheDialogAndCancelCreatesNothing() {
    openProduct(QStringLiteral("Harvest Box"));
    const int before = m_library->store().workshopCount();
    NewWorkshopDialog* dialog = openDialog(true);
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_library->store().workshopCount(), before);
    QVERIFY(productPage()->isVisible());
}

void TestRevisitFlow::keptAndChangedOnTheCards() {
    WorkshopStore& store = m_library->store();
    const auto plan = RevisitSeed::propose(store, m_mealKit.at(1), Playbook::standard().revisit());
    const qint64 revisit = store.createRevisit(*plan).value_or(0);
    QVERIFY(revisit);
    openProduct(QStringLiteral("Harvest Box"));
    HistoryCard* card = productPage()->card(revisit);
    QVERIFY(card && card->outcomeLabel());
    QCOMPARE(card->outcomeLabel()->text(), QStringLiteral("Deciding"));
    QVERIFY(visibleTexts(card).join(u'\n').contains(QStringLiteral("Revisits “")));
    QVERIFY(!productPage()->card(m_mealKit.at(1))->outcomeLabel()); // not a revisit
    // Choosing the incumbent: kept; another candidate: changed. The page follows the store.
    const qint64 incumbent = store.candidates(revisit).at(0).id;
    QVERIFY(store.setNorthStar(revisit, incumbent));
    QTRY_COMPARE(productPage()->card(revisit)->outcomeLabel()->text(), QStringLiteral("Kept"));
    // Within twelve months only March's workshop changed the North Star (it chose another
    // metric than the year before, without being started as a revisit): no hint yet.
    QVERIFY(!productPage()->churnHint()->isVisible());
    grab(QStringLiteral("revisit-4-kept.png"));
    const auto other = store.addCandidate(makeCandidate(revisit, QStringLiteral("Meals shared")));
    QVERIFY(store.setNorthStar(revisit, *other));
    QTRY_COMPARE(productPage()->card(revisit)->outcomeLabel()->text(), QStringLiteral("Changed"));
    // March's change and this one: twice in twelve months.
    QTRY_VERIFY(productPage()->churnHint()->isVisible());
    QVERIFY(productPage()->churnHint()->text().contains(QStringLiteral("2 times")));
}

void TestRevisitFlow::hintWhenChangedTwiceInAYear() {
    WorkshopStore& store = m_library->store();
    qint64 previous = m_mealKit.at(1);
    for (const QDate& date : {QDate(2026, 5, 4), QDate(2026, 10, 1)}) {
        store.setClock([date] { return QDateTime(date, QTime(9, 0), Qt::UTC); });
        const auto plan = RevisitSeed::propose(store, previous, Playbook::standard().revisit());
        const qint64 revisit = store.createRevisit(*plan).value_or(0);
        QVERIFY(revisit);
        const auto other = store.addCandidate(
            makeCandidate(revisit, QStringLiteral("New in %1").arg(date.month())));
        QVERIFY(store.setNorthStar(revisit, *other));
        previous = revisit;
    }
    store.setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC); });
    openProduct(QStringLiteral("Harvest Box"));
    QVERIFY(productPage()->churnHint()->isVisible());
    // March's plain workshop, May's and October's revisits.
    QVERIFY(productPage()->churnHint()->text().contains(QStringLiteral("3 times")));
    QVERIFY(productPage()->revisitButton()->isEnabled()); // a hint, never a block
    grab(QStringLiteral("revisit-5-hint.png"));
    // A year and a half on, by the same clock, the hint is gone.
    store.setClock([] { return QDateTime(QDate(2028, 6, 1), QTime(9, 0), Qt::UTC); });
    QVERIFY(store.setChangeNote(previous, QStringLiteral("Settled")));
    QTRY_VERIFY(!productPage()->churnHint()->isVisible());
}

void TestRevisitFlow::undecidedProductOffersNoRevisit() {
    addPastWorkshop(m_library->store(), plainWorkshop(QStringLiteral("Atlas kick-off"),
                                                      QStringLiteral("Atlas"), {2025, 11, 2}));
    openProduct(QStringLiteral("Atlas"));
    QVERIFY(!productPage()->revisitButton()->isEnabled());
    QCOMPARE(productPage()->revisitSource(), 0);
    const int before = m_library->store().workshopCount();
    productPage()->revisitNorthStar(); // said, not done
    QCOMPARE(m_library->store().workshopCount(), before);
}

void TestRevisitFlow::everyNewControlHasAnAccessibleName() {
    openProduct(QStringLiteral("Harvest Box"));
    QVERIFY(!productPage()->revisitButton()->accessibleName().isEmpty());
    QVERIFY(!productPage()->churnHint()->accessibleName().isEmpty());
    NewWorkshopDialog* dialog = openDialog(false);
    QVERIFY(dialog);
    for (QWidget* w : dialog->findChildren<QWidget*>())
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible())
            QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QPushButton*>(w),
                     w->metaObject()->className());
    dialog->reject();
}

// The card in front of the room says which candidate is the North Star carried over.
void TestRevisitFlow::scoringNamesTheIncumbent() {
    CandidateBrief brief;
    Candidate incumbent = makeCandidate(1, QStringLiteral("Weekly dinners cooked"));
    incumbent.incumbent = true;
    brief.showCandidate(incumbent, {}, QStringLiteral("Candidate 1 of 2"));
    QVERIFY(brief.incumbentLabel()->isVisibleTo(&brief));
    QVERIFY(!brief.incumbentLabel()->accessibleName().isEmpty());
    brief.showCandidate(makeCandidate(1, QStringLiteral("Recipes rated")), {},
                        QStringLiteral("Candidate 2 of 2"));
    QVERIFY(!brief.incumbentLabel()->isVisibleTo(&brief));
}

// At converge the North Star carried over is named as such, not as one the room wrote.
void TestRevisitFlow::convergeNamesTheIncumbent() {
    WorkshopStore& store = m_library->store();
    const auto plan = RevisitSeed::propose(store, m_mealKit.at(1), Playbook::standard().revisit());
    const qint64 revisit = store.createRevisit(*plan).value_or(0);
    QVERIFY(revisit);
    m_window->openWorkshop(revisit);
    QVERIFY(m_window->workshopPage()->runner()->goTo(QStringLiteral("draft.converge")));
    auto* choice = m_window->findChild<ConvergeChoiceCard*>();
    QVERIFY(choice);
    QTRY_VERIFY(visibleTexts(choice).join(u'\n').contains(QStringLiteral("our North Star so far")));
    const auto other = store.addCandidate(makeCandidate(revisit, QStringLiteral("Meals shared")));
    QVERIFY(other);
    QTRY_COMPARE(visibleTexts(choice).join(u'\n').count(QStringLiteral("our North Star so far")),
                 1);
    grab(QStringLiteral("revisit-6-converge.png"), choice);
}

QTEST_MAIN(TestRevisitFlow)
#include "TestRevisitFlow.moc"
