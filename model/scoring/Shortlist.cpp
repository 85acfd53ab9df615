#include "Shortlist.h"

#include "Lineage.h"

#include <QSet>

#include <algorithm>

namespace Shortlist {

QList<Candidate> considered(const QList<Candidate>& all) {
    const Lineage lineage(all);
    QList<Candidate> pairs;
    QList<Candidate> cards;
    QList<Candidate> room;
    for (const Candidate& c : all) {
        switch (c.kind) {
        case CandidateKind::Pair:
            pairs.append(c);
            break;
        case CandidateKind::Room:
            room.append(c);
            break;
        case CandidateKind::Own: {
            bool pickedUp = false;
            for (qint64 child : lineage.children(c.id))
                pickedUp = pickedUp || child != c.id;
            if (!pickedUp)
                cards.append(c);
            break;
        }
        case CandidateKind::WarmUp:
        case CandidateKind::AntiExample:
            break;
        }
    }
    const auto byPlace = [](const Candidate& a, const Candidate& b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    std::stable_sort(pairs.begin(), pairs.end(), byPlace);
    std::stable_sort(cards.begin(), cards.end(), byPlace);
    std::stable_sort(room.begin(), room.end(), byPlace);
    return pairs + cards + room;
}

QList<Candidate> survivors(const QList<Candidate>& all) {
    QList<Candidate> result;
    for (const Candidate& c : considered(all))
        if (c.status == CandidateStatus::Active)
            result.append(c);
    return result;
}

bool isDraftCard(const Candidate& candidate) {
    return candidate.kind == CandidateKind::Own || candidate.kind == CandidateKind::Pair ||
           candidate.kind == CandidateKind::Room;
}

} // namespace Shortlist
