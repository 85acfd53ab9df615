// The example's second workshop: the meal-kit team revisits its North Star nine months on,
// keeps the metric, and swaps one input the team could not act on for one it can. Between the
// two, two check-ins on the first North Star show the doubt about that input growing.
#include "ExampleWorkshop.h"
#include "domain/StageKeys.h"

#include "ExampleBuilder.h"
#include "Playbook.h"
#include "history/RevisitSeed.h"
#include "storage/WorkshopStore.h"

namespace {

using Tr = ExampleBuilder; // its words are the example's (context "ExampleWorkshop")

std::optional<qint64> createRevisit(WorkshopStore& store, qint64 firstId) {
    std::optional<RevisitPlan> plan =
        RevisitSeed::propose(store, firstId, Playbook::standard().revisit());
    if (!plan)
        return std::nullopt;
    plan->workshop.title = Tr::tr("Harvest Box North Star revisit (example)");
    plan->workshop.facilitator = Tr::tr("Priya Nair");
    plan->participants.removeLast(); // sales sent apologies this time
    const std::optional<qint64> id = store.createRevisit(*plan);
    if (!id)
        return std::nullopt;

    ExampleBuilder b{store, *id, true, {}};
    for (const Participant& p : store.participants(*id))
        b.people.append(p.id);
    const QList<CustomStage> blocks = store.customStages(*id);
    if (blocks.size() == 2) {
        b.stage(blocks.at(0).stageKey, 14,
                Tr::tr("Strategy unchanged: dinners at home. The metric moved with retention "
                       "every quarter. Nobody could move \u201cweeks ordered\u201d without "
                       "discounts."));
        b.stage(blocks.at(1).stageKey, 8,
                Tr::tr("Metric: 4 of 5. Weeks ordered per quarter: 2 of 5. The other inputs: "
                       "4 of 5."));
    }
    b.stage(QString(StageKeys::Silent), 8, {});
    b.stage(QString(StageKeys::Pairs), 6, {});
    b.stage(QString(StageKeys::Score), 9, {});
    b.stage(QString(StageKeys::Decide), 5, {});
    b.stage(QString(StageKeys::Converge), 7,
            Tr::tr("Kept the North Star; one input replaced. Revisit again in a year."));

    const QList<Candidate> candidates = store.candidates(*id);
    const qint64 incumbent = candidates.isEmpty() ? 0 : candidates.first().id;
    // The one change: an input the team could act on, in place of one it could not.
    for (Input input : store.inputs(incumbent))
        if (b.ok && input.pattern == InputPattern::Frequency) {
            input.name = Tr::tr("Weeks cooked per quarter");
            input.definition = Tr::tr("Weeks with at least one meal marked cooked, per active "
                                      "household over a 13-week quarter.");
            b.ok = store.updateInput(input);
        }
    const qint64 challenger =
        b.candidate(1, CandidateKind::Own, Tr::tr("Recipes rated per week"),
                    Tr::tr("Cooked recipes that households rate, per week."),
                    Tr::tr("rating the recipes they cooked"), Tr::tr("ratings per week"), {}, 0, 1);
    const qint64 habit =
        b.candidate(3, CandidateKind::Own, Tr::tr("Households cooking three dinners a week"),
                    Tr::tr("Active households that mark at least three meals cooked in a week, "
                           "as a share of all active households."),
                    Tr::tr("making our dinners a weekly habit"),
                    Tr::tr("share of households with 3+ cooked meals"), {}, 0, 2);
    b.reveal(QString(StageKeys::Silent)); // the challengers were scored in front of the room
    b.check(incumbent, {2, 2, 2, 2, 2, 2, 2});
    b.check(challenger, {1, 1, 0, 1, 2, 2, 1});
    b.check(habit, {2, 2, 2, 1, 1, 2, 2});
    b.eliminate(challenger, Tr::tr("Follows cooking rather than leading it."));
    // Decide: the habit scored close, and the room still put most dots on the incumbent.
    b.matrix({{incumbent, {5, 4, 4, 5}}, {habit, {4, 4, 3, 3}}});
    b.dots({{0, {{incumbent, 2}, {habit, 1}}},
            {1, {{incumbent, 1}, {habit, 2}}},
            {2, {{incumbent, 2}, {habit, 1}}},
            {3, {{habit, 2}, {incumbent, 1}}},
            {4, {{incumbent, 2}, {habit, 1}}},
            {5, {{incumbent, 2}, {habit, 1}}}});
    b.reveal(QString(StageKeys::Decide));
    if (b.ok)
        b.ok = store.setNorthStar(*id, incumbent) &&
               store.setChangeNote(*id, Tr::tr("We kept our North Star: cooked meals rose and "
                                               "fell with retention every quarter. We replaced "
                                               "\u201cweeks ordered\u201d with \u201cweeks "
                                               "cooked\u201d: the lifecycle team could only move "
                                               "orders with discounts, and a box nobody cooks "
                                               "is not value."));
    b.followUp(FollowUpKind::NextStep, Tr::tr("Instrument weeks cooked per household."),
               Tr::tr("Priya Nair"), store.clock()().date().addDays(30), 0);
    if (b.ok) {
        std::optional<Workshop> workshop = store.workshop(*id);
        b.ok = workshop.has_value();
        if (b.ok) {
            workshop->currentStage = QString(StageKeys::Converge);
            workshop->status = WorkshopStatus::Finished;
            b.ok = store.updateWorkshop(*workshop);
        }
    }
    if (!b.ok) {
        store.deleteWorkshop(*id);
        return std::nullopt;
    }
    return id;
}

// Two check-ins on the first workshop's North Star between the workshops, three and six months
// on: confidence in the metric holds, in "weeks ordered" it falls (the reason the revisit
// replaces it). `day` is the first workshop's date.
bool addCheckIns(WorkshopStore& store, qint64 firstId, const QDate& day) {
    const std::optional<Workshop> first = store.workshop(firstId);
    if (!first || first->northStarId == 0)
        return false;
    const QList<Input> inputs = store.inputs(first->northStarId);
    struct Visit {
        int months;
        int metric;
        int weeksOrdered; // the Frequency input
        int others;
        QString learned;
        QString step;
        int dueDays;
    };
    const QList<Visit> visits{
        {3, 4, 3, 4,
         Tr::tr("Cooked meals rose with retention in both cohorts. Weeks ordered only moved "
                "when we sent discounts."),
         Tr::tr("Try a cooking reminder instead of a discount for one cohort."), 30},
        {6, 4, 2, 4,
         Tr::tr("The reminder lifted cooking; weeks ordered did not follow. We cannot act on "
                "that input without discounts."),
         Tr::tr("Bring \u201cweeks ordered\u201d to the revisit."), 60},
    };
    for (const Visit& v : visits) {
        CheckIn c;
        c.workshopId = firstId;
        c.date = day.addMonths(v.months);
        c.metricConfidence = v.metric;
        for (const Input& input : inputs)
            c.inputs.append({input.id,
                             input.pattern == InputPattern::Frequency ? v.weeksOrdered : v.others,
                             input.name});
        c.learned = v.learned;
        c.nextStep = v.step;
        c.nextOwner = Tr::tr("Priya Nair");
        c.nextDue = c.date.addDays(v.dueDays);
        if (!store.addCheckIn(c))
            return false;
    }
    return true;
}

} // namespace

namespace ExampleWorkshop {

std::optional<QList<qint64>> createWithRevisit(WorkshopStore& store) {
    const WorkshopStore::Clock clock = store.clock();
    const QDateTime now = clock();
    store.setClock([now] { return now.addMonths(-9); });
    const std::optional<qint64> first = create(store);
    store.setClock(clock);
    if (!first)
        return std::nullopt;
    if (!addCheckIns(store, *first, now.addMonths(-9).toLocalTime().date())) {
        store.deleteWorkshop(*first);
        return std::nullopt;
    }
    const std::optional<qint64> revisit = createRevisit(store, *first);
    if (!revisit) {
        store.deleteWorkshop(*first); // keeps lastError(): why the revisit failed
        return std::nullopt;
    }
    return QList<qint64>{*first, *revisit};
}

} // namespace ExampleWorkshop
