#pragma once
// Starting a revisit from a workshop: the plan a facilitator confirms ("Revisit this North
// Star"), and what the product's history says about how often its North Star changed.
#include "domain/NorthStarRecord.h"
#include "domain/RevisitPlan.h"
#include "playbook/PlaybookContent.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class WorkshopStore;

namespace RevisitSeed {

// The revisit of workshop `predecessorId`: same product, facilitator, vision, length, game and
// guardrail; the same people; its chosen North Star (name, definition, behaviour, measure) as
// the incumbent with its inputs and owners; the guide's blocks first and its skipped stages.
// Nothing when the workshop is gone or has not chosen a North Star (`error` says which).
std::optional<RevisitPlan> propose(const WorkshopStore& store, qint64 predecessorId,
                                   const RevisitGuide& guide, QString* error = nullptr);

// The title a revisit is offered: "<product>: North Star revisit", or from the old title.
QString titleFor(const QString& product, const QString& predecessorTitle);

// Whether a workshop changed the product's North Star: a revisit by its own outcome (it kept
// or replaced its incumbent), any other workshop when its chosen metric's name differs
// (ignoring case and spacing) from the one chosen `before` it; the first choice is no change.
bool changedItsNorthStar(const NorthStarRecord& record, const NorthStarRecord* before);
// The workshops of a history (in any order; WorkshopStore::productHistory gives it newest
// first) that changed the product's North Star in the twelve months up to `now`, each
// compared with the workshop that chose before it.
int changesInLastYear(const QList<NorthStarRecord>& history, const QDateTime& now);
// True when the North Star changed more than once in those twelve months: the playbook's red
// flag (a North Star should hold for a year or more). A hint to show, never a block.
bool changesTooOften(const QList<NorthStarRecord>& history, const QDateTime& now);

} // namespace RevisitSeed
