#pragma once
// Workshops for the export tests and the report benchmark: the Harvest Box example read
// back as a document, and a synthetic workshop of any size built in memory.
#include "exchange/WorkshopDocument.h"

#include <optional>

class WorkshopStore;

// The example workshop created in `store` and loaded as a document.
std::optional<WorkshopDocument> exampleDocument(WorkshopStore& store, QString* error = nullptr);

// A finished workshop with `candidates` silent-brainstorm cards from `people` people, every
// card scored on the checklist and the matrix, a dot vote, one card set aside in ten,
// anti-examples, follow-ups and a chosen North Star with four inputs and a guardrail.
WorkshopDocument syntheticWorkshop(int candidates, int people = 7);
