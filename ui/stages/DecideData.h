#pragma once
// What the "decide" console page and projector view both read from the store: the surviving
// candidates, their decision matrix, the dot vote with the workshop's limits, and whether the
// vote is closed (the stage's "revealed" flag).
#include "domain/Candidate.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"

class WorkshopStore;

namespace DecideData {

inline const QString StageKey = QStringLiteral("draft.decide");
// The stage focus says which half the room looks at.
enum class Focus { Matrix = 0, Vote = 1 };

QList<Candidate> survivors(const WorkshopStore& store, qint64 workshopId);
DecisionMatrix matrix(const WorkshopStore& store, qint64 workshopId,
                      const QList<Candidate>& survivors);
DotVote dotVote(const WorkshopStore& store, qint64 workshopId);
bool voteClosed(const WorkshopStore& store, qint64 workshopId);
Focus focus(const WorkshopStore& store, qint64 workshopId);

} // namespace DecideData
