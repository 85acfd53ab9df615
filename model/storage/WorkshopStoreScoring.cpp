// WorkshopStore: checklist answers, the decision matrix, dot votes and follow-ups.
#include "WorkshopStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StatementCache.h"
#include "domain/TextLimits.h"

#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

QList<ChecklistScore> WorkshopStore::checklistScores(qint64 workshopId) const {
    // Read again only when the library may hold other rows than at the last read.
    const QString stamp = m_database.dataStamp();
    if (!stamp.isEmpty() && stamp == m_keptScores.stamp && workshopId == m_keptScores.workshopId)
        return m_keptScores.scores;
    QList<ChecklistScore> result;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT s.candidate_id, s.criterion, s.participant_id, s.answer "
                             "FROM checklist_score s JOIN candidate c ON c.id = s.candidate_id "
                             "WHERE c.workshop_id = ? ORDER BY s.candidate_id, s.criterion, "
                             "s.participant_id"));
    if (!q.run({workshopId}, nullptr))
        return result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                       static_cast<ChecklistAnswer>(qBound(0, q->value(3).toInt(), 2))});
    if (!stamp.isEmpty())
        m_keptScores = {stamp, workshopId, result};
    return result;
}

bool WorkshopStore::setChecklistScore(const ChecklistScore& score) {
    if (!checkText(tr("criterion"), score.criterion, TextLimits::ShortText))
        return false;
    const qint64 workshopId = workshopOfCandidate(score.candidateId);
    const bool ok = inTransaction(tr("the checklist score"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO checklist_score (candidate_id, criterion, "
                                    "participant_id, answer) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (candidate_id, criterion, participant_id) "
                                    "DO UPDATE SET answer = excluded.answer"),
                     {score.candidateId, score.criterion, score.participantId,
                      static_cast<int>(score.answer)},
                     error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Score);
        changes.candidateIds.insert(score.candidateId);
        publish(changes);
    }
    return ok;
}

bool WorkshopStore::clearChecklistScore(qint64 candidateId, const QString& criterion,
                                        qint64 participantId) {
    const qint64 workshopId = workshopOfCandidate(candidateId);
    const bool ok = inTransaction(tr("the checklist score"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM checklist_score WHERE candidate_id = ? AND "
                                    "criterion = ? AND participant_id = ?"),
                     {candidateId, criterion, participantId}, error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Score);
        changes.candidateIds.insert(candidateId);
        publish(changes);
    }
    return ok;
}

QList<MatrixCriterion> WorkshopStore::matrixCriteria(qint64 workshopId) const {
    QList<MatrixCriterion> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, workshop_id, name, weight, position FROM "
                            "matrix_criterion WHERE workshop_id = ? ORDER BY position, id"),
             {workshopId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toInt(), q.value(4).toInt()});
    return result;
}

std::optional<qint64> WorkshopStore::addMatrixCriterion(const MatrixCriterion& c) {
    if (c.name.trimmed().isEmpty()) {
        fail(tr("A criterion needs a name. Nothing was added."));
        return std::nullopt;
    }
    if (!checkText(tr("criterion's name"), c.name, TextLimits::ShortText))
        return std::nullopt;
    if (c.weight < 1 || c.weight > 5) {
        fail(tr("A weight goes from 1 to 5. Nothing was added."));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = inTransaction(tr("the criterion"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO matrix_criterion (id, workshop_id, name, "
                                       "weight, position) VALUES (?, ?, ?, ?, ?)"),
                        {idOrNull(c.id), c.workshopId, c.name, c.weight, c.position}, error);
        return id != 0 && touch(c.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    publish(c.workshopId, ChangeKind::Score);
    return id;
}

bool WorkshopStore::updateMatrixCriterion(const MatrixCriterion& c) {
    if (c.name.trimmed().isEmpty())
        return fail(tr("A criterion needs a name. The old name was kept."));
    if (!checkText(tr("criterion's name"), c.name, TextLimits::ShortText))
        return false;
    if (c.weight < 1 || c.weight > 5)
        return fail(tr("A weight goes from 1 to 5. The old weight was kept."));
    // Only what changed is written (typing a name writes the name).
    const std::optional<MatrixCriterion> stored =
        SqlSupport::withId(matrixCriteria(c.workshopId), c.id);
    SqlSupport::ChangedColumns columns;
    columns.add("name", !stored || stored->name != c.name, c.name);
    columns.add("weight", !stored || stored->weight != c.weight, c.weight);
    columns.add("position", !stored || stored->position != c.position, c.position);
    if (columns.isEmpty())
        return true; // nothing to write, nothing changed
    const bool ok = inTransaction(tr("the criterion"), [&](QString* error) {
        return write(columns.update("matrix_criterion"), columns.values(c.id), error) &&
               touch(c.workshopId, error);
    });
    if (ok)
        publish(c.workshopId, ChangeKind::Score);
    return ok;
}

bool WorkshopStore::removeMatrixCriterion(qint64 criterionId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q, QStringLiteral("SELECT workshop_id FROM matrix_criterion WHERE id = ?"),
                {criterionId}, nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    const bool ok = inTransaction(tr("the removal of a criterion"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM matrix_criterion WHERE id = ?"), {criterionId},
                     error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(workshopId, ChangeKind::Score);
    return ok;
}

QList<MatrixScore> WorkshopStore::matrixScores(qint64 workshopId) const {
    QList<MatrixScore> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT s.criterion_id, s.candidate_id, s.value FROM matrix_score s "
                            "JOIN matrix_criterion m ON m.id = s.criterion_id "
                            "WHERE m.workshop_id = ? ORDER BY s.criterion_id, s.candidate_id"),
             {workshopId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    return result;
}

bool WorkshopStore::setMatrixScore(const MatrixScore& score) {
    if (score.value < 0 || score.value > 5)
        return fail(tr("A matrix score goes from 1 to 5. The cell was not changed."));
    const qint64 workshopId = workshopOfCandidate(score.candidateId);
    const bool ok = inTransaction(tr("the matrix score"), [&](QString* error) {
        if (score.value == 0)
            return write(QStringLiteral("DELETE FROM matrix_score WHERE criterion_id = ? AND "
                                        "candidate_id = ?"),
                         {score.criterionId, score.candidateId}, error) &&
                   touch(workshopId, error);
        return write(QStringLiteral("INSERT INTO matrix_score (criterion_id, candidate_id, "
                                    "value) VALUES (?, ?, ?) ON CONFLICT (criterion_id, "
                                    "candidate_id) DO UPDATE SET value = excluded.value"),
                     {score.criterionId, score.candidateId, score.value}, error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Score);
        changes.candidateIds.insert(score.candidateId);
        publish(changes);
    }
    return ok;
}

QList<Vote> WorkshopStore::votes(qint64 workshopId) const {
    QList<Vote> result;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT v.participant_id, v.candidate_id, v.dots FROM vote v "
                             "JOIN candidate c ON c.id = v.candidate_id WHERE c.workshop_id = ? "
                             "ORDER BY v.participant_id, v.candidate_id"));
    if (!q.run({workshopId}, nullptr))
        return result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt()});
    return result;
}

bool WorkshopStore::setVote(const Vote& vote) {
    if (vote.dots < 0 || vote.dots > 99)
        return fail(tr("A vote holds from 0 to 99 dots. The vote was not changed."));
    const qint64 workshopId = workshopOfCandidate(vote.candidateId);
    const bool ok = inTransaction(tr("the vote"), [&](QString* error) {
        if (vote.dots == 0)
            return write(QStringLiteral("DELETE FROM vote WHERE participant_id = ? AND "
                                        "candidate_id = ?"),
                         {vote.participantId, vote.candidateId}, error) &&
                   touch(workshopId, error);
        return write(QStringLiteral("INSERT INTO vote (participant_id, candidate_id, dots) "
                                    "VALUES (?, ?, ?) ON CONFLICT (participant_id, candidate_id) "
                                    "DO UPDATE SET dots = excluded.dots"),
                     {vote.participantId, vote.candidateId, vote.dots}, error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Vote);
        changes.candidateIds.insert(vote.candidateId);
        publish(changes);
    }
    return ok;
}

QList<FollowUp> WorkshopStore::followUps(qint64 workshopId) const {
    QList<FollowUp> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, workshop_id, kind, text, owner, due, position FROM "
                            "follow_up WHERE workshop_id = ? ORDER BY position, id"),
             {workshopId}, nullptr))
        return result;
    while (q.next()) {
        FollowUp f;
        f.id = q.value(0).toLongLong();
        f.workshopId = q.value(1).toLongLong();
        f.kind = followUpKindFromKey(q.value(2).toString());
        f.text = q.value(3).toString();
        f.owner = q.value(4).toString();
        f.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        f.position = q.value(6).toInt();
        result.append(f);
    }
    return result;
}

std::optional<qint64> WorkshopStore::addFollowUp(const FollowUp& f) {
    if (!checkText(tr("text"), f.text, TextLimits::LongText) ||
        !checkText(tr("owner"), f.owner, TextLimits::ShortText))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = inTransaction(tr("the follow-up"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO follow_up (id, workshop_id, kind, text, "
                                       "owner, due, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {idOrNull(f.id), f.workshopId, followUpKindKey(f.kind), f.text, f.owner,
                         f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.position},
                        error);
        return id != 0 && touch(f.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    WorkshopChanges changes = changeOf(f.workshopId, ChangeKind::FollowUp);
    changes.rowIds.insert(id);
    publish(changes);
    return id;
}

bool WorkshopStore::updateFollowUp(const FollowUp& f) {
    if (!checkText(tr("text"), f.text, TextLimits::LongText) ||
        !checkText(tr("owner"), f.owner, TextLimits::ShortText))
        return false;
    // Only what changed is written (typing an owner writes the owner).
    const std::optional<FollowUp> stored = SqlSupport::withId(followUps(f.workshopId), f.id);
    SqlSupport::ChangedColumns columns;
    auto column = [&](const char* name, auto FollowUp::*field, const QVariant& value) {
        columns.add(name, !stored || (*stored).*field != f.*field, value);
    };
    column("kind", &FollowUp::kind, followUpKindKey(f.kind));
    column("text", &FollowUp::text, f.text);
    column("owner", &FollowUp::owner, f.owner);
    column("due", &FollowUp::due, f.due.isValid() ? f.due.toString(Qt::ISODate) : QString());
    column("position", &FollowUp::position, f.position);
    if (columns.isEmpty())
        return true; // nothing to write, nothing changed
    const bool ok = inTransaction(tr("the follow-up"), [&](QString* error) {
        return write(columns.update("follow_up"), columns.values(f.id), error) &&
               touch(f.workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(f.workshopId, ChangeKind::FollowUp);
        changes.rowIds.insert(f.id);
        publish(changes);
    }
    return ok;
}

bool WorkshopStore::removeFollowUp(qint64 followUpId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q, QStringLiteral("SELECT workshop_id FROM follow_up WHERE id = ?"), {followUpId},
                nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    const bool ok = inTransaction(tr("the removal of a follow-up"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM follow_up WHERE id = ?"), {followUpId}, error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::FollowUp);
        changes.rowIds.insert(followUpId);
        publish(changes);
    }
    return ok;
}
