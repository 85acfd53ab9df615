// WorkshopStore: revisits. A revisit is a workshop that names the workshop it revisits (its
// predecessor) and carries that one's North Star over as its incumbent candidate.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/RevisitPlan.h"

#include <QSqlQuery>

using SqlSupport::run;

std::optional<qint64> WorkshopStore::createRevisit(const RevisitPlan& plan) {
    if (!workshop(plan.predecessorId)) {
        fail(tr("The workshop to revisit is no longer in the library. Nothing was created."));
        return std::nullopt;
    }
    std::optional<qint64> created;
    const bool ok = batch([&] {
        created = createWorkshop(plan.workshop, plan.participants);
        if (!created)
            return false;
        const qint64 id = *created;
        Candidate incumbent = plan.incumbent;
        incumbent.id = 0;
        incumbent.workshopId = id;
        incumbent.authorId = 0;
        incumbent.pairId = 0;
        incumbent.kind = CandidateKind::Room;
        incumbent.status = CandidateStatus::Active;
        incumbent.incumbent = true;
        incumbent.mergedFrom.clear();
        const std::optional<qint64> candidateId = addCandidate(incumbent);
        if (!candidateId)
            return false;
        int position = 0;
        for (Input input : plan.inputs) {
            input.id = 0;
            input.candidateId = *candidateId;
            input.position = position++;
            if (!addInput(input))
                return false;
        }
        QString previous;
        for (CustomStage stage : plan.stages) {
            stage.workshopId = id;
            stage.afterStage = previous.isEmpty() ? stage.afterStage : previous;
            const std::optional<QString> key = addCustomStage(stage);
            if (!key)
                return false;
            previous = *key;
        }
        for (const QString& key : plan.skippedStages)
            if (!setStagePlan(id, key, -1, true))
                return false;
        return inTransaction(tr("the link to the workshop revisited"), [&](QString* error) {
            return write(QStringLiteral("UPDATE workshop SET predecessor_id = ? WHERE id = ?"),
                         {plan.predecessorId, id}, error);
        });
    });
    if (!ok)
        return std::nullopt;
    return created;
}

qint64 WorkshopStore::predecessorOf(qint64 workshopId) const {
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT p.id FROM workshop w JOIN workshop p ON p.id = "
                            "w.predecessor_id AND p.deleted_at IS NULL WHERE w.id = ?"),
             {workshopId}, nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 WorkshopStore::workshopCreatedAt(const QString& title, const QDateTime& createdAt) const {
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id FROM workshop WHERE title = ? AND created_at = ? AND "
                            "deleted_at IS NULL ORDER BY id LIMIT 1"),
             {title, SqlSupport::timeText(createdAt)}, nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}
