#include "DecideData.h"

#include "CandidateText.h"
#include "scoring/Shortlist.h"
#include "storage/WorkshopStore.h"

namespace DecideData {

QList<Candidate> survivors(const WorkshopStore& store, qint64 workshopId) {
    return Shortlist::survivors(store.candidates(workshopId));
}

DecisionMatrix matrix(const WorkshopStore& store, qint64 workshopId,
                      const QList<Candidate>& survivors) {
    return DecisionMatrix(store.matrixCriteria(workshopId), CandidateText::ids(survivors),
                          store.matrixScores(workshopId));
}

DotVote dotVote(const WorkshopStore& store, qint64 workshopId) {
    const auto w = store.workshop(workshopId);
    DotVote vote(w ? w->dotsPerPerson : DotVote::DefaultDotsPerPerson,
                 w ? w->maxDotsPerCandidate : DotVote::DefaultMaxPerCandidate);
    vote.setVotes(store.votes(workshopId));
    return vote;
}

bool voteClosed(const WorkshopStore& store, qint64 workshopId) {
    return store.stageState(workshopId, StageKey).revealed;
}

Focus focus(const WorkshopStore& store, qint64 workshopId) {
    return store.stageState(workshopId, StageKey).focus == int(Focus::Vote) ? Focus::Vote
                                                                            : Focus::Matrix;
}

} // namespace DecideData
