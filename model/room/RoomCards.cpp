#include "RoomCards.h"

#include "RoomRules.h"
#include "agenda/AgendaRunner.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace RoomCards {

namespace {

Outcome refused(const RoomProtocol::Refusal& refusal) {
    return {0, refusal};
}

QString currentStage(const WorkshopSession& session) {
    const AgendaRunner& runner = session.runner();
    if (runner.stages().isEmpty() || runner.currentIndex() < 0)
        return {};
    return runner.current().key;
}

} // namespace

Outcome apply(WorkshopSession& session, qint64 participantId,
              const RoomProtocol::Message& message) {
    using namespace RoomProtocol;
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    if (participantId <= 0)
        return refused(waiting());
    // A retry of an operation already applied: the same answer, nothing written again.
    if (const auto done = store.roomOperation(workshopId, participantId, message.opId))
        return {*done, std::nullopt};
    const bool revealed = Reveal::cardsRevealed(store, workshopId);
    if (const QString no =
            RoomRules::mayWrite(currentStage(session), revealed, participantId, false);
        !no.isEmpty())
        return refused(no == u"waiting" ? waiting() : notNow());

    const bool phoneKey = isPhoneCardKey(message.card);
    const qint64 named = phoneKey ? store.roomCard(workshopId, participantId, message.card)
                                  : candidateOfKey(message.card);
    const std::optional<Candidate> existing =
        named != 0 ? store.candidate(named) : std::optional<Candidate>();
    if (existing && !RoomRules::mayTouch(*existing, workshopId, participantId).isEmpty())
        return refused(notYours());
    if (!existing && !phoneKey && message.op == Op::CardPut) // a "c" key names someone's card
        return refused(notYours());

    qint64 id = existing ? existing->id : 0;
    const bool ok = store.batch(
        [&] {
            if (message.op == Op::CardDelete) {
                if (existing && !store.removeCandidate(existing->id))
                    return false;
            } else {
                Candidate card = existing ? *existing : Candidate();
                if (!existing) {
                    card.workshopId = workshopId;
                    card.kind = CandidateKind::Own;
                    card.authorId = participantId;
                    card.position = store.nextCandidatePosition(workshopId);
                }
                card.name = message.name;
                card.behaviour = message.behaviour;
                card.measure = message.measure;
                card.definition = message.definition;
                if (existing) {
                    if (!store.updateCandidate(card))
                        return false;
                } else {
                    const auto added = store.addCandidate(card);
                    if (!added)
                        return false;
                    id = *added;
                }
                if (phoneKey && !store.setRoomCard(workshopId, participantId, message.card, id))
                    return false;
            }
            return store.recordRoomOperation(workshopId, participantId, message.opId, id);
        },
        ChangeSource::Room);
    if (!ok)
        return refused(storage(store.lastError()));
    return {id, std::nullopt};
}

} // namespace RoomCards
