#include "RoomRules.h"

#include "RoomStages.h"
#include "scoring/DotVote.h"

namespace RoomRules {

Mode mode(const QString& stageKey, bool revealed, bool waiting) {
    if (waiting)
        return Mode::Waiting;
    switch (RoomStages::phoneOf(stageKey)) {
    case RoomStages::Phone::Cards:
        return revealed ? Mode::Revealed : Mode::Write;
    case RoomStages::Phone::Score:
        return Mode::Score;
    case RoomStages::Phone::Vote:
        return Mode::Vote;
    case RoomStages::Phone::Worksheet:
        return Mode::Worksheet;
    case RoomStages::Phone::Look:
        break;
    }
    return Mode::Look;
}

QString modeKey(Mode mode) {
    switch (mode) {
    case Mode::Waiting:
        return QStringLiteral("waiting");
    case Mode::Write:
        return QStringLiteral("write");
    case Mode::Revealed:
        return QStringLiteral("revealed");
    case Mode::Score:
        return QStringLiteral("score");
    case Mode::Vote:
        return QStringLiteral("vote");
    case Mode::Worksheet:
        return QStringLiteral("worksheet");
    case Mode::Look:
        break;
    }
    return QStringLiteral("look");
}

QString mayWrite(const QString& stageKey, bool revealed, qint64 participantId, bool waiting) {
    if (waiting || participantId <= 0)
        return QStringLiteral("waiting");
    if (mode(stageKey, revealed, false) != Mode::Write)
        return QStringLiteral("not-now");
    return {};
}

QString mayTouch(const Candidate& card, qint64 workshopId, qint64 participantId) {
    if (card.workshopId != workshopId || card.kind != CandidateKind::Own || participantId <= 0 ||
        card.authorId != participantId)
        return QStringLiteral("not-yours");
    return {};
}

// --- Scoring and voting (issue #18) ---------------------------------------------------

QString mayScore(const QString& stageKey, bool waiting, qint64 participantId, bool perPerson,
                 bool scorable) {
    if (waiting || participantId <= 0)
        return QStringLiteral("waiting");
    if (RoomStages::phoneOf(stageKey) != RoomStages::Phone::Score || !perPerson || !scorable)
        return QStringLiteral("not-now");
    return {};
}

QString mayPlaceDot(const QString& stageKey, bool waiting, qint64 participantId, bool closed,
                    bool survivor) {
    if (waiting || participantId <= 0)
        return QStringLiteral("waiting");
    if (RoomStages::phoneOf(stageKey) != RoomStages::Phone::Vote || closed || !survivor)
        return QStringLiteral("not-now");
    return {};
}

QString mayMarkDone(const QString& stageKey, bool waiting, qint64 participantId) {
    if (waiting || participantId <= 0)
        return QStringLiteral("waiting");
    if (RoomStages::phoneOf(stageKey) != RoomStages::Phone::Vote)
        return QStringLiteral("not-now");
    return {};
}

bool overLimit(const DotVote& vote, qint64 participantId) {
    if (vote.dotsUsed(participantId) > vote.dotsPerPerson())
        return true;
    for (const Vote& v : vote.votes())
        if (v.participantId == participantId && v.dots > vote.maxPerCandidate())
            return true;
    return false;
}

bool finishedVoting(const DotVote& vote, qint64 participantId, const QSet<qint64>& done) {
    return done.contains(participantId) || vote.dotsLeft(participantId) <= 0;
}

} // namespace RoomRules
