#include "NorthStarEvolution.h"

#include "storage/WorkshopStore.h"

#include <QSet>

#include <algorithm>

std::optional<NorthStarEvolution> NorthStarEvolution::load(const WorkshopStore& store, qint64 id) {
    const qint64 predecessorId = store.predecessorOf(id);
    if (predecessorId == 0)
        return std::nullopt;
    NorthStarEvolution evolution;
    // Follow the links back; a library edited by hand could hold a loop: stop at a repeat.
    QSet<qint64> seen;
    for (qint64 at = id; at != 0 && !seen.contains(at); at = store.predecessorOf(at)) {
        seen.insert(at);
        if (const std::optional<NorthStarRecord> record = store.northStarRecord(at))
            evolution.lineage.prepend(*record);
    }
    if (evolution.lineage.size() < 2)
        return std::nullopt;
    evolution.checkIns = store.checkIns(predecessorId);
    std::reverse(evolution.checkIns.begin(), evolution.checkIns.end());
    return evolution;
}
