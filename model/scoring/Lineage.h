#pragma once
// Where candidates came from: pair and room candidates list the cards they were refined or
// merged from (Candidate::mergedFrom). Lineage answers "built from what?", "what became
// of this card?" and "which original cards did nobody pick up?". Bad data (a candidate
// listing itself, a loop A -> B -> A, an id that no longer exists) never hangs or crashes
// it: loops are reported, missing ids are skipped.
#include "domain/Candidate.h"

#include <QHash>
#include <QList>
#include <QSet>

class Lineage {
public:
    explicit Lineage(const QList<Candidate>& candidates);

    // The candidates `id` lists in mergedFrom that exist, in the listed order.
    QList<qint64> parents(qint64 id) const;
    // The candidates that list `id` in mergedFrom, in the order given to the constructor.
    QList<qint64> children(qint64 id) const;
    // Everything `id` was built from, transitively, nearest first; never `id` itself.
    QList<qint64> ancestors(qint64 id) const;
    // Everything built from `id`, transitively, nearest first; never `id` itself.
    QList<qint64> descendants(qint64 id) const;
    // The ancestors that were not built from anything: the original cards behind `id`.
    QList<qint64> originals(qint64 id) const;

    // Candidates that are their own ancestor, in constructor order.
    QList<qint64> cycleMembers() const;
    bool hasCycle() const { return !cycleMembers().isEmpty(); }

    // Active own candidates that were not built from anything (the silent-brainstorm cards)
    // and that no other candidate lists in mergedFrom: cards that pairing left behind.
    // Eliminated cards are left out: somebody already decided about them.
    QList<qint64> unmergedOriginals() const;

private:
    QList<qint64> walk(qint64 id, const QHash<qint64, QList<qint64>>& edges) const;

    QList<Candidate> m_candidates;
    QSet<qint64> m_ids;
    QHash<qint64, QList<qint64>> m_parents;
    QHash<qint64, QList<qint64>> m_children;
};
