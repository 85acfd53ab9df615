// The example's second workshop: the meal-kit team revisits its North Star nine months on,
// keeps the metric, and swaps one input the team could not act on for one it can.
#include "ExampleWorkshop.h"
#include "domain/StageKeys.h"

#include "ExampleBuilder.h"
#include "Playbook.h"
#include "history/RevisitSeed.h"
#include "storage/WorkshopStore.h"

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ExampleWorkshop)
};

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
                    Tr::tr("rating the recipes they cooked"), Tr::tr("ratings per week"));
    b.eliminate(challenger, Tr::tr("Follows cooking rather than leading it."));
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
    const std::optional<qint64> revisit = createRevisit(store, *first);
    if (!revisit) {
        store.deleteWorkshop(*first); // keeps lastError(): why the revisit failed
        return std::nullopt;
    }
    return QList<qint64>{*first, *revisit};
}

} // namespace ExampleWorkshop
