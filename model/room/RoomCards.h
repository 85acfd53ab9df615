#pragma once
// A phone's card operations, applied through the workshop's store: one transaction each
// (the card, the phone's key for it and the operation's id together), so an operation is
// either done and remembered, or not done at all. Never on the console's undo history.
#include "RoomProtocol.h"

#include <optional>

class WorkshopSession;

namespace RoomCards {

struct Outcome {
    qint64 candidateId = 0; // the card written (or deleted)
    std::optional<RoomProtocol::Refusal> refusal;
};

// Applies `message` (card.put or card.delete) for the participant `participantId`; a
// waiting device passes 0. An operation id applied before is answered as it was then.
Outcome apply(WorkshopSession& session, qint64 participantId, const RoomProtocol::Message& message);

} // namespace RoomCards
