#pragma once
// What a phone sees while the room scores (draft.score) and votes (draft.decide), issue #18:
// the candidate on the projector with the checklist and MY answers; the survivors with MY
// dots, and the tally only once the vote is closed. Other people's answers and dots are
// only ever counted here ("3 of 7 have answered"), never sent.
#include "domain/Candidate.h"
#include "domain/Participant.h"
#include "domain/Scoring.h"
#include "playbook/PlaybookContent.h"
#include "scoring/DotVote.h"

#include <QByteArray>

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

} // namespace RoomJudgementView

// The "score" and "vote" members of a push's state messages (issue #17), split so that what
// every phone gets alike is worked out and serialised once per push (RoomStateFrames), and
// each phone's member is that plus its own part. `member(participantId)`: the member for the
// person `participantId` (0 while waiting, who never gets here), as compact JSON.
class ScoreFrames {
public:
    ScoreFrames(const RoomScoring& scoring, const QList<Participant>& people);
    QByteArray member(qint64 participantId) const;

private:
    const RoomScoring& m_scoring;
    QByteArray m_shared; // the member without "mine" and its closing brace
};

class VoteFrames {
public:
    VoteFrames(const RoomVoting& voting, const QList<Participant>& people);
    QByteArray member(qint64 participantId) const;

private:
    const RoomVoting& m_voting;
    DotVote m_dots;
    QByteArray m_shared;                               // without the phone's own members
    QList<std::pair<qint64, QByteArray>> m_candidates; // each without "mine" and its brace
};
