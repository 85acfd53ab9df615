// A whole block 6 driven through the real console, as a facilitator would: a real library
// file, the real main window and projector, only clicks on controls found by their accessible
// names, keys and typing. From blank cards to a chosen North Star; then every step undone
// with the Edit menu's Undo back to blank cards and redone; then the library closed and
// opened again, with everything intact in the store and on the pages.
#include "AudienceWindow.h"
#include "BlockSixRun.h"
#include "BlockSixScript.h"
#include "MainWindow.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "stages/draft/pairs/PairGroupCard.h"
#include "stages/draft/pairs/PairsPage.h"
#include "storage/WorkshopStore.h"
#include "widgets/CountdownDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace BlockSixScript;

class TestBlockSix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { r.stop(); }
    void silentBrainstorm();
    void pairAndShare();
    void shareAndScore();
    void decide();
    void converge();
    void undoEverythingBackToBlankCards();
    void redoEverything();
    void reopenedIntact();

private:
    BlockSixRun r;
};

void TestBlockSix::initTestCase() {
    QVERIFY(r.start({QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Caro"),
                     QStringLiteral("Dev"), QStringLiteral("Eli")}));
    // F5 puts the projector up; the console keeps the keyboard.
    r.hands.press(Qt::Key_F5);
    QVERIFY(r.projector());
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), r.window.get(), 1000);
    for (const QString& key :
         {QStringLiteral("game"), QStringLiteral("goodbad"), QStringLiteral("structure"),
          QStringLiteral("warmup"), QStringLiteral("draft.silent")})
        QVERIFY(r.nextStage(key));
    r.mark(QStringLiteral("blank cards"));
}

void TestBlockSix::silentBrainstorm() {
    Facilitator& hands = r.hands;
    auto* console = r.page()->findChild<CountdownDisplay*>();
    auto* big = r.projector()->findChild<CountdownDisplay*>();
    const QString full = console->text();
    hands.click(hands.find(QStringLiteral("Start or pause the timer")));
    QVERIFY(r.runner()->countdown().isRunning());

    // Ana starts from her column's button; Ctrl+Enter adds the next card, Alt+Down passes on.
    hands.click(hands.find(QStringLiteral("Add a card for Ana")));
    for (int i = 0; i < cards().size(); ++i) {
        const Card& card = cards().at(i);
        if (i > 0 && card.person != cards().at(i - 1).person)
            hands.press(Qt::Key_Down, Qt::AltModifier);
        if (i > 0)
            hands.press(Qt::Key_Return, Qt::ControlModifier);
        for (const QString& field :
             {card.name, card.behaviour, card.measure, card.definition, card.inputs}) {
            hands.type(field);
            hands.press(Qt::Key_Tab);
        }
    }
    QCOMPARE(r.ownCards().size(), cards().size());
    for (const Card& card : cards()) {
        const auto stored = r.store().candidate(r.candidateNamed(card.name));
        QVERIFY2(stored, qPrintable(card.name));
        QCOMPARE(stored->authorId, r.person(card.person));
        QCOMPARE(stored->measure, card.measure);
    }
    const qint64 weekly = r.candidateNamed(QStringLiteral("Weekly cooks"));
    QCOMPARE(r.store().inputs(weekly).size(), 2);
    QCOMPARE(r.store().inputs(weekly).at(1).name, QStringLiteral("Kits per week"));

    // The room sees counts and the timer, never a word of the cards.
    r.clock.advance(4 * 60'000);
    r.runner()->tick();
    QVERIFY(console->text() != full);
    QCOMPARE(big->text(), console->text());
    QString room = r.shown();
    for (const Card& card : cards())
        for (const QString& text : {card.name, card.behaviour, card.measure})
            QVERIFY2(!room.contains(text), qPrintable(text));
    QVERIFY(room.contains(QStringLiteral("Ana\n— 2 cards")));
    QVERIFY(room.contains(QStringLiteral("cards so far")));
    hands.click(hands.find(QStringLiteral("Start or pause the timer")));
    QVERIFY(!r.runner()->countdown().isRunning());

    hands.click(hands.find(QStringLiteral("Reveal everybody's cards to the room")));
    QVERIFY(r.shown().contains(QStringLiteral("Weekly cooks")));
    r.mark(QStringLiteral("silent brainstorm"));
}

void TestBlockSix::pairAndShare() {
    Facilitator& hands = r.hands;
    QVERIFY(r.nextStage(QStringLiteral("draft.pairs")));
    // The one seam: a fixed seed, so every run draws the same pairs.
    qobject_cast<PairsPage*>(r.page()->stagePage())->setSeedSource([] { return quint64(2026); });
    hands.click(hands.find(QStringLiteral("Draw the pairs at random")));
    const QList<PairGroupRecord> groups = r.store().pairGroups(r.id);
    QCOMPARE(groups.size(), 2); // a pair and a trio

    // Ana's pair refines her first card.
    const qint64 weekly = r.candidateNamed(QStringLiteral("Weekly cooks"));
    hands.click(hands.find(QStringLiteral("Refine “Weekly cooks” into a pair candidate")));
    hands.press(Qt::Key_End);
    hands.type(QStringLiteral(" at home"));
    const qint64 refined = r.candidateNamed(Refined);
    QVERIFY(refined);
    QCOMPARE(r.store().candidate(refined)->mergedFrom, QList<qint64>{weekly});
    QCOMPARE(r.store().inputs(refined).size(), 2);

    // The other group ticks two of their cards and merges them into one.
    const qint64 ana = r.person(QStringLiteral("Ana"));
    const PairGroupRecord other = groups.at(groups.at(0).members.contains(ana) ? 1 : 0);
    QList<Candidate> theirs;
    for (qint64 member : other.members)
        for (const Candidate& c : r.ownCards())
            if (c.authorId == member)
                theirs << c;
    QVERIFY(theirs.size() >= 2);
    auto* first =
        hands.find<QCheckBox>(QStringLiteral("Tick “%1” to merge").arg(theirs.at(0).name));
    auto* second =
        hands.find<QCheckBox>(QStringLiteral("Tick “%1” to merge").arg(theirs.at(1).name));
    QVERIFY(first && second);
    hands.tick(first);
    hands.tick(second);
    hands.click(hands.find(QStringLiteral("Merge the ticked cards into one pair candidate"),
                           enclosing<PairGroupCard>(first)));
    for (const QString& field : {Merged, QStringLiteral("households cooking a second kit"),
                                 QStringLiteral("second kits within 30 days")}) {
        hands.type(field);
        hands.press(Qt::Key_Tab);
    }
    const qint64 merged = r.candidateNamed(Merged);
    QVERIFY(merged);
    QCOMPARE(r.store().candidate(merged)->mergedFrom,
             (QList<qint64>{theirs.at(0).id, theirs.at(1).id}));
    QCOMPARE(r.store().candidate(merged)->pairId, other.id);

    // The lineage, on the console and on the projector.
    const QString console = visibleTexts(r.page()->stagePage()).join(u'\n');
    QVERIFY(console.contains(QStringLiteral("Built from: Weekly cooks (Ana)")));
    QVERIFY(console.contains(QStringLiteral("→ Became “%1”").arg(Refined)));
    QVERIFY(r.shown().contains(QStringLiteral("from Weekly cooks (Ana)")));
    r.mark(QStringLiteral("pair and share"));
}

void TestBlockSix::shareAndScore() {
    Facilitator& hands = r.hands;
    QVERIFY(r.nextStage(QStringLiteral("draft.score")));
    auto* list = hands.find<QListWidget>(QStringLiteral("Candidates to share and score"));
    QVERIFY(list);
    // Pair candidates first, then the cards no pair built on.
    const QStringList shortlist = r.listTexts(list);
    QCOMPARE(shortlist.size(), 5);
    QVERIFY(shortlist.at(0).startsWith(Refined));
    QVERIFY(shortlist.at(1).startsWith(Merged));
    QVERIFY(shortlist.at(2).startsWith(QStringLiteral("Fresh boxes")));

    // By consensus: Y, P and N answer a point and move on; Alt+→ shows the next candidate.
    QWidget* scorer =
        hands.find(QStringLiteral("Checklist answers: Y yes, P partly, N no, arrows move"));
    QTest::mouseClick(scorer, Qt::LeftButton, Qt::NoModifier, QPoint(24, 12));
    QVERIFY(scorer->hasFocus());
    hands.type(QStringLiteral("YYYYPYY"));
    hands.press(Qt::Key_Right, Qt::AltModifier);
    hands.type(QStringLiteral("YPYYNYP"));
    QCOMPARE(r.store().checklistScores(r.id).size(), 14);
    QVERIFY2(r.listTexts(list).at(0).contains(QStringLiteral("13/14")),
             qPrintable(r.listTexts(list).join(u'|')));

    // Person by person for the third: Ben's answers, then Caro's, picked by typing in the box.
    hands.press(Qt::Key_Right, Qt::AltModifier);
    hands.click(hands.find(QStringLiteral("Score the checklist person by person")));
    hands.press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(hands.focus()->accessibleName(), QStringLiteral("Whose answers you are entering"));
    // B is the projector's Blank key whatever has the focus; the arrows pick the person.
    hands.press(Qt::Key_Down);
    QVERIFY(!r.projector()->isBlank());
    QCOMPARE(qobject_cast<QComboBox*>(hands.find(QStringLiteral("Whose answers you are entering")))
                 ->currentText(),
             QStringLiteral("Ben"));
    QVERIFY(scorer->hasFocus());
    hands.type(QStringLiteral("NNPNNNN")); // the last answer passes to the next person
    hands.type(QStringLiteral("NPNNNNN"));
    const qint64 fresh = r.candidateNamed(QStringLiteral("Fresh boxes"));
    int ben = 0, caro = 0;
    for (const ChecklistScore& s : r.store().checklistScores(r.id)) {
        ben += s.candidateId == fresh && s.participantId == r.person(QStringLiteral("Ben")) ? 1 : 0;
        caro +=
            s.candidateId == fresh && s.participantId == r.person(QStringLiteral("Caro")) ? 1 : 0;
    }
    QCOMPARE(ben, 7);
    QCOMPARE(caro, 7);
    hands.click(hands.find(QStringLiteral("Score the checklist by group consensus")));

    // Eliminate the last card with a reason (Enter), and one more, then restore that one.
    const QString out = shortlist.at(4), back = shortlist.at(3);
    auto* reason = hands.find<QLineEdit>(QStringLiteral("Why this candidate is eliminated"));
    QVERIFY(hands.clickRow(list, out));
    hands.click(reason);
    hands.type(QStringLiteral("Counts activity, not value"));
    hands.press(Qt::Key_Return);
    QCOMPARE(r.store().candidate(r.candidateNamed(out))->status, CandidateStatus::Eliminated);
    QCOMPARE(r.store().candidate(r.candidateNamed(out))->eliminationReason,
             QStringLiteral("Counts activity, not value"));
    QVERIFY(list->item(4)->font().strikeOut());

    QVERIFY(hands.clickRow(list, back));
    hands.click(hands.find(QStringLiteral("Eliminate this candidate with the reason given")));
    auto* problem = r.page()->stagePage()->findChild<QLabel*>(QStringLiteral("eliminationProblem"));
    QVERIFY(problem->isVisible()); // never without a reason
    QCOMPARE(r.store().candidate(r.candidateNamed(back))->status, CandidateStatus::Active);
    hands.type(QStringLiteral("Lagging"));
    hands.click(hands.find(QStringLiteral("Eliminate this candidate with the reason given")));
    QCOMPARE(r.store().candidate(r.candidateNamed(back))->status, CandidateStatus::Eliminated);
    hands.click(hands.find(QStringLiteral("Bring this candidate back onto the shortlist")));
    QCOMPARE(r.store().candidate(r.candidateNamed(back))->status, CandidateStatus::Active);
    QVERIFY(!list->item(3)->font().strikeOut());
    r.mark(QStringLiteral("share and score"));
}

void TestBlockSix::decide() {
    Facilitator& hands = r.hands;
    QVERIFY(r.nextStage(QStringLiteral("draft.decide")));
    auto* table =
        hands.find<QTableView>(QStringLiteral("Decision matrix: type 1 to 5 to score a cell"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4); // the survivors
    // Digits score a cell and move on, row after row.
    const QHash<QString, QString> digits = {
        {Refined, QStringLiteral("5545")},
        {Merged, QStringLiteral("4435")},
        {QStringLiteral("Fresh boxes"), QStringLiteral("2323")}};
    hands.clickCell(table, 0, 0);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->headerData(row, Qt::Vertical).toString();
        hands.type(digits.value(name.section(u'\n', 0, 0), QStringLiteral("3212")));
    }
    QCOMPARE(r.store().matrixScores(r.id).size(), 16);
    QVERIFY(hands.find<QLabel>(QStringLiteral("What would flip the result"))
                ->text()
                .startsWith(QStringLiteral("What would flip it")));
    auto* leads = r.page()->stagePage()->findChild<QLabel*>(QStringLiteral("matrixLeader"));
    QVERIFY2(leads->text().contains(Refined), qPrintable(leads->text()));

    // The dot vote: each person places their three dots; a cap refuses a dot with a message.
    auto* tabs = hands.find<QTabWidget>(QStringLiteral("Decision matrix or dot vote"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier,
                      tabs->tabBar()->tabRect(1).center());
    auto* people = hands.find<QListWidget>(QStringLiteral("Who is voting"));
    auto* ballot =
        hands.find<QListWidget>(QStringLiteral("Their ballot: + adds a dot, − takes one back"));
    QVERIFY(people && ballot);
    auto* problem = r.page()->stagePage()->findChild<QLabel*>(QStringLiteral("voteProblem"));
    for (const auto& [who, what, count] : dots()) {
        QVERIFY(hands.clickRow(people, who));
        QVERIFY(hands.clickRow(ballot, what));
        for (int i = 0; i < count; ++i)
            hands.press(Qt::Key_Plus);
        if (who == QStringLiteral("Ben") && what == Refined) {
            hands.press(Qt::Key_Plus); // a third dot on one candidate
            QVERIFY(problem->isVisible());
            QVERIFY(!problem->text().isEmpty());
        }
    }
    hands.press(Qt::Key_Plus); // Eli has no dots left
    QVERIFY(problem->isVisible());
    QCOMPARE(r.store().votes(r.id).size(), 10);
    QVERIFY(!r.shown().contains(QStringLiteral("Most dots")));
    hands.click(hands.find(QStringLiteral("Close the vote; the projector shows the result")));
    QVERIFY2(r.shown().contains(QStringLiteral("Most dots: %1").arg(Refined)),
             qPrintable(r.shown()));
    r.mark(QStringLiteral("decide"));
}

void TestBlockSix::converge() {
    Facilitator& hands = r.hands;
    QVERIFY(r.nextStage(QStringLiteral("draft.converge")));
    hands.click(hands.find(QStringLiteral("Choose “%1” as our North Star").arg(Refined)));
    const qint64 refined = r.candidateNamed(Refined);
    QCOMPARE(r.store().workshop(r.id)->northStarId, refined);

    // Typing the sentence rebuilds nothing: the page's widgets stay as many as they were.
    const qsizetype widgets = r.page()->findChildren<QWidget*>().size();
    hands.retype(hands.find(QStringLiteral("The North Star Metric's name")), NorthStar);
    hands.retype(hands.find(QStringLiteral("The North Star Metric's definition")), Definition);
    QVERIFY(r.page()->findChildren<QWidget*>().size() <= widgets + 4);
    QCOMPARE(r.store().candidate(refined)->name, NorthStar);
    QCOMPARE(r.store().candidate(refined)->definition, Definition);

    // The refined card brought two inputs; a third, then pattern, definition and owner each.
    hands.click(hands.find(QStringLiteral("Add an input to the North Star")));
    hands.type(QStringLiteral("Minutes to cook"));
    const QList<QLineEdit*> names = hands.all<QLineEdit>(QStringLiteral("Input name"));
    QCOMPARE(names.size(), 3);
    for (int i = 0; i < 3; ++i) {
        hands.click(names.at(i));
        hands.press(Qt::Key_Tab); // to its pattern: the arrows pick one (B and E, the
                                  // projector's keys, blank it and show the examples)
        auto* pattern = qobject_cast<QComboBox*>(hands.focus());
        QVERIFY(pattern);
        int at = 0;
        while (at < pattern->count() &&
               !pattern->itemText(at).startsWith(inputDetails().at(i).patternLetter,
                                                 Qt::CaseInsensitive))
            ++at;
        QVERIFY(at < pattern->count());
        hands.press(Qt::Key_Home);
        for (int step = 0; step < at; ++step)
            hands.press(Qt::Key_Down);
        QCOMPARE(pattern->currentIndex(), at);
        QVERIFY(!r.projector()->isBlank() && !r.projector()->isExamplesShown());
        hands.click(hands.all(QStringLiteral("Input definition")).at(i));
        hands.type(inputDetails().at(i).definition);
        hands.click(hands.all(QStringLiteral("Input owner")).at(i));
        hands.type(inputDetails().at(i).owner);
    }
    const QList<Input> inputs = r.store().inputs(refined);
    QCOMPARE(inputs.size(), 3);
    QCOMPARE(inputs.at(0).pattern, InputPattern::Breadth);
    QCOMPARE(inputs.at(1).pattern, InputPattern::Frequency);
    QCOMPARE(inputs.at(2).pattern, InputPattern::Efficiency);
    QCOMPARE(inputs.at(2).owner, QStringLiteral("Culinary"));
    QCOMPARE(inputs.at(1).definition, inputDetails().at(1).definition);

    // The game, the guardrail, an open question and a next step with an owner and a date.
    hands.click(hands.find(QStringLiteral("Guardrail metric: name")));
    hands.type(QStringLiteral("Recipe rating"));
    hands.press(Qt::Key_Backtab, Qt::ShiftModifier);
    hands.type(QStringLiteral("t"));
    hands.click(hands.find(QStringLiteral("Guardrail metric: definition")));
    hands.type(QStringLiteral("Average recipe rating stays at 4.2 or above"));
    // Ctrl+Z in the field is the workshop's Undo: the burst of typing goes, then comes back.
    const int steps = r.undoStack().index();
    hands.press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(r.undoStack().index(), steps - 1);
    QCOMPARE(r.store().workshop(r.id)->guardrailDefinition, QString());
    QCOMPARE(qobject_cast<QLineEdit*>(hands.focus())->text(), QString());
    hands.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(r.undoStack().index(), steps);
    QVERIFY(r.store().workshop(r.id)->guardrailDefinition.startsWith(QStringLiteral("Average")));
    hands.click(hands.find(QStringLiteral("Add an open question")));
    hands.type(QStringLiteral("Do frozen kits count as cooked meals?"));
    hands.press(Qt::Key_Tab);
    hands.type(QStringLiteral("Culinary team"));
    hands.click(hands.find(QStringLiteral("Add a next step")));
    hands.type(QStringLiteral("Build the weekly cooked-meals dashboard"));
    hands.press(Qt::Key_Tab);
    hands.type(QStringLiteral("Analytics"));
    hands.press(Qt::Key_Tab);
    hands.press(Qt::Key_Up); // from "no date" to today
    const Workshop workshop = *r.store().workshop(r.id);
    QCOMPARE(workshop.game, Game::Transaction);
    QCOMPARE(workshop.guardrailName, QStringLiteral("Recipe rating"));
    const QList<FollowUp> followUps = r.store().followUps(r.id);
    QCOMPARE(followUps.size(), 2);
    QCOMPARE(followUps.at(0).owner, QStringLiteral("Culinary team"));
    QCOMPARE(followUps.at(1).kind, FollowUpKind::NextStep);
    QCOMPARE(followUps.at(1).owner, QStringLiteral("Analytics"));
    QVERIFY(followUps.at(1).due.isValid());
    QVERIFY(hands.find<QLabel>(QStringLiteral("The North Star sentence"))
                ->text()
                .contains(QStringLiteral("is called %1").arg(NorthStar)));
    QVERIFY(hands.find<QLabel>(QStringLiteral("The belief sentence"))
                ->text()
                .contains(QStringLiteral("Minutes to cook")));
    r.mark(QStringLiteral("converge"));
    QVERIFY(r.projectorShowsTheNorthStar(NorthStar));
}

void TestBlockSix::undoEverythingBackToBlankCards() {
    QVERIFY(r.walkTheHistory(BlockSixRun::Direction::Undo));
    QCOMPARE(r.undoStack().index(), 0);
    QVERIFY(r.ownCards().isEmpty());
    QVERIFY(r.hands.all(QStringLiteral("The North Star Metric's name")).isEmpty());
    QVERIFY(!r.shown().contains(NorthStar));
}

void TestBlockSix::redoEverything() {
    QVERIFY(r.walkTheHistory(BlockSixRun::Direction::Redo));
    QVERIFY(r.projectorShowsTheNorthStar(NorthStar));
    QCOMPARE(r.hands.find<QLineEdit>(QStringLiteral("The North Star Metric's name"))->text(),
             NorthStar);
}

void TestBlockSix::reopenedIntact() {
    QVERIFY(r.restart());
    QCOMPARE(r.runner()->current().key, QStringLiteral("draft.converge"));
    QVERIFY(r.storeMatchesTheEnd());
    QVERIFY(r.pagesShowTheEnd(NorthStar, Definition));
}

QTEST_MAIN(TestBlockSix)
#include "TestBlockSix.moc"
