// Revisits through the store: the plan seeded from a workshop, the lineage written in one
// transaction, kept or changed derived from the incumbent, one incumbent per workshop, a
// predecessor deleted or purged, and how often a product's North Star changed.
#include "HistoryFixtures.h"
#include "HostileText.h"
#include "TestLibrary.h"

#include "agenda/AgendaPlan.h"
#include "domain/ProductName.h"
#include "domain/TextLimits.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestRevisit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seedCarriesTheNorthStarOver();
    void seedRefusesAWorkshopWithoutNorthStar();
    void revisitIsCreatedInOneTransaction();
    void revisitAgendaRunsSignalsAndConfidenceFirst();
    void revisitBlocksHaveTheirOwnScript();
    void editedPeopleAndTitleAreKept_data();
    void editedPeopleAndTitleAreKept();
    void keptAndChangedAreDerived();
    void oneIncumbentPerWorkshop();
    void deletingThePredecessorLeavesTheSuccessor();
    void purgingThePredecessorLeavesTheSuccessor();
    void refusedWhenThePredecessorIsInTheTrash();
    void aFailedWriteLeavesNothing();
    void changesInTwelveMonths();
    void plainWorkshopsCountWhenTheirMetricChanges();
};

namespace {

const RevisitGuide& guide() {
    return Playbook::standard().revisit();
}

// The meal-kit team's first workshop, and its id.
qint64 firstWorkshop(WorkshopStore& store) {
    return addMealKitHistory(store, QStringLiteral("Harvest Box")).at(0);
}

RevisitPlan planFor(WorkshopStore& store, qint64 id) {
    QString error;
    const std::optional<RevisitPlan> plan = RevisitSeed::propose(store, id, guide(), &error);
    if (!plan)
        qWarning() << error;
    return plan.value_or(RevisitPlan{});
}

} // namespace

void TestRevisit::initTestCase() {
    QVERIFY2(Playbook::standardError().isEmpty(), qPrintable(Playbook::standardError()));
    QCOMPARE(guide().stages.size(), 2);
    QVERIFY(guide().skippedStages.contains(QStringLiteral("warmup")));
}

void TestRevisit::seedCarriesTheNorthStarOver() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store);
    QVERIFY(store.addParticipant({0, first, QStringLiteral("Ana"), QStringLiteral("product"), 0}));
    QVERIFY(store.addParticipant({0, first, QStringLiteral("Malik"), QString(), 1}));
    const RevisitPlan plan = planFor(store, first);
    QCOMPARE(plan.predecessorId, first);
    QCOMPARE(plan.workshop.product, QStringLiteral("Harvest Box"));
    QCOMPARE(plan.workshop.title, QStringLiteral("Harvest Box: North Star revisit"));
    QCOMPARE(plan.workshop.game, Game::Transaction);
    QCOMPARE(plan.workshop.guardrailName, QStringLiteral("Complaints"));
    QCOMPARE(plan.participants.size(), 2);
    QCOMPARE(plan.participants.at(0).name, QStringLiteral("Ana"));
    QCOMPARE(plan.participants.at(0).id, 0);
    QCOMPARE(plan.incumbent.name, QStringLiteral("Weekly boxes delivered"));
    QVERIFY(plan.incumbent.incumbent);
    QCOMPARE(plan.inputs.size(), 5);
    QCOMPARE(plan.inputs.at(3).name, QStringLiteral("On-time rate"));
    QCOMPARE(plan.inputs.at(3).owner, QStringLiteral("Logistics"));
    QCOMPARE(plan.inputs.at(3).pattern, InputPattern::Efficiency);
    QCOMPARE(plan.stages.size(), 2);
    QVERIFY(plan.stages.at(0).prompt.contains(guide().stages.at(0).points.at(0)));
    // A product with no name: the old title names the revisit.
    QCOMPARE(RevisitSeed::titleFor(QStringLiteral("  "), QStringLiteral("Kick-off")),
             QStringLiteral("Kick-off: North Star revisit"));
    QVERIFY(RevisitSeed::titleFor(QString(200, u'x'), {}).size() <= TextLimits::ShortText);
}

void TestRevisit::seedRefusesAWorkshopWithoutNorthStar() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 undecided = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("Undecided"), QStringLiteral("Atlas"), {2025, 1, 1}));
    QString error;
    QVERIFY(!RevisitSeed::propose(store, undecided, guide(), &error));
    QVERIFY(error.contains(QStringLiteral("Undecided")));
    QVERIFY(!RevisitSeed::propose(store, 999, guide(), &error));
    QVERIFY(!error.isEmpty());
}

void TestRevisit::revisitIsCreatedInOneTransaction() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store);
    QSignalSpy changes(&store, &WorkshopStore::changed);
    const std::optional<qint64> revisit = store.createRevisit(planFor(store, first));
    QVERIFY2(revisit, qPrintable(store.lastError()));
    QCOMPARE(changes.size(), 1); // one transaction, one change
    QCOMPARE(store.predecessorOf(*revisit), first);
    const QList<Candidate> candidates = store.candidates(*revisit);
    QCOMPARE(candidates.size(), 1);
    QVERIFY(candidates.at(0).incumbent);
    QCOMPARE(candidates.at(0).kind, CandidateKind::Room);
    QCOMPARE(store.inputs(candidates.at(0).id).size(), 5);
    QCOMPARE(store.inputs(candidates.at(0).id).at(1).owner, QStringLiteral("Menu team"));
    const std::optional<NorthStarRecord> record = store.northStarRecord(*revisit);
    QVERIFY(record);
    QCOMPARE(record->predecessorId, first);
    QCOMPARE(record->predecessorTitle, QStringLiteral("Harvest Box North Star"));
    QCOMPARE(record->predecessorDate.date(), QDate(2025, 3, 14));
    QCOMPARE(record->incumbentId, candidates.at(0).id);
    QCOMPARE(record->outcome(), NorthStarOutcome::Undecided);
    // The same product: the revisit heads its history.
    const QList<NorthStarRecord> history =
        store.productHistory(ProductName::key(QStringLiteral("harvest box")));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).workshopId, *revisit);
    // The predecessor itself is untouched and is not a revisit.
    QCOMPARE(store.northStarRecord(first)->outcome(), NorthStarOutcome::NotARevisit);
    QCOMPARE(store.candidates(first).size(), 1);
    QVERIFY(!store.candidates(first).at(0).incumbent);
}

void TestRevisit::revisitAgendaRunsSignalsAndConfidenceFirst() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const std::optional<qint64> revisit = store.createRevisit(planFor(store, firstWorkshop(store)));
    QVERIFY(revisit);
    const QList<CustomStage> custom = store.customStages(*revisit);
    QCOMPARE(custom.size(), 2);
    QCOMPARE(custom.at(0).afterStage, QString()); // before everything
    QCOMPARE(custom.at(1).afterStage, custom.at(0).stageKey);
    QCOMPARE(custom.at(0).title, guide().stages.at(0).title);
    QCOMPARE(custom.at(1).minutes, guide().stages.at(1).minutes);
    const AgendaPlan plan(Agenda::standard(), 120, store.stageStates(*revisit), custom);
    const int first = plan.nextRunnable(0, 1);
    QCOMPARE(plan.stages().at(first).key, custom.at(0).stageKey);
    QCOMPARE(plan.stages().at(plan.nextRunnable(first + 1, 1)).key, custom.at(1).stageKey);
    // Then straight to the draft: the teaching blocks are skipped, not removed.
    QCOMPARE(plan.stages().at(plan.nextRunnable(first + 2, 1)).key, QStringLiteral("draft.silent"));
    QVERIFY(plan.stages().at(plan.indexOf(QStringLiteral("warmup"))).skipped);
    QVERIFY(!plan.stages().at(plan.indexOf(QStringLiteral("draft.converge"))).skipped);
}

void TestRevisit::revisitBlocksHaveTheirOwnScript() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const std::optional<qint64> revisit = store.createRevisit(planFor(store, firstWorkshop(store)));
    QVERIFY(revisit);
    QList<CustomStage> custom = store.customStages(*revisit);
    const QList<RevisitStageGuide>& guides = guide().stages;
    const AgendaPlan plan(Agenda::standard(), 120, store.stageStates(*revisit), custom, guides);
    for (int i = 0; i < 2; ++i) {
        const PlannedStage& stage = plan.stages().at(plan.indexOf(custom.at(i).stageKey));
        QVERIFY(!guides.at(i).script.isEmpty());
        QCOMPARE(stage.script, guides.at(i).script);
        QCOMPARE(stage.tip, guides.at(i).tip);
        QCOMPARE(stage.purpose, guides.at(i).prompt);
    }
    // The facilitator reworded the first block: the playbook's script no longer fits it.
    custom[0].prompt = QStringLiteral("Is <b>\u05d6\u05d4</b> still \"our\" North Star? 🧭");
    const AgendaPlan edited(Agenda::standard(), 120, store.stageStates(*revisit), custom, guides);
    const PlannedStage& reworded = edited.stages().at(edited.indexOf(custom.at(0).stageKey));
    QVERIFY(reworded.script.isEmpty());
    QVERIFY(reworded.tip.isEmpty());
    QCOMPARE(reworded.prompt, custom.at(0).prompt);
    QVERIFY(!reworded.purpose.isEmpty());
    QCOMPARE(edited.stages().at(edited.indexOf(custom.at(1).stageKey)).script, guides.at(1).script);
}

void TestRevisit::editedPeopleAndTitleAreKept_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("person");
    for (const HostileString& s : hostileStrings())
        if (!s.text.trimmed().isEmpty() && s.text.size() <= TextLimits::ShortText)
            QTest::newRow(s.label) << s.text << s.text;
}

void TestRevisit::editedPeopleAndTitleAreKept() {
    QFETCH(QString, title);
    QFETCH(QString, person);
    TestLibrary library;
    WorkshopStore& store = library.store();
    RevisitPlan plan = planFor(store, firstWorkshop(store));
    plan.workshop.title = title;
    plan.participants = {{0, 0, person, QStringLiteral("design"), 0}};
    const std::optional<qint64> revisit = store.createRevisit(plan);
    QVERIFY2(revisit, qPrintable(store.lastError()));
    QCOMPARE(store.workshop(*revisit)->title, title);
    QCOMPARE(store.participants(*revisit).size(), 1);
    QCOMPARE(store.participants(*revisit).at(0).name, person);
}

void TestRevisit::keptAndChangedAreDerived() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store);
    const qint64 revisit = store.createRevisit(planFor(store, first)).value_or(0);
    QVERIFY(revisit);
    const qint64 incumbent = store.candidates(revisit).at(0).id;
    const auto challenger = store.addCandidate(makeCandidate(revisit, QStringLiteral("Dinners")));
    QVERIFY(challenger);

    QVERIFY(store.setNorthStar(revisit, incumbent));
    QVERIFY(store.setChangeNote(revisit, QStringLiteral("Still predicts retention")));
    std::optional<NorthStarRecord> record = store.northStarRecord(revisit);
    QCOMPARE(record->outcome(), NorthStarOutcome::Kept);
    QCOMPARE(record->changeNote, QStringLiteral("Still predicts retention"));

    QVERIFY(store.setNorthStar(revisit, *challenger));
    record = store.northStarRecord(revisit);
    QCOMPARE(record->outcome(), NorthStarOutcome::Changed);
    QCOMPARE(record->metricName, QStringLiteral("Dinners"));

    QVERIFY(store.setNorthStar(revisit, 0));
    QCOMPARE(store.northStarRecord(revisit)->outcome(), NorthStarOutcome::Undecided);

    // Removing the incumbent card leaves a workshop that is no longer a revisit of anything.
    QVERIFY(store.setNorthStar(revisit, *challenger));
    QVERIFY(store.removeCandidate(incumbent));
    QCOMPARE(store.northStarRecord(revisit)->outcome(), NorthStarOutcome::NotARevisit);
    QCOMPARE(store.northStarRecord(revisit)->predecessorId, first); // the link stays

    QCOMPARE(northStarOutcome(0, 0), NorthStarOutcome::NotARevisit);
    QCOMPARE(northStarOutcome(5, 5), NorthStarOutcome::Kept);
    QCOMPARE(northStarOutcome(5, 6), NorthStarOutcome::Changed);
}

void TestRevisit::oneIncumbentPerWorkshop() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 revisit = store.createRevisit(planFor(store, firstWorkshop(store))).value_or(0);
    QVERIFY(revisit);
    Candidate second = makeCandidate(revisit, QStringLiteral("Another"));
    second.incumbent = true;
    QSignalSpy failed(&store, &WorkshopStore::writeFailed);
    QVERIFY(!store.addCandidate(second));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(store.candidates(revisit).size(), 1);
    second.incumbent = false;
    const auto id = store.addCandidate(second);
    QVERIFY(id);
    Candidate promoted = *store.candidate(*id);
    promoted.incumbent = true;
    QVERIFY(!store.updateCandidate(promoted));
    QVERIFY(!store.candidate(*id)->incumbent);
    // The incumbent itself may be edited (refined) and stays the incumbent.
    Candidate refined = store.candidates(revisit).at(0);
    refined.definition = QStringLiteral("Boxes delivered, counted weekly, in the slot");
    QVERIFY2(store.updateCandidate(refined), qPrintable(store.lastError()));
    QVERIFY(store.candidate(refined.id)->incumbent);
}

void TestRevisit::deletingThePredecessorLeavesTheSuccessor() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store);
    const qint64 revisit = store.createRevisit(planFor(store, first)).value_or(0);
    QVERIFY(revisit);
    QVERIFY(store.setNorthStar(revisit, store.candidates(revisit).at(0).id));
    QVERIFY(store.deleteWorkshop(first));
    std::optional<NorthStarRecord> record = store.northStarRecord(revisit);
    QVERIFY(record);
    QCOMPARE(record->predecessorId, 0); // the trash is not shown
    QVERIFY(record->predecessorTitle.isEmpty());
    QCOMPARE(record->outcome(), NorthStarOutcome::Kept); // still known from the incumbent
    QCOMPARE(store.predecessorOf(revisit), 0);
    QVERIFY(store.restoreWorkshop(first));
    QCOMPARE(store.predecessorOf(revisit), first); // undoing the deletion links it again
}

void TestRevisit::purgingThePredecessorLeavesTheSuccessor() {
    TestLibrary library;
    qint64 first = 0;
    qint64 revisit = 0;
    {
        WorkshopStore& store = library.store();
        first = firstWorkshop(store);
        revisit = store.createRevisit(planFor(store, first)).value_or(0);
        QVERIFY(revisit);
        QVERIFY(store.deleteWorkshop(first));
    }
    QVERIFY(library.reopen()); // the trash is emptied on opening
    WorkshopStore& store = library.store();
    QVERIFY(!store.workshop(first));
    QVERIFY(store.workshop(revisit));
    QCOMPARE(store.predecessorOf(revisit), 0);
    QCOMPARE(store.candidates(revisit).size(), 1);
    QCOMPARE(store.inputs(store.candidates(revisit).at(0).id).size(), 5);
    QCOMPARE(store.northStarRecord(revisit)->outcome(), NorthStarOutcome::Undecided);
    // The successor can be revisited in turn once it has chosen.
    QVERIFY(store.setNorthStar(revisit, store.candidates(revisit).at(0).id));
    const auto third = store.createRevisit(planFor(store, revisit));
    QVERIFY2(third, qPrintable(store.lastError()));
    QCOMPARE(store.predecessorOf(*third), revisit);
}

void TestRevisit::refusedWhenThePredecessorIsInTheTrash() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store);
    const RevisitPlan plan = planFor(store, first);
    const int before = store.workshopCount();
    QVERIFY(store.deleteWorkshop(first));
    QVERIFY(!store.createRevisit(plan));
    QVERIFY(store.lastError().contains(QStringLiteral("no longer")));
    QVERIFY(store.restoreWorkshop(first));
    QCOMPARE(store.workshopCount(), before);
}

void TestRevisit::aFailedWriteLeavesNothing() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    RevisitPlan plan = planFor(store, firstWorkshop(store));
    const int before = store.workshopCount();
    plan.inputs.last().name = QString(TextLimits::ShortText + 1, u'x'); // refused, last
    QVERIFY(!store.createRevisit(plan));
    QCOMPARE(store.workshopCount(), before);
    plan = planFor(store, plan.predecessorId);
    plan.participants.append({0, 0, QStringLiteral("  "), QString(), 0}); // a blank name
    QVERIFY(!store.createRevisit(plan));
    plan = planFor(store, plan.predecessorId);
    plan.stages.last().title.clear(); // a block without a title
    QVERIFY(!store.createRevisit(plan));
    QCOMPARE(store.workshopCount(), before);
}

void TestRevisit::changesInTwelveMonths() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 first = firstWorkshop(store); // 2025-03-14; the fixture's second 2026-03-20
    // Three revisits in a row, each dated by the store's clock: changed, kept, changed.
    qint64 previous = first;
    const QList<std::pair<QDate, bool>> revisits = {
        {{2026, 1, 10}, true}, {{2026, 5, 2}, false}, {{2026, 9, 30}, true}};
    for (const auto& [date, change] : revisits) {
        store.setClock([date] { return QDateTime(date, QTime(10, 0), Qt::UTC); });
        const qint64 revisit = store.createRevisit(planFor(store, previous)).value_or(0);
        QVERIFY(revisit);
        qint64 chosen = store.candidates(revisit).at(0).id;
        if (change)
            chosen = store.addCandidate(makeCandidate(revisit, QStringLiteral("New"))).value_or(0);
        QVERIFY(store.setNorthStar(revisit, chosen));
        previous = revisit;
    }
    const QList<NorthStarRecord> history =
        store.productHistory(ProductName::key(QStringLiteral("Harvest Box")));
    const QDateTime december(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    // January's revisit changed; the fixture's plain workshop of 20 March chose another metric
    // than January's; May kept; September changed.
    QCOMPARE(RevisitSeed::changesInLastYear(history, december), 3);
    QVERIFY(RevisitSeed::changesTooOften(history, december));
    // A year later only September's change is within twelve months.
    QCOMPARE(RevisitSeed::changesInLastYear(history, december.addMonths(9)), 1);
    QVERIFY(!RevisitSeed::changesTooOften(history, december.addMonths(9)));
    // Before 20 March: January's change only; by June, January's and March's.
    QVERIFY(!RevisitSeed::changesTooOften(history, QDateTime(QDate(2026, 3, 1), {}, Qt::UTC)));
    QCOMPARE(RevisitSeed::changesInLastYear(history, QDateTime(QDate(2026, 6, 1), {}, Qt::UTC)), 2);
}

void TestRevisit::plainWorkshopsCountWhenTheirMetricChanges() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QString product = QStringLiteral("Tide \u202bכלי\u202c 🌊");
    const auto add = [&](QDate date, const QString& metric) {
        PastWorkshop past = plainWorkshop(QStringLiteral("Workshop"), product, date);
        past.metricName = metric;
        QVERIFY(addPastWorkshop(store, past));
    };
    add({2026, 1, 5}, QStringLiteral("Weekly <b>active</b> crews"));
    add({2026, 2, 5}, QStringLiteral("  weekly <B>ACTIVE</B>   crews ")); // the same, typed again
    add({2026, 3, 5}, QString());                                         // chose nothing yet
    add({2026, 4, 5}, QStringLiteral("Nights sailed \"per\" crew"));      // changed
    add({2026, 6, 5}, QStringLiteral("Weekly active crews"));             // changed back
    const QList<NorthStarRecord> history = store.productHistory(ProductName::key(product));
    QCOMPARE(history.size(), 5);
    const QDateTime december(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    QCOMPARE(RevisitSeed::changesInLastYear(history, december), 2);
    QVERIFY(RevisitSeed::changesTooOften(history, december));
    // The order the history comes in does not matter.
    QList<NorthStarRecord> shuffled = history;
    std::reverse(shuffled.begin(), shuffled.end());
    shuffled.swapItemsAt(0, 2);
    QCOMPARE(RevisitSeed::changesInLastYear(shuffled, december), 2);
    // In May only April's change had happened.
    QCOMPARE(RevisitSeed::changesInLastYear(history, QDateTime(QDate(2026, 5, 1), {}, Qt::UTC)), 1);
    QCOMPARE(RevisitSeed::changesInLastYear({}, december), 0);
}

QTEST_GUILESS_MAIN(TestRevisit)
#include "TestRevisit.moc"
