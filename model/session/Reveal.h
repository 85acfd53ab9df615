#pragma once
// What the room may see of the candidates. The silent brainstorm's cards, and the pairs'
// cards built from them, are private until the facilitator reveals them: before, no phone and
// no projector page shows one. A candidate the room wrote in the open — the North Star a
// revisit carries over, a card written at Converge — is seen whether or not the cards are
// revealed. One rule for the console's views and the room server.
#include "domain/Candidate.h"
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

namespace Reveal {

inline bool cardsRevealed(const WorkshopStore& store, qint64 workshopId) {
    return store.stageState(workshopId, QString(StageKeys::Silent)).revealed;
}

inline bool privateUntilReveal(const Candidate& candidate) {
    return candidate.kind == CandidateKind::Own || candidate.kind == CandidateKind::Pair;
}

// What the room sees of `candidates`, in their order; `withheld`, when given, is set to
// whether a card was left out because it is not revealed yet.
inline QList<Candidate> seenByRoom(const WorkshopStore& store, qint64 workshopId,
                                   QList<Candidate> candidates, bool* withheld = nullptr) {
    const bool revealed = cardsRevealed(store, workshopId);
    const qsizetype before = candidates.size();
    if (!revealed)
        candidates.removeIf(privateUntilReveal);
    if (withheld)
        *withheld = candidates.size() != before;
    return candidates;
}

} // namespace Reveal
