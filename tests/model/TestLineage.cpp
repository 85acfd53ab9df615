// Lineage of candidates: built from what, what became of a card, loops, lost originals.
#include "scoring/Lineage.h"

#include <QTest>

class TestLineage : public QObject {
    Q_OBJECT

private slots:
    void ancestorsAndDescendants();
    void originals();
    void unmergedOriginals();
    void cyclesAreSafe();
    void missingIdsAreSkipped();
};

namespace {

Candidate card(qint64 id, QList<qint64> mergedFrom = {}, CandidateKind kind = CandidateKind::Own,
               CandidateStatus status = CandidateStatus::Active) {
    Candidate c;
    c.id = id;
    c.name = QStringLiteral("Card %1").arg(id);
    c.kind = kind;
    c.status = status;
    c.mergedFrom = std::move(mergedFrom);
    return c;
}

// 1, 2, 3, 4: silent-brainstorm cards. 5 = pair(1, 2), 6 = pair(3), 7 = room(5, 6).
QList<Candidate> workshop() {
    return {card(1), card(2), card(3), card(4), card(5, {1, 2}), card(6, {3}), card(7, {5, 6})};
}

} // namespace

void TestLineage::ancestorsAndDescendants() {
    const Lineage lineage(workshop());
    QCOMPARE(lineage.parents(7), (QList<qint64>{5, 6}));
    QCOMPARE(lineage.children(1), (QList<qint64>{5}));
    QCOMPARE(lineage.ancestors(7), (QList<qint64>{5, 6, 1, 2, 3}));
    QCOMPARE(lineage.ancestors(1), QList<qint64>{});
    QCOMPARE(lineage.descendants(1), (QList<qint64>{5, 7}));
    QCOMPARE(lineage.descendants(7), QList<qint64>{});
    QCOMPARE(lineage.descendants(4), QList<qint64>{});
    QCOMPARE(lineage.ancestors(99), QList<qint64>{});
    QVERIFY(!lineage.hasCycle());
}

void TestLineage::originals() {
    const Lineage lineage(workshop());
    QCOMPARE(lineage.originals(7), (QList<qint64>{1, 2, 3}));
    QCOMPARE(lineage.originals(6), (QList<qint64>{3}));
    QCOMPARE(lineage.originals(4), QList<qint64>{});
}

void TestLineage::unmergedOriginals() {
    QCOMPARE(Lineage(workshop()).unmergedOriginals(), (QList<qint64>{4}));

    QList<Candidate> cards = workshop();
    cards << card(8, {}, CandidateKind::AntiExample) << card(9, {}, CandidateKind::WarmUp)
          << card(10, {}, CandidateKind::Own, CandidateStatus::Eliminated)
          << card(11, {11}); // lists itself: still an original nobody picked up
    QCOMPARE(Lineage(cards).unmergedOriginals(), (QList<qint64>{4, 11}));

    // A card only used by an eliminated pair card still counts as picked up.
    cards << card(12, {4}, CandidateKind::Own, CandidateStatus::Eliminated);
    QCOMPARE(Lineage(cards).unmergedOriginals(), (QList<qint64>{11}));
}

void TestLineage::cyclesAreSafe() {
    const Lineage lineage({card(1), card(2, {1, 3}), card(3, {2}), card(4, {4}), card(5, {3})});
    QVERIFY(lineage.hasCycle());
    QCOMPARE(lineage.cycleMembers(), (QList<qint64>{2, 3, 4}));
    QCOMPARE(lineage.ancestors(2), (QList<qint64>{1, 3}));
    QCOMPARE(lineage.ancestors(5), (QList<qint64>{3, 2, 1}));
    QCOMPARE(lineage.descendants(1), (QList<qint64>{2, 3, 5}));
    QCOMPARE(lineage.ancestors(4), QList<qint64>{});
    QCOMPARE(lineage.originals(5), (QList<qint64>{1}));
}

void TestLineage::missingIdsAreSkipped() {
    const Lineage lineage({card(1), card(2, {1, 77, 1})});
    QCOMPARE(lineage.parents(2), (QList<qint64>{1}));
    QCOMPARE(lineage.ancestors(2), (QList<qint64>{1}));
    QCOMPARE(lineage.children(77), QList<qint64>{});
    QCOMPARE(lineage.unmergedOriginals(), QList<qint64>{});
}

QTEST_GUILESS_MAIN(TestLineage)
#include "TestLineage.moc"
