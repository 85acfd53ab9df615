#pragma once
// The warm-up worksheet in the room's view (issue #18): read once per push in the warm-up
// (the groups, their North Stars and inputs; nothing else), then shown to each phone as its
// own group's worksheet only. Part of RoomView: the only code that serialises workshop data.
#include "domain/Candidate.h"
#include "domain/Input.h"
#include "domain/Participant.h"
#include "domain/WarmUpGroup.h"

#include <QHash>
#include <QJsonValue>
#include <QList>

class WorkshopStore;

struct RoomWorksheets {
    QList<WarmUpGroup> groups;
    QHash<qint64, Candidate> northStars; // by candidate id
    QHash<qint64, QList<Input>> inputs;  // by candidate id
};

namespace RoomWorksheetView {
RoomWorksheets read(const WorkshopStore& store, qint64 workshopId);
// The "worksheet" member for `participantId`: its group's worksheet, or null when it is in
// no group.
QJsonValue worksheet(const RoomWorksheets& sheets, const QList<Participant>& people,
                     qint64 participantId);
} // namespace RoomWorksheetView
