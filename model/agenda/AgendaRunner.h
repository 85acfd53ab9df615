#pragma once
// Runs one workshop's agenda: which stage is current, moving between stages, the stage
// timer, the plan's changes and the facilitator's notes. The console edits through it and
// the projector window only reads it. Everything it changes is saved through the store
// as it happens: the current stage, each stage's elapsed time (every second while the
// timer runs, and on every pause or move), so a crash loses at most a second of timing.
#include "AgendaPlan.h"
#include "Countdown.h"

#include <QObject>
#include <QTimer>

class Clock;
class WorkshopStore;

class AgendaRunner : public QObject {
    Q_OBJECT

public:
    AgendaRunner(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                 QObject* parent = nullptr);

    qint64 workshopId() const { return m_workshopId; }
    QString workshopTitle() const { return m_title; }
    const AgendaPlan& plan() const { return m_plan; }
    const QList<PlannedStage>& stages() const { return m_plan.stages(); }
    int currentIndex() const { return m_plan.current(); }
    const PlannedStage& current() const;
    const Countdown& countdown() const { return m_countdown; }
    PlanSummary summary() const { return m_plan.summary(m_countdown.elapsedMs()); }
    QDateTime projectedEnd() const;
    QString notes(const QString& stageKey) const;

    // A preview (for --grab) moves between stages without saving anything.
    void setPreview(bool preview) { m_preview = preview; }
    bool isPreview() const { return m_preview; }

public slots:
    bool goTo(const QString& stageKey);
    bool next();
    bool previous();
    void startTimer();
    void pauseTimer();
    void toggleTimer();
    void resetTimer();
    // Gives the current stage `deltaMinutes` more (or fewer) minutes; the plan follows.
    void adjustMinutes(int deltaMinutes);
    bool setPlannedMinutes(const QString& stageKey, int minutes);
    bool setSkipped(const QString& stageKey, bool skipped);
    std::optional<QString> addDiscussionBlock(const QString& title, const QString& prompt,
                                              const QString& afterStage, int minutes);
    bool setNotes(const QString& stageKey, const QString& notes);
    // Recomputes the display state; called by the runner's own timer while running.
    void tick();

signals:
    void stageChanged();
    void planChanged();
    void timeChanged();
    void timerRunningChanged(bool running);
    void reachedZero();

private:
    void reload();
    void enter(int index, bool persist = true);
    void saveElapsed();
    qint64 budgetMs(const PlannedStage& stage) const {
        return qint64(stage.plannedMinutes) * 60'000;
    }

    WorkshopStore& m_store;
    const Clock& m_clock;
    qint64 m_workshopId;
    QString m_title;
    int m_agendaMinutes = 120;
    AgendaPlan m_plan;
    Countdown m_countdown;
    QTimer m_ticker;
    qint64 m_lastSavedSecond = -1;
    bool m_wasOverBefore = false;
    bool m_preview = false;
    QString m_reachedSaved; // the furthest stage reached, as the library has it
    bool m_reloading = false;
};
