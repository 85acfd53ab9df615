#include "Lineage.h"

#include <QQueue>

Lineage::Lineage(const QList<Candidate>& candidates)
    : m_candidates(candidates) {
    for (const Candidate& c : candidates)
        m_ids.insert(c.id);
    for (const Candidate& c : candidates) {
        QList<qint64>& parents = m_parents[c.id];
        for (qint64 parent : c.mergedFrom) {
            if (!m_ids.contains(parent) || parents.contains(parent))
                continue;
            parents.append(parent);
            m_children[parent].append(c.id);
        }
    }
}

QList<qint64> Lineage::parents(qint64 id) const {
    return m_parents.value(id);
}

QList<qint64> Lineage::children(qint64 id) const {
    return m_children.value(id);
}

// Breadth-first, each node once: terminates on any graph, loops included.
QList<qint64> Lineage::walk(qint64 id, const QHash<qint64, QList<qint64>>& edges) const {
    QList<qint64> found;
    QSet<qint64> seen{id};
    QQueue<qint64> queue;
    queue.enqueue(id);
    while (!queue.isEmpty()) {
        for (qint64 next : edges.value(queue.dequeue())) {
            if (seen.contains(next))
                continue;
            seen.insert(next);
            found.append(next);
            queue.enqueue(next);
        }
    }
    return found;
}

QList<qint64> Lineage::ancestors(qint64 id) const {
    return walk(id, m_parents);
}

QList<qint64> Lineage::descendants(qint64 id) const {
    return walk(id, m_children);
}

QList<qint64> Lineage::originals(qint64 id) const {
    QList<qint64> roots;
    for (qint64 ancestor : ancestors(id))
        if (parents(ancestor).isEmpty())
            roots.append(ancestor);
    return roots;
}

QList<qint64> Lineage::cycleMembers() const {
    QList<qint64> members;
    for (const Candidate& c : m_candidates) {
        if (members.contains(c.id))
            continue;
        // walk() never lists its start, so look for an edge back into it.
        bool onCycle = m_parents.value(c.id).contains(c.id);
        for (qint64 ancestor : ancestors(c.id))
            onCycle = onCycle || m_parents.value(ancestor).contains(c.id);
        if (onCycle)
            members.append(c.id);
    }
    return members;
}

QList<qint64> Lineage::unmergedOriginals() const {
    QList<qint64> result;
    for (const Candidate& c : m_candidates) {
        if (c.kind != CandidateKind::Own || c.status != CandidateStatus::Active)
            continue;
        QList<qint64> builtFrom = parents(c.id);
        builtFrom.removeAll(c.id); // a card listing itself is bad data, not a merge
        if (!builtFrom.isEmpty())
            continue;
        bool pickedUp = false;
        for (qint64 child : children(c.id))
            pickedUp = pickedUp || child != c.id;
        if (!pickedUp)
            result.append(c.id);
    }
    return result;
}
