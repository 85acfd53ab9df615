#pragma once
// A phone's warm-up worksheet operations (issue #18): each sets ONE field of the viewer's
// group's worksheet (its game, its North Star's name or definition, or one input), so two
// phones typing in different fields never undo each other, and the later of two writes to
// the same field wins. Each is one transaction with its operation id (like RoomCards), never
// on the console's undo history.
#include "RoomProtocol.h"
#include "domain/WarmUpGroup.h"

#include <optional>

class WorkshopSession;

namespace RoomWorksheet {

struct Outcome {
    qint64 inputId = 0; // the input written or removed, if any
    std::optional<RoomProtocol::Refusal> refusal;
};

// The group `participantId` is in (the first by position), if any.
std::optional<WarmUpGroup> groupOf(const QList<WarmUpGroup>& groups, qint64 participantId);

// Applies `message` (worksheet.put, input.add, input.put, input.delete) for the participant
// `participantId`; a waiting device passes 0. An operation id applied before is answered as
// it was then, and not applied again.
Outcome apply(WorkshopSession& session, qint64 participantId, const RoomProtocol::Message& message);

} // namespace RoomWorksheet
