#pragma once
// What block 6 leaves in the store, for comparing one moment of a workshop with another:
// the whole workshop document, less what moves on its own (the stage the console is on,
// the timers, the time of the last change, and what the room is looking at).
#include "exchange/WorkshopDocument.h"

class WorkshopStore;

namespace DraftState {

WorkshopDocument read(const WorkshopStore& store, qint64 workshopId);
// What differs between two states, in words; empty when they agree.
QString differences(const WorkshopDocument& expected, const WorkshopDocument& actual);

} // namespace DraftState
