#pragma once
// What a revisit did with the North Star it carried over. Derived, never stored: a revisit
// marks one candidate as the incumbent, and the workshop's chosen candidate either is that one
// (kept) or is another (changed). The team's reason is the workshop's change note.
#include <QtGlobal>

enum class NorthStarOutcome {
    NotARevisit, // no incumbent: a first workshop, or one not started as a revisit
    Undecided,   // a revisit that has not chosen yet
    Kept,
    Changed,
};

constexpr NorthStarOutcome northStarOutcome(qint64 incumbentId, qint64 chosenId) {
    if (incumbentId == 0)
        return NorthStarOutcome::NotARevisit;
    if (chosenId == 0)
        return NorthStarOutcome::Undecided;
    return chosenId == incumbentId ? NorthStarOutcome::Kept : NorthStarOutcome::Changed;
}
