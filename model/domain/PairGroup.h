#pragma once
// One group of pair-and-share as the library keeps it: two people, three in the trio, one
// when somebody works alone. Pair candidates point at the group that wrote them.
#include <QList>

struct PairGroupRecord {
    qint64 id = 0;
    qint64 workshopId = 0;
    int position = 0;
    QList<qint64> members; // participant ids, in seating order

    friend bool operator==(const PairGroupRecord&, const PairGroupRecord&) = default;
};
