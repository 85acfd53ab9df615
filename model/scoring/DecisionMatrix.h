#pragma once
// The decision matrix: candidates (rows) scored 1..5 against weighted criteria (columns).
// It adds up weighted totals, ranks them with ties visible, names the leader(s), and answers
// "what would flip it?": the smallest single change of one weight or one score that would
// change who leads.
//
// Definitions the stage pages rely on:
// - total = sum over criteria of weight x score; an empty cell counts 0 and marks the row
//   incomplete. Weights are clamped to 1..5; scores outside 1..5 count as empty.
// - ranks use standard competition ranking (totals 19, 19, 16 rank 1, 1, 3); a row is "tied"
//   when another row has the same total. The leaders are the rank-1 rows; there are none
//   while no cell is scored.
// - a flip is one change (one criterion's weight to another value in 1..5, or one filled
//   cell to another value in 1..5) after which the set of leaders is different: somebody
//   else leads alone, a tie appears at the top, or a tie at the top is broken. Empty cells
//   are not guessed at: the row is reported incomplete instead.
// - the smallest flip has the smallest absolute change; on equal size a weight change comes
//   before a score change, then the earlier criterion, then the earlier candidate, then
//   raising before lowering.
#include "domain/Scoring.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

struct MatrixRow {
    qint64 candidateId = 0;
    int total = 0;
    int rank = 0;      // 1 = best
    bool tied = false; // another row has the same total
    int filledCells = 0;
    bool incomplete = false; // at least one criterion has no score for this row
};

struct MatrixFlip {
    enum class Change { Weight, Score };
    Change change = Change::Weight;
    qint64 criterionId = 0;
    qint64 candidateId = 0; // the row whose score changes; 0 for a weight change
    int from = 0;
    int to = 0;
    QList<qint64> leadersBefore;
    QList<qint64> leadersAfter; // in candidate order
    QString sentence;           // translated, e.g. "If 'Actionable' weighed 4 instead of 2, ..."
};

class DecisionMatrix {
    Q_DECLARE_TR_FUNCTIONS(DecisionMatrix)

public:
    static constexpr int MinValue = 1;
    static constexpr int MaxValue = 5;

    // Templates for a new workshop (id 0, weight 1, positions 0..n-1; the store gives ids).
    // The published four-criterion rubric, with equal weights so that the totals match the
    // published example (5/5/4/5 = 19); the facilitator changes weights in the room.
    static QList<MatrixCriterion> standardCriteria();
    // The seven checklist criteria, equal weights, for teams that prefer one rubric.
    static QList<MatrixCriterion> checklistCriteria();

    DecisionMatrix() = default;
    // Criteria are ordered by position (ties keep the given order); scores for unknown
    // criteria or candidates are ignored.
    DecisionMatrix(QList<MatrixCriterion> criteria, const QList<qint64>& candidateIds,
                   const QList<MatrixScore>& scores = {});

    const QList<MatrixCriterion>& criteria() const { return m_criteria; }
    const QList<qint64>& candidates() const { return m_candidates; }

    bool setWeight(qint64 criterionId, int weight);                   // clamped to 1..5
    bool setScore(qint64 criterionId, qint64 candidateId, int value); // 0 clears the cell
    int weight(qint64 criterionId) const;                             // 0 when unknown
    int score(qint64 criterionId, qint64 candidateId) const;          // 0 when empty

    int total(qint64 candidateId) const;
    int maxTotal() const; // every cell at 5
    bool isIncomplete(qint64 candidateId) const;
    bool hasScores() const; // at least one cell is filled

    QList<MatrixRow> rows() const;    // in candidate order
    QList<MatrixRow> ranking() const; // best first; equal totals keep candidate order
    QList<qint64> leaders() const;    // rank-1 candidates in candidate order

    // The smallest single change that changes the leaders (see above), with a sentence that
    // uses `candidateNames` (a missing name reads "candidate <id>"). Nothing when fewer than
    // two candidates, no scores yet, or no single change would do it.
    // Cost: O(criteria x candidates x 5).
    std::optional<MatrixFlip> whatWouldFlip(const QHash<qint64, QString>& candidateNames) const;

private:
    QList<int> totals() const;
    QList<qint64> leadersOf(const QList<int>& totals) const;
    QString flipSentence(const MatrixFlip& flip, const QHash<qint64, QString>& names) const;

    QList<MatrixCriterion> m_criteria;
    QList<qint64> m_candidates;
    QList<QList<int>> m_cells; // [candidate][criterion], 0 = empty
};
