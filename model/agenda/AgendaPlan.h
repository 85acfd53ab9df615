#pragma once
// One workshop's agenda as it will actually run: the playbook's variant, with this
// workshop's changed minutes, skipped blocks and added discussion blocks, plus the time
// already spent in each stage. Pure data: built from values, no storage, no clock.
#include "domain/CustomStage.h"
#include "domain/StageState.h"
#include "playbook/Agenda.h"
#include "playbook/PlaybookContent.h"

#include <QList>

struct PlannedStage {
    enum class State { Upcoming, Current, Done, Skipped };

    QString key;
    QString title;
    QString purpose;
    QString prompt;
    QString script;
    QString tip;
    QString blockKey; // the block it belongs to (itself for a block without steps)
    QString blockTitle;
    int plannedMinutes = 0;
    int defaultMinutes = 0; // the playbook's minutes, to show what was changed
    qint64 elapsedMs = 0;
    bool skipped = false;
    bool custom = false;
    State state = State::Upcoming;

    friend bool operator==(const PlannedStage&, const PlannedStage&) = default;
};

struct PlanSummary {
    int plannedMinutes = 0; // the plan for every stage not skipped
    qint64 projectedMs = 0; // time spent so far plus what is still planned
    int sessionMinutes = 0; // the length the room is booked for (the agenda variant)
    int overMinutes = 0;    // how far the projection runs past the session (0: on track)
    qint64 remainingMs = 0; // from now to the projected end
};

class AgendaPlan {
public:
    AgendaPlan() = default;
    // `guides`: the revisit's blocks as the playbook words them. An added block still as a
    // revisit seeded it (its title and room text) gets the guide's script and tip.
    AgendaPlan(const Agenda& agenda, int variantMinutes, const QList<StageState>& states,
               const QList<CustomStage>& custom, const QList<RevisitStageGuide>& guides = {});

    // Every stage the facilitator runs, in order (steps rather than their block).
    const QList<PlannedStage>& stages() const { return m_stages; }
    int indexOf(const QString& key) const;
    // The blocks in order, each as the index range of its stages.
    QList<std::pair<QString, QList<int>>> blocks() const;

    // Marks the stage at `current` as current, and every stage before the furthest one
    // reached as done (or skipped): going back to an earlier stage is not undoing the later.
    void setCurrent(int current);
    int current() const { return m_current; }
    // The furthest stage reached: where time was spent, or the furthest current stage.
    int reached() const { return m_reached; }
    void markReached(int index);
    void setElapsed(int index, qint64 elapsedMs);
    // The first stage not skipped at or after `from` going `step` (+1 or -1); -1 if none.
    int nextRunnable(int from, int step) const;

    // `currentElapsedMs` overrides the stored time of the current stage (a running timer).
    PlanSummary summary(qint64 currentElapsedMs) const;

private:
    QList<PlannedStage> m_stages;
    int m_current = -1;
    int m_reached = -1;
    int m_sessionMinutes = 0;
};
