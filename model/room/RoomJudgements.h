#pragma once
// A phone's scoring and voting operations (issue #18): score.put, dot.place, dot.remove and
// vote.done, applied through the workshop's store like the card operations (RoomCards): the
// change and the operation's id in one transaction, a repeated id answered again without
// applying it, never on the console's undo history. Dot caps are DotVote's.
#include "RoomCards.h"

class WorkshopSession;

namespace RoomJudgements {

// Applies `message` (one of RoomProtocol::isJudgementOp's) for `participantId` (0 for a
// waiting device). The outcome's candidate is the one scored or voted on (0 for vote.done).
RoomCards::Outcome apply(WorkshopSession& session, qint64 participantId,
                         const RoomProtocol::Message& message);

} // namespace RoomJudgements
