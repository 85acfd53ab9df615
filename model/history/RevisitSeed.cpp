#include "RevisitSeed.h"

#include "domain/ProductName.h"
#include "domain/TextLimits.h"
#include "storage/WorkshopStore.h"

#include <algorithm>

namespace {
class RevisitTr {
    Q_DECLARE_TR_FUNCTIONS(RevisitSeed)
};
} // namespace

namespace RevisitSeed {

QString titleFor(const QString& product, const QString& predecessorTitle) {
    const QString name =
        product.simplified().isEmpty() ? predecessorTitle.simplified() : product.simplified();
    const QString suffix = RevisitTr::tr(": North Star revisit");
    return name.left(TextLimits::ShortText - int(suffix.size())) + suffix;
}

std::optional<RevisitPlan> propose(const WorkshopStore& store, qint64 predecessorId,
                                   const RevisitGuide& guide, QString* error) {
    const std::optional<Workshop> from = store.workshop(predecessorId);
    if (!from) {
        if (error)
            *error = RevisitTr::tr("That workshop is no longer in the library.");
        return std::nullopt;
    }
    const std::optional<Candidate> chosen =
        from->northStarId != 0 ? store.candidate(from->northStarId) : std::nullopt;
    if (!chosen) {
        if (error)
            *error = RevisitTr::tr("“%1” has not chosen a North Star yet, so there is nothing to "
                                   "revisit. Open it and choose one first.")
                         .arg(from->title);
        return std::nullopt;
    }
    RevisitPlan plan;
    plan.predecessorId = predecessorId;
    Workshop& w = plan.workshop;
    w.title = titleFor(from->product, from->title);
    w.product = from->product;
    w.facilitator = from->facilitator;
    w.vision = from->vision;
    w.agendaMinutes = from->agendaMinutes;
    w.anonymous = from->anonymous;
    w.game = from->game;
    w.gameRationale = from->gameRationale;
    w.valueExchange = from->valueExchange;
    w.guardrailName = from->guardrailName;
    w.guardrailDefinition = from->guardrailDefinition;
    w.dotsPerPerson = from->dotsPerPerson;
    w.maxDotsPerCandidate = from->maxDotsPerCandidate;
    w.checklistPerPerson = from->checklistPerPerson;
    for (Participant p : store.participants(predecessorId)) {
        p.id = 0;
        p.workshopId = 0;
        plan.participants.append(p);
    }
    Candidate& incumbent = plan.incumbent;
    incumbent.kind = CandidateKind::Room;
    incumbent.incumbent = true;
    incumbent.name = chosen->name;
    incumbent.definition = chosen->definition;
    incumbent.behaviour = chosen->behaviour;
    incumbent.measure = chosen->measure;
    for (Input input : store.inputs(chosen->id)) {
        input.id = 0;
        input.candidateId = 0;
        plan.inputs.append(input);
    }
    for (const RevisitStageGuide& stage : guide.stages) {
        CustomStage custom;
        custom.title = stage.title;
        custom.prompt = stage.roomText();
        custom.minutes = stage.minutes;
        plan.stages.append(custom); // the first before everything, the rest chained
    }
    plan.skippedStages = guide.skippedStages;
    return plan;
}

bool changedItsNorthStar(const NorthStarRecord& record, const NorthStarRecord* before) {
    if (record.incumbentId != 0)
        return record.outcome() == NorthStarOutcome::Changed; // the revisit's own choice
    return before && ProductName::key(before->metricName) != ProductName::key(record.metricName);
}

int changesInLastYear(const QList<NorthStarRecord>& history, const QDateTime& now) {
    QList<const NorthStarRecord*> chosen; // oldest first, only workshops that chose
    for (const NorthStarRecord& record : history)
        if (record.hasNorthStar() && record.date <= now)
            chosen.append(&record);
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    const QDateTime since = now.addMonths(-12);
    int changes = 0;
    for (qsizetype i = 0; i < chosen.size(); ++i)
        if (chosen[i]->date > since && changedItsNorthStar(*chosen[i], i ? chosen[i - 1] : nullptr))
            ++changes;
    return changes;
}

bool changesTooOften(const QList<NorthStarRecord>& history, const QDateTime& now) {
    return changesInLastYear(history, now) > 1;
}

} // namespace RevisitSeed
