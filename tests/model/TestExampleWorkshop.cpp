// The Harvest Box example workshop's block 6, "Draft our own and converge", is complete and
// consistent: every person's silent cards, the seeded pair draw and the pairs' candidates
// with their lineage, the checklist, one card set aside with a reason, a fully scored
// matrix, a dot vote within its caps, the stages the room saw revealed, and the chosen North
// Star with inputs, guardrail, open questions and next steps that the converge check accepts.
#include "TestLibrary.h"
#include "domain/ProductName.h"
#include "domain/StageKeys.h"
#include "history/WorkshopComparison.h"
#include "playbook/ExampleWorkshop.h"
#include "scoring/ChecklistTally.h"
#include "scoring/ConvergeCheck.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"
#include "scoring/Lineage.h"
#include "scoring/PairDraw.h"
#include "scoring/Shortlist.h"

#include <QSet>
#include <QTest>

class TestExampleWorkshop : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void silentCardsForEveryone();
    void pairsDrawnFromTheSeedWithLineage();
    void scoredEliminatedAndVoted();
    void chosenNorthStarPassesTheConvergeCheck();
    void buildsTheSameTwiceInOneLibrary();
    void revisitKeepsTheNorthStarAndChangesOneInput();

private:
    WorkshopStore& store() { return m_library->store(); }
    QList<Candidate> ofKind(CandidateKind kind) {
        QList<Candidate> result;
        for (const Candidate& c : store().candidates(m_id))
            if (c.kind == kind)
                result << c;
        return result;
    }

    std::unique_ptr<TestLibrary> m_library;
    qint64 m_id = 0;
};

void TestExampleWorkshop::init() {
    m_library = std::make_unique<TestLibrary>();
    const auto id = ExampleWorkshop::create(store());
    QVERIFY2(id, qPrintable(store().lastError()));
    m_id = *id;
}

void TestExampleWorkshop::cleanup() {
    m_library.reset();
}

void TestExampleWorkshop::silentCardsForEveryone() {
    QSet<qint64> authors;
    for (const Candidate& c : ofKind(CandidateKind::Own)) {
        QVERIFY2(!c.name.isEmpty() && !c.definition.isEmpty(), qPrintable(c.name));
        QVERIFY2(!c.behaviour.isEmpty() && !c.measure.isEmpty(), qPrintable(c.name)); // template
        QVERIFY(c.mergedFrom.isEmpty());
        authors.insert(c.authorId);
    }
    for (const Participant& p : store().participants(m_id))
        QVERIFY2(authors.contains(p.id), qPrintable(p.name));
    QVERIFY(store().stageState(m_id, QStringLiteral("draft.silent")).revealed);
}

void TestExampleWorkshop::pairsDrawnFromTheSeedWithLineage() {
    const Workshop w = *store().workshop(m_id);
    QVERIFY(w.pairSeed != 0);
    QList<qint64> roster;
    for (const Participant& p : store().participants(m_id))
        roster << p.id;
    const QList<PairGroupRecord> groups = store().pairGroups(m_id);
    Pairing stored;
    for (const PairGroupRecord& g : groups)
        stored << g.members;
    // The stored pairs are exactly what the seed draws: the draw can be shown again.
    QVERIFY(PairDraw::samePairing(stored, PairDraw::draw(roster, w.pairSeed)));
    QCOMPARE(groups.size(), 3); // seven people: two pairs and a trio

    const QList<Candidate> all = store().candidates(m_id);
    QHash<qint64, Candidate> byId;
    for (const Candidate& c : all)
        byId.insert(c.id, c);
    const QList<Candidate> pairs = ofKind(CandidateKind::Pair);
    QCOMPARE(pairs.size(), groups.size());
    QSet<qint64> pairIds;
    for (const Candidate& c : pairs) {
        const auto group = std::find_if(groups.begin(), groups.end(),
                                        [&](const PairGroupRecord& g) { return g.id == c.pairId; });
        QVERIFY2(group != groups.end(), qPrintable(c.name));
        pairIds.insert(c.pairId);
        QVERIFY(!c.mergedFrom.isEmpty());
        // A pair builds on its own members' cards.
        for (qint64 source : c.mergedFrom) {
            QVERIFY(byId.contains(source));
            QCOMPARE(byId.value(source).kind, CandidateKind::Own);
            QVERIFY2(group->members.contains(byId.value(source).authorId), qPrintable(c.name));
        }
    }
    QCOMPARE(pairIds.size(), groups.size()); // one candidate per pair
    QVERIFY(!Lineage(all).hasCycle());
}

void TestExampleWorkshop::scoredEliminatedAndVoted() {
    const Workshop w = *store().workshop(m_id);
    const QList<Candidate> all = store().candidates(m_id);
    const QList<Candidate> considered = Shortlist::considered(all);
    const QList<ChecklistScore> scores = store().checklistScores(m_id);
    int eliminated = 0;
    for (const Candidate& c : considered) {
        QVERIFY2(ChecklistTally::summarize(c.id, scores).isComplete(), qPrintable(c.name));
        if (c.status == CandidateStatus::Eliminated) {
            ++eliminated;
            QVERIFY(!c.eliminationReason.isEmpty());
        }
    }
    QCOMPARE(eliminated, 1);

    const QList<Candidate> survivors = Shortlist::survivors(all);
    QList<qint64> ids;
    for (const Candidate& c : survivors)
        ids << c.id;
    QVERIFY(ids.size() >= 3);
    const QList<MatrixCriterion> criteria = store().matrixCriteria(m_id);
    const QList<MatrixCriterion> standard = DecisionMatrix::standardCriteria();
    QCOMPARE(criteria.size(), standard.size());
    for (int i = 0; i < criteria.size(); ++i)
        QCOMPARE(criteria.at(i).name, standard.at(i).name);
    QVERIFY(std::any_of(criteria.begin(), criteria.end(),
                        [](const MatrixCriterion& c) { return c.weight > 1; }));
    const DecisionMatrix matrix(criteria, ids, store().matrixScores(m_id));
    for (const MatrixRow& row : matrix.rows())
        QVERIFY(!row.incomplete);
    QCOMPARE(matrix.leaders(), QList<qint64>{w.northStarId});

    DotVote vote(w.dotsPerPerson, w.maxDotsPerCandidate);
    vote.setVotes(store().votes(m_id));
    for (const Participant& p : store().participants(m_id)) {
        QCOMPARE(vote.dotsUsed(p.id), w.dotsPerPerson); // everyone voted, within the cap
        for (qint64 id : ids)
            QVERIFY(vote.dots(p.id, id) <= w.maxDotsPerCandidate);
    }
    for (const Vote& v : store().votes(m_id))
        QVERIFY(ids.contains(v.candidateId)); // dots only on survivors
    QCOMPARE(vote.leaders(ids), QList<qint64>{w.northStarId});
    QVERIFY(store().stageState(m_id, QStringLiteral("draft.decide")).revealed);
}

void TestExampleWorkshop::chosenNorthStarPassesTheConvergeCheck() {
    const Workshop w = *store().workshop(m_id);
    const auto metric = store().candidate(w.northStarId);
    QVERIFY(metric);
    QCOMPARE(metric->name, QStringLiteral("Weekly cooked meals per active household"));
    const QList<Input> inputs = store().inputs(metric->id);
    const QList<ConvergeIssue> issues = ConvergeCheck::check(*metric, inputs);
    QStringList messages;
    for (const ConvergeIssue& issue : issues)
        messages << issue.message;
    QVERIFY2(issues.isEmpty(), qPrintable(messages.join(u'\n'))); // no errors, no warnings
    QSet<InputPattern> patterns;
    for (const Input& input : inputs)
        patterns.insert(input.pattern);
    QCOMPARE(patterns.size(), inputs.size()); // one of each pattern
    QVERIFY(!w.guardrailName.isEmpty() && !w.guardrailDefinition.isEmpty());
    QCOMPARE(w.game, Game::Transaction);

    int questions = 0;
    int steps = 0;
    for (const FollowUp& f : store().followUps(m_id)) {
        QVERIFY2(!f.owner.isEmpty(), qPrintable(f.text));
        QVERIFY2(f.due.isValid() && f.due > w.createdAt.date(), qPrintable(f.text));
        (f.kind == FollowUpKind::NextStep ? steps : questions)++;
    }
    QVERIFY(questions >= 2);
    QVERIFY(steps >= 2);
}

void TestExampleWorkshop::buildsTheSameTwiceInOneLibrary() {
    // A second example in the same library has other ids but the same draw and choice.
    const auto second = ExampleWorkshop::create(store());
    QVERIFY2(second, qPrintable(store().lastError()));
    const Workshop a = *store().workshop(m_id);
    const Workshop b = *store().workshop(*second);
    QCOMPARE(b.pairSeed, a.pairSeed);
    QCOMPARE(store().candidate(b.northStarId)->name, store().candidate(a.northStarId)->name);
    QCOMPARE(store().candidate(b.northStarId)->pairId != 0, true);
    const auto group = [&](qint64 workshop, qint64 pairId) {
        QStringList names;
        for (const PairGroupRecord& g : store().pairGroups(workshop))
            if (g.id == pairId)
                for (const Participant& p : store().participants(workshop))
                    if (g.members.contains(p.id))
                        names << p.name;
        return names;
    };
    QCOMPARE(group(*second, store().candidate(b.northStarId)->pairId),
             group(m_id, store().candidate(a.northStarId)->pairId));
}

// --example's pair: the example nine months ago, then a revisit that keeps its North Star,
// changes exactly one input and says why; both ids, oldest first, one product.
void TestExampleWorkshop::revisitKeepsTheNorthStarAndChangesOneInput() {
    TestLibrary library;
    WorkshopStore& s = library.store();
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    s.setClock([now] { return now; });
    const auto ids = ExampleWorkshop::createWithRevisit(s);
    QVERIFY2(ids, qPrintable(s.lastError()));
    QCOMPARE(ids->size(), 2);
    const qint64 first = ids->at(0);
    const qint64 revisit = ids->at(1);
    QVERIFY(first < revisit);
    QCOMPARE(s.clock()(), now); // the clock is given back
    const NorthStarRecord before = *s.northStarRecord(first);
    const NorthStarRecord after = *s.northStarRecord(revisit);
    QCOMPARE(before.date, now.addMonths(-9));
    QCOMPARE(after.date, now);
    QCOMPARE(after.predecessorId, first);
    QCOMPARE(after.outcome(), NorthStarOutcome::Kept);
    QVERIFY(!after.changeNote.isEmpty());
    const QList<NorthStarRecord> history = s.productHistory(ProductName::key(before.product));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).workshopId, revisit);

    const WorkshopComparison comparison(before, after);
    QVERIFY(!comparison.northStarChanged());
    QVERIFY(!comparison.guardrailChanged());
    QCOMPARE(comparison.game(), Difference::Same);
    QCOMPARE(comparison.keptInputs(), before.inputs.size() - 1);
    int changed = 0;
    for (const InputDifference& input : comparison.inputs())
        if (!input.kept()) {
            ++changed;
            QVERIFY(input.has(InputChange::Renamed));
            QVERIFY(input.has(InputChange::Redefined));
        }
    QCOMPARE(changed, 1);
    // Between the two, check-ins on the first North Star, so its chart shows at once; the
    // confidence in the input the revisit replaces falls.
    const QList<CheckIn> checkIns = s.checkIns(first);
    QCOMPARE(checkIns.size(), 2);
    for (const CheckIn& c : checkIns) {
        QVERIFY(c.date > before.date.date() && c.date < after.date.date());
        QCOMPARE(c.inputs.size(), before.inputs.size());
        QVERIFY(!c.learned.isEmpty());
    }
    qint64 replaced = 0;
    for (const Input& input : before.inputs)
        if (input.pattern == InputPattern::Frequency)
            replaced = input.id;
    QVERIFY(checkIns.at(0).confidenceIn(replaced) < checkIns.at(1).confidenceIn(replaced));
    QVERIFY(s.checkIns(revisit).isEmpty());
    // The revisit's own blocks hold the room's notes.
    const QList<CustomStage> blocks = s.customStages(revisit);
    QCOMPARE(blocks.size(), 2);
    QVERIFY(!s.stageState(revisit, blocks.at(0).stageKey).notes.isEmpty());
    // Its Decide stage has something to show: a challenger survived the checklist, every
    // survivor is scored in every criterion, and the closed vote leads with the incumbent.
    const QList<Candidate> survivors = Shortlist::survivors(s.candidates(revisit));
    QCOMPARE(survivors.size(), 2);
    QCOMPARE(s.matrixCriteria(revisit).size(), 4);
    QCOMPARE(s.matrixScores(revisit).size(), 4 * survivors.size());
    QVERIFY(s.stageState(revisit, QString(StageKeys::Decide)).revealed);
    DotVote vote;
    vote.setVotes(s.votes(revisit));
    QList<qint64> survivorIds;
    for (const Candidate& c : survivors)
        survivorIds << c.id;
    QCOMPARE(vote.leaders(survivorIds), QList<qint64>{after.northStarId});
    for (const Participant& p : s.participants(revisit))
        QCOMPARE(vote.dotsUsed(p.id), DotVote::DefaultDotsPerPerson);
}

QTEST_GUILESS_MAIN(TestExampleWorkshop)
#include "TestExampleWorkshop.moc"
