#pragma once
// A phone's scoring and voting operations (issue #18): score.put, dot.place, dot.remove and
// vote.done, applied through the workshop's store like the card operations (RoomCards): the
// change and the operation's id in one transaction, a repeated id answered again without
// applying it, never on the console's undo history. Dot caps are DotVote's.
#include "RoomCards.h"

#include <memory>

class WorkshopSession;

namespace RoomJudgements {

// What the judgement writes applied in one transaction read alike: the scoring mode and the
// dot caps, which cards may be scored or voted on, whether the vote is closed, and the dots
// placed so far. Read once, when the first write of the transaction needs it, and kept in
// step by the transaction's own dot writes, so a batch of sixty writes reads them once, not
// sixty times. Valid only inside the transaction it was made for (judgement writes change
// scores, votes and operation ids, nothing else read here); forget() after any other write.
class Batch {
public:
    Batch();
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    void forget();

    struct Reads; // RoomJudgements.cpp
    std::unique_ptr<Reads> reads;
};

// Applies `message` (one of RoomProtocol::isJudgementOp's) for `participantId` (0 for a
// waiting device). The outcome's candidate is the one scored or voted on (0 for vote.done).
// With `batch`, what the store held when the transaction's first write read it (and the
// dots written since); without, everything is read afresh.
RoomCards::Outcome apply(WorkshopSession& session, qint64 participantId,
                         const RoomProtocol::Message& message, Batch* batch = nullptr);

} // namespace RoomJudgements
