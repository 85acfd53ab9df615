#pragma once
// Splits the room into pairs for "pair and share": a seeded, reproducible draw (the same
// seed always gives the same groups, on every platform), one trio when the head count is
// odd, a re-draw that avoids the previous groups, and a manual swap of two people.
#include <QCoreApplication>
#include <QList>

using PairGroup = QList<qint64>; // participant ids; 2 people, 3 in the trio, 1 if alone
using Pairing = QList<PairGroup>;

class PairDraw {
    Q_DECLARE_TR_FUNCTIONS(PairDraw)

public:
    // Groups `roster` (participant ids; duplicates and ids <= 0 are dropped) into pairs.
    // The roster is sorted first, so the result depends on who is there, not on the order
    // the list came in. An odd count of 3 or more gives exactly one trio; one person gives a
    // group of one; nobody gives no groups. When `avoid` is given and at least two different
    // pairings exist (4 or more people), the result is guaranteed to differ from it: this is
    // the re-draw.
    static Pairing draw(const QList<qint64>& roster, quint64 seed, const Pairing& avoid = {});

    // Swaps two people who sit in different groups. Returns false, changing nothing, when
    // either is missing or both are in the same group.
    static bool swapMembers(Pairing& pairing, qint64 first, qint64 second);

    // True when both hold the same groups, whatever the order of groups and members.
    static bool samePairing(const Pairing& a, const Pairing& b);

    // A sentence for the facilitator when the draw is not plain pairs ("one group of three",
    // "works alone"), otherwise empty.
    static QString note(const Pairing& pairing);
};
