#pragma once
// Which candidates are in front of the room from "share and score" on: every pair candidate,
// every silent-brainstorm card that no pair built on (unmerged originals stay available),
// and every candidate the room wrote while converging. Eliminated ones stay on the list
// (shown struck through, restorable); survivors() leaves them out. Warm-up worksheets and
// anti-examples are never on it.
#include "domain/Candidate.h"

namespace Shortlist {

// In the order the room sees them: pair candidates, then unmerged cards, then the room's
// own; each part by position, then id.
QList<Candidate> considered(const QList<Candidate>& all);
// The considered candidates that are still active.
QList<Candidate> survivors(const QList<Candidate>& all);
// Own, pair and room candidates are draft cards: private until the facilitator presses Reveal
// at the end of the silent brainstorm; the projector never shows their text before that.
bool isDraftCard(const Candidate& candidate);

} // namespace Shortlist
