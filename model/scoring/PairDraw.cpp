#include "PairDraw.h"

#include <algorithm>
#include <limits>

namespace {

// SplitMix64 (Steele, Lea, Flood 2014). Written out here because the standard library's
// distributions and std::shuffle may give different sequences on different platforms,
// and a pairing that was projected must be reproducible from its seed.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) without modulo bias (rejection sampling).
    quint64 below(quint64 bound) {
        const quint64 max = std::numeric_limits<quint64>::max();
        const quint64 limit = max - (max % bound);
        quint64 x = next();
        while (x >= limit)
            x = next();
        return x % bound;
    }

private:
    quint64 m_state;
};

void fisherYates(QList<qint64>& ids, SplitMix64& random) {
    for (qsizetype i = ids.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random.below(static_cast<quint64>(i) + 1));
        ids.swapItemsAt(i, j);
    }
}

Pairing chunk(const QList<qint64>& ids) {
    Pairing groups;
    for (qsizetype i = 0; i + 1 < ids.size(); i += 2)
        groups.append(PairGroup{ids.at(i), ids.at(i + 1)});
    if (ids.size() % 2 == 1) {
        if (groups.isEmpty())
            groups.append(PairGroup{ids.last()});
        else
            groups.last().append(ids.last());
    }
    return groups;
}

Pairing canonical(Pairing pairing) {
    for (PairGroup& group : pairing)
        std::sort(group.begin(), group.end());
    std::sort(pairing.begin(), pairing.end());
    return pairing;
}

} // namespace

Pairing PairDraw::draw(const QList<qint64>& roster, quint64 seed, const Pairing& avoid) {
    QList<qint64> ids;
    for (qint64 id : roster)
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    std::sort(ids.begin(), ids.end());

    SplitMix64 random(seed);
    fisherYates(ids, random);
    Pairing groups = chunk(ids);
    if (avoid.isEmpty() || groups.size() < 2)
        return groups;

    // A few more shuffles from the same stream keep the re-draw random; with four people
    // there are only three pairings, so fall back to a swap that always differs.
    for (int attempt = 0; attempt < 8 && samePairing(groups, avoid); ++attempt) {
        fisherYates(ids, random);
        groups = chunk(ids);
    }
    if (samePairing(groups, avoid))
        swapMembers(groups, groups.at(0).first(), groups.at(1).first());
    return groups;
}

bool PairDraw::swapMembers(Pairing& pairing, qint64 first, qint64 second) {
    qsizetype firstGroup = -1, firstIndex = -1, secondGroup = -1, secondIndex = -1;
    for (qsizetype g = 0; g < pairing.size(); ++g) {
        const qsizetype i = pairing.at(g).indexOf(first);
        if (i >= 0 && firstGroup < 0) {
            firstGroup = g;
            firstIndex = i;
        }
        const qsizetype j = pairing.at(g).indexOf(second);
        if (j >= 0 && secondGroup < 0) {
            secondGroup = g;
            secondIndex = j;
        }
    }
    if (firstGroup < 0 || secondGroup < 0 || firstGroup == secondGroup)
        return false;
    pairing[firstGroup][firstIndex] = second;
    pairing[secondGroup][secondIndex] = first;
    return true;
}

bool PairDraw::samePairing(const Pairing& a, const Pairing& b) {
    return canonical(a) == canonical(b);
}

QString PairDraw::note(const Pairing& pairing) {
    if (pairing.size() == 1 && pairing.first().size() == 1)
        return tr("Only one person is here, so they refine their candidate alone.");
    for (const PairGroup& group : pairing)
        if (group.size() == 3)
            return tr("With an odd number of people, one group is a trio.");
    return {};
}
