#pragma once
// Whether the silent brainstorm's cards have been revealed: before, the room sees no
// candidate anywhere — not on the projector's scoring, voting or converge pages, not on a
// phone. One rule for the console's views and the room server.
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

namespace Reveal {

inline bool cardsRevealed(const WorkshopStore& store, qint64 workshopId) {
    return store.stageState(workshopId, QString(StageKeys::Silent)).revealed;
}

} // namespace Reveal
