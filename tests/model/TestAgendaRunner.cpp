// The agenda runner: navigation, the plan's changes, and what survives a restart.
#include "TestLibrary.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"

#include <QSignalSpy>
#include <QTest>

class TestAgendaRunner : public QObject {
    Q_OBJECT

private slots:
    void startsAtTheFirstStage();
    void navigatesAndNeverDeletes();
    void skippedStagesAreSteppedOver();
    void goingBackKeepsLaterStagesDone();
    void stageAndTimeSurviveAReopen();
    void savesEverySecondWhileRunning();
    void adjustChangesThePlan();
    void planTotalsAndProjection();
    void customBlocksJoinTheAgenda();
    void previewWritesNothing();
    void chimeSignalOncePerCrossing();

private:
    ManualClock m_clock;
};

void TestAgendaRunner::startsAtTheFirstStage() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    QCOMPARE(runner.current().key, QStringLiteral("opening"));
    QCOMPARE(runner.stages().size(), 10);
    QCOMPARE(runner.stages()[0].state, PlannedStage::State::Current);
    QCOMPARE(runner.stages()[1].state, PlannedStage::State::Upcoming);
    // Merely opening a workshop does not mark it as started.
    QCOMPARE(library.store().workshop(id)->currentStage, QString());
    QCOMPARE(library.store().workshop(id)->status, WorkshopStatus::Planned);
    QCOMPARE(runner.countdown().remainingMs(), 15 * 60'000);
    runner.startTimer();
    QCOMPARE(library.store().workshop(id)->currentStage, QStringLiteral("opening"));
    QCOMPARE(library.store().workshop(id)->status, WorkshopStatus::Running);
}

void TestAgendaRunner::navigatesAndNeverDeletes() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    QVERIFY(runner.setNotes(QStringLiteral("opening"), QStringLiteral("keep me")));
    QVERIFY(runner.next());
    QCOMPARE(runner.current().key, QStringLiteral("game"));
    QCOMPARE(runner.stages()[0].state, PlannedStage::State::Done);
    QVERIFY(runner.goTo(QStringLiteral("draft.pairs")));
    QVERIFY(runner.previous());
    QCOMPARE(runner.current().key, QStringLiteral("draft.silent"));
    QVERIFY(runner.goTo(QStringLiteral("opening")));
    QVERIFY(!runner.previous());
    QCOMPARE(runner.notes(QStringLiteral("opening")), QStringLiteral("keep me"));
    QVERIFY(runner.goTo(QStringLiteral("draft.converge")));
    QVERIFY(!runner.next());
    QVERIFY(!runner.goTo(QStringLiteral("no-such-stage")));
}

void TestAgendaRunner::skippedStagesAreSteppedOver() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    QVERIFY(runner.setSkipped(QStringLiteral("game"), true));
    QVERIFY(runner.setSkipped(QStringLiteral("goodbad"), true));
    QCOMPARE(runner.stages()[1].state, PlannedStage::State::Skipped);
    QVERIFY(runner.next());
    QCOMPARE(runner.current().key, QStringLiteral("structure"));
    QCOMPARE(runner.summary().plannedMinutes, 90);
    QVERIFY(runner.setSkipped(QStringLiteral("game"), false));
    QVERIFY(runner.previous());
    QCOMPARE(runner.current().key, QStringLiteral("game"));
    // A skipped stage can still be visited on purpose.
    QVERIFY(runner.goTo(QStringLiteral("goodbad")));
}

void TestAgendaRunner::goingBackKeepsLaterStagesDone() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    const auto stateOf = [](const AgendaRunner& runner, const QString& key) {
        return runner.stages()[runner.plan().indexOf(key)].state;
    };
    {
        AgendaRunner runner(library.store(), m_clock, id);
        QVERIFY(runner.goTo(QStringLiteral("draft.pairs")));
        runner.startTimer();
        m_clock.advance(30'000);
        runner.pauseTimer();
        QVERIFY(runner.goTo(QStringLiteral("game")));
        QCOMPARE(stateOf(runner, QStringLiteral("opening")), PlannedStage::State::Done);
        QCOMPARE(stateOf(runner, QStringLiteral("game")), PlannedStage::State::Current);
        // The room was further on: what it did there is still done.
        for (const QString& key : {QStringLiteral("goodbad"), QStringLiteral("warmup"),
                                   QStringLiteral("draft.silent"), QStringLiteral("draft.pairs")})
            QCOMPARE(stateOf(runner, key), PlannedStage::State::Done);
        QCOMPARE(stateOf(runner, QStringLiteral("draft.score")), PlannedStage::State::Upcoming);
        // A change of plan rebuilds it; the ticks stay.
        runner.adjustMinutes(+1);
        QCOMPARE(stateOf(runner, QStringLiteral("warmup")), PlannedStage::State::Done);
        QVERIFY(runner.setSkipped(QStringLiteral("structure"), true));
        QCOMPARE(stateOf(runner, QStringLiteral("structure")), PlannedStage::State::Skipped);
    }
    // Reopened at the earlier stage: the time spent further on still marks the way there.
    QVERIFY(library.reopen());
    AgendaRunner reopened(library.store(), m_clock, id);
    QCOMPARE(reopened.current().key, QStringLiteral("game"));
    QCOMPARE(stateOf(reopened, QStringLiteral("draft.silent")), PlannedStage::State::Done);
    QCOMPARE(stateOf(reopened, QStringLiteral("draft.pairs")), PlannedStage::State::Done);
    QCOMPARE(stateOf(reopened, QStringLiteral("draft.score")), PlannedStage::State::Upcoming);
}

void TestAgendaRunner::stageAndTimeSurviveAReopen() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    {
        AgendaRunner runner(library.store(), m_clock, id);
        runner.goTo(QStringLiteral("warmup"));
        runner.startTimer();
        m_clock.advance(4 * 60'000 + 30'500);
        runner.tick();
        // The process dies here: no pause, no clean shutdown.
    }
    QVERIFY(library.reopen());
    AgendaRunner reopened(library.store(), m_clock, id);
    QCOMPARE(reopened.current().key, QStringLiteral("warmup"));
    QVERIFY(!reopened.countdown().isRunning());
    const qint64 remaining = reopened.countdown().remainingMs();
    QVERIFY2(remaining >= 15 * 60'000 - 4 * 60'000 - 30'500 &&
                 remaining <= 15 * 60'000 - 4 * 60'000 - 29'500,
             qPrintable(QString::number(remaining)));
}

void TestAgendaRunner::savesEverySecondWhileRunning() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    runner.startTimer();
    for (int i = 0; i < 25; ++i) {
        m_clock.advance(200);
        runner.tick();
    }
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).elapsedMs, 5000);
    m_clock.advance(700);
    runner.pauseTimer();
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).elapsedMs, 5700);
    runner.resetTimer();
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).elapsedMs, 0);
}

void TestAgendaRunner::adjustChangesThePlan() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    runner.startTimer();
    m_clock.advance(14 * 60'000);
    runner.adjustMinutes(+1);
    QCOMPARE(runner.countdown().remainingMs(), 2 * 60'000);
    QVERIFY(runner.countdown().isRunning());
    QCOMPARE(runner.summary().plannedMinutes, 121);
    runner.adjustMinutes(-3);
    QCOMPARE(runner.countdown().phase(), Countdown::Phase::Overrun);
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).plannedMinutes, 13);
    for (int i = 0; i < 20; ++i)
        runner.adjustMinutes(-1);
    QCOMPARE(runner.current().plannedMinutes, 0);
}

void TestAgendaRunner::planTotalsAndProjection() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    QCOMPARE(runner.summary().plannedMinutes, 120);
    QCOMPARE(runner.summary().overMinutes, 0);
    QCOMPARE(runner.projectedEnd(), m_clock.wallTime().addSecs(120 * 60));
    runner.startTimer();
    m_clock.advance(20 * 60'000); // opening runs five minutes long
    QCOMPARE(runner.summary().overMinutes, 5);
    runner.next();
    QCOMPARE(runner.summary().overMinutes, 5);
    QCOMPARE(runner.projectedEnd(), m_clock.wallTime().addSecs(105 * 60));
    QVERIFY(runner.setPlannedMinutes(QStringLiteral("warmup"), 5)); // win it back
    QCOMPARE(runner.summary().overMinutes, 0);
    QCOMPARE(runner.summary().plannedMinutes, 110);
}

void TestAgendaRunner::customBlocksJoinTheAgenda() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    const auto key = runner.addDiscussionBlock(QStringLiteral("Pricing tangent"),
                                               QStringLiteral("What do we charge for?"),
                                               QStringLiteral("game"), 7);
    QVERIFY(key);
    const auto second = runner.addDiscussionBlock(QStringLiteral("After the tangent"), {}, *key, 3);
    QVERIFY(second && *second != *key);
    QCOMPARE(runner.stages()[2].key, *key);
    QCOMPARE(runner.stages()[3].key, *second);
    QCOMPARE(runner.stages()[3].prompt, QStringLiteral("After the tangent"));
    QCOMPARE(runner.summary().plannedMinutes, 130);
    QVERIFY(!runner.addDiscussionBlock(QStringLiteral("  "), {}, QStringLiteral("game"), 5));
    runner.goTo(QStringLiteral("game"));
    runner.next();
    QCOMPARE(runner.current().title, QStringLiteral("Pricing tangent"));
    QVERIFY(library.reopen());
    AgendaRunner reopened(library.store(), m_clock, id);
    QCOMPARE(reopened.current().key, *key);
    QVERIFY(library.store().removeCustomStage(id, *second));
    QCOMPARE(reopened.stages().size(), 11);
}

void TestAgendaRunner::previewWritesNothing() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    library.store().setCurrentStage(id, QStringLiteral("structure"));
    const QDateTime before = library.store().workshop(id)->updatedAt;
    AgendaRunner preview(library.store(), m_clock, id);
    preview.setPreview(true);
    for (const PlannedStage& stage : preview.stages())
        QVERIFY(preview.goTo(stage.key));
    QCOMPARE(library.store().workshop(id)->currentStage, QStringLiteral("structure"));
    QVERIFY(!preview.setNotes(QStringLiteral("opening"), QStringLiteral("x")));
    QVERIFY(library.store().stageStates(id).isEmpty());
    QCOMPARE(library.store().workshop(id)->updatedAt, before);
}

void TestAgendaRunner::chimeSignalOncePerCrossing() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Run"));
    AgendaRunner runner(library.store(), m_clock, id);
    QSignalSpy zero(&runner, &AgendaRunner::reachedZero);
    runner.setPlannedMinutes(QStringLiteral("opening"), 1);
    runner.startTimer();
    for (int i = 0; i < 80; ++i) {
        m_clock.advance(1000);
        runner.tick();
    }
    QCOMPARE(zero.count(), 1);
    runner.adjustMinutes(+1); // back under, then over again
    for (int i = 0; i < 70; ++i) {
        m_clock.advance(1000);
        runner.tick();
    }
    QCOMPARE(zero.count(), 2);
}

QTEST_GUILESS_MAIN(TestAgendaRunner)
#include "TestAgendaRunner.moc"
