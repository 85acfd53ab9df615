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

// syntheticWorkshop(candidates) whose cards are long and of uneven length, for the
// pagination tests: card i (from 1) is named "N<i> …" (three digits) and its definition
// runs from "C<i>a" to "C<i>z" with between `minWords` and `maxWords` words in between,
// chosen from `seed`, so page breaks fall at many places inside and between cards.
WorkshopDocument longCardsWorkshop(int candidates, int minWords, int maxWords, quint32 seed);
