#pragma once
// What a phone may do, and see, in which stage: pure functions of the room's state, so
// the rules are tested as a table.
#include "domain/Candidate.h"

#include <QSet>
#include <QString>

class DotVote;

namespace RoomRules {

// What a device's page shows: "waiting" (not let in yet), "write" (the silent brainstorm
// before the reveal: its own cards), "revealed" (after the reveal: every silent card),
// "look" (any other stage: look at the screen), "score" (draft.score: the checklist for the
// candidate on the projector), "vote" (draft.decide: the dot vote), "worksheet" (warmup).
enum class Mode { Waiting, Write, Revealed, Look, Score, Vote, Worksheet };

Mode mode(const QString& stageKey, bool revealed, bool waiting);
QString modeKey(Mode mode);

// Empty when a device may write cards now, else the refusal code ("waiting", "not-now").
QString mayWrite(const QString& stageKey, bool revealed, qint64 participantId, bool waiting);

// Empty when `participantId` may change or delete `card` in workshop `workshopId`, else
// "not-yours": only its own silent-brainstorm cards.
QString mayTouch(const Candidate& card, qint64 workshopId, qint64 participantId);

// --- Scoring and voting (issue #18) ---------------------------------------------------
// Each is empty when the operation may be applied now, else its refusal code ("waiting",
// "not-now"). `scorable`: the cards are revealed and the candidate is considered (Shortlist)
// and active; `survivor`: the cards are revealed and the candidate is among
// Shortlist::survivors.
QString mayScore(const QString& stageKey, bool waiting, qint64 participantId, bool perPerson,
                 bool scorable);
QString mayPlaceDot(const QString& stageKey, bool waiting, qint64 participantId, bool closed,
                    bool survivor);
QString mayMarkDone(const QString& stageKey, bool waiting, qint64 participantId);

// The person holds more dots than the current caps allow, in all or on one candidate: they
// still count, but no dot can be added.
bool overLimit(const DotVote& vote, qint64 participantId);
// Done voting: marked done on the phone, or no dot left to place.
bool finishedVoting(const DotVote& vote, qint64 participantId, const QSet<qint64>& done);

} // namespace RoomRules
