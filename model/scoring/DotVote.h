#pragma once
// Dot voting: each person has a few dots (3 by default) to spread over candidates, at most a
// few on any one candidate (2 by default). It says whether a dot may be placed and, when
// not, why in words for the room; it tallies dots per candidate with ranks and visible ties.
#include "domain/Scoring.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

struct DotTally {
    qint64 candidateId = 0;
    int dots = 0;
    int voters = 0;    // people who put at least one dot on it
    int rank = 0;      // standard competition ranking: 5, 5, 2 dots rank 1, 1, 3
    bool tied = false; // another candidate has the same number of dots
};

class DotVote {
    Q_DECLARE_TR_FUNCTIONS(DotVote)

public:
    static constexpr int DefaultDotsPerPerson = 3;
    static constexpr int DefaultMaxPerCandidate = 2;

    // Both limits are at least 1; the per-candidate cap never exceeds the dots per person.
    explicit DotVote(int dotsPerPerson = DefaultDotsPerPerson,
                     int maxPerCandidate = DefaultMaxPerCandidate);

    int dotsPerPerson() const { return m_dotsPerPerson; }
    int maxPerCandidate() const { return m_maxPerCandidate; }

    // Replaces the placed dots (as the store returns them; entries for the same person and
    // candidate add up, entries with no dots are ignored). Stored votes beyond the caps
    // still count in the tally; they only stop further dots.
    void setVotes(const QList<Vote>& votes);
    // One entry per person and candidate with dots, in the order they were first placed.
    QList<Vote> votes() const;

    int dots(qint64 participantId, qint64 candidateId) const;
    int dotsUsed(qint64 participantId) const;
    int dotsLeft(qint64 participantId) const;

    bool canPlace(qint64 participantId, qint64 candidateId) const;
    // Why a dot cannot be placed, e.g. "Ana has used all 3 dots." or "At most 2 dots per
    // candidate."; empty when it can.
    QString placementProblem(qint64 participantId, const QString& participantName,
                             qint64 candidateId) const;
    // Places one dot; on refusal changes nothing and sets `problem` (when given).
    bool place(qint64 participantId, qint64 candidateId, const QString& participantName = {},
               QString* problem = nullptr);
    // Takes one dot back; false when there was none.
    bool remove(qint64 participantId, qint64 candidateId);

    // One row per candidate in `candidateIds` (dots on other candidates are not counted),
    // best first; equal counts keep the given order.
    QList<DotTally> tally(const QList<qint64>& candidateIds) const;
    // The candidates with the most dots, in the given order; empty while nobody has voted.
    QList<qint64> leaders(const QList<qint64>& candidateIds) const;
    // The people in `roster` who still have dots to place, in roster order.
    QList<qint64> stillVoting(const QList<qint64>& roster) const;

private:
    int m_dotsPerPerson;
    int m_maxPerCandidate;
    QList<Vote> m_votes;
};
