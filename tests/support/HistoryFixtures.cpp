#include "HistoryFixtures.h"

#include "storage/WorkshopStore.h"

PastWorkshop plainWorkshop(const QString& title, const QString& product, QDate date) {
    PastWorkshop past;
    past.title = title;
    past.product = product;
    past.date = date;
    return past;
}

qint64 addPastWorkshop(WorkshopStore& store, const PastWorkshop& past) {
    const QDateTime when(past.date, QTime(9, 0), Qt::UTC);
    store.setClock([when] { return when; });
    Workshop w;
    w.title = past.title;
    w.product = past.product;
    w.facilitator = past.facilitator;
    w.game = past.game;
    w.guardrailName = past.guardrailName;
    w.guardrailDefinition = past.guardrailDefinition;
    w.status = WorkshopStatus::Finished;
    const auto id = store.createWorkshop(w);
    if (!id)
        return 0;
    if (!past.metricName.isEmpty()) {
        Candidate chosen;
        chosen.workshopId = *id;
        chosen.kind = CandidateKind::Room;
        chosen.name = past.metricName;
        chosen.definition = past.metricDefinition;
        const auto candidateId = store.addCandidate(chosen);
        if (!candidateId)
            return 0;
        int position = 0;
        for (const PastInput& in : past.inputs) {
            Input input;
            input.candidateId = *candidateId;
            input.name = in.name;
            input.definition = in.definition;
            input.owner = in.owner;
            input.pattern = in.pattern;
            input.position = position++;
            if (!store.addInput(input))
                return 0;
        }
        if (!store.setNorthStar(*id, *candidateId))
            return 0;
    }
    if (!past.changeNote.isEmpty() && !store.setChangeNote(*id, past.changeNote))
        return 0;
    return *id;
}

QList<qint64> addMealKitHistory(WorkshopStore& store, const QString& product) {
    PastWorkshop first;
    first.title = QStringLiteral("Harvest Box North Star");
    first.product = product;
    first.date = QDate(2025, 3, 14);
    first.facilitator = QStringLiteral("Morgan");
    first.game = Game::Transaction;
    first.metricName = QStringLiteral("Weekly boxes delivered");
    first.metricDefinition = QStringLiteral("Boxes delivered to active households each week");
    first.inputs = {
        {QStringLiteral("Active households"), QStringLiteral("Households with a box this month"),
         QStringLiteral("Growth"), InputPattern::Breadth},
        {QStringLiteral("Boxes per household"), QStringLiteral("Boxes per household per month"),
         QStringLiteral("Menu team"), InputPattern::Frequency},
        {QStringLiteral("Recipes per box"), QStringLiteral("Recipes chosen per box"),
         QStringLiteral("Menu team"), InputPattern::Depth},
        {QStringLiteral("On-time rate"), QStringLiteral("Share of boxes delivered on time"),
         QStringLiteral("Logistics"), InputPattern::Efficiency},
        {QStringLiteral("Referral sign-ups"), QStringLiteral("New households from referrals"),
         QStringLiteral("Marketing"), InputPattern::Other},
    };
    first.guardrailName = QStringLiteral("Complaints");
    first.guardrailDefinition = QStringLiteral("Complaints per 1,000 boxes");

    PastWorkshop second = first;
    second.title = QStringLiteral("Harvest Box revisit");
    second.date = QDate(2026, 3, 20);
    second.facilitator = QStringLiteral("Aiyana");
    second.game = Game::Productivity;
    second.metricName = QStringLiteral("Weekly dinners cooked");
    second.metricDefinition = QStringLiteral("Meals cooked from our boxes each week, as reported");
    second.inputs = {
        // kept, unchanged
        {QStringLiteral("active  households"), QStringLiteral("Households with a box this month"),
         QStringLiteral("Growth"), InputPattern::Breadth},
        // kept, owner changed
        {QStringLiteral("Boxes per household"), QStringLiteral("Boxes per household per month"),
         QStringLiteral("Retention squad"), InputPattern::Frequency},
        // renamed (same definition)
        {QStringLiteral("Recipes cooked per box"), QStringLiteral("Recipes chosen per box"),
         QStringLiteral("Menu team"), InputPattern::Depth},
        // redefined
        {QStringLiteral("On-time rate"), QStringLiteral("Share of boxes delivered in the slot"),
         QStringLiteral("Logistics"), InputPattern::Efficiency},
        // added ("Referral sign-ups" is removed)
        {QStringLiteral("Cooking confidence"), QStringLiteral("Share rating a recipe easy"),
         QStringLiteral("Content"), InputPattern::Other},
    };
    second.guardrailDefinition = QStringLiteral("Complaints per 1,000 dinners");
    second.changeNote = QStringLiteral(
        "Boxes delivered rose while cooking fell: we counted deliveries, not dinners.");
    return {addPastWorkshop(store, first), addPastWorkshop(store, second)};
}
