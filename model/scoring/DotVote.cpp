#include "DotVote.h"

#include <algorithm>

DotVote::DotVote(int dotsPerPerson, int maxPerCandidate)
    : m_dotsPerPerson(std::max(1, dotsPerPerson))
    , m_maxPerCandidate(std::clamp(maxPerCandidate, 1, m_dotsPerPerson)) {}

void DotVote::setVotes(const QList<Vote>& votes) {
    m_votes.clear();
    for (const Vote& vote : votes) {
        if (vote.dots <= 0)
            continue;
        auto it = std::find_if(m_votes.begin(), m_votes.end(), [&](const Vote& v) {
            return v.participantId == vote.participantId && v.candidateId == vote.candidateId;
        });
        if (it == m_votes.end())
            m_votes << vote;
        else
            it->dots += vote.dots;
    }
}

QList<Vote> DotVote::votes() const {
    return m_votes;
}

int DotVote::dots(qint64 participantId, qint64 candidateId) const {
    for (const Vote& vote : m_votes)
        if (vote.participantId == participantId && vote.candidateId == candidateId)
            return vote.dots;
    return 0;
}

int DotVote::dotsUsed(qint64 participantId) const {
    int used = 0;
    for (const Vote& vote : m_votes)
        if (vote.participantId == participantId)
            used += vote.dots;
    return used;
}

int DotVote::dotsLeft(qint64 participantId) const {
    return std::max(0, m_dotsPerPerson - dotsUsed(participantId));
}

bool DotVote::canPlace(qint64 participantId, qint64 candidateId) const {
    return dotsLeft(participantId) > 0 && dots(participantId, candidateId) < m_maxPerCandidate;
}

QString DotVote::placementProblem(qint64 participantId, const QString& participantName,
                                  qint64 candidateId) const {
    const QString name =
        participantName.trimmed().isEmpty() ? tr("This person") : participantName.trimmed();
    if (dotsLeft(participantId) == 0)
        return m_dotsPerPerson == 1
                   ? tr("%1 has used their only dot.").arg(name)
                   : tr("%1 has used all %2 dots.").arg(name, QString::number(m_dotsPerPerson));
    if (dots(participantId, candidateId) >= m_maxPerCandidate)
        return m_maxPerCandidate == 1 ? tr("At most one dot per candidate.")
                                      : tr("At most %1 dots per candidate.").arg(m_maxPerCandidate);
    return {};
}

bool DotVote::place(qint64 participantId, qint64 candidateId, const QString& participantName,
                    QString* problem) {
    if (!canPlace(participantId, candidateId)) {
        if (problem)
            *problem = placementProblem(participantId, participantName, candidateId);
        return false;
    }
    for (Vote& vote : m_votes) {
        if (vote.participantId == participantId && vote.candidateId == candidateId) {
            ++vote.dots;
            return true;
        }
    }
    m_votes << Vote{participantId, candidateId, 1};
    return true;
}

bool DotVote::remove(qint64 participantId, qint64 candidateId) {
    for (qsizetype i = 0; i < m_votes.size(); ++i) {
        Vote& vote = m_votes[i];
        if (vote.participantId == participantId && vote.candidateId == candidateId) {
            if (--vote.dots == 0)
                m_votes.removeAt(i);
            return true;
        }
    }
    return false;
}

QList<DotTally> DotVote::tally(const QList<qint64>& candidateIds) const {
    QList<DotTally> rows;
    for (qint64 id : candidateIds) {
        if (std::any_of(rows.begin(), rows.end(),
                        [&](const DotTally& r) { return r.candidateId == id; }))
            continue;
        DotTally row;
        row.candidateId = id;
        for (const Vote& vote : m_votes) {
            if (vote.candidateId == id) {
                row.dots += vote.dots;
                ++row.voters;
            }
        }
        rows << row;
    }
    for (DotTally& row : rows) {
        row.rank = 1 + int(std::count_if(rows.begin(), rows.end(), [&](const DotTally& other) {
                       return other.dots > row.dots;
                   }));
        row.tied = std::count_if(rows.begin(), rows.end(),
                                 [&](const DotTally& other) { return other.dots == row.dots; }) > 1;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const DotTally& a, const DotTally& b) { return a.rank < b.rank; });
    return rows;
}

QList<qint64> DotVote::leaders(const QList<qint64>& candidateIds) const {
    QList<qint64> result;
    for (const DotTally& row : tally(candidateIds))
        if (row.rank == 1 && row.dots > 0)
            result << row.candidateId;
    return result;
}

QList<qint64> DotVote::stillVoting(const QList<qint64>& roster) const {
    QList<qint64> result;
    for (qint64 id : roster)
        if (dotsLeft(id) > 0 && !result.contains(id))
            result << id;
    return result;
}
