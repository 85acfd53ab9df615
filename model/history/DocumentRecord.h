#pragma once
// What a product's history shows of a workshop that is not in the laptop's library: a team
// library's workshop, read from its exchange document in memory. Pure, no storage.
#include "domain/NorthStarRecord.h"

struct WorkshopDocument;

namespace DocumentRecord {

// The document's North Star, inputs, guardrail and note as the store's NorthStarRecord holds
// them. Its workshopId is 0 and it names no predecessor by id: both are the laptop's ids.
NorthStarRecord of(const WorkshopDocument& doc);

} // namespace DocumentRecord
