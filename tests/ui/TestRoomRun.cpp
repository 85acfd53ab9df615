// What a facilitator in front of a real room does with the keyboard and the mouse, driven
// through the real main window and projector on the hostile workshop: the room's keys do what
// they say whatever has the focus and never show private cards, the wheel edits nothing it
// merely passes over, menu shortcuts work from text fields, going back keeps the agenda's
// ticks, a long paste says what it kept, and text set through the accessibility interface is
// saved like typed text.
#include "AudienceWindow.h"
#include "ExportActions.h"
#include "Facilitator.h"
#include "HostileWorkshop.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "UserText.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "stages/common/StageContext.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/converge/ConvergeInputRow.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DotVotePanel.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/score/ScoreTotalsBar.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"
#include "storage/WorkshopStore.h"
#include "widgets/NoticeBar.h"
#include "widgets/ScriptPanel.h"
#include "widgets/StageRail.h"
#include "widgets/TextLimit.h"

#include <QAccessible>
#include <QAccessibleEditableTextInterface>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

class TestRoomRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void spaceAfterHidingTheCardsStartsTheTimer();
    void spaceAfterMaskingKeepsTheMask();
    void enterPressesButtonsButNeverReveals();
    void revealAndCloseTheVoteTakeTheirOwnShortcuts();
    void showingTheTotalsTakesItsOwnShortcut();
    void roomKeysWinOverAComboBoxButTypeInFields();
    void wheelOverAnUnfocusedPatternBoxChangesNothing();
    void rightToLeftNamesKeepToThemselves();
    void menuShortcutsWorkInTextFields();
    void goingBackKeepsTheTicks();
    void longPasteSaysWhatWasKept();
    void textSetThroughAccessibilityIsSaved();

private:
    bool goTo(const QString& stageKey);
    WorkshopPage* page() const { return m_window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }
    WorkshopStore& store() const { return m_library->store(); }
    AudienceWindow* projector() const { return m_window->audienceWindow(); }
    bool revealed() const {
        return store().stageState(m_id, QStringLiteral("draft.silent")).revealed;
    }
    qint64 person(int index) const { return store().participants(m_id).at(index).id; }
    qint64 cardOf(qint64 personId) const;

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    Facilitator m_hands;
    qint64 m_id = 0;
};

void TestRoomRun::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = HostileWorkshop::create(store()).value_or(0);
    QVERIFY(m_id);
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_hands.setWindow(m_window.get());
    m_window->openWorkshop(m_id);
    QVERIFY(runner());
    m_hands.press(Qt::Key_F5);
    QVERIFY(projector());
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), m_window.get(), 1000);
}

void TestRoomRun::cleanup() {
    m_window.reset();
    m_library.reset();
}

bool TestRoomRun::goTo(const QString& stageKey) {
    if (!runner()->goTo(stageKey) || runner()->current().key != stageKey)
        return false;
    // The console remembers "Mask others" per workshop while the app runs; start unmasked.
    if (auto* silent = qobject_cast<SilentPage*>(page()->stagePage()))
        silent->setMasked(false);
    return true;
}

qint64 TestRoomRun::cardOf(qint64 personId) const {
    for (const Candidate& c : store().candidates(m_id))
        if (c.kind == CandidateKind::Own && c.authorId == personId)
            return c.id;
    return 0;
}

void TestRoomRun::spaceAfterHidingTheCardsStartsTheTimer() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    QVERIFY(revealed());
    // The bug: the button keeps the focus after the click, and Space pressed it again.
    m_hands.click(m_hands.find(QStringLiteral("Hide the cards from the room again")));
    QVERIFY(!revealed());
    auto* reveal = qobject_cast<SilentPage*>(page()->stagePage())->revealButton();
    reveal->setFocus();
    QVERIFY(reveal->hasFocus());
    m_hands.press(Qt::Key_Space);
    QVERIFY2(!revealed(), "Space revealed every card on the projector");
    QVERIFY(runner()->countdown().isRunning());
    QVERIFY(!visibleTexts(projector()).join(u'\n').contains(QStringLiteral("Weekly</b> cooks")));
    m_hands.press(Qt::Key_Space);
    QVERIFY(!runner()->countdown().isRunning());
    QVERIFY(!revealed());
}

void TestRoomRun::spaceAfterMaskingKeepsTheMask() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    auto* silent = qobject_cast<SilentPage*>(page()->stagePage());
    m_hands.click(m_hands.find(QStringLiteral("Mask everybody's cards but the current person's")));
    QVERIFY(silent->maskButton()->isChecked());
    QVERIFY(silent->maskButton()->hasFocus());
    m_hands.press(Qt::Key_Space);
    QVERIFY2(silent->maskButton()->isChecked(), "Space unmasked everybody on the laptop");
    QVERIFY(silent->column(person(1))->isMasked());
    QVERIFY(runner()->countdown().isRunning());
    // Enter does not unmask either.
    m_hands.press(Qt::Key_Return);
    QVERIFY(silent->maskButton()->isChecked());
}

void TestRoomRun::enterPressesButtonsButNeverReveals() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    m_hands.click(m_hands.find(QStringLiteral("Hide the cards from the room again")));
    QVERIFY(!revealed());
    // Space no longer presses a focused button; Enter does, so the keyboard still works them.
    auto* next = m_hands.find<QPushButton>(QStringLiteral("Pass to the next person"));
    QVERIFY(next);
    auto* silent = qobject_cast<SilentPage*>(page()->stagePage());
    const qint64 before = silent->currentPerson();
    next->setFocus();
    m_hands.press(Qt::Key_Return);
    QVERIFY(silent->currentPerson() != before);
    // Reveal is a button too, but no stray key shows the cards.
    silent->revealButton()->setFocus();
    QTRY_VERIFY(silent->revealButton()->hasFocus());
    // Checked after each key: two presses would toggle the cards up and down again.
    m_hands.press(Qt::Key_Return);
    QVERIFY2(!revealed(), "Enter revealed the cards");
    m_hands.press(Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY2(!revealed(), "the keypad's Enter revealed the cards");
    m_hands.press(Qt::Key_Space);
    QVERIFY2(!revealed(), "Space revealed the cards");
}

void TestRoomRun::revealAndCloseTheVoteTakeTheirOwnShortcuts() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    m_hands.click(m_hands.find(QStringLiteral("Hide the cards from the room again")));
    m_hands.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(revealed());

    QVERIFY(goTo(QStringLiteral("draft.decide")));
    auto* decide = qobject_cast<DecidePage*>(page()->stagePage());
    decide->tabs()->setCurrentIndex(1);
    QAbstractButton* close = decide->votePanel()->closeButton();
    const auto closed = [this] {
        return store().stageState(m_id, QStringLiteral("draft.decide")).revealed;
    };
    close->setFocus();
    QTRY_VERIFY(close->hasFocus());
    m_hands.press(Qt::Key_Space);
    QVERIFY2(!closed(), "Space closed the vote and showed the result");
    m_hands.press(Qt::Key_Return);
    QVERIFY2(!closed(), "Enter closed the vote and showed the result");
    m_hands.press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(closed());
}

// Person by person, the room's answers reach the projector only by a click or Ctrl+Shift+T:
// Space and Enter on the focused button leave them hidden.
void TestRoomRun::showingTheTotalsTakesItsOwnShortcut() {
    QVERIFY(goTo(QStringLiteral("draft.score")));
    auto* score = qobject_cast<ScorePage*>(page()->stagePage());
    QVERIFY(score);
    m_hands.click(score->perPersonButton());
    QPushButton* totals = score->totalsBar()->totalsButton();
    QTRY_VERIFY(totals->isVisible());
    const auto shown = [this] {
        return store().stageState(m_id, QStringLiteral("draft.score")).revealed;
    };
    QVERIFY(!shown());
    totals->setFocus();
    QTRY_VERIFY(totals->hasFocus());
    m_hands.press(Qt::Key_Space);
    QVERIFY2(!shown(), "Space showed the room's answers");
    m_hands.press(Qt::Key_Return);
    QVERIFY2(!shown(), "Enter showed the room's answers");
    m_hands.press(Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY2(!shown(), "the keypad's Enter showed the room's answers");
    QVERIFY(!totals->isChecked());
    m_hands.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(shown());
    QVERIFY(totals->isChecked());
    m_hands.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!shown());
}

void TestRoomRun::roomKeysWinOverAComboBoxButTypeInFields() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    auto* silent = qobject_cast<SilentPage*>(page()->stagePage());
    QComboBox* turn = silent->turnBox();
    turn->setFocus();
    const int who = turn->currentIndex();
    m_hands.press(Qt::Key_B);
    QVERIFY(projector()->isBlank());
    m_hands.press(Qt::Key_B);
    QVERIFY(!projector()->isBlank());
    m_hands.press(Qt::Key_C);
    QVERIFY(projector()->isChecklistShown());
    m_hands.press(Qt::Key_C);
    m_hands.press(Qt::Key_E);
    QVERIFY(projector()->isExamplesShown());
    m_hands.press(Qt::Key_E);
    QVERIFY(!projector()->isExamplesShown());
    m_hands.press(Qt::Key_Space);
    QVERIFY(runner()->countdown().isRunning());
    QCOMPARE(turn->currentIndex(), who);
    m_hands.press(Qt::Key_Space);

    // In a text field the same keys type.
    QLineEdit* name = silent->column(person(2))->editor(cardOf(person(2)))->nameEdit();
    m_hands.click(name);
    m_hands.press(Qt::Key_End);
    m_hands.type(QStringLiteral(" bce"));
    QVERIFY(name->text().endsWith(QStringLiteral(" bce")));
    QVERIFY(store().candidate(cardOf(person(2)))->name.endsWith(QStringLiteral(" bce")));
    QVERIFY(!projector()->isBlank());
    QVERIFY(!projector()->isChecklistShown());
    QVERIFY(!runner()->countdown().isRunning());
}

void TestRoomRun::wheelOverAnUnfocusedPatternBoxChangesNothing() {
    QVERIFY(goTo(QStringLiteral("draft.converge")));
    auto rows = page()->stagePage()->findChildren<ConvergeInputRow*>();
    QVERIFY(!rows.isEmpty());
    QComboBox* pattern = rows.first()->patternBox();
    const qint64 star = store().workshop(m_id)->northStarId;
    const QList<Input> before = store().inputs(star);
    m_hands.click(m_hands.find(QStringLiteral("Input owner")));
    QVERIFY(!pattern->hasFocus());
    const QPoint centre = pattern->rect().center();
    for (int i = 0; i < 3; ++i) {
        QWheelEvent down(centre, pattern->mapToGlobal(centre), QPoint(0, -120), QPoint(0, -120),
                         Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(pattern, &down);
    }
    QCOMPARE(store().inputs(star), before);
    QCOMPARE(pattern->currentData().toInt(), int(before.first().pattern));
    // The same for a spin box on the decide page.
    QVERIFY(goTo(QStringLiteral("draft.decide")));
    auto* decide = qobject_cast<DecidePage*>(page()->stagePage());
    decide->tabs()->setCurrentIndex(1);
    QSpinBox* dots = decide->votePanel()->dotsBox();
    const int dotsBefore = store().workshop(m_id)->dotsPerPerson;
    QWheelEvent up(QPointF(5, 5), dots->mapToGlobal(QPointF(5, 5)), QPoint(0, 120), QPoint(0, 120),
                   Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(dots, &up);
    QCOMPARE(store().workshop(m_id)->dotsPerPerson, dotsBefore);
    // With the focus, the wheel is the control's again.
    dots->setFocus();
    QApplication::sendEvent(dots, &up);
    QCOMPARE(store().workshop(m_id)->dotsPerPerson, dotsBefore + 1);
}

void TestRoomRun::rightToLeftNamesKeepToThemselves() {
    const QString arabic = HostileWorkshop::roster().at(1);
    const QString isolated = QChar(u'\u2068') + arabic + QChar(u'\u2069');
    QCOMPARE(UserText::isolate(arabic), isolated);
    QCOMPARE(UserText::isolate(QStringLiteral("Ana")), QStringLiteral("Ana"));
    QVERIFY(goTo(QStringLiteral("draft.decide")));
    auto* decide = qobject_cast<DecidePage*>(page()->stagePage());
    decide->tabs()->setCurrentIndex(1);
    // The console's list of voters: "محمد علي — 1 dot left", the name isolated.
    QListWidget* people = decide->votePanel()->people();
    QString line;
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->text().contains(arabic))
            line = people->item(i)->text();
    QVERIFY2(line.startsWith(isolated + QStringLiteral(" — ")), qPrintable(line));
    // The projector's "محمد علي · 1 left".
    const QString room = visibleTexts(projector()).join(u'\n');
    QVERIFY2(room.contains(isolated + QStringLiteral(" · ")), qPrintable(room));
    QVERIFY(!room.contains(QStringLiteral("\n") + arabic + QStringLiteral(" · ")));
}

void TestRoomRun::menuShortcutsWorkInTextFields() {
    int asked = 0;
    m_window->exchange()->setSaveChooser([&asked](ExportFormat, const QString&) {
        ++asked;
        return QString(); // cancel
    });
    QVERIFY(goTo(QStringLiteral("game")));
    auto* line = m_hands.find<QLineEdit>(QStringLiteral("The moment of value exchange"));
    m_hands.click(line);
    QVERIFY(line->hasFocus());
    m_hands.press(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(asked, 1);
    // The field keeps its own editing keys.
    line->setText(QStringLiteral("abc"));
    m_hands.press(Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(line->selectedText(), QStringLiteral("abc"));
    // A multi-line field: the notes and the game's rationale.
    QPlainTextEdit* notes = page()->scriptPanel()->notesEditor();
    m_hands.click(notes);
    QVERIFY(notes->hasFocus());
    m_hands.press(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(asked, 2);
    // Another menu's shortcut from the field: Ctrl+PgDn moves on.
    m_hands.press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(runner()->current().key, QStringLiteral("goodbad"));
}

void TestRoomRun::goingBackKeepsTheTicks() {
    QVERIFY(goTo(QStringLiteral("opening")));
    QTreeWidget* tree = page()->rail()->tree();
    const auto marked = [&tree](const QString& title) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0).contains(title))
                return (*it)->text(0).left(1);
        return QString();
    };
    for (int i = 0; i < 6; ++i)
        m_hands.press(Qt::Key_PageDown, Qt::ControlModifier);
    const QString reached = runner()->current().key;
    QCOMPARE(marked(QStringLiteral("Identify the game")), QStringLiteral("✓"));
    // Back three stages: the ones in between stay ticked.
    for (int i = 0; i < 3; ++i)
        m_hands.press(Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(runner()->current().key != reached);
    QCOMPARE(marked(runner()->current().title), QStringLiteral("●"));
    const QList<PlannedStage> stages = runner()->stages();
    for (const PlannedStage& s : stages) {
        const int at = runner()->plan().indexOf(s.key);
        if (at > runner()->plan().current() && at < runner()->plan().indexOf(reached) && !s.skipped)
            QVERIFY2(s.state == PlannedStage::State::Done, qPrintable(s.key));
    }
    QCOMPARE(marked(QStringLiteral("Identify the game")), QStringLiteral("✓"));
    // Time spent further on keeps a stage ticked after the library is reopened.
    QVERIFY(goTo(QStringLiteral("draft.converge")));
    runner()->startTimer();
    m_clock.advance(90'000);
    runner()->tick();
    runner()->pauseTimer();
    QVERIFY(goTo(QStringLiteral("structure")));
    m_window.reset();
    QVERIFY(m_library->reopen());
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->show();
    m_window->openWorkshop(m_id);
    QCOMPARE(runner()->current().key, QStringLiteral("structure"));
    tree = page()->rail()->tree();
    QCOMPARE(marked(QStringLiteral("Share and score")), QStringLiteral("✓"));
    QCOMPARE(runner()->stages().at(runner()->plan().indexOf(QStringLiteral("draft.score"))).state,
             PlannedStage::State::Done);
}

void TestRoomRun::longPasteSaysWhatWasKept() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    auto* silent = qobject_cast<SilentPage*>(page()->stagePage());
    const qint64 card = cardOf(person(3));
    QLineEdit* name = silent->column(person(3))->editor(card)->nameEdit();
    m_hands.click(name);
    m_hands.press(Qt::Key_A, Qt::ControlModifier);
    QString paste;
    for (int i = 0; paste.size() < 50'000; ++i)
        paste += QStringLiteral("Weekly cooks %1 🚀 ").arg(i);
    QGuiApplication::clipboard()->setText(paste);
    m_hands.press(Qt::Key_V, Qt::ControlModifier);
    const QString kept = store().candidate(card)->name;
    QCOMPARE(kept.size(), TextLimit::of(name));
    QVERIFY(paste.startsWith(kept));
    NoticeBar* notice = m_window->noticeBar();
    QVERIFY(notice->isVisible());
    if (const QString shots = qEnvironmentVariable("LODESTAR_SHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/console-long-paste.png"));
    QVERIFY2(notice->text().contains(QLocale().toString(kept.size())) &&
                 notice->text().contains(QLocale().toString(paste.size())),
             qPrintable(notice->text()));
    // The undo step is named after the card, not "Untitled card".
    QUndoStack& undo = page()->context()->undoStack;
    QVERIFY2(undo.undoText().contains(QStringLiteral("Weekly cooks 0")),
             qPrintable(undo.undoText()));
    QVERIFY(!undo.undoText().contains(QStringLiteral("Untitled")));
    QVERIFY(undo.undoText().size() < 120);
    // A field that fits it takes it whole and says nothing.
    notice->hide();
    QLineEdit* definition = silent->column(person(3))->editor(card)->definitionEdit();
    QGuiApplication::clipboard()->setText(QStringLiteral("short"));
    m_hands.click(definition);
    m_hands.press(Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!notice->isVisible());
}

void TestRoomRun::textSetThroughAccessibilityIsSaved() {
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    auto* silent = qobject_cast<SilentPage*>(page()->stagePage());
    const qint64 card = cardOf(person(4));
    QLineEdit* name = silent->column(person(4))->editor(card)->nameEdit();
    QUndoStack& undo = page()->context()->undoStack;
    const int steps = undo.count();
    QAccessibleInterface* field = QAccessible::queryAccessibleInterface(name);
    QVERIFY(field);
    // A screen reader sets the value; dictation replaces the text.
    field->setText(QAccessible::Value, QStringLiteral("Dictated — مُملى 🎙"));
    QCOMPARE(store().candidate(card)->name, QStringLiteral("Dictated — مُملى 🎙"));
    QAccessibleEditableTextInterface* editable = field->editableTextInterface();
    QVERIFY(editable);
    editable->insertText(0, QStringLiteral("<b>"));
    QCOMPARE(store().candidate(card)->name, QStringLiteral("<b>Dictated — مُملى 🎙"));
    QCOMPARE(undo.count(), steps + 1); // one burst of text, one step
    undo.undo();
    QVERIFY(store().candidate(card)->name.startsWith(QStringLiteral("<b>Weekly</b>")));
    QCOMPARE(name->text(), store().candidate(card)->name);

    // The converge form: the North Star's name and an input's owner.
    QVERIFY(goTo(QStringLiteral("draft.converge")));
    const int convergeSteps = undo.index();
    auto* metric = m_hands.find<QLineEdit>(QStringLiteral("The North Star Metric's name"));
    QVERIFY(metric);
    QAccessible::queryAccessibleInterface(metric)->setText(QAccessible::Value,
                                                           QStringLiteral("Dictated star"));
    const qint64 star = store().workshop(m_id)->northStarId;
    QCOMPARE(store().candidate(star)->name, QStringLiteral("Dictated star"));
    auto* owner = m_hands.find<QLineEdit>(QStringLiteral("Input owner"));
    QAccessible::queryAccessibleInterface(owner)->setText(QAccessible::Value,
                                                          QStringLiteral("李雷"));
    QCOMPARE(store().inputs(star).first().owner, QStringLiteral("李雷"));
    QCOMPARE(undo.index(), convergeSteps + 2);
    // Loading pages writes nothing back and makes no step.
    QVERIFY(goTo(QStringLiteral("warmup")));
    QVERIFY(goTo(QStringLiteral("game")));
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    QCOMPARE(undo.index(), convergeSteps + 2);
    QCOMPARE(undo.count(), convergeSteps + 2);
}

QTEST_MAIN(TestRoomRun)
#include "TestRoomRun.moc"
