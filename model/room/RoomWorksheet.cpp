#include "RoomWorksheet.h"

#include "RoomStages.h"
#include "agenda/AgendaRunner.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <algorithm>

namespace RoomWorksheet {

namespace {

using RoomProtocol::Message;
using RoomProtocol::Op;

Outcome refused(const RoomProtocol::Refusal& refusal) {
    return {0, refusal};
}

QString currentStage(const WorkshopSession& session) {
    const AgendaRunner& runner = session.runner();
    if (runner.stages().isEmpty() || runner.currentIndex() < 0)
        return {};
    return runner.current().key;
}

// What one operation works on: the viewer's group, its North Star (when it has one) and
// that North Star's inputs.
struct Sheet {
    WarmUpGroup group;
    std::optional<Candidate> northStar;
    QList<Input> inputs;
};

Sheet readSheet(const WorkshopStore& store, qint64 workshopId, const WarmUpGroup& group) {
    Sheet sheet{group, std::nullopt, {}};
    if (group.candidateId != 0)
        if (auto c = store.candidate(group.candidateId); c && c->workshopId == workshopId)
            sheet.northStar = c;
    if (sheet.northStar)
        sheet.inputs = store.inputs(sheet.northStar->id);
    return sheet;
}

// The group's North Star, made and linked to the group when it has none yet (inside the
// caller's batch, so making it and writing into it are one transaction). 0 on failure.
qint64 ensureNorthStar(WorkshopStore& store, Sheet& sheet) {
    if (sheet.northStar)
        return sheet.northStar->id;
    Candidate c;
    c.workshopId = sheet.group.workshopId;
    c.kind = CandidateKind::WarmUp;
    const auto id = store.addCandidate(c);
    if (!id)
        return 0;
    c.id = *id;
    sheet.group.candidateId = *id;
    if (!store.updateWarmUpGroup(sheet.group))
        return 0;
    sheet.northStar = c;
    return *id;
}

// Is input `inputId` on another group's worksheet?
bool onOtherSheet(const WorkshopStore& store, const QList<WarmUpGroup>& groups,
                  const WarmUpGroup& mine, qint64 inputId) {
    for (const WarmUpGroup& g : groups) {
        if (g.id == mine.id || g.candidateId == 0)
            continue;
        const QList<Input> inputs = store.inputs(g.candidateId);
        if (std::any_of(inputs.begin(), inputs.end(),
                        [inputId](const Input& i) { return i.id == inputId; }))
            return true;
    }
    return false;
}

// Writes the operation's change (none when the field already holds the value) and sets
// `*touched` to the input it wrote. False when a write failed.
bool write(WorkshopStore& store, Sheet& sheet, const Message& m, qint64* touched) {
    switch (m.op) {
    case Op::WorksheetPut:
        if (m.field == u"game") {
            const Game game = gameFromKey(m.value);
            if (sheet.group.game == game)
                return true;
            sheet.group.game = game;
            return store.updateWarmUpGroup(sheet.group);
        } else {
            const bool name = m.field == u"name";
            const QString stored = !sheet.northStar ? QString()
                                   : name           ? sheet.northStar->name
                                                    : sheet.northStar->definition;
            if (stored == m.value) // nothing new: no worksheet made, nothing written
                return true;
            if (ensureNorthStar(store, sheet) == 0)
                return false;
            Candidate c = *sheet.northStar;
            (name ? c.name : c.definition) = m.value;
            return store.updateCandidate(c);
        }
    case Op::InputAdd: {
        Input input;
        input.candidateId = ensureNorthStar(store, sheet);
        if (input.candidateId == 0)
            return false;
        input.name = m.name;
        input.definition = m.definition;
        input.position = sheet.inputs.isEmpty() ? 0 : sheet.inputs.last().position + 1;
        const auto id = store.addInput(input);
        if (!id)
            return false;
        *touched = *id;
        return true;
    }
    case Op::InputPut:
    case Op::InputDelete:
        for (Input input : std::as_const(sheet.inputs)) {
            if (input.id != m.input)
                continue;
            *touched = input.id;
            if (m.op == Op::InputDelete)
                return store.removeInput(input.id);
            QString& field = m.field == u"name" ? input.name : input.definition;
            if (field == m.value)
                return true;
            field = m.value;
            return store.updateInput(input);
        }
        return true; // a deleted input that is gone already
    default:
        break;
    }
    return false;
}

} // namespace

std::optional<WarmUpGroup> groupOf(const QList<WarmUpGroup>& groups, qint64 participantId) {
    if (participantId <= 0)
        return std::nullopt;
    for (const WarmUpGroup& g : groups)
        if (g.members.contains(participantId))
            return g;
    return std::nullopt;
}

Outcome apply(WorkshopSession& session, qint64 participantId, const Message& message) {
    using namespace RoomProtocol;
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    if (participantId <= 0)
        return refused(waiting());
    // A retry of an operation already applied: the same answer, nothing written again.
    if (const auto done = store.roomOperation(workshopId, participantId, message.opId))
        return {message.op == Op::WorksheetPut ? 0 : *done, std::nullopt};
    if (RoomStages::phoneOf(currentStage(session)) != RoomStages::Phone::Worksheet)
        return refused(worksheetNotNow());
    const QList<WarmUpGroup> groups = store.warmUpGroups(workshopId);
    const std::optional<WarmUpGroup> group = groupOf(groups, participantId);
    if (!group)
        return refused(noGroup());
    Sheet sheet = readSheet(store, workshopId, *group);

    if (message.op == Op::InputAdd && sheet.inputs.size() >= MostInputs)
        return refused(tooMany());
    if (message.op == Op::InputPut || message.op == Op::InputDelete) {
        const bool mine = std::any_of(sheet.inputs.begin(), sheet.inputs.end(),
                                      [&](const Input& i) { return i.id == message.input; });
        // Putting into an input that is not on this worksheet, or deleting another group's.
        if (!mine &&
            (message.op == Op::InputPut || onOtherSheet(store, groups, sheet.group, message.input)))
            return refused(inputNotYours());
    }

    qint64 touched = 0;
    const bool ok = store.batch(
        [&] {
            if (!write(store, sheet, message, &touched))
                return false;
            const qint64 remembered = message.op == Op::WorksheetPut
                                          ? (sheet.northStar ? sheet.northStar->id : 0)
                                          : touched;
            return store.recordRoomOperation(workshopId, participantId, message.opId, remembered);
        },
        ChangeSource::Room);
    if (!ok)
        return refused(storage(store.lastError()));
    return {touched, std::nullopt};
}

} // namespace RoomWorksheet
