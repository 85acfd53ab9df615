// A revisit's converge step through the real main window, offscreen: once the room chooses,
// the page says whether it kept the North Star carried over or changed it, and asks why in a
// field that writes the workshop's change note — typed in one undo step, undone with Ctrl+Z,
// and kept in step when the note is written in the product page's dialog. Nothing of it in a
// workshop that is not a revisit. Grabs to LODESTAR_GRAB_DIR when set.
#include "AudienceWindow.h"
#include "HistoryFixtures.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "history/ProductBrowser.h"
#include "history/ProductDialogs.h"
#include "history/ProductPage.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/draft/converge/ConvergeChoiceCard.h"
#include "stages/draft/converge/ConvergeOutcomeCard.h"
#include "stages/draft/converge/ConvergePage.h"
#include "stages/draft/converge/ConvergeView.h"
#include "storage/WorkshopStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

class TestConvergeOutcome : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenOutsideARevisit();
    void saysKeptOrChangedAsTheChoiceSwitches();
    void typedNoteIsSavedInOneStepAndUndone();
    void noteWrittenInTheDialogShowsUp();
    void everyControlHasAnAccessibleName();
    void projectorSaysKeptOrChanged();

private:
    WorkshopStore& store() const { return m_library->store(); }
    // Opens `workshopId` at the converge step; the page, or null.
    ConvergePage* openAtConverge(qint64 workshopId);
    ConvergeOutcomeCard* card() const { return m_page->outcome(); }
    QUndoStack& undoStack() const { return m_window->workshopPage()->context()->undoStack; }
    void choose(qint64 candidateId);
    void grab(const QString& name);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_mealKit; // {earlier, later}
    qint64 m_revisit = 0;
    qint64 m_incumbent = 0;
    qint64 m_other = 0;
    ConvergePage* m_page = nullptr;
};

void TestConvergeOutcome::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Theme::applyConsoleTheme(*qApp);
}

void TestConvergeOutcome::init() {
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isOpen());
    m_mealKit = addMealKitHistory(store(), QStringLiteral("Harvest Box"));
    QVERIFY(m_mealKit.at(0) && m_mealKit.at(1));
    const auto plan =
        RevisitSeed::propose(store(), m_mealKit.at(1), Playbook::standard().revisit());
    QVERIFY(plan);
    m_revisit = store().createRevisit(*plan).value_or(0);
    QVERIFY(m_revisit);
    for (const Candidate& c : store().candidates(m_revisit))
        if (c.incumbent)
            m_incumbent = c.id;
    QVERIFY(m_incumbent);
    m_other = store()
                  .addCandidate(
                      makeCandidate(m_revisit, QStringLiteral("Meals shared"), CandidateKind::Room))
                  .value_or(0);
    QVERIFY(m_other);
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestConvergeOutcome::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_library.reset();
}

ConvergePage* TestConvergeOutcome::openAtConverge(qint64 workshopId) {
    m_window->openWorkshop(workshopId);
    if (!m_window->workshopPage()->runner()->goTo(QStringLiteral("draft.converge")))
        return nullptr;
    for (ConvergePage* page : m_window->findChildren<ConvergePage*>())
        if (page->isVisible())
            return m_page = page;
    return nullptr;
}

void TestConvergeOutcome::choose(qint64 candidateId) {
    QAbstractButton* button = m_page->choice()->chooseButton(candidateId);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestConvergeOutcome::grab(const QString& name) {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_window->grab().save(QDir(folder).filePath(name)));
    QVERIFY(card()->grab().save(QDir(folder).filePath(QStringLiteral("card-") + name)));
}

// The meal-kit revisit's predecessor was not started as a revisit: no kept-or-changed card,
// whatever it chooses.
void TestConvergeOutcome::hiddenOutsideARevisit() {
    QVERIFY(openAtConverge(m_mealKit.at(1)));
    QVERIFY(card());
    QVERIFY(!card()->isVisibleTo(m_page));
    QCOMPARE(card()->outcome(), NorthStarOutcome::NotARevisit);
    const auto other = store().addCandidate(
        makeCandidate(m_mealKit.at(1), QStringLiteral("Recipes rated"), CandidateKind::Room));
    QVERIFY(other);
    choose(*other);
    QCOMPARE(store().workshop(m_mealKit.at(1))->northStarId, *other);
    QVERIFY(!card()->isVisibleTo(m_page));
    for (QLabel* label : m_page->findChildren<QLabel*>())
        if (label->isVisibleTo(m_page))
            QVERIFY(!label->text().contains(QLatin1String("Kept or changed")));
}

void TestConvergeOutcome::saysKeptOrChangedAsTheChoiceSwitches() {
    QVERIFY(openAtConverge(m_revisit));
    QVERIFY(card()->isVisibleTo(m_page));
    // Before the choice: what the decision is about, and no field yet.
    QCOMPARE(card()->outcome(), NorthStarOutcome::Undecided);
    QVERIFY(card()->outcomeLine()->text().contains(QLatin1String("Weekly dinners cooked")));
    QVERIFY(!card()->whyEditor()->isVisibleTo(m_page));
    grab(QStringLiteral("converge-outcome-1-undecided.png"));

    choose(m_incumbent);
    QCOMPARE(card()->outcome(), NorthStarOutcome::Kept);
    QVERIFY(card()->outcomeLine()->text().contains(QLatin1String("We kept our North Star")));
    QVERIFY(card()->outcomeLine()->text().contains(QLatin1String("Weekly dinners cooked")));
    QCOMPARE(card()->whyLabel()->text(), QStringLiteral("Why we kept it"));
    QCOMPARE(card()->whyEditor()->accessibleName(), QStringLiteral("Why we kept it"));
    QVERIFY(card()->whyEditor()->isVisibleTo(m_page));
    grab(QStringLiteral("converge-outcome-2-kept.png"));

    choose(m_other);
    QCOMPARE(card()->outcome(), NorthStarOutcome::Changed);
    const QString changed = card()->outcomeLine()->text();
    QVERIFY(changed.contains(QLatin1String("We changed our North Star")));
    QVERIFY(changed.contains(QLatin1String("Weekly dinners cooked")));
    QVERIFY(changed.contains(QLatin1String("Meals shared")));
    QVERIFY(!changed.contains(QLatin1String("kept")));
    QCOMPARE(card()->whyLabel()->text(), QStringLiteral("Why we changed"));
    QCOMPARE(card()->whyEditor()->accessibleName(), QStringLiteral("Why we changed"));
    grab(QStringLiteral("converge-outcome-3-changed.png"));

    // Undo puts the incumbent back, and the card says kept again.
    undoStack().undo();
    QCOMPARE(store().workshop(m_revisit)->northStarId, m_incumbent);
    QCOMPARE(card()->outcome(), NorthStarOutcome::Kept);
    QVERIFY(card()->outcomeLine()->text().contains(QLatin1String("We kept our North Star")));
    // The chosen candidate renamed: the line follows.
    choose(m_other);
    Candidate other = *store().candidate(m_other);
    other.name = QStringLiteral("Meals shared with friends");
    QVERIFY(store().updateCandidate(other));
    QVERIFY(card()->outcomeLine()->text().contains(QLatin1String("Meals shared with friends")));
    // The room's own version of the incumbent is a change, said as such.
    QAbstractButton* writeOwn = m_page->choice()->writeFromButton(m_incumbent);
    QVERIFY(writeOwn);
    QTest::mouseClick(writeOwn, Qt::LeftButton);
    QCOMPARE(card()->outcome(), NorthStarOutcome::Changed);
    QVERIFY2(card()->outcomeLine()->text().contains(QLatin1String("the room's own version of")),
             qPrintable(card()->outcomeLine()->text()));
}

void TestConvergeOutcome::typedNoteIsSavedInOneStepAndUndone() {
    QVERIFY(store().setChangeNote(m_revisit, QStringLiteral("Draft words.")));
    QVERIFY(openAtConverge(m_revisit));
    choose(m_incumbent);
    QPlainTextEdit* why = card()->whyEditor();
    QCOMPARE(why->toPlainText(), QStringLiteral("Draft words."));
    const int steps = undoStack().count();
    why->setFocus();
    why->moveCursor(QTextCursor::End);
    // Typed, then pasted (QTest types ASCII only): one burst in the field either way.
    const QString typed = QStringLiteral(" It still predicts renewals <b>and</b>");
    const QString pasted = QStringLiteral(" ☕ 🍲 עברית.");
    const QString more = typed + pasted;
    QTest::keyClicks(why, typed);
    why->insertPlainText(pasted);
    QCOMPARE(store().changeNote(m_revisit), QStringLiteral("Draft words.") + more);
    QCOMPARE(undoStack().count(), steps + 1); // one burst of typing, one step
    QVERIFY(undoStack().undoText().contains(QLatin1String("why we kept")));
    grab(QStringLiteral("converge-outcome-4-typed.png"));

    // Ctrl+Z in the field is the workshop's Undo: the note as it was, in the store and here.
    QTest::keyClick(why, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store().changeNote(m_revisit), QStringLiteral("Draft words."));
    QCOMPARE(why->toPlainText(), QStringLiteral("Draft words."));
    QTest::keyClick(why, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store().changeNote(m_revisit), QStringLiteral("Draft words.") + more);
    QCOMPARE(why->toPlainText(), QStringLiteral("Draft words.") + more);

    // A later visit to the field is a step of its own.
    m_page->choice()->setFocus();
    why->setFocus();
    why->moveCursor(QTextCursor::End);
    QTest::keyClicks(why, QStringLiteral(" Again."));
    QCOMPARE(undoStack().count(), steps + 2);
    undoStack().undo();
    QCOMPARE(store().changeNote(m_revisit), QStringLiteral("Draft words.") + more);
}

// The product page's dialog writes the same note: the card shows it at once.
void TestConvergeOutcome::noteWrittenInTheDialogShowsUp() {
    QVERIFY(openAtConverge(m_revisit));
    choose(m_other);
    const int steps = undoStack().count();
    ProductPage* product = m_window->libraryPage()->products()->productPage();
    product->editNote(m_revisit, false);
    ChangeNoteDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = product->findChild<ChangeNoteDialog*>()) && dialog->isVisible());
    dialog->editor()->setPlainText(QStringLiteral("Dinners matter more than boxes."));
    dialog->accept();
    QCOMPARE(store().changeNote(m_revisit), QStringLiteral("Dinners matter more than boxes."));
    QCOMPARE(card()->whyEditor()->toPlainText(), QStringLiteral("Dinners matter more than boxes."));
    // And a write from anywhere else through the store.
    QVERIFY(store().setChangeNote(m_revisit, QStringLiteral("Rewritten.")));
    QCOMPARE(card()->whyEditor()->toPlainText(), QStringLiteral("Rewritten."));
    // Loading a note from the store is not an edit: no undo step in the workshop.
    QCOMPARE(undoStack().count(), steps);
}

void TestConvergeOutcome::everyControlHasAnAccessibleName() {
    QVERIFY(openAtConverge(m_revisit));
    choose(m_incumbent);
    for (QWidget* w : card()->findChildren<QWidget*>()) {
        const bool interactive = w->focusPolicy() != Qt::NoFocus && !w->isHidden() &&
                                 !w->inherits("QScrollBar") &&
                                 !w->objectName().startsWith(QLatin1String("qt_"));
        if (interactive)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

// The projector says it too, above the tree: the incumbent's name before the choice, then
// kept or changed; nothing of it for a workshop that is not a revisit.
void TestConvergeOutcome::projectorSaysKeptOrChanged() {
    QVERIFY(openAtConverge(m_revisit));
    m_window->present();
    QVERIFY(m_window->audienceWindow());
    ConvergeView* view = m_window->audienceWindow()->findChild<ConvergeView*>();
    QVERIFY(view);
    auto* waiting = view->findChild<QLabel*>(QStringLiteral("convergeWaiting"));
    auto* outcome = view->findChild<QLabel*>(QStringLiteral("convergeOutcome"));
    QVERIFY(waiting && outcome);
    QVERIFY(!view->isTreeShown());
    QVERIFY2(waiting->text().contains(QLatin1String("Weekly dinners cooked")),
             qPrintable(waiting->text()));
    choose(m_incumbent);
    QVERIFY(view->isTreeShown());
    QVERIFY(outcome->isVisibleTo(view));
    QVERIFY(outcome->text().contains(QLatin1String("We kept our North Star")));
    QCOMPARE(outcome->text(), card()->outcomeLine()->text());
    QCOMPARE(outcome->accessibleName(), outcome->text());
    choose(m_other);
    QVERIFY(outcome->text().contains(QLatin1String("We changed our North Star")));
    QVERIFY(outcome->text().contains(QLatin1String("Meals shared")));
    undoStack().undo();
    QVERIFY(outcome->text().contains(QLatin1String("We kept our North Star")));
    if (const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR"); !folder.isEmpty()) {
        m_window->audienceWindow()->resize(1280, 720);
        QCoreApplication::processEvents();
        QVERIFY(m_window->audienceWindow()->grab().save(
            QDir(folder).filePath(QStringLiteral("converge-outcome-projector.png"))));
    }

    // The predecessor was not started as a revisit: the tree alone.
    QVERIFY(openAtConverge(m_mealKit.at(1)));
    m_window->present();
    QVERIFY(m_window->audienceWindow());
    view = m_window->audienceWindow()->findChild<ConvergeView*>();
    QVERIFY(view && view->isTreeShown());
    outcome = view->findChild<QLabel*>(QStringLiteral("convergeOutcome"));
    QVERIFY(outcome && !outcome->isVisibleTo(view));
}

QTEST_MAIN(TestConvergeOutcome)
#include "TestConvergeOutcome.moc"
