#include "ReportFixtures.h"

#include "playbook/ExampleWorkshop.h"
#include "scoring/ChecklistTally.h"
#include "scoring/DecisionMatrix.h"
#include "storage/WorkshopStore.h"

#include <QRandomGenerator>

std::optional<WorkshopDocument> exampleDocument(WorkshopStore& store, QString* error) {
    const auto id = ExampleWorkshop::create(store);
    if (!id) {
        if (error)
            *error = store.lastError();
        return std::nullopt;
    }
    return WorkshopDocument::load(store, *id, error);
}

WorkshopDocument syntheticWorkshop(int candidates, int people) {
    WorkshopDocument doc;
    Workshop& w = doc.workshop;
    w.id = 1;
    w.title = QStringLiteral("Synthetic workshop with %1 candidates").arg(candidates);
    w.product = QStringLiteral("Benchmark product");
    w.facilitator = QStringLiteral("Fran Facilitator");
    w.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0));
    w.updatedAt = w.createdAt;
    w.game = Game::Productivity;
    w.gameRationale = QStringLiteral("Teams get value when work gets done together.");
    w.valueExchange = QStringLiteral("The moment a shared task is finished.");
    w.guardrailName = QStringLiteral("Support tickets per team");
    w.guardrailDefinition = QStringLiteral("Tickets opened per active team per week.");
    w.status = WorkshopStatus::Finished;
    for (int i = 0; i < people; ++i)
        doc.participants.append(
            {100 + i, 1, QStringLiteral("Person %1").arg(i + 1), QStringLiteral("engineering"), i});
    for (const MatrixCriterion& c : DecisionMatrix::standardCriteria()) {
        MatrixCriterion criterion = c;
        criterion.id = 500 + c.position;
        criterion.workshopId = 1;
        criterion.weight = 1 + c.position % 3;
        doc.matrixCriteria.append(criterion);
    }
    const QStringList keys = ChecklistTally::standardCriteria();
    for (int i = 0; i < candidates; ++i) {
        Candidate c;
        c.id = 1000 + i;
        c.workshopId = 1;
        c.authorId = 100 + i % people;
        c.kind = CandidateKind::Own;
        c.name = QStringLiteral("Candidate %1: weekly teams finishing shared tasks").arg(i + 1);
        c.definition = QStringLiteral("Teams of three or more who finish at least %1 shared "
                                      "tasks in a calendar week, counted every Monday for the "
                                      "week before.")
                           .arg(i % 5 + 2);
        c.position = i;
        if (i % 10 == 9) {
            c.status = CandidateStatus::Eliminated;
            c.eliminationReason = QStringLiteral("Too close to candidate %1.").arg(i);
        }
        doc.candidates.append(c);
        for (int k = 0; k < keys.size(); ++k)
            doc.checklistScores.append({c.id, keys.at(k), 0, ChecklistAnswer((i + k) % 3)});
        if (c.status == CandidateStatus::Active)
            for (const MatrixCriterion& m : doc.matrixCriteria)
                doc.matrixScores.append({m.id, c.id, 1 + (i * 7 + int(m.id)) % 5});
    }
    // Every person places three dots on the first active cards.
    for (int p = 0; p < people; ++p)
        for (int d = 0; d < 3; ++d)
            doc.votes.append({100 + p, 1000 + (p + d) % std::max(1, std::min(candidates, 9)), 1});
    if (candidates > 0) {
        w.northStarId = 1000;
        const QStringList names{QStringLiteral("Teams active"), QStringLiteral("Tasks per team"),
                                QStringLiteral("Weeks with a finished task"),
                                QStringLiteral("Time to finish")};
        for (int i = 0; i < names.size(); ++i)
            doc.inputs[1000].append({2000 + i, 1000, names.at(i),
                                     QStringLiteral("How %1 is counted, weekly.").arg(names.at(i)),
                                     InputPattern(i), QStringLiteral("Squad %1").arg(i + 1), i});
    }
    for (int i = 0; i < 4; ++i) {
        Candidate anti;
        anti.id = 3000 + i;
        anti.workshopId = 1;
        anti.kind = CandidateKind::AntiExample;
        anti.name = QStringLiteral("Anti-example %1").arg(i + 1);
        anti.definition = QStringLiteral("A number that grows without value.");
        anti.breaksCriterion = keys.at(i % keys.size());
        anti.position = i;
        doc.candidates.append(anti);
    }
    for (int i = 0; i < 4; ++i)
        doc.followUps.append(
            {4000 + i, 1, i % 2 ? FollowUpKind::NextStep : FollowUpKind::OpenQuestion,
             QStringLiteral("Follow-up %1 about the data we still need").arg(i + 1),
             QStringLiteral("Person %1").arg(i + 1), QDate(2026, 4, 1 + i), i});
    return doc;
}

WorkshopDocument longCardsWorkshop(int candidates, int minWords, int maxWords, quint32 seed) {
    WorkshopDocument doc = syntheticWorkshop(candidates);
    doc.workshop.title = QStringLiteral("Long cards, seed %1").arg(seed);
    QRandomGenerator random(seed);
    static const QStringList words =
        QStringLiteral(
            "teams who finish shared tasks every week counted on Monday for the week before "
            "including only paying workspaces with three or more active members and excluding "
            "internal test accounts and trials that ended")
            .split(u' ');
    int number = 0;
    for (Candidate& c : doc.candidates) {
        if (c.kind != CandidateKind::Own)
            continue;
        ++number;
        const QString tag = QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("N%1 weekly teams finishing shared tasks").arg(tag);
        QStringList text{QStringLiteral("C%1a").arg(tag)};
        const int count = minWords + int(random.bounded(maxWords - minWords + 1));
        for (int w = 0; w < count; ++w)
            text << words.at(int(random.bounded(words.size())));
        text << QStringLiteral("C%1z").arg(tag);
        c.definition = text.join(u' ');
    }
    return doc;
}
