#pragma once
// The silent brainstorm's cards as the room last read them, kept in step with the store's
// change stream so that a state push does not read every card again: after a commit that
// named its candidates only those are read; after one that named none (a new draw of pairs,
// an import), or changed the roster (a person removed leaves their cards without an author),
// all of them are. The cards are the ones WorkshopStore::silentCards() gives, in its order.
#include "domain/Candidate.h"

#include <QList>
#include <QSet>

class WorkshopStore;
struct WorkshopChanges;

class RoomCardCache {
public:
    RoomCardCache(const WorkshopStore& store, qint64 workshopId);

    // Call for every commit of the store, before cards() is next asked for.
    void changed(const WorkshopChanges& changes);
    // Reads everything again next time.
    void forget();
    const QList<Candidate>& cards();

private:
    const WorkshopStore& m_store;
    qint64 m_workshopId;
    QList<Candidate> m_cards;
    bool m_known = false;
    QSet<qint64> m_stale; // ids named since the last read
};
