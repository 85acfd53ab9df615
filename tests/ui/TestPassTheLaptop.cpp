// Pass-the-laptop mode through the real window: Workshop ▸ Pass the laptop round (or
// Ctrl+Shift+P) puts up a banner and, on the console itself, hides the facilitator's script
// and notes, the running tallies and every card but the current writer's. Every widget's
// text is walked at each stage the laptop goes round in; leaving asks first.
#include "DraftFixture.h"
#include "WidgetTexts.h"
#include "scoring/DotVote.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DotVotePanel.h"
#include "stages/draft/score/ChecklistScorer.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/silent/SilentPage.h"
#include "widgets/PassLaptopBanner.h"
#include "widgets/ScriptPanel.h"

#include "playbook/Playbook.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

namespace {

QString consoleText(MainWindow* window) {
    // Cards a mask discards are deleted later; none may linger in the tree being walked.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return visibleTexts(window).join(u'\n');
}

QAction* menuAction(MainWindow* window, const QString& menu, const QString& text) {
    for (QAction* top : window->menuBar()->actions())
        if (top->text().remove(u'&') == menu && top->menu())
            for (QAction* action : top->menu()->actions())
                if (action->text().remove(u'&') == text)
                    return action;
    return nullptr;
}

const QString Notes = QStringLiteral("FACILITATOR ONLY: Malik dominates, ask Jun first");

// What the console shows in its lists, tables and trees, which are not widgets of their own.
void addItemTexts(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& texts) {
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                             int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)})
                texts << model->data(index, role).toString();
            if (column == 0)
                addItemTexts(model, index, texts);
        }
}

// Everything the window shows or announces: widget texts and every item of every view.
QString everything(MainWindow* window) {
    QString shown = consoleText(window);
    QStringList items;
    for (const QAbstractItemView* view : window->findChildren<QAbstractItemView*>())
        if (view->model())
            addItemTexts(view->model(), view->rootIndex(), items);
    items.removeAll(QString());
    return shown + u'\n' + items.join(u'\n');
}

} // namespace

class TestPassTheLaptop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { f.stop(); }
    void menuShortcutAndBanner();
    void silentBrainstormShowsOnlyTheWritersCards();
    void dotVoteHidesTheRunningTallyAndLeader();
    void personByPersonScoringHidesTheRoomsCounts();
    void leavingIsDeliberate();
    void everyStageShowsOnlyWhatIsTheirs();

private:
    void seed();
    QString cardOf(int person) const { return m_cards.value(person); }
    void enter();

    DraftFixture f;
    QList<QString> m_cards;
    QList<qint64> m_cardIds;
};

void TestPassTheLaptop::seed() {
    f.start(4);
    const QList<Participant> people = f.people();
    m_cards = {QStringLiteral("Ana's secret: kitchens 🚀"), QStringLiteral("Malik <b>bold</b> idea"),
               QStringLiteral("李雷 的 想法"), QStringLiteral("محمد علي fikra")};
    m_cardIds.clear();
    for (int i = 0; i < people.size(); ++i)
        m_cardIds << f.addCard(people.at(i).id, m_cards.at(i),
                               QStringLiteral("behaviour %1").arg(i),
                               QStringLiteral("measure %1").arg(i));
    for (const char* stage : {"draft.silent", "draft.score", "draft.decide"})
        QVERIFY(f.store().setStageNotes(f.id, QLatin1String(stage), Notes));
}

void TestPassTheLaptop::enter() {
    QTest::keyClick(f.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.page()->passTheLaptop()->isOn());
}

void TestPassTheLaptop::menuShortcutAndBanner() {
    seed();
    QVERIFY(f.goTo<SilentPage>(QStringLiteral("draft.silent")));
    QAction* action = menuAction(f.window.get(), QStringLiteral("Workshop"),
                                 QStringLiteral("Pass the laptop round"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(action->isCheckable() && !action->isChecked());
    QVERIFY(!f.page()->passLaptopBanner()->isVisible());
    QVERIFY(f.page()->scriptPanel());
    QVERIFY(consoleText(f.window.get()).contains(Notes));

    // From the menu.
    action->trigger();
    QVERIFY(f.page()->passTheLaptop()->isOn());
    QVERIFY(action->isChecked());
    QVERIFY(f.page()->passLaptopBanner()->isVisible());
    QVERIFY(!f.page()->passLaptopBanner()->accessibleName().isEmpty());
    QVERIFY(!f.page()->scriptPanel());
    QVERIFY(!f.page()->toggleScriptAction()->isEnabled());
    QVERIFY(!consoleText(f.window.get()).contains(Notes));
    // The script and notes toggle cannot bring the panel back.
    f.page()->toggleScriptAction()->trigger();
    QVERIFY(!f.page()->scriptPanel());

    // The mode holds across stages and across closing and reopening the workshop.
    f.runner()->goTo(QStringLiteral("draft.pairs"));
    QVERIFY(!f.page()->scriptPanel());
    f.window->showLibrary();
    f.window->openWorkshop(f.id);
    QVERIFY(f.page()->passTheLaptop()->isOn());
    QVERIFY(!f.page()->scriptPanel());
    QVERIFY(!consoleText(f.window.get()).contains(Notes));

    // Leaving by the same shortcut asks; yes brings everything back.
    f.page()->setLeaveConfirmation([](QWidget*) { return true; });
    QTest::keyClick(f.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!f.page()->passTheLaptop()->isOn());
    QVERIFY(!action->isChecked());
    QVERIFY(!f.page()->passLaptopBanner()->isVisible());
    QVERIFY(f.page()->scriptPanel());
    QVERIFY(f.page()->toggleScriptAction()->isEnabled());
    f.runner()->goTo(QStringLiteral("draft.silent"));
    QVERIFY(consoleText(f.window.get()).contains(Notes));
}

void TestPassTheLaptop::silentBrainstormShowsOnlyTheWritersCards() {
    seed();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    // Before: the facilitator sees everybody's cards.
    QString shown = consoleText(f.window.get());
    for (const QString& card : std::as_const(m_cards))
        QVERIFY2(shown.contains(card), qPrintable(card));
    const QString script = f.runner()->current().script;
    QVERIFY(!script.isEmpty() && shown.contains(script));

    enter();
    QVERIFY(!silent->maskButton()->isEnabled());
    QVERIFY(!silent->revealButton()->isEnabled()); // exposing cards waits for the facilitator
    const QList<Participant> people = f.people();
    for (int writer = 0; writer < people.size(); ++writer) {
        silent->turnBox()->setCurrentIndex(writer);
        emit silent->turnBox()->activated(writer);
        QCOMPARE(silent->currentPerson(), people.at(writer).id);
        shown = consoleText(f.window.get());
        QVERIFY2(shown.contains(cardOf(writer)), qPrintable(cardOf(writer)));
        for (int other = 0; other < people.size(); ++other)
            if (other != writer)
                QVERIFY2(!shown.contains(cardOf(other)),
                         qPrintable(QStringLiteral("%1 sees %2").arg(writer).arg(cardOf(other))));
        QVERIFY(!shown.contains(Notes));
        QVERIFY(!shown.contains(script));
    }
    // "Mask others" was off: leaving brings the facilitator's view back as it was.
    f.page()->setLeaveConfirmation([](QWidget*) { return true; });
    QVERIFY(f.page()->leavePassTheLaptop());
    QVERIFY(silent->maskButton()->isEnabled() && !silent->maskButton()->isChecked());
    QVERIFY(silent->revealButton()->isEnabled());
    shown = consoleText(f.window.get());
    for (const QString& card : std::as_const(m_cards))
        QVERIFY2(shown.contains(card), qPrintable(card));
}

void TestPassTheLaptop::dotVoteHidesTheRunningTallyAndLeader() {
    seed();
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    const QList<Participant> people = f.people();
    // Two people have voted; the third card leads with three dots.
    QVERIFY(f.store().setVote({people.at(0).id, m_cardIds.at(2), 2}));
    QVERIFY(f.store().setVote({people.at(1).id, m_cardIds.at(2), 1}));
    QVERIFY(f.store().setVote({people.at(1).id, m_cardIds.at(0), 1}));
    auto* decide = f.goTo<DecidePage>(QStringLiteral("draft.decide"));
    QVERIFY(decide);
    decide->tabs()->setCurrentWidget(decide->votePanel());
    // The facilitator alone sees the running count and the leader.
    QVERIFY(decide->votePanel()->tallyLabel()->text().contains(QStringLiteral("So far")));
    QVERIFY(decide->voteLeaderLabel()->text().contains(cardOf(2)));

    enter();
    const QString tally = decide->votePanel()->tallyLabel()->text();
    const QString leader = decide->voteLeaderLabel()->text();
    QVERIFY2(!tally.contains(cardOf(2)) && !tally.contains(QStringLiteral("dots")),
             qPrintable(tally));
    QVERIFY2(!leader.contains(cardOf(2)) && !leader.contains(QStringLiteral("★")),
             qPrintable(leader));
    const QString shown = consoleText(f.window.get());
    QVERIFY(!shown.contains(QStringLiteral("So far")));
    QVERIFY(!shown.contains(QStringLiteral("vote still open")));
    QVERIFY(!shown.contains(QStringLiteral("3 dots")));
    QVERIFY(!shown.contains(Notes));
    // Voting goes on: the next person's dot is placed and the count stays hidden.
    decide->votePanel()->selectPerson(people.at(2).id);
    decide->votePanel()->selectCandidate(m_cardIds.at(1));
    decide->votePanel()->addDot();
    DotVote vote;
    vote.setVotes(f.store().votes(f.id));
    QCOMPARE(vote.dots(people.at(2).id, m_cardIds.at(1)), 1);
    QVERIFY(!consoleText(f.window.get()).contains(QStringLiteral("So far")));

    // Closing the vote makes the result public: the console shows it as the projector does.
    QTest::mouseClick(decide->votePanel()->closeButton(), Qt::LeftButton);
    QVERIFY(decide->votePanel()->tallyLabel()->text().contains(cardOf(2)));
    QVERIFY(decide->voteLeaderLabel()->text().contains(cardOf(2)));
}

void TestPassTheLaptop::personByPersonScoringHidesTheRoomsCounts() {
    seed();
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    const QList<Participant> people = f.people();
    auto* score = f.goTo<ScorePage>(QStringLiteral("draft.score"));
    QVERIFY(score);
    QTest::mouseClick(score->perPersonButton(), Qt::LeftButton);
    const qint64 shownId = score->currentCandidateId();
    QVERIFY(shownId);
    for (int i = 0; i < 2; ++i)
        QVERIFY(f.store().setChecklistScore(
            {shownId, QStringLiteral("value"), people.at(i).id, ChecklistAnswer::Yes}));
    QVERIFY(score->totalLabel()->text().contains(QStringLiteral("Total")));
    QVERIFY(consoleText(f.window.get()).contains(QStringLiteral("2 yes")));

    enter();
    const QString shown = consoleText(f.window.get());
    QVERIFY2(!shown.contains(QStringLiteral("2 yes")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("Total")));
    QVERIFY(!shown.contains(QStringLiteral("/14")));
    QVERIFY(!shown.contains(Notes));
    for (int row = 0; row < 7; ++row)
        QVERIFY(score->scorer()->summaryLabel(row)->text().isEmpty());
}

void TestPassTheLaptop::leavingIsDeliberate() {
    seed();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    enter();
    int asked = 0;
    f.page()->setLeaveConfirmation([&asked](QWidget*) {
        ++asked;
        return false;
    });
    // Unticking the menu item, the shortcut and the banner's button all ask; "no" stays.
    QAction* action = f.page()->passLaptopAction();
    action->trigger();
    QTest::keyClick(f.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::mouseClick(f.page()->passLaptopBanner()->leaveButton(), Qt::LeftButton);
    QCOMPARE(asked, 3);
    QVERIFY(f.page()->passTheLaptop()->isOn());
    QVERIFY(action->isChecked());
    QVERIFY(f.page()->passLaptopBanner()->isVisible());
    QVERIFY(!consoleText(f.window.get()).contains(Notes));
    // Keys that are not the way out change nothing.
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QVERIFY(f.page()->passTheLaptop()->isOn());

    f.page()->setLeaveConfirmation([&asked](QWidget*) {
        ++asked;
        return true;
    });
    QTest::mouseClick(f.page()->passLaptopBanner()->leaveButton(), Qt::LeftButton);
    QCOMPARE(asked, 4);
    QVERIFY(!f.page()->passTheLaptop()->isOn());
    QVERIFY(!action->isChecked());
    QVERIFY(consoleText(f.window.get()).contains(Notes));
}

void TestPassTheLaptop::everyStageShowsOnlyWhatIsTheirs() {
    seed();
    const QList<Participant> people = f.people();
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    QVERIFY(!questions.isEmpty() && !questions.first().note.isEmpty());
    const QString roomSaid = QStringLiteral("ROOM SAID: Malik fears the pricing page");
    QVERIFY(f.store().setQuestionNote(f.id, questions.first().key, roomSaid));
    // The vote is open: the third card leads with three dots.
    QVERIFY(f.store().setVote({people.at(0).id, m_cardIds.at(2), 2}));
    QVERIFY(f.store().setVote({people.at(1).id, m_cardIds.at(2), 1}));
    QVERIFY(f.store().setVote({people.at(1).id, m_cardIds.at(0), 1}));
    const QStringList tallies{QStringLiteral("So far"),          QStringLiteral("dots left"),
                              QStringLiteral("3 dots"),          QStringLiteral("most dots"),
                              QStringLiteral("vote still open"), QStringLiteral("2 yes"),
                              QStringLiteral("Total ")};
    const auto nothingPrivate = [&](const QString& where, const QStringList& cards) {
        const QString shown = everything(f.window.get());
        QVERIFY2(!shown.contains(Notes), qPrintable(where));
        QVERIFY2(!shown.contains(roomSaid), qPrintable(where));
        QVERIFY2(!shown.contains(questions.first().note), qPrintable(where));
        for (const QString& tally : tallies)
            QVERIFY2(!shown.contains(tally), qPrintable(where + QStringLiteral(": ") + tally));
        for (const QString& card : cards)
            QVERIFY2(!shown.contains(card), qPrintable(where + QStringLiteral(": ") + card));
    };

    // The facilitator, before: the opening's guide and notes are on the console.
    f.runner()->goTo(QStringLiteral("game"));
    f.runner()->goTo(QStringLiteral("opening"));
    QString shown = everything(f.window.get());
    QVERIFY(shown.contains(roomSaid) && shown.contains(questions.first().note));

    enter();
    f.runner()->goTo(QStringLiteral("opening"));
    nothingPrivate(QStringLiteral("opening"), {});
    // Before the reveal, no stage but the silent brainstorm (one writer at a time) shows a card.
    for (const char* stage : {"draft.pairs", "draft.score", "draft.decide", "draft.converge"}) {
        f.runner()->goTo(QLatin1String(stage));
        nothingPrivate(QLatin1String(stage), m_cards);
        QVERIFY(f.page()->stagePage()->objectName() == QStringLiteral("privacyNote"));
    }
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    for (int writer = 0; writer < people.size(); ++writer) {
        silent->turnBox()->setCurrentIndex(writer);
        emit silent->turnBox()->activated(writer);
        QStringList others = m_cards;
        others.removeAt(writer);
        nothingPrivate(QStringLiteral("silent, writer %1").arg(writer), others);
        QVERIFY(everything(f.window.get()).contains(cardOf(writer)));
    }

    // Revealed, scored person by person: the cards are the room's now; dots, answers, counts
    // and leaders are still nobody's business but their owner's.
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    auto w = f.store().workshop(f.id);
    w->checklistPerPerson = true;
    QVERIFY(f.store().updateWorkshop(*w));
    QVERIFY(f.store().setChecklistScore(
        {m_cardIds.at(0), QStringLiteral("value"), people.at(0).id, ChecklistAnswer::Yes}));
    QVERIFY(f.store().setChecklistScore(
        {m_cardIds.at(0), QStringLiteral("value"), people.at(1).id, ChecklistAnswer::Yes}));
    for (const char* stage : {"draft.pairs", "draft.score", "draft.decide", "draft.converge"}) {
        f.runner()->goTo(QLatin1String(stage));
        QVERIFY(f.page()->stagePage()->objectName() != QStringLiteral("privacyNote"));
        nothingPrivate(QLatin1String(stage), {});
    }
    auto* decide = f.goTo<DecidePage>(QStringLiteral("draft.decide"));
    QVERIFY(decide);
    decide->tabs()->setCurrentWidget(decide->votePanel());
    for (const Participant& p : people) {
        decide->votePanel()->selectPerson(p.id);
        nothingPrivate(QStringLiteral("vote, ") + p.name, {});
    }
    auto* score = f.goTo<ScorePage>(QStringLiteral("draft.score"));
    QVERIFY(score);
    for (int i = 0; i < score->personBox()->count(); ++i) {
        score->personBox()->setCurrentIndex(i);
        nothingPrivate(QStringLiteral("score, person %1").arg(i), {});
    }

    // Leaving brings the facilitator's view back, tallies and notes with it.
    f.page()->setLeaveConfirmation([](QWidget*) { return true; });
    QVERIFY(f.page()->leavePassTheLaptop());
    f.runner()->goTo(QStringLiteral("draft.converge"));
    QVERIFY(everything(f.window.get()).contains(QStringLiteral("3 dots")));
    f.runner()->goTo(QStringLiteral("opening"));
    QVERIFY(everything(f.window.get()).contains(roomSaid));
}

QTEST_MAIN(TestPassTheLaptop)
#include "TestPassTheLaptop.moc"
