// The workshop library driven through the real main window, offscreen: create, open,
// rename, duplicate, delete, undo and search, as a facilitator would with keys and clicks.
#include "HostileText.h"
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "NewWorkshopDialog.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/Clock.h"
#include "domain/TextLimits.h"
#include "widgets/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

class TestLibraryPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheModelTester();
    void emptyLibraryInvitesToStart();
    void createThroughTheDialog();
    void emptyAndOverlongTitlesAreRefused();
    void hostileTitlesShowExactly_data();
    void hostileTitlesShowExactly();
    void openWithEnterAndComeBack();
    void renameInPlaceAndUndo();
    void duplicateAndUndo();
    void deleteAndUndo();
    void searchFiltersAndSorts();
    void northStarIsSearchedAndSorted();
    void everyControlHasAnAccessibleName();
    void writeFailuresAreShown();

private:
    void activate();
    int visibleRows() const { return m_window->libraryPage()->view()->model()->rowCount(); }
    NewWorkshopDialog* openNewDialog();

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestLibraryPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
}

void TestLibraryPage::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1280, 800);
    activate();
}

void TestLibraryPage::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestLibraryPage::activate() {
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

NewWorkshopDialog* TestLibraryPage::openNewDialog() {
    m_window->libraryPage()->newAction()->trigger();
    auto* dialog = m_window->findChild<NewWorkshopDialog*>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestLibraryPage::modelPassesTheModelTester() {
    for (int i = 0; i < 12; ++i)
        m_library->addWorkshop(QStringLiteral("Workshop %1").arg(i), i % 4);
    LibraryModel* model = m_window->libraryPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_window->libraryPage()->view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 12);
    const qint64 id = model->workshopIdAt(3);
    m_library->store().renameWorkshop(id, QStringLiteral("Renamed"));
    QCOMPARE(model->index(model->rowOfWorkshop(id), LibraryModel::Title).data().toString(),
             QStringLiteral("Renamed"));
    m_library->store().deleteWorkshop(id);
    QCOMPARE(model->rowCount(), 11);
    m_library->store().restoreWorkshop(id);
    QCOMPARE(model->rowCount(), 12);
}

void TestLibraryPage::emptyLibraryInvitesToStart() {
    auto* empty = m_window->findChild<QLabel*>(QStringLiteral("emptyLibrary"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_window->libraryPage()->deleteAction()->isEnabled());
    m_window->libraryPage()->exampleAction()->trigger();
    QCOMPARE(m_window->centralWidget()->findChild<WorkshopPage*>()->isVisible(), true);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Harvest Box")));
    m_window->showLibrary();
    QVERIFY(!empty->isVisible());
    QCOMPARE(visibleRows(), 2); // the example and its revisit, a product's history at once
}

void TestLibraryPage::createThroughTheDialog() {
    NewWorkshopDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                     QStringLiteral("Meal-kit North Star"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("productEdit")),
                     QStringLiteral("Harvest Box"));
    auto* people = dialog->findChild<QPlainTextEdit*>(QStringLiteral("peopleEdit"));
    people->setPlainText(QStringLiteral("Ana Ribeiro, product\n\nMalik Osei, engineering\nJun"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("primary")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible() || !m_window->findChild<NewWorkshopDialog*>());

    const QList<WorkshopSummary> all = m_library->store().workshopSummaries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().title, QStringLiteral("Meal-kit North Star"));
    const QList<Participant> roster = m_library->store().participants(all.first().id);
    QCOMPARE(roster.size(), 3);
    QCOMPARE(roster[1].name, QStringLiteral("Malik Osei"));
    QCOMPARE(roster[1].discipline, QStringLiteral("engineering"));
    QCOMPARE(roster[2].discipline, QString());
    // The new workshop opens at once.
    QCOMPARE(m_window->openWorkshopId(), all.first().id);
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("Meal-kit North Star")));
}

void TestLibraryPage::emptyAndOverlongTitlesAreRefused() {
    NewWorkshopDialog* dialog = openNewDialog();
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("primary"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("formMessage"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("title")));

    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    title->setText(QString(TextLimits::ShortText + 5, u'x'));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(message->text().contains(QString::number(TextLimits::ShortText)));
    QVERIFY(message->text().contains(QString::number(TextLimits::ShortText + 5)));
    QCOMPARE(m_library->store().workshopCount(), 0);
    dialog->reject();
}

void TestLibraryPage::hostileTitlesShowExactly_data() {
    QTest::addColumn<QString>("title");
    for (const HostileString& s : hostileStrings())
        if (!s.text.trimmed().isEmpty() && s.text.size() <= TextLimits::ShortText)
            QTest::newRow(s.label) << s.text;
}

void TestLibraryPage::hostileTitlesShowExactly() {
    QFETCH(QString, title);
    NewWorkshopDialog* dialog = openNewDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(title);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("primary")), Qt::LeftButton);
    m_window->showLibrary();
    QCOMPARE(visibleRows(), 1);
    const QAbstractItemModel* model = m_window->libraryPage()->view()->model();
    QCOMPARE(model->index(0, LibraryModel::Title).data().toString(), title.trimmed());
    QCOMPARE(m_library->store().workshopCount(), 1);
}

void TestLibraryPage::openWithEnterAndComeBack() {
    const qint64 id = m_library->addWorkshop(QStringLiteral("Enter me"), 2);
    QTableView* view = m_window->libraryPage()->view();
    view->setFocus();
    m_window->libraryPage()->selectWorkshop(id);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->openWorkshopId(), id);
    auto* people = m_window->findChild<QLabel*>(QStringLiteral("workshopPeople"));
    QVERIFY(people->text().contains(QLatin1String("Person 2")));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->openWorkshopId(), 0);
    QCOMPARE(m_window->libraryPage()->selectedWorkshopId(), id);
}

void TestLibraryPage::renameInPlaceAndUndo() {
    const qint64 id = m_library->addWorkshop(QStringLiteral("Old name"));
    QTableView* view = m_window->libraryPage()->view();
    view->setFocus();
    m_window->libraryPage()->selectWorkshop(id);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(view->currentIndex()));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("New name"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(m_library->store().workshop(id)->title, QStringLiteral("New name"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Old name")));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_library->store().workshop(id)->title, QStringLiteral("Old name"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_library->store().workshop(id)->title, QStringLiteral("New name"));

    // An empty title is refused, says why, and leaves no undo step behind.
    QVERIFY(!view->model()->setData(view->currentIndex(), QString()));
    QVERIFY(m_window->noticeBar()->isVisible());
    QVERIFY(m_window->noticeBar()->text().contains(QLatin1String("needs a title")));
    QCOMPARE(m_library->store().workshop(id)->title, QStringLiteral("New name"));
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 1);
}

void TestLibraryPage::duplicateAndUndo() {
    const qint64 id = m_library->addWorkshop(QStringLiteral("Original"), 5);
    m_window->libraryPage()->view()->setFocus();
    m_window->libraryPage()->selectWorkshop(id);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(visibleRows(), 2);
    const qint64 copy = m_window->libraryPage()->selectedWorkshopId();
    QVERIFY(copy != id);
    QCOMPARE(m_library->store().workshop(copy)->title, QStringLiteral("Original (copy)"));
    QCOMPARE(m_library->store().participants(copy).size(), 5);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(visibleRows(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(visibleRows(), 2);
    QCOMPARE(m_library->store().participants(copy).size(), 5);
}

void TestLibraryPage::deleteAndUndo() {
    const qint64 keep = m_library->addWorkshop(QStringLiteral("Keep"));
    const qint64 doomed = m_library->addWorkshop(QStringLiteral("Delete me"), 4);
    m_library->store().addCandidate(makeCandidate(doomed, QStringLiteral("A candidate")));
    QTableView* view = m_window->libraryPage()->view();
    view->setFocus();
    m_window->libraryPage()->selectWorkshop(doomed);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(visibleRows(), 1);
    QVERIFY(!m_library->store().workshop(doomed));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Delete me")));
    QCOMPARE(m_window->libraryPage()->selectedWorkshopId(), keep); // the place is kept
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(visibleRows(), 2);
    QCOMPARE(m_library->store().participants(doomed).size(), 4);
    QCOMPARE(m_library->store().candidates(doomed).size(), 1);
}

void TestLibraryPage::searchFiltersAndSorts() {
    m_library->addWorkshop(QStringLiteral("Alpha launch"));
    m_library->addWorkshop(QStringLiteral("Beta pricing"));
    const qint64 gamma = m_library->addWorkshop(QStringLiteral("Gamma growth"));
    Workshop g = *m_library->store().workshop(gamma);
    g.product = QStringLiteral("Pricing engine");
    QVERIFY(m_library->store().updateWorkshop(g));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("PRICING"));
    QCOMPARE(visibleRows(), 2); // title match and product match, case-insensitive
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(m_window->libraryPage()->view()->hasFocus());
    // Down then Enter opens the first match, without touching the mouse.
    const qint64 first = m_window->libraryPage()->selectedWorkshopId();
    QVERIFY(first != 0);
    QTest::keyClick(m_window->libraryPage()->view(), Qt::Key_Return);
    QCOMPARE(m_window->openWorkshopId(), first);
    m_window->showLibrary();
    search->clear();
    QCOMPARE(visibleRows(), 3);

    QTableView* view = m_window->libraryPage()->view();
    view->sortByColumn(LibraryModel::Title, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, LibraryModel::Title).data().toString(),
             QStringLiteral("Alpha launch"));
    view->sortByColumn(LibraryModel::Title, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, LibraryModel::Title).data().toString(),
             QStringLiteral("Gamma growth"));
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        view->sortByColumn(column, Qt::AscendingOrder); // every column sorts without trouble
    QCOMPARE(visibleRows(), 3);
}

// The North Star's name comes from the one kept on the workshop row (schema 14): it is shown,
// searched and sorted as the candidate is called, also after the candidate is renamed.
void TestLibraryPage::northStarIsSearchedAndSorted() {
    WorkshopStore& store = m_library->store();
    const auto choose = [&](qint64 workshop, const QString& name) {
        const auto candidate = store.addCandidate(makeCandidate(workshop, name));
        return candidate && store.setNorthStar(workshop, *candidate) ? *candidate : 0;
    };
    const qint64 meals = m_library->addWorkshop(QStringLiteral("Meal kits"));
    const qint64 rides = m_library->addWorkshop(QStringLiteral("Rides"));
    m_library->addWorkshop(QStringLiteral("Not chosen yet"));
    const qint64 weekly = choose(meals, QStringLiteral("Weekly cooked meals 🍲"));
    QVERIFY(weekly);
    QVERIFY(choose(rides, QStringLiteral("Anzahl der Fahrten")));
    Candidate renamed = *store.candidate(weekly);
    renamed.name = QStringLiteral("Zesty weekly meals");
    QVERIFY(store.updateCandidate(renamed));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    QTableView* view = m_window->libraryPage()->view();
    QTest::keyClicks(search, QStringLiteral("zesty"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(view->model()->index(0, LibraryModel::Title).data().toString(),
             QStringLiteral("Meal kits"));
    QCOMPARE(view->model()->index(0, LibraryModel::NorthStar).data().toString(),
             QStringLiteral("Zesty weekly meals"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cooked"));
    QCOMPARE(visibleRows(), 0); // the old name is gone
    search->clear();
    QCOMPARE(visibleRows(), 3);
    view->sortByColumn(LibraryModel::NorthStar, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < 3; ++row)
        order << view->model()->index(row, LibraryModel::Title).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("Not chosen yet"), QStringLiteral("Rides"),
                                 QStringLiteral("Meal kits")}));
}

void TestLibraryPage::everyControlHasAnAccessibleName() {
    m_library->addWorkshop(QStringLiteral("Names"));
    NewWorkshopDialog* dialog = openNewDialog();
    for (QWidget* root : {static_cast<QWidget*>(m_window.get()), static_cast<QWidget*>(dialog)}) {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            const bool interactive = w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(root) &&
                                     !w->inherits("QScrollBar") && !w->inherits("QMenu") &&
                                     !w->inherits("QHeaderView") && w->parent() &&
                                     !w->parentWidget()->inherits("QAbstractSpinBox") &&
                                     !w->objectName().startsWith(QLatin1String("qt_"));
            if (interactive)
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 %2").arg(
                             QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }
    dialog->reject();
}

void TestLibraryPage::writeFailuresAreShown() {
    const qint64 id = m_library->addWorkshop(QStringLiteral("Fragile"));
    m_library->database().close(); // as if the disk went away
    m_window->libraryPage()->view()->setFocus();
    m_window->libraryPage()->selectWorkshop(id);
    m_window->libraryPage()->deleteSelected();
    QVERIFY(m_window->noticeBar()->isVisible());
    QVERIFY(m_window->noticeBar()->text().contains(QLatin1String("could not save")));
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 0);
}

QTEST_MAIN(TestLibraryPage)
#include "TestLibraryPage.moc"
