// Every kind of edit on every stage, through the real main window: Ctrl+Z takes it back, and
// Ctrl+Y and Ctrl+Shift+Z put it back again, as the store says after each key. A write that
// fails leaves no step to undo and says so in the notice bar. The projector outliving the
// workshop's session is harmless.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/Candidate.h"
#include "domain/Game.h"
#include "domain/Input.h"
#include "domain/WarmUpGroup.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/converge/ConvergeChoiceCard.h"
#include "stages/draft/converge/ConvergeFollowUpsCard.h"
#include "stages/draft/converge/ConvergeInputsCard.h"
#include "stages/draft/converge/ConvergePage.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DotVotePanel.h"
#include "stages/draft/decide/MatrixPanel.h"
#include "stages/draft/pairs/PairsPage.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"
#include "stages/game/GamePage.h"
#include "stages/goodbad/GoodBadPage.h"
#include "stages/opening/OpeningPage.h"
#include "stages/warmup/WarmUpGroupCard.h"
#include "stages/warmup/WarmUpPage.h"
#include "widgets/NoticeBar.h"
#include "widgets/ScriptPanel.h"
#include "widgets/StageRail.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

class TestUndoEverywhere : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void openingAndNotes();
    void game();
    void goodBad();
    void warmUp();
    void silentBrainstorm();
    void pairsAndScore();
    void decide();
    void converge();
    void plan();
    void aFailedWriteLeavesNoStepAndSaysSo();
    void masksAndTurnSurviveReopening();
    void projectorOutlivesTheSession();

private:
    template <typename Page> Page* goTo(const QString& key) {
        runner()->goTo(key);
        return qobject_cast<Page*>(page()->stagePage());
    }
    WorkshopPage* page() const { return m_window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }
    WorkshopStore& store() const { return m_library->store(); }
    QUndoStack& undoStack() const { return m_window->session()->undoStack(); }
    // Presses a key as the facilitator would, with the focus on the agenda rail (no text
    // field that could keep the key for itself).
    void press(const QKeySequence& key);
    // Does `edit`, then checks that Ctrl+Z, Ctrl+Y, Ctrl+Z and Ctrl+Shift+Z take the store
    // from what `read` said before to what it says after, and back, one step at a time.
    void check(const char* what, const std::function<void()>& edit,
               const std::function<QString()>& read);
    void failWrites(bool fail);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestUndoEverywhere::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Undo everywhere"), 4);
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(m_id);
    QVERIFY(runner());
    QVERIFY(m_window->session());
}

void TestUndoEverywhere::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestUndoEverywhere::press(const QKeySequence& key) {
    // After a dialog the window manager gives the main window back its focus; offscreen
    // there is none, so do it here.
    QApplication::setActiveWindow(m_window.get());
    page()->rail()->tree()->setFocus();
    const QKeyCombination combination = key[0];
    QTest::keyClick(page()->rail()->tree(), combination.key(), combination.keyboardModifiers());
}

void TestUndoEverywhere::check(const char* what, const std::function<void()>& edit,
                               const std::function<QString()>& read) {
    const QString before = read();
    const int steps = undoStack().count();
    edit();
    const QString after = read();
    QVERIFY2(after != before, what);
    if (undoStack().count() != steps + 1)
        for (int i = 0; i < undoStack().count(); ++i)
            qWarning("step %d: %s", i, qPrintable(undoStack().text(i)));
    QVERIFY2(undoStack().count() == steps + 1, what);
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY2(
        read() == before,
        qPrintable(
            QStringLiteral("%1: undo gave %2, not %3").arg(QLatin1String(what), read(), before)));
    press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QVERIFY2(
        read() == after,
        qPrintable(
            QStringLiteral("%1: Ctrl+Y gave %2, not %3").arg(QLatin1String(what), read(), after)));
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY2(read() == before, what);
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY2(read() == after, qPrintable(QStringLiteral("%1: Ctrl+Shift+Z gave %2, not %3")
                                             .arg(QLatin1String(what), read(), after)));
}

void TestUndoEverywhere::failWrites(bool fail) {
    QSqlQuery q(m_library->database().connection());
    QVERIFY(q.exec(fail ? QStringLiteral("PRAGMA query_only = ON")
                        : QStringLiteral("PRAGMA query_only = OFF")));
}

void TestUndoEverywhere::openingAndNotes() {
    auto* opening = goTo<OpeningPage>(QStringLiteral("opening"));
    QVERIFY(opening);
    check(
        "opening question notes",
        [&] {
            opening->notesEditor()->setFocus();
            QTest::keyClicks(opening->notesEditor(), QStringLiteral("Growth stalled"));
        },
        [&] { return QStringList(store().questionNotes(m_id).values()).join(u'|'); });
    // The editor follows the store through undo and redo.
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(opening->notesEditor()->toPlainText(), QString());
    press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(opening->notesEditor()->toPlainText(), QStringLiteral("Growth stalled"));
    // Ctrl+Z typed in the notes is the workshop's undo, not the field's.
    opening->notesEditor()->setFocus();
    QTest::keyClick(opening->notesEditor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(QStringList(store().questionNotes(m_id).values()).join(u'|'), QString());
    QTest::keyClick(opening->notesEditor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QStringList(store().questionNotes(m_id).values()).join(u'|'),
             QStringLiteral("Growth stalled"));

    ScriptPanel* script = page()->scriptPanel();
    QVERIFY(script);
    check(
        "the facilitator's notes",
        [&] {
            script->notesEditor()->setFocus();
            QTest::keyClicks(script->notesEditor(), QStringLiteral("Ask the CFO"));
        },
        [&] { return store().stageState(m_id, QStringLiteral("opening")).notes; });
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(script->notesEditor()->toPlainText(), QString());
}

void TestUndoEverywhere::game() {
    auto* game = goTo<GamePage>(QStringLiteral("game"));
    QVERIFY(game);
    auto chosen = [&] { return gameKey(store().workshop(m_id)->game); };
    check(
        "choose the game", [&] { game->choiceButton(Game::Transaction)->click(); }, chosen);
    // The page follows: the radio button of the game undone is no longer ticked.
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!game->choiceButton(Game::Transaction)->isChecked());
    press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QVERIFY(game->choiceButton(Game::Transaction)->isChecked());

    auto* hands = game->findChild<QSpinBox*>(QStringLiteral("hands_attention"));
    QVERIFY(hands);
    check(
        "count hands", [&] { hands->setValue(7); },
        [&] { return QString::number(store().gameTally(m_id).value(Game::Attention)); });
    QCOMPARE(hands->value(), 7);
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(hands->value(), 0);
    press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(hands->value(), 7);

    auto* rationale = game->findChild<QPlainTextEdit*>(QStringLiteral("gameRationale"));
    QVERIFY(rationale);
    check(
        "why this game",
        [&] {
            rationale->setFocus();
            QTest::keyClicks(rationale, QStringLiteral("We win when they buy"));
        },
        [&] { return store().workshop(m_id)->gameRationale; });
    auto* exchange = game->findChild<QLineEdit*>(QStringLiteral("valueExchange"));
    QVERIFY(exchange);
    check(
        "the moment of value exchange",
        [&] {
            exchange->setFocus();
            QTest::keyClicks(exchange, QStringLiteral("Checkout"));
        },
        [&] { return store().workshop(m_id)->valueExchange; });
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(exchange->text(), QString());
}

void TestUndoEverywhere::goodBad() {
    auto* goodBad = goTo<GoodBadPage>(QStringLiteral("goodbad"));
    QVERIFY(goodBad);
    auto antiExamples = [&] {
        QStringList names;
        for (const Candidate& c : store().candidates(m_id))
            if (c.kind == CandidateKind::AntiExample)
                names << c.name + u'/' + c.breaksCriterion;
        return names.join(u'|');
    };
    check(
        "add a terrible North Star",
        [&] {
            goodBad->entry()->setFocus();
            QTest::keyClicks(goodBad->entry(), QStringLiteral("Page views"));
            QTest::keyClick(goodBad->entry(), Qt::Key_Return);
        },
        antiExamples);
    auto anti = [&] {
        for (const Candidate& c : store().candidates(m_id))
            if (c.kind == CandidateKind::AntiExample)
                return c.id;
        return qint64(0);
    };
    QVERIFY(anti());
    QLineEdit* name = goodBad->nameEdit(anti());
    QVERIFY(name);
    check(
        "rename a terrible North Star",
        [&] {
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Hits"));
            QTest::keyClick(name, Qt::Key_Return);
        },
        antiExamples);
    QComboBox* criterion = goodBad->criterionBox(anti());
    QVERIFY(criterion);
    check(
        "say which rule it breaks",
        [&] {
            criterion->setCurrentIndex(criterion->count() - 1);
            emit criterion->activated(criterion->count() - 1);
        },
        antiExamples);
    QAbstractButton* remove = goodBad->removeButton(anti());
    QVERIFY(remove);
    check(
        "remove a terrible North Star", [&] { remove->click(); }, antiExamples);
}

void TestUndoEverywhere::warmUp() {
    auto* warmUp = goTo<WarmUpPage>(QStringLiteral("warmup"));
    QVERIFY(warmUp);
    auto groups = [&] {
        QStringList names;
        for (const WarmUpGroup& g : store().warmUpGroups(m_id)) {
            QStringList members;
            for (qint64 m : g.members)
                members << QString::number(m);
            names << g.name + u'/' + gameKey(g.game) + u'/' + members.join(u',');
        }
        return names.join(u'|');
    };
    QCOMPARE(store().warmUpGroups(m_id).size(), 2); // made when the room got here, no step
    QCOMPARE(undoStack().count(), 0);
    check(
        "add a group", [&] { warmUp->addGroupButton()->click(); }, groups);
    WarmUpGroupCard* card = warmUp->groupCards().value(0);
    QVERIFY(card);
    check(
        "rename a group",
        [&] {
            card->nameEdit()->setFocus();
            card->nameEdit()->selectAll();
            QTest::keyClicks(card->nameEdit(), QStringLiteral("Owls"));
        },
        groups);
    card = warmUp->groupCards().value(0);
    check(
        "a group's game",
        [&] {
            const int index = card->gameBox()->findData(gameKey(Game::Attention));
            card->gameBox()->setCurrentIndex(index);
            emit card->gameBox()->activated(index);
        },
        groups);
    // Moving a person to another group: one step, both groups at once.
    const Participant first = store().participants(m_id).value(0);
    check(
        "move a person to another group",
        [&] {
            QComboBox* box = nullptr;
            for (QComboBox* b : warmUp->findChildren<QComboBox*>())
                if (b->accessibleName() == QStringLiteral("%1's group").arg(first.name))
                    box = b;
            QVERIFY(box);
            const int index = box->findData(store().warmUpGroups(m_id).value(1).id);
            QVERIFY(index >= 0 && index != box->currentIndex());
            box->setCurrentIndex(index);
            emit box->activated(index);
        },
        groups);
    card = warmUp->groupCards().value(0);
    auto worksheet = [&] {
        const qint64 candidateId = store().warmUpGroups(m_id).value(0).candidateId;
        const auto c = candidateId ? store().candidate(candidateId) : std::nullopt;
        QStringList inputs;
        if (c)
            for (const Input& input : store().inputs(c->id))
                inputs << input.name;
        // A worksheet with nothing in it reads as no worksheet: making it is not a step.
        if (!c || (c->name.isEmpty() && c->definition.isEmpty() && inputs.isEmpty()))
            return QString();
        return c->name + u'/' + c->definition + u'/' + inputs.join(u',');
    };
    check(
        "the group's North Star",
        [&] {
            card->metricNameEdit()->setFocus();
            QTest::keyClicks(card->metricNameEdit(), QStringLiteral("Weekly riders"));
        },
        worksheet);
    card = warmUp->groupCards().value(0);
    check(
        "add an input", [&] { card->addInputButton()->click(); },
        [&] {
            return QString::number(
                store().inputs(store().warmUpGroups(m_id).value(0).candidateId).size());
        });
}

void TestUndoEverywhere::silentBrainstorm() {
    auto* silent = goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    auto cards = [&] {
        QStringList names;
        for (const Candidate& c : store().candidates(m_id))
            if (c.kind == CandidateKind::Own)
                names << QString::number(c.id) + u':' + c.name;
        return names.join(u'|');
    };
    check(
        "add a card", [&] { silent->addCard(); }, cards);
    const qint64 person = silent->currentPerson();
    qint64 card = 0;
    for (const Candidate& c : store().candidates(m_id))
        if (c.kind == CandidateKind::Own)
            card = c.id;
    QVERIFY(card);
    DraftCardEditor* editor = silent->column(person)->editor(card);
    QVERIFY(editor);
    check(
        "type a card",
        [&] {
            editor->nameEdit()->setFocus();
            QTest::keyClicks(editor->nameEdit(), QStringLiteral("Weekly cooks"));
        },
        cards);
    check(
        "reveal the cards", [&] { silent->toggleReveal(); },
        [&] {
            return store().stageState(m_id, QStringLiteral("draft.silent")).revealed
                       ? QStringLiteral("revealed")
                       : QStringLiteral("hidden");
        });
}

void TestUndoEverywhere::pairsAndScore() {
    auto* pairs = goTo<PairsPage>(QStringLiteral("draft.pairs"));
    QVERIFY(pairs);
    pairs->setSeedSource([] { return quint64(7); });
    check(
        "draw the pairs", [&] { pairs->draw(); },
        [&] { return QString::number(store().pairGroups(m_id).size()); });
    store().addCandidate(makeCandidate(m_id, QStringLiteral("Orders a week")));
    auto* score = goTo<ScorePage>(QStringLiteral("draft.score"));
    QVERIFY(score);
    const qint64 candidate = score->currentCandidateId();
    QVERIFY(candidate);
    check(
        "set a candidate aside",
        [&] {
            score->reasonEdit()->setText(QStringLiteral("Vanity"));
            score->eliminateCurrent();
        },
        [&] {
            const auto c = store().candidate(candidate);
            return c ? c->eliminationReason : QString();
        });
}

void TestUndoEverywhere::decide() {
    const qint64 a = *store().addCandidate(makeCandidate(m_id, QStringLiteral("Orders a week")));
    store().addCandidate(makeCandidate(m_id, QStringLiteral("Meals cooked")));
    QVERIFY(store().setStageRevealed(m_id, QStringLiteral("draft.silent"), true));
    auto* decide = goTo<DecidePage>(QStringLiteral("draft.decide"));
    QVERIFY(decide);
    MatrixPanel* matrix = decide->matrixPanel();
    const auto criteria = [&] {
        QStringList names;
        for (const MatrixCriterion& c : store().matrixCriteria(m_id))
            names << c.name + u'/' + QString::number(c.weight);
        return names.join(u',');
    };
    check(
        "use the checklist as the matrix", [&] { matrix->checklistButton()->click(); }, criteria);
    check(
        "add a criterion", [&] { matrix->addCriterionButton()->click(); }, criteria);
    const qint64 first = matrix->criterionIds().first();
    check(
        "weigh a criterion",
        [&] {
            QSpinBox* weight = matrix->weightBox(first);
            weight->setValue(weight->value() == 5 ? 4 : 5);
        },
        criteria);
    DotVotePanel* vote = decide->votePanel();
    vote->selectPerson(store().participants(m_id).first().id);
    vote->selectCandidate(a);
    const auto dots = [&] {
        int total = 0;
        for (const Vote& v : store().votes(m_id))
            total += v.dots;
        return QString::number(total);
    };
    check(
        "place a dot", [&] { vote->addDot(); }, dots);
    check(
        "close the vote", [&] { vote->toggleClosed(); },
        [&] {
            return store().stageState(m_id, QStringLiteral("draft.decide")).revealed
                       ? QStringLiteral("closed")
                       : QStringLiteral("open");
        });
}

void TestUndoEverywhere::converge() {
    const qint64 a = *store().addCandidate(makeCandidate(m_id, QStringLiteral("Orders a week")));
    auto* converge = goTo<ConvergePage>(QStringLiteral("draft.converge"));
    QVERIFY(converge);
    QVERIFY(converge->choice()->chooseButton(a));
    check(
        "choose the North Star", [&] { converge->choice()->chooseButton(a)->click(); },
        [&] { return QString::number(store().workshop(m_id)->northStarId); });
    check(
        "add an input", [&] { converge->inputs()->addButton()->click(); },
        [&] { return QString::number(store().inputs(a).size()); });
    check(
        "add a next step",
        [&] { converge->followUps()->addButton(FollowUpKind::NextStep)->click(); },
        [&] { return QString::number(store().followUps(m_id).size()); });
}

// The agenda's own edits, from the rail: minutes through its dialog, a discussion block.
void TestUndoEverywhere::plan() {
    StageRail* rail = page()->rail();
    const auto answer = [](const std::function<void(QInputDialog*)>& fill) {
        QTimer::singleShot(0, qApp, [fill] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                fill(dialog);
                dialog->accept();
            }
        });
    };
    check(
        "change a stage's minutes",
        [&] {
            answer([](QInputDialog* dialog) { dialog->setIntValue(23); });
            rail->changeMinutes(QStringLiteral("game"));
        },
        [&] {
            return QString::number(store().stageState(m_id, QStringLiteral("game")).plannedMinutes);
        });
    check(
        "add a discussion block",
        [&] {
            answer([](QInputDialog* dialog) {
                dialog->setTextValue(QStringLiteral("What did the pilot teach us?"));
            });
            rail->addDiscussionAfter(QStringLiteral("game"));
        },
        [&] {
            QStringList titles;
            for (const CustomStage& c : store().customStages(m_id))
                titles << c.title;
            return titles.join(u',');
        });
}

void TestUndoEverywhere::aFailedWriteLeavesNoStepAndSaysSo() {
    auto* game = goTo<GamePage>(QStringLiteral("game"));
    QVERIFY(game);
    game->choiceButton(Game::Attention)->click();
    QCOMPARE(undoStack().count(), 1);
    const QString undoText = undoStack().undoText();
    NoticeBar* notice = m_window->noticeBar();
    notice->hide();
    failWrites(true);
    game->choiceButton(Game::Productivity)->click();
    failWrites(false);
    QCOMPARE(store().workshop(m_id)->game, Game::Attention);
    QVERIFY(game->choiceButton(Game::Attention)->isChecked()); // the page shows what is saved
    QCOMPARE(undoStack().count(), 1);                          // no phantom step
    QCOMPARE(undoStack().undoText(), undoText);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("undo")), qPrintable(notice->text()));
    if (const QString shots = qEnvironmentVariable("LODESTAR_SHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/console-failed-edit.png"));
    // Ctrl+Z undoes the step before, the one that was saved.
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(store().workshop(m_id)->game, Game::Undecided);
    // An undo that cannot be written is dropped too.
    press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(store().workshop(m_id)->game, Game::Attention);
    notice->hide();
    failWrites(true);
    press(QKeySequence(Qt::CTRL | Qt::Key_Z));
    failWrites(false);
    QCOMPARE(store().workshop(m_id)->game, Game::Attention);
    QCOMPARE(undoStack().count(), 0);
    QVERIFY(!undoStack().canUndo() && !undoStack().canRedo());
    QVERIFY(notice->isVisible());
}

void TestUndoEverywhere::masksAndTurnSurviveReopening() {
    auto* silent = goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    const QList<Participant> people = store().participants(m_id);
    silent->setCurrentPerson(people.at(2).id);
    silent->setMasked(true);
    silent->addCard();
    QCOMPARE(undoStack().count(), 1);
    m_window->showLibrary();
    QVERIFY(!m_window->session());
    m_window->openWorkshop(m_id);
    silent = goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    QCOMPARE(silent->currentPerson(), people.at(2).id);
    QVERIFY(silent->maskButton()->isChecked());
    QCOMPARE(undoStack().count(), 1); // and Ctrl+Z still takes back the card
    // Another window (another run) starts afresh.
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->openWorkshop(m_id);
    silent = goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    QVERIFY(!silent->maskButton()->isChecked());
    QCOMPARE(undoStack().count(), 0);
}

void TestUndoEverywhere::projectorOutlivesTheSession() {
    goTo<SilentPage>(QStringLiteral("draft.silent"));
    m_window->present();
    QPointer<AudienceWindow> projector = m_window->audienceWindow();
    QVERIFY(projector);
    QVERIFY(projector->findChild<QWidget*>(QStringLiteral("silentView")));
    QCOMPARE(projector->session(), m_window->session());
    projector->setBlank(true);
    QVERIFY(m_window->session()->projector().blank);
    projector->setBlank(false);
    // Closing the workshop ends presenting; the window goes later (deleteLater) and lets go of
    // the session at once.
    m_window->showLibrary();
    if (projector) {
        QVERIFY(!projector->session());
        // The stage view, which read the session's runner and store, went with it; a change
        // in the library reaches nothing of the old session.
        QVERIFY(!projector->findChild<QWidget*>(QStringLiteral("silentView")));
        store().addCandidate(makeCandidate(m_id, QStringLiteral("After closing")));
        store().setStageRevealed(m_id, QStringLiteral("draft.silent"), true);
        projector->update();
        projector->resize(800, 600); // re-lays out without the session
        projector->setBlank(true);
    }
    QTRY_VERIFY(!projector);
    // A projector made by hand and kept after its session closes, too.
    m_window->openWorkshop(m_id);
    auto* kept = new AudienceWindow(*m_window->session());
    kept->show();
    m_window->showLibrary();
    QVERIFY(!kept->session());
    QVERIFY(!kept->findChild<QWidget*>(QStringLiteral("silentView")));
    store().setStageRevealed(m_id, QStringLiteral("draft.silent"), false);
    kept->resize(640, 360);
    QTest::qWait(1);
    delete kept;
}

QTEST_MAIN(TestUndoEverywhere)
#include "TestUndoEverywhere.moc"
