#include "RoomJudgements.h"

#include "RoomRules.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "scoring/DotVote.h"
#include "scoring/Shortlist.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QSet>

#include <optional>

namespace RoomJudgements {

// Each part is read when first asked for.
struct Batch::Reads {
    const QList<Candidate>& candidates(const WorkshopStore& store, qint64 workshopId) {
        if (!m_candidates)
            m_candidates = store.candidates(workshopId);
        return *m_candidates;
    }
    const std::optional<Workshop>& workshop(const WorkshopStore& store, qint64 workshopId) {
        if (!m_workshop)
            m_workshop = store.workshop(workshopId);
        return *m_workshop;
    }
    // The cards the room may score now: considered, active and seen by the room.
    const QSet<qint64>& scorable(const WorkshopStore& store, qint64 workshopId) {
        if (!m_scorable) {
            m_scorable.emplace();
            for (const Candidate& c : Reveal::seenByRoom(
                     store, workshopId, Shortlist::considered(candidates(store, workshopId))))
                if (c.status == CandidateStatus::Active)
                    m_scorable->insert(c.id);
        }
        return *m_scorable;
    }
    // The cards the room may put dots on: the shortlist's survivors seen by the room.
    const QSet<qint64>& survivors(const WorkshopStore& store, qint64 workshopId) {
        if (!m_survivors) {
            m_survivors.emplace();
            for (const Candidate& c : Reveal::seenByRoom(
                     store, workshopId, Shortlist::survivors(candidates(store, workshopId))))
                m_survivors->insert(c.id);
        }
        return *m_survivors;
    }
    bool voteClosed(const WorkshopStore& store, qint64 workshopId) {
        if (!m_closed)
            m_closed = store.stageState(workshopId, QString(StageKeys::Decide)).revealed;
        return *m_closed;
    }
    // The dots placed, under the workshop's caps; the batch's dot writes move it along.
    DotVote& vote(const WorkshopStore& store, qint64 workshopId) {
        if (!m_vote) {
            const std::optional<Workshop>& w = workshop(store, workshopId);
            m_vote.emplace(w ? w->dotsPerPerson : DotVote::DefaultDotsPerPerson,
                           w ? w->maxDotsPerCandidate : DotVote::DefaultMaxPerCandidate);
            m_vote->setVotes(store.votes(workshopId));
        }
        return *m_vote;
    }

    void forgetVotes() { m_vote.reset(); }

private:
    std::optional<QList<Candidate>> m_candidates;
    std::optional<std::optional<Workshop>> m_workshop;
    std::optional<QSet<qint64>> m_scorable;
    std::optional<QSet<qint64>> m_survivors;
    std::optional<bool> m_closed;
    std::optional<DotVote> m_vote;
};

Batch::Batch() = default;
Batch::~Batch() = default;

void Batch::forget() {
    reads.reset();
}

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

QString personName(const WorkshopStore& store, qint64 workshopId, qint64 participantId) {
    for (const Participant& p : store.participants(workshopId))
        if (p.id == participantId)
            return p.name;
    return {};
}

// Writes `change` and the operation's id in one transaction.
Outcome commit(WorkshopStore& store, qint64 workshopId, qint64 participantId, const QString& opId,
               qint64 candidateId, const std::function<bool()>& change) {
    const bool ok = store.batch(
        [&] {
            return change() &&
                   store.recordRoomOperation(workshopId, participantId, opId, candidateId);
        },
        ChangeSource::Room);
    if (!ok)
        return refused(RoomProtocol::storage(store.lastError()));
    return {candidateId, std::nullopt};
}

Outcome score(WorkshopSession& session, Batch::Reads& reads, qint64 person,
              const Message& message) {
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    const qint64 card = RoomProtocol::candidateOfKey(message.card);
    const std::optional<Workshop>& workshop = reads.workshop(store, workshopId);
    const bool scorable = reads.scorable(store, workshopId).contains(card);
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

Outcome dot(WorkshopSession& session, Batch::Reads& reads, qint64 person, const Message& message) {
    WorkshopStore& store = session.store();
    const qint64 workshopId = session.workshopId();
    const qint64 card = RoomProtocol::candidateOfKey(message.card);
    const bool closed = reads.voteClosed(store, workshopId);
    const bool survivor = reads.survivors(store, workshopId).contains(card);
    if (!RoomRules::mayPlaceDot(currentStage(session), false, person, closed, survivor).isEmpty())
        return refused(RoomProtocol::voteNotNow());
    DotVote& vote = reads.vote(store, workshopId);
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
    Outcome outcome = commit(store, workshopId, person, message.opId, card, [&] {
        return after == before || store.setVote({person, card, after});
    });
    if (outcome.refusal) // not written: `vote` is ahead of the store
        reads.forgetVotes();
    return outcome;
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

Outcome apply(WorkshopSession& session, qint64 participantId, const Message& message,
              Batch* batch) {
    if (participantId <= 0)
        return refused(RoomProtocol::waiting());
    // A retry of an operation already applied: the same answer, nothing written again.
    if (const auto applied =
            session.store().roomOperation(session.workshopId(), participantId, message.opId))
        return {*applied, std::nullopt};
    Batch::Reads own;
    if (batch && !batch->reads)
        batch->reads = std::make_unique<Batch::Reads>();
    Batch::Reads& reads = batch ? *batch->reads : own;
    switch (message.op) {
    case Op::ScorePut:
        return score(session, reads, participantId, message);
    case Op::DotPlace:
    case Op::DotRemove:
        return dot(session, reads, participantId, message);
    case Op::VoteDone:
        return done(session, participantId, message);
    default:
        break;
    }
    return refused(RoomProtocol::badMessage());
}

} // namespace RoomJudgements
