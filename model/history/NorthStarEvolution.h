#pragma once
// How a product's North Star came to be what a workshop chose: the chain of workshops it
// revisits, oldest first and ending with it (date, North Star, kept or changed and why), and
// the check-ins the team made on the North Star before it (on its predecessor's, oldest
// first). Read from the store in one go for the PDF's page "How our North Star evolved".
#include "domain/CheckIn.h"
#include "domain/NorthStarRecord.h"

#include <QList>

#include <optional>

class WorkshopStore;

struct NorthStarEvolution {
    QList<NorthStarRecord> lineage; // oldest first; the last is the workshop reported on
    QList<CheckIn> checkIns;        // on the predecessor's North Star, oldest first

    // Nothing when workshop `id` revisits no workshop (or its predecessor is gone).
    static std::optional<NorthStarEvolution> load(const WorkshopStore& store, qint64 id);

    const NorthStarRecord* predecessor() const {
        return lineage.size() >= 2 ? &lineage.at(lineage.size() - 2) : nullptr;
    }

    friend bool operator==(const NorthStarEvolution&, const NorthStarEvolution&) = default;
};
