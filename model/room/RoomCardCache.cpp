#include "RoomCardCache.h"

#include "storage/WorkshopChange.h"
#include "storage/WorkshopStore.h"

#include <algorithm>
#include <tuple>

RoomCardCache::RoomCardCache(const WorkshopStore& store, qint64 workshopId)
    : m_store(store)
    , m_workshopId(workshopId) {}

void RoomCardCache::changed(const WorkshopChanges& changes) {
    if (!m_known || !changes.concerns(m_workshopId))
        return;
    if (changes.has(ChangeKinds(ChangeKind::Library) | ChangeKind::Roster) ||
        (changes.has(ChangeKind::Candidate) && changes.candidateIds.isEmpty())) {
        forget();
        return;
    }
    if (changes.has(ChangeKind::Candidate))
        m_stale.unite(changes.candidateIds);
}

void RoomCardCache::forget() {
    m_known = false;
    m_stale.clear();
    m_cards.clear();
}

const QList<Candidate>& RoomCardCache::cards() {
    if (!m_known) {
        m_cards = m_store.silentCards(m_workshopId);
        m_known = true;
        m_stale.clear();
        return m_cards;
    }
    if (m_stale.isEmpty())
        return m_cards;
    const QList<qint64> ids(m_stale.cbegin(), m_stale.cend());
    m_stale.clear();
    std::optional<QList<Candidate>> fresh = m_store.silentCards(m_workshopId, ids);
    if (!fresh) { // the read failed: everything again next time rather than a guess
        forget();
        m_cards = m_store.silentCards(m_workshopId);
        m_known = true;
        return m_cards;
    }
    const QSet<qint64> named(ids.cbegin(), ids.cend());
    m_cards.removeIf([&](const Candidate& c) { return named.contains(c.id); });
    m_cards.append(*fresh);
    std::sort(m_cards.begin(), m_cards.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
    return m_cards;
}
