#include "AgendaRunner.h"

#include "Clock.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

AgendaRunner::AgendaRunner(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_workshopId(workshopId)
    , m_countdown(clock) {
    m_ticker.setInterval(200);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &AgendaRunner::tick);
    // Only the plan (minutes, skipped stages, discussion blocks) changes what the runner
    // holds; its own saved time comes back on stageClockSaved, which it does not need.
    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if (changes.has(m_workshopId, ChangeKind::Plan) && !m_reloading) {
            reload();
            // A plan changed from outside the runner (an undo) may move the live budget.
            m_wasOverBefore = m_countdown.remainingMs() < 0;
            emit timeChanged();
        }
    });
    reload();
    // Stages up to the furthest one reached stay done, even where no time was recorded.
    m_reachedSaved = m_store.reachedStage(m_workshopId);
    m_plan.markReached(m_plan.indexOf(m_reachedSaved));
    const auto workshop = m_store.workshop(m_workshopId);
    int start = workshop ? m_plan.indexOf(workshop->currentStage) : -1;
    if (start < 0)
        start = m_plan.nextRunnable(0, +1);
    // Opening a workshop is not running it: nothing is written until the facilitator
    // moves to a stage or starts the timer.
    enter(start < 0 ? 0 : start, false);
}

const PlannedStage& AgendaRunner::current() const {
    static const PlannedStage none;
    const int i = m_plan.current();
    return i >= 0 && i < m_plan.stages().size() ? m_plan.stages()[i] : none;
}

// Rebuilds the plan from the store, keeping the current stage and the running timer.
void AgendaRunner::reload() {
    const QString currentKey = current().key;
    const int reached = m_plan.reached();
    const QString reachedKey = reached >= 0 ? m_plan.stages()[reached].key : QString();
    const QList<PlannedStage> before = m_plan.stages();
    const QString titleBefore = m_title;
    if (const auto workshop = m_store.workshop(m_workshopId)) {
        m_title = workshop->title;
        m_agendaMinutes = workshop->agendaMinutes;
    }
    m_plan = AgendaPlan(Agenda::standard(), m_agendaMinutes, m_store.stageStates(m_workshopId),
                        m_store.customStages(m_workshopId), Playbook::standard().revisit().stages);
    const int index = m_plan.indexOf(currentKey);
    m_plan.markReached(m_plan.indexOf(reachedKey));
    m_plan.setCurrent(index);
    if (index >= 0)
        m_countdown.setBudget(budgetMs(current()));
    // Notes and the room's focus live beside the plan: typing notes rebuilds nothing.
    if (m_plan.stages() != before || m_title != titleBefore)
        emit planChanged();
}

void AgendaRunner::enter(int index, bool persist) {
    if (index < 0 || index >= m_plan.stages().size())
        return;
    m_plan.setCurrent(index);
    m_countdown.load(budgetMs(current()), current().elapsedMs);
    m_lastSavedSecond = current().elapsedMs / 1000;
    m_wasOverBefore = m_countdown.remainingMs() < 0;
    if (persist && !m_preview) {
        m_store.setCurrentStage(m_workshopId, current().key);
        // Written when the furthest stage moves on, never on the way back.
        const QString reached = m_plan.stages()[m_plan.reached()].key;
        if (reached != m_reachedSaved && m_store.setReachedStage(m_workshopId, reached))
            m_reachedSaved = reached;
    }
    emit stageChanged();
    emit timerRunningChanged(false);
    emit timeChanged();
}

bool AgendaRunner::goTo(const QString& stageKey) {
    const int index = m_plan.indexOf(stageKey);
    if (index < 0)
        return false;
    if (index == m_plan.current())
        return true;
    pauseTimer(); // saves the time spent in the stage being left
    enter(index);
    return true;
}

bool AgendaRunner::next() {
    const int index = m_plan.nextRunnable(m_plan.current() + 1, +1);
    return index >= 0 && goTo(m_plan.stages()[index].key);
}

bool AgendaRunner::previous() {
    const int index = m_plan.nextRunnable(m_plan.current() - 1, -1);
    return index >= 0 && goTo(m_plan.stages()[index].key);
}

void AgendaRunner::startTimer() {
    if (m_countdown.isRunning() || m_plan.current() < 0)
        return;
    m_countdown.start();
    m_ticker.start();
    if (!m_preview)
        m_store.setCurrentStage(m_workshopId, current().key); // the workshop has begun
    emit timerRunningChanged(true);
    emit timeChanged();
}

void AgendaRunner::pauseTimer() {
    if (!m_countdown.isRunning())
        return;
    m_countdown.pause();
    m_ticker.stop();
    saveElapsed();
    emit timerRunningChanged(false);
    emit timeChanged();
}

void AgendaRunner::toggleTimer() {
    m_countdown.isRunning() ? pauseTimer() : startTimer();
}

void AgendaRunner::resetTimer() {
    const bool wasRunning = m_countdown.isRunning();
    m_countdown.reset();
    m_ticker.stop();
    m_wasOverBefore = false;
    saveElapsed();
    if (wasRunning)
        emit timerRunningChanged(false);
    emit timeChanged();
}

void AgendaRunner::adjustMinutes(int deltaMinutes) {
    if (m_plan.current() < 0)
        return;
    setPlannedMinutes(current().key, qMax(0, current().plannedMinutes + deltaMinutes));
}

bool AgendaRunner::setPlannedMinutes(const QString& stageKey, int minutes) {
    const int index = m_plan.indexOf(stageKey);
    if (index < 0)
        return false;
    const bool skipped = m_plan.stages()[index].skipped;
    if (!m_preview &&
        !m_store.setStagePlan(m_workshopId, stageKey, qBound(0, minutes, 600), skipped))
        return false;
    // The store's change signal has reloaded the plan; keep the live countdown in step.
    m_wasOverBefore = m_countdown.remainingMs() < 0;
    emit timeChanged();
    return true;
}

bool AgendaRunner::setSkipped(const QString& stageKey, bool skipped) {
    const int index = m_plan.indexOf(stageKey);
    if (index < 0 || m_preview)
        return false;
    const PlannedStage& stage = m_plan.stages()[index];
    const int planned = stage.plannedMinutes == stage.defaultMinutes ? -1 : stage.plannedMinutes;
    return m_store.setStagePlan(m_workshopId, stageKey, planned, skipped);
}

std::optional<QString> AgendaRunner::addDiscussionBlock(const QString& title, const QString& prompt,
                                                        const QString& afterStage, int minutes) {
    if (m_preview)
        return std::nullopt;
    CustomStage stage;
    stage.workshopId = m_workshopId;
    stage.title = title;
    stage.prompt = prompt;
    stage.afterStage = afterStage;
    stage.minutes = minutes;
    return m_store.addCustomStage(stage);
}

QString AgendaRunner::notes(const QString& stageKey) const {
    return m_store.stageState(m_workshopId, stageKey).notes;
}

bool AgendaRunner::setNotes(const QString& stageKey, const QString& notes) {
    if (m_preview)
        return false;
    // Notes do not change the plan, so skip the reload the store's signal would cause.
    m_reloading = true;
    const bool ok = m_store.setStageNotes(m_workshopId, stageKey, notes);
    m_reloading = false;
    return ok;
}

QDateTime AgendaRunner::projectedEnd() const {
    return m_clock.wallTime().addMSecs(summary().remainingMs);
}

void AgendaRunner::tick() {
    const qint64 elapsed = m_countdown.elapsedMs();
    if (m_countdown.isRunning() && elapsed / 1000 != m_lastSavedSecond)
        saveElapsed();
    const bool over = m_countdown.remainingMs() < 0;
    if (over && !m_wasOverBefore)
        emit reachedZero();
    m_wasOverBefore = over;
    emit timeChanged();
}

void AgendaRunner::saveElapsed() {
    if (m_plan.current() < 0 || m_preview)
        return;
    const qint64 elapsed = m_countdown.elapsedMs();
    m_lastSavedSecond = elapsed / 1000;
    m_reloading = true; // the plan itself did not change
    m_store.setStageElapsed(m_workshopId, current().key, elapsed);
    m_reloading = false;
    m_plan.setElapsed(m_plan.current(), elapsed); // the summary of stages left behind
}
