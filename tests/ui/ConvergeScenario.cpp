#include "ConvergeScenario.h"

#include "scoring/DecisionMatrix.h"
#include "storage/WorkshopStore.h"

ConvergeScenario ConvergeScenario::create(WorkshopStore& store, bool revealed) {
    ConvergeScenario s;
    Workshop w;
    w.title = QStringLiteral("City bikes North Star");
    w.product = QStringLiteral("City bikes");
    QList<Participant> roster;
    for (int i = 0; i < 4; ++i)
        roster.append({0, 0, QStringLiteral("Rider %1").arg(i + 1), QStringLiteral("design"), i});
    const auto id = store.createWorkshop(w, roster);
    if (!id)
        return s;
    const QList<Participant> people = store.participants(*id);
    auto add = [&](CandidateKind kind, int author, const QString& name, const QString& definition,
                   const QList<qint64>& sources) {
        Candidate c;
        c.workshopId = *id;
        c.kind = kind;
        c.authorId = author >= 0 ? people.at(author).id : 0;
        c.name = name;
        c.definition = definition;
        c.behaviour = QStringLiteral("riders using a bike instead of the car");
        c.measure = QStringLiteral("rides in the app");
        c.mergedFrom = sources;
        s.cardTexts << name << definition;
        return store.addCandidate(c).value_or(0);
    };
    const qint64 a = add(CandidateKind::Own, 0, QStringLiteral("Rides per week"),
                         QStringLiteral("Rides started in a week"), {});
    const qint64 b = add(CandidateKind::Own, 1, QStringLiteral("Commuter rides"),
                         QStringLiteral("Rides between 7 and 9 in the morning"), {});
    const qint64 c = add(CandidateKind::Own, 2, QStringLiteral("Completed trips"),
                         QStringLiteral("Rides that end at a dock"), {});
    s.savedRoutes = add(CandidateKind::Own, 3, QStringLiteral("Saved routes"),
                        QStringLiteral("Routes riders save for later"), {});
    s.eliminated = add(CandidateKind::Own, 3, QStringLiteral("App downloads"),
                       QStringLiteral("Installs per week"), {});
    s.plannedTrips =
        add(CandidateKind::Pair, -1, QStringLiteral("Planned trips"),
            QStringLiteral("Trips planned in the app and ridden within a day"), {a, b});
    s.tripsCompleted = add(CandidateKind::Pair, -1, QStringLiteral("Trips completed"),
                           QStringLiteral("Trips that end at a dock within 45 minutes"), {c});
    auto out = store.candidate(s.eliminated);
    out->status = CandidateStatus::Eliminated;
    out->eliminationReason = QStringLiteral("Vanity");
    store.updateCandidate(*out);
    store.addInput({0, s.plannedTrips, QStringLiteral("Riders planning"),
                    QStringLiteral("Riders who plan a trip in a week"), InputPattern::Breadth,
                    QStringLiteral("Growth"), 0});
    s.cardTexts << QStringLiteral("Riders planning");

    QList<qint64> criteria;
    for (MatrixCriterion criterion : DecisionMatrix::standardCriteria()) {
        criterion.workshopId = *id;
        criteria << store.addMatrixCriterion(criterion).value_or(0);
    }
    const QList<std::pair<qint64, int>> rows = {
        {s.plannedTrips, 5}, {s.tripsCompleted, 3}, {s.savedRoutes, 2}};
    for (const auto& [candidate, value] : rows)
        for (qint64 criterion : criteria)
            store.setMatrixScore({criterion, candidate, value});
    for (int i = 0; i < 4; ++i)
        store.setVote({people.at(i).id, s.tripsCompleted, 2});
    store.setVote({people.at(0).id, s.plannedTrips, 1});
    store.setStageRevealed(*id, QStringLiteral("draft.silent"), revealed);
    s.workshopId = *id;
    return s;
}
