#include "RoomJudgementView.h"

#include "RoomFrameBytes.h"
#include "RoomProtocol.h"
#include "RoomRules.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "scoring/DotVote.h"
#include "scoring/Shortlist.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>

namespace {

QJsonObject candidateJson(const Candidate& c) {
    return {{QStringLiteral("card"), RoomProtocol::keyOfCandidate(c.id)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("behaviour"), c.behaviour},
            {QStringLiteral("measure"), c.measure},
            {QStringLiteral("definition"), c.definition}};
}

DotVote dotVoteOf(const RoomVoting& voting) {
    DotVote vote(voting.dotsPerPerson, voting.maxPerCandidate);
    vote.setVotes(voting.votes);
    return vote;
}

} // namespace

namespace RoomJudgementView {

RoomScoring readScoring(const WorkshopSession& session) {
    RoomScoring scoring;
    const WorkshopStore& store = session.store();
    const qint64 id = session.workshopId();
    if (const auto workshop = store.workshop(id))
        scoring.perPerson = workshop->checklistPerPerson;
    scoring.criteria = Playbook::standard().checklist();
    // The projector shows no silent card before the reveal (ScoreView), and neither do phones.
    bool withheld = false;
    const QList<Candidate> considered =
        Reveal::seenByRoom(store, id, Shortlist::considered(store.candidates(id)), &withheld);
    scoring.count = int(considered.size());
    scoring.hidden = withheld && considered.isEmpty();
    if (considered.isEmpty())
        return scoring;
    // As the Score page picks it: the focused one, else the first.
    const int focus = store.stageState(id, QString(StageKeys::Score)).focus;
    int at = 0;
    for (int i = 0; i < considered.size(); ++i)
        if (considered.at(i).id == focus)
            at = i;
    if (considered.at(at).status != CandidateStatus::Active)
        return scoring;
    scoring.candidate = considered.at(at);
    scoring.index = at + 1;
    if (scoring.perPerson)
        for (const ChecklistScore& s : store.checklistScores(id))
            if (s.candidateId == scoring.candidate->id && s.participantId > 0)
                scoring.answers.append(s);
    return scoring;
}

RoomVoting readVoting(const WorkshopSession& session) {
    RoomVoting voting;
    const WorkshopStore& store = session.store();
    const qint64 id = session.workshopId();
    const auto workshop = store.workshop(id);
    voting.dotsPerPerson = workshop ? workshop->dotsPerPerson : DotVote::DefaultDotsPerPerson;
    voting.maxPerCandidate =
        workshop ? workshop->maxDotsPerCandidate : DotVote::DefaultMaxPerCandidate;
    voting.closed = store.stageState(id, QString(StageKeys::Decide)).revealed;
    voting.done = store.votesDone(id);
    // As on the projector (DecideView): no silent card before the reveal.
    bool withheld = false;
    voting.survivors =
        Reveal::seenByRoom(store, id, Shortlist::survivors(store.candidates(id)), &withheld);
    voting.hidden = withheld && voting.survivors.isEmpty();
    if (voting.hidden)
        return voting;
    voting.votes = store.votes(id);
    return voting;
}

} // namespace RoomJudgementView

using RoomFrameBytes::add;
using RoomFrameBytes::boolean;

ScoreFrames::ScoreFrames(const RoomScoring& scoring, const QList<Participant>& people)
    : m_scoring(scoring) {
    QJsonArray criteria;
    for (const ChecklistCriterion& c : scoring.criteria)
        criteria.append(QJsonObject{{QStringLiteral("key"), c.key},
                                    {QStringLiteral("title"), c.title},
                                    {QStringLiteral("meaning"), c.meaning},
                                    {QStringLiteral("question"), c.question}});
    QJsonObject result{{QStringLiteral("perPerson"), scoring.perPerson},
                       {QStringLiteral("criteria"), criteria},
                       {QStringLiteral("people"), int(people.size())},
                       {QStringLiteral("hidden"), scoring.hidden}};
    if (!scoring.candidate) {
        result.insert(QStringLiteral("candidate"), QJsonValue());
        result.insert(QStringLiteral("answered"), 0);
        m_shared = RoomFrameBytes::open(result);
        return;
    }
    QJsonObject candidate = candidateJson(*scoring.candidate);
    candidate.insert(QStringLiteral("index"), scoring.index);
    candidate.insert(QStringLiteral("count"), scoring.count);
    result.insert(QStringLiteral("candidate"), candidate);
    // Who answered what stays on the laptop: only MY answers, and how many answered all.
    QHash<qint64, int> answeredBy;
    for (const ChecklistScore& s : scoring.answers) {
        const bool known =
            std::any_of(scoring.criteria.cbegin(), scoring.criteria.cend(),
                        [&](const ChecklistCriterion& c) { return c.key == s.criterion; });
        if (known)
            ++answeredBy[s.participantId];
    }
    int answered = 0;
    for (const Participant& p : people)
        if (!scoring.criteria.isEmpty() && answeredBy.value(p.id) >= scoring.criteria.size())
            ++answered;
    result.insert(QStringLiteral("answered"), answered);
    m_shared = RoomFrameBytes::open(result);
}

QByteArray ScoreFrames::member(qint64 participantId) const {
    QByteArray bytes = m_shared;
    if (m_scoring.candidate && m_scoring.perPerson && participantId > 0) {
        QJsonObject mine;
        for (const ChecklistScore& s : m_scoring.answers) {
            if (s.participantId != participantId)
                continue;
            const bool known =
                std::any_of(m_scoring.criteria.cbegin(), m_scoring.criteria.cend(),
                            [&](const ChecklistCriterion& c) { return c.key == s.criterion; });
            if (known)
                mine.insert(s.criterion, RoomProtocol::answerKey(s.answer));
        }
        add(bytes, "mine", RoomFrameBytes::value(mine));
    }
    return bytes + '}';
}

VoteFrames::VoteFrames(const RoomVoting& voting, const QList<Participant>& people)
    : m_voting(voting)
    , m_dots(dotVoteOf(voting)) {
    QList<qint64> ids;
    for (const Candidate& c : voting.survivors) {
        m_candidates.append({c.id, RoomFrameBytes::open(candidateJson(c))});
        ids.append(c.id);
    }
    int finished = 0;
    for (const Participant& p : people)
        if (RoomRules::finishedVoting(m_dots, p.id, voting.done))
            ++finished;
    QJsonObject result{{QStringLiteral("hidden"), voting.hidden},
                       {QStringLiteral("closed"), voting.closed},
                       {QStringLiteral("dotsPerPerson"), voting.dotsPerPerson},
                       {QStringLiteral("maxPerCandidate"), voting.maxPerCandidate},
                       {QStringLiteral("finished"), finished},
                       {QStringLiteral("people"), int(people.size())}};
    // Before the close nothing lets a phone work out anybody else's dots: no tally.
    if (voting.closed) {
        QJsonArray tally;
        for (const DotTally& t : m_dots.tally(ids))
            tally.append(
                QJsonObject{{QStringLiteral("card"), RoomProtocol::keyOfCandidate(t.candidateId)},
                            {QStringLiteral("dots"), t.dots},
                            {QStringLiteral("voters"), t.voters},
                            {QStringLiteral("rank"), t.rank},
                            {QStringLiteral("tied"), t.tied}});
        result.insert(QStringLiteral("tally"), tally);
    }
    m_shared = RoomFrameBytes::open(result);
}

QByteArray VoteFrames::member(qint64 participantId) const {
    QByteArray candidates = "[";
    for (const auto& [id, open] : m_candidates) {
        if (candidates.size() > 1)
            candidates += ',';
        candidates += open;
        candidates += ",\"mine\":";
        candidates += QByteArray::number(m_dots.dots(participantId, id));
        candidates += '}';
    }
    candidates += ']';
    QByteArray bytes = m_shared;
    add(bytes, "left", QByteArray::number(m_dots.dotsLeft(participantId)));
    add(bytes, "done", boolean(m_voting.done.contains(participantId)));
    add(bytes, "overLimit", boolean(RoomRules::overLimit(m_dots, participantId)));
    add(bytes, "candidates", candidates);
    return bytes + '}';
}
