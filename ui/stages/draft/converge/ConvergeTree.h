#pragma once
// The North Star tree of a workshop as the room converged on it: the chosen candidate's
// name and definition, the game, the inputs with their pattern labels and owners, and the
// guardrail. The projector version leaves out input definitions and the guardrail's
// definition, so the names can be big enough to read from the back row; owners are kept.
#include "report/NorthStarTree.h"

class WorkshopStore;

namespace ConvergeTree {
enum class Detail { Console, Projector };
// Empty metric name while nothing is chosen.
NorthStarTree build(const WorkshopStore& store, qint64 workshopId, Detail detail);
} // namespace ConvergeTree
