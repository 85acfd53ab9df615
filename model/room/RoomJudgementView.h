#pragma once
// What a phone sees while the room scores (draft.score) and votes (draft.decide), issue #18:
// the candidate on the projector with the checklist and MY answers; the survivors with MY
// dots, and the tally only once the vote is closed. Other people's answers and dots are
// only ever counted here ("3 of 7 have answered"), never sent.
#include "domain/Candidate.h"
#include "domain/Participant.h"
#include "domain/Scoring.h"
#include "playbook/PlaybookContent.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

class WorkshopSession;

// The Score stage, read only while it is the current stage.
struct RoomScoring {
    bool hidden = false; // every card is unrevealed: none reaches a phone (Reveal::seenByRoom)
    bool perPerson = false;
    std::optional<Candidate> candidate; // the one on the projector; none, or eliminated: unset
    int index = 0;                      // 1-based among the considered
    int count = 0;                      // considered candidates
    QList<ChecklistCriterion> criteria;
    QList<ChecklistScore> answers; // per-person answers for `candidate` only
};

// The Decide stage's dot vote, read only while it is the current stage.
struct RoomVoting {
    bool hidden = false; // every card is unrevealed: none reaches a phone (Reveal::seenByRoom)
    bool closed = false;
    int dotsPerPerson = 0;
    int maxPerCandidate = 0;
    QList<Candidate> survivors;
    QList<Vote> votes;
    QSet<qint64> done;
};

namespace RoomJudgementView {

RoomScoring readScoring(const WorkshopSession& session);
RoomVoting readVoting(const WorkshopSession& session);

// The "score" and "vote" members of the state for the person `participantId` (0 while
// waiting, who never gets here).
QJsonObject score(const RoomScoring& scoring, const QList<Participant>& people,
                  qint64 participantId);
QJsonObject vote(const RoomVoting& voting, const QList<Participant>& people, qint64 participantId);

} // namespace RoomJudgementView
