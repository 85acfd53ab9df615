#pragma once
// What a workshop remembers about one agenda stage: time spent, the facilitator's notes,
// and the facilitator's changes to the plan.
#include <QString>

struct StageState {
    qint64 workshopId = 0;
    QString stageKey;
    qint64 elapsedMs = 0;
    QString notes;
    int plannedMinutes = -1; // -1: use the agenda's default
    bool skipped = false;
    int focus = 0;         // what the room is looking at: a question, worksheet or candidate
    bool revealed = false; // whether the stage's private cards are shown to the room

    friend bool operator==(const StageState&, const StageState&) = default;
};
