#include "RoomJudgements.h"

#include "RoomRules.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "scoring/DotVote.h"
#include "scoring/Shortlist.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <algorithm>

namespace RoomJudgements {

namespace {

using RoomCards::Outcome;
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

bool among(const QList<Candidate>& candidates, qint64 id, bool activeOnly) {
    return std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate& c) {
        return c.id == id && (!activeOnly || c.status == CandidateStatus::Active);
    });
}

QString personName(const WorkshopStore& store, qint64 workshopId, qint64 participantId) {
    for (const Participant& p : store.participants(workshopId))
        if (p.id == participantId)
            return p.name;
    return {};
}

// Writes `change` and the operation's id in one transaction.
Outcome commit(WorkshopStore& store, qint64 workshopId, qint64 participantId, const QString& opId,
               qint64 candidateId, const std::function<bool()>& change) {
    const bool ok = store.batch([&] {
        return change() && store.recordRoomOperation(workshopId, participantId, opId, candidateId);
    });
    if (!ok)
        return refused(RoomProtocol::storage(store.lastError()));
    return {candidateId, std::nullopt};
}

Outcome score(WorkshopSession& session, qint64 person, const Message& message) {
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    const qint64 card = RoomProtocol::candidateOfKey(message.card);
    const auto workshop = store.workshop(workshopId);
    const bool scorable = among(
        Reveal::seenByRoom(store, workshopId, Shortlist::considered(store.candidates(workshopId))),
        card, true);
    if (!RoomRules::mayScore(currentStage(session), false, person,
                             workshop && workshop->checklistPerPerson, scorable)
             .isEmpty())
        return refused(RoomProtocol::scoreNotNow());
    return commit(store, workshopId, person, message.opId, card, [&] {
        if (message.answer)
            return store.setChecklistScore({card, message.criterion, person, *message.answer});
        return store.clearChecklistScore(card, message.criterion, person);
    });
}

Outcome dot(WorkshopSession& session, qint64 person, const Message& message) {
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    const qint64 card = RoomProtocol::candidateOfKey(message.card);
    const bool closed = store.stageState(workshopId, QString(StageKeys::Decide)).revealed;
    const bool survivor = among(
        Reveal::seenByRoom(store, workshopId, Shortlist::survivors(store.candidates(workshopId))),
        card, false);
    if (!RoomRules::mayPlaceDot(currentStage(session), false, person, closed, survivor).isEmpty())
        return refused(RoomProtocol::voteNotNow());
    const auto workshop = store.workshop(workshopId);
    DotVote vote(workshop ? workshop->dotsPerPerson : DotVote::DefaultDotsPerPerson,
                 workshop ? workshop->maxDotsPerCandidate : DotVote::DefaultMaxPerCandidate);
    vote.setVotes(store.votes(workshopId));
    const int before = vote.dots(person, card);
    if (message.op == Op::DotPlace) {
        if (!vote.canPlace(person, card)) // the name only for the refusal's sentence
            return refused(RoomProtocol::overLimit(
                vote.placementProblem(person, personName(store, workshopId, person), card)));
        vote.place(person, card, {}, nullptr);
        // Over a lowered cap, the dots already placed still count and a dot goes wherever
        // the new caps allow it: DotVote's rule, as on the console.
    } else {
        vote.remove(person, card); // none there: nothing changes, the ack is still ok
    }
    const int after = vote.dots(person, card);
    return commit(store, workshopId, person, message.opId, card, [&] {
        return after == before || store.setVote({person, card, after});
    });
}

Outcome done(WorkshopSession& session, qint64 person, const Message& message) {
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    if (!RoomRules::mayMarkDone(currentStage(session), false, person).isEmpty())
        return refused(RoomProtocol::doneNotNow());
    return commit(store, workshopId, person, message.opId, 0,
                  [&] { return store.setVoteDone(workshopId, person, message.done); });
}

} // namespace

Outcome apply(WorkshopSession& session, qint64 participantId, const Message& message) {
    if (participantId <= 0)
        return refused(RoomProtocol::waiting());
    // A retry of an operation already applied: the same answer, nothing written again.
    if (const auto applied =
            session.store().roomOperation(session.workshopId(), participantId, message.opId))
        return {*applied, std::nullopt};
    switch (message.op) {
    case Op::ScorePut:
        return score(session, participantId, message);
    case Op::DotPlace:
    case Op::DotRemove:
        return dot(session, participantId, message);
    case Op::VoteDone:
        return done(session, participantId, message);
    default:
        break;
    }
    return refused(RoomProtocol::badMessage());
}

} // namespace RoomJudgements
