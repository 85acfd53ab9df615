#include "DecideData.h"
#include "domain/StageKeys.h"

#include "scoring/Shortlist.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"

#include <algorithm>
#include <limits>

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
    return store.stageState(workshopId, StageKeys::Decide).revealed;
}

Focus focus(const WorkshopStore& store, qint64 workshopId) {
    const int focus = store.stageState(workshopId, StageKeys::Decide).focus;
    return focus == int(Focus::Vote) || (focus & VoteRowBit) != 0 ? Focus::Vote : Focus::Matrix;
}

MatrixCursor matrixCursor(const WorkshopStore& store, qint64 workshopId) {
    int focus = store.stageState(workshopId, StageKeys::Decide).focus;
    if (focus & VoteRowBit) // the vote's ballot row
        return {};
    const bool flipPage = (focus & FlipPageBit) != 0;
    focus &= ~FlipPageBit;
    if (focus < 2)
        return {0, 0, flipPage};
    return {(focus - 2) / MaxCursorColumns, (focus - 2) % MaxCursorColumns, flipPage};
}

int matrixFocus(const MatrixCursor& cursor) {
    const int row = std::clamp(cursor.row, 0, (VoteRowBit - 2) / MaxCursorColumns - 1);
    const int column = std::clamp(cursor.column, 0, MaxCursorColumns - 1);
    const int cell =
        row == 0 && column == 0 ? int(Focus::Matrix) : 2 + row * MaxCursorColumns + column;
    return cursor.flipPage ? cell | FlipPageBit : cell;
}

int voteRow(const WorkshopStore& store, qint64 workshopId) {
    const int focus = store.stageState(workshopId, StageKeys::Decide).focus;
    return focus & VoteRowBit ? focus & ~VoteRowBit : 0;
}

int voteFocus(int row) {
    return row <= 0 ? int(Focus::Vote) : VoteRowBit | std::min(row, VoteRowBit - 1);
}

} // namespace DecideData
