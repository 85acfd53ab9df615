#pragma once
// What a phone may do, and see, in which stage: pure functions of the room's state, so
// the rules are tested as a table.
#include "domain/Candidate.h"

#include <QString>

namespace RoomRules {

// What a device's page shows: "waiting" (not let in yet), "write" (the silent brainstorm
// before the reveal: its own cards), "revealed" (after the reveal: every silent card),
// "look" (any other stage: look at the screen), "worksheet" (the warm-up: the group's
// worksheet).
enum class Mode { Waiting, Write, Revealed, Look, Worksheet };

Mode mode(const QString& stageKey, bool revealed, bool waiting);
QString modeKey(Mode mode);

// Empty when a device may write cards now, else the refusal code ("waiting", "not-now").
QString mayWrite(const QString& stageKey, bool revealed, qint64 participantId, bool waiting);

// Empty when `participantId` may change or delete `card` in workshop `workshopId`, else
// "not-yours": only its own silent-brainstorm cards.
QString mayTouch(const Candidate& card, qint64 workshopId, qint64 participantId);

} // namespace RoomRules
