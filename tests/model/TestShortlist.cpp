// Which candidates reach "share and score": pair candidates, unmerged cards, the room's own.
#include "scoring/Shortlist.h"

#include <QTest>

namespace {
Candidate make(qint64 id, CandidateKind kind, int position = 0, QList<qint64> from = {},
               CandidateStatus status = CandidateStatus::Active) {
    Candidate c;
    c.id = id;
    c.workshopId = 1;
    c.kind = kind;
    c.name = QStringLiteral("c%1").arg(id);
    c.position = position;
    c.mergedFrom = std::move(from);
    c.status = status;
    return c;
}

QList<qint64> ids(const QList<Candidate>& list) {
    QList<qint64> result;
    for (const Candidate& c : list)
        result.append(c.id);
    return result;
}
} // namespace

class TestShortlist : public QObject {
    Q_OBJECT

private slots:
    void ordersPairsThenCardsThenRoom() {
        const QList<Candidate> all = {
            make(1, CandidateKind::Own, 0),
            make(2, CandidateKind::Own, 1),
            make(3, CandidateKind::Own, 2),
            make(4, CandidateKind::Pair, 1, {1, 2}),
            make(5, CandidateKind::Pair, 0, {}),
            make(6, CandidateKind::Room, 0, {4}),
            make(7, CandidateKind::AntiExample),
            make(8, CandidateKind::WarmUp),
            make(9, CandidateKind::Own, 3, {}, CandidateStatus::Eliminated),
        };
        QCOMPARE(ids(Shortlist::considered(all)), (QList<qint64>{5, 4, 3, 9, 6}));
        QCOMPARE(ids(Shortlist::survivors(all)), (QList<qint64>{5, 4, 3, 6}));
    }

    void selfReferenceIsNotAMerge() {
        const QList<Candidate> all = {make(1, CandidateKind::Own, 0, {1})};
        QCOMPARE(ids(Shortlist::considered(all)), QList<qint64>{1});
    }

    void draftCardsArePrivate() {
        QVERIFY(Shortlist::isDraftCard(make(1, CandidateKind::Own)));
        QVERIFY(Shortlist::isDraftCard(make(1, CandidateKind::Pair)));
        QVERIFY(Shortlist::isDraftCard(make(1, CandidateKind::Room)));
        QVERIFY(!Shortlist::isDraftCard(make(1, CandidateKind::AntiExample)));
        QVERIFY(!Shortlist::isDraftCard(make(1, CandidateKind::WarmUp)));
    }
};

QTEST_GUILESS_MAIN(TestShortlist)
#include "TestShortlist.moc"
