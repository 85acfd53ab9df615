// The open workshop's session: it owns the runner and the undo history, every edit pushed
// through it can be undone and redone, a write that fails leaves no step behind and is
// reported, and what the console remembers survives closing and reopening the workshop.
#include "TestLibrary.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/Candidate.h"
#include "session/AgendaEdits.h"
#include "session/SessionMemory.h"
#include "session/TeachingEdits.h"
#include "session/WorkshopSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

class TestWorkshopSession : public QObject {
    Q_OBJECT

private slots:
    void ownsTheRunnerAndTheHistory();
    void editsUndoAndRedo();
    void aFailedEditLeavesNoStep();
    void aFailedUndoLeavesNoStep();
    void aFailedEditDoesNotMergeIntoTheStepBefore();
    void historyAndConsoleSurviveAReopen();
    void closingSavesTheTimerAndSaysSoFirst();
    void projectorStateIsAnnouncedOnce();
    void projectorShowsOneLayerAtATime();
    void agendaEditsUndoAcrossAReopen();
    void clearingTheMemoryClearsOpenHistories();
    void undoingAGroupEditKeepsItsWorksheet();

private:
    static void failWrites(TestLibrary& library, bool fail) {
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(fail ? QStringLiteral("PRAGMA query_only = ON")
                            : QStringLiteral("PRAGMA query_only = OFF")));
    }
    static int hands(TestLibrary& library, qint64 id, Game game) {
        return library.store().gameTally(id).value(game);
    }

    ManualClock m_clock;
};

void TestWorkshopSession::ownsTheRunnerAndTheHistory() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QCOMPARE(session.workshopId(), id);
    QCOMPARE(session.runner().workshopId(), id);
    QCOMPARE(session.runner().current().key, QStringLiteral("opening"));
    QCOMPARE(session.undoStack().count(), 0);
    QCOMPARE(session.console().silentTurn, 0);
    QVERIFY(!session.console().silentMasked);
    QVERIFY(!session.push(nullptr)); // nothing to do is no step
    QCOMPARE(session.undoStack().count(), 0);
}

void TestWorkshopSession::editsUndoAndRedo() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QSignalSpy failed(&session, &WorkshopSession::editFailed);
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 4)));
    QCOMPARE(hands(library, id, Game::Attention), 4);
    // More clicks on the same spin box are one step.
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 5)));
    QCOMPARE(session.undoStack().count(), 1);
    QVERIFY(session.push(TeachingEdits::setQuestionNote(library.store(), id, QStringLiteral("who"),
                                                        QStringLiteral("Product leads"), {})));
    QCOMPARE(session.undoStack().count(), 2);
    session.undoStack().undo();
    QCOMPARE(library.store().questionNotes(id).value(QStringLiteral("who")), QString());
    session.undoStack().undo();
    QCOMPARE(hands(library, id, Game::Attention), 0);
    session.undoStack().redo();
    QCOMPARE(hands(library, id, Game::Attention), 5);
    session.undoStack().redo();
    QCOMPARE(library.store().questionNotes(id).value(QStringLiteral("who")),
             QStringLiteral("Product leads"));
    QCOMPARE(failed.count(), 0);
}

void TestWorkshopSession::aFailedEditLeavesNoStep() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QSignalSpy failed(&session, &WorkshopSession::editFailed);
    failWrites(library, true);
    QVERIFY(!session.push(TeachingEdits::setGameHands(library.store(), id, Game::Transaction, 3)));
    QCOMPARE(session.undoStack().count(), 0); // no phantom step
    QVERIFY(!session.undoStack().canUndo());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("Count the hands raised")),
             qPrintable(failed.at(0).at(0).toString()));
    failWrites(library, false);
    QCOMPARE(hands(library, id, Game::Transaction), 0);
    // The session goes on: the next edit is kept as usual.
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Transaction, 3)));
    QCOMPARE(session.undoStack().count(), 1);
}

void TestWorkshopSession::aFailedUndoLeavesNoStep() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QSignalSpy failed(&session, &WorkshopSession::editFailed);
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 2)));
    QVERIFY(session.push(TeachingEdits::setQuestionNote(library.store(), id, QStringLiteral("who"),
                                                        QStringLiteral("Everyone"), {})));
    failWrites(library, true);
    session.undoStack().undo(); // cannot be written: the step goes, it does not linger
    QCOMPARE(failed.count(), 1);
    QCOMPARE(session.undoStack().count(), 1);
    QCOMPARE(session.undoStack().index(), 1);
    QVERIFY(!session.undoStack().canRedo());
    failWrites(library, false);
    QCOMPARE(library.store().questionNotes(id).value(QStringLiteral("who")),
             QStringLiteral("Everyone"));
    session.undoStack().undo(); // the step before still works
    QCOMPARE(hands(library, id, Game::Attention), 0);
}

void TestWorkshopSession::aFailedEditDoesNotMergeIntoTheStepBefore() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 3)));
    failWrites(library, true);
    QVERIFY(!session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 4)));
    failWrites(library, false);
    QCOMPARE(session.undoStack().count(), 1);
    session.undoStack().redo(); // nothing to redo: the failed value is nowhere
    QCOMPARE(hands(library, id, Game::Attention), 3);
    session.undoStack().undo();
    QCOMPARE(hands(library, id, Game::Attention), 0);
    session.undoStack().redo();
    QCOMPARE(hands(library, id, Game::Attention), 3);
}

void TestWorkshopSession::historyAndConsoleSurviveAReopen() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    const qint64 other = library.addWorkshop(QStringLiteral("Other"));
    SessionMemory memory;
    {
        WorkshopSession session(library.store(), m_clock, id, &memory);
        QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 6)));
        session.console().silentMasked = true;
        session.console().silentTurn = 42;
    }
    QVERIFY(memory.remembers(id));
    {
        WorkshopSession session(library.store(), m_clock, other, &memory);
        QCOMPARE(session.undoStack().count(), 0); // each workshop its own
        QVERIFY(!session.console().silentMasked);
    }
    WorkshopSession reopened(library.store(), m_clock, id, &memory);
    QVERIFY(reopened.console().silentMasked);
    QCOMPARE(reopened.console().silentTurn, 42);
    QCOMPARE(reopened.undoStack().count(), 1);
    reopened.undoStack().undo();
    QCOMPARE(hands(library, id, Game::Attention), 0);
    // Without a memory, nothing outlives the session.
    WorkshopSession forgetful(library.store(), m_clock, other);
    QCOMPARE(forgetful.undoStack().count(), 0);
}

void TestWorkshopSession::closingSavesTheTimerAndSaysSoFirst() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    auto session = std::make_unique<WorkshopSession>(library.store(), m_clock, id);
    session->runner().startTimer();
    m_clock.advance(4'000);
    bool runnerAliveAtClosing = false;
    WorkshopSession* closing = session.get();
    connect(closing, &WorkshopSession::closing, this, [&] {
        runnerAliveAtClosing = closing->runner().workshopId() == id &&
                               closing->undoStack().count() == 0 &&
                               closing->runner().countdown().isRunning();
    });
    session.reset();
    QVERIFY(runnerAliveAtClosing);
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).elapsedMs, 4'000);
}

void TestWorkshopSession::projectorStateIsAnnouncedOnce() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QSignalSpy changed(&session, &WorkshopSession::projectorChanged);
    session.setProjector({true, false, false});
    session.setProjector({true, false, false});
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.projector().blank);
    session.setProjector({});
    QCOMPARE(changed.count(), 2);
    QVERIFY(!session.projector().blank);
}

// The projector lays one thing at a time over the stage: showing one takes the place of any
// other, hiding one that is not showing changes nothing.
void TestWorkshopSession::projectorShowsOneLayerAtATime() {
    using Layer = WorkshopSession::Layer;
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(library.store(), m_clock, id);
    QSignalSpy changed(&session, &WorkshopSession::projectorChanged);
    QCOMPARE(session.projector().layer(), Layer::Stage);
    session.showOnProjector(Layer::Blank, true);
    QCOMPARE(session.projector(), (WorkshopSession::Projector{true, false, false, false}));
    session.showOnProjector(Layer::Join, true);
    QCOMPARE(session.projector(), (WorkshopSession::Projector{false, false, false, true}));
    QCOMPARE(session.projector().layer(), Layer::Join);
    session.showOnProjector(Layer::Examples, false); // not showing: nothing changes
    QCOMPARE(session.projector().layer(), Layer::Join);
    QCOMPARE(changed.count(), 2);
    session.showOnProjector(Layer::Checklist, true);
    session.showOnProjector(Layer::Checklist, false);
    QCOMPARE(session.projector(), WorkshopSession::Projector{});
    QCOMPARE(changed.count(), 4);
}

void TestWorkshopSession::agendaEditsUndoAcrossAReopen() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopStore& store = library.store();
    SessionMemory memory;
    int stages = 0;
    {
        WorkshopSession session(store, m_clock, id, &memory);
        stages = int(session.runner().stages().size());
        QVERIFY(session.push(AgendaEdits::setNotes(store, id, QStringLiteral("game"),
                                                   QStringLiteral("ask the CFO"), {})));
        QVERIFY(session.push(AgendaEdits::setPlannedMinutes(store, id, QStringLiteral("game"), 25,
                                                            QStringLiteral("Game"))));
        QVERIFY(
            session.push(AgendaEdits::setSkipped(store, id, {QStringLiteral("goodbad")}, true)));
        QVERIFY(session.push(AgendaEdits::addDiscussionBlock(store, id, QStringLiteral("Pricing"),
                                                             QStringLiteral("game"), 10)));
        QCOMPARE(session.runner().stages().size(), stages + 1); // the runner follows the store
        session.undoStack().undo();
        QCOMPARE(session.runner().stages().size(), stages);
        session.undoStack().redo();
        QCOMPARE(session.runner().stages().size(), stages + 1);
    }
    // The runner that made them is gone; the history still undoes them.
    WorkshopSession session(store, m_clock, id, &memory);
    QCOMPARE(session.undoStack().count(), 4);
    session.undoStack().undo();
    QCOMPARE(session.runner().stages().size(), stages);
    session.undoStack().undo();
    QVERIFY(!store.stageState(id, QStringLiteral("goodbad")).skipped);
    session.undoStack().undo();
    QCOMPARE(store.stageState(id, QStringLiteral("game")).plannedMinutes, -1);
    session.undoStack().undo();
    QCOMPARE(store.stageState(id, QStringLiteral("game")).notes, QString());
    session.undoStack().redo();
    QCOMPARE(store.stageState(id, QStringLiteral("game")).notes, QStringLiteral("ask the CFO"));
    session.undoStack().redo();
    QCOMPARE(store.stageState(id, QStringLiteral("game")).plannedMinutes, 25);
}

void TestWorkshopSession::clearingTheMemoryClearsOpenHistories() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    const qint64 other = library.addWorkshop(QStringLiteral("Other"));
    SessionMemory memory;
    {
        WorkshopSession closed(library.store(), m_clock, other, &memory);
        QVERIFY(
            closed.push(TeachingEdits::setGameHands(library.store(), other, Game::Attention, 1)));
    }
    WorkshopSession session(library.store(), m_clock, id, &memory);
    QVERIFY(session.push(TeachingEdits::setGameHands(library.store(), id, Game::Attention, 1)));
    memory.clearUndo();
    QCOMPARE(session.undoStack().count(), 0);
    WorkshopSession reopened(library.store(), m_clock, other, &memory);
    QCOMPARE(reopened.undoStack().count(), 0);
}

void TestWorkshopSession::undoingAGroupEditKeepsItsWorksheet() {
    // The console renames a group and moves a person; then a phone of the group writes the
    // worksheet, which links the group to its new North Star. Undoing and redoing the
    // console's edits must leave that link alone.
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Session"));
    WorkshopSession session(store, m_clock, id);
    WarmUpGroup group;
    group.workshopId = id;
    group.name = QStringLiteral("Owls");
    const auto groupId = store.addWarmUpGroup(group);
    QVERIFY(groupId);
    group.id = *groupId;
    const auto find = [&] { return store.warmUpGroups(id).value(0); };
    group = find();
    WarmUpGroup renamed = group;
    renamed.name = QStringLiteral("Night owls 🦉");
    QVERIFY(session.push(
        TeachingEdits::updateWarmUpGroup(store, renamed, QStringLiteral("Rename"), {})));
    WarmUpGroup moved = find();
    moved.game = Game::Transaction;
    QVERIFY(
        session.push(TeachingEdits::updateWarmUpGroups(store, {moved}, QStringLiteral("Game"))));

    Candidate northStar; // what the room does on the phone's first worksheet write
    northStar.workshopId = id;
    northStar.kind = CandidateKind::WarmUp;
    northStar.name = QStringLiteral("Guest nights");
    const auto candidateId = store.addCandidate(northStar);
    QVERIFY(candidateId);
    WarmUpGroup linked = find();
    linked.candidateId = *candidateId;
    QVERIFY(store.updateWarmUpGroup(linked));

    session.undoStack().undo();
    session.undoStack().undo();
    QCOMPARE(find().name, QStringLiteral("Owls"));
    QCOMPARE(find().game, Game::Undecided);
    QCOMPARE(find().candidateId, *candidateId);
    session.undoStack().redo();
    session.undoStack().redo();
    QCOMPARE(find().name, QStringLiteral("Night owls 🦉"));
    QCOMPARE(find().game, Game::Transaction);
    QCOMPARE(find().candidateId, *candidateId);
}

QTEST_GUILESS_MAIN(TestWorkshopSession)
#include "TestWorkshopSession.moc"
