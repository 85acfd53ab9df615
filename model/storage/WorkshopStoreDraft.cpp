// WorkshopStore: what draft-and-converge adds: the pair-and-share draw (groups, members and
// the seed behind them) and replacing the decision matrix in one go.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

QList<PairGroupRecord> WorkshopStore::pairGroups(qint64 workshopId) const {
    QList<PairGroupRecord> result;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, workshop_id, position FROM pair_group "
                            "WHERE workshop_id = ? ORDER BY position, id"),
             {workshopId}, nullptr))
        return result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), {}});
        rowOf.insert(result.last().id, result.size() - 1);
    }
    QSqlQuery members(db());
    if (run(members,
            QStringLiteral("SELECT m.group_id, m.participant_id FROM pair_member m "
                           "JOIN pair_group g ON g.id = m.group_id WHERE g.workshop_id = ? "
                           "ORDER BY m.group_id, m.position, m.participant_id"),
            {workshopId}, nullptr))
        while (members.next())
            if (const auto row = rowOf.find(members.value(0).toLongLong()); row != rowOf.end())
                result[*row].members.append(members.value(1).toLongLong());
    return result;
}

bool WorkshopStore::setPairing(qint64 workshopId, const QList<PairGroupRecord>& groups,
                               quint64 seed) {
    QSet<qint64> seen;
    for (const PairGroupRecord& group : groups)
        for (qint64 member : group.members)
            if (seen.contains(member))
                return fail(tr("Somebody sits in two pairs at once. The pairs were not changed."));
            else
                seen.insert(member);
    const bool ok = inTransaction(tr("the pairs"), [&](QString* error) {
        // Groups that stay keep their ids, so pair candidates keep pointing at them; groups
        // that go are deleted, and their candidates no longer name a pair.
        QSet<qint64> kept;
        for (const PairGroupRecord& group : groups)
            if (group.id != 0)
                kept.insert(group.id);
        QSqlQuery existing(db());
        if (!run(existing, QStringLiteral("SELECT id FROM pair_group WHERE workshop_id = ?"),
                 {workshopId}, error))
            return false;
        QSet<qint64> present;
        while (existing.next())
            present.insert(existing.value(0).toLongLong());
        for (qint64 id : std::as_const(present))
            if (!kept.contains(id) &&
                !write(QStringLiteral("DELETE FROM pair_group WHERE id = ?"), {id}, error))
                return false;
        if (!write(QStringLiteral("DELETE FROM pair_member WHERE group_id IN "
                                  "(SELECT id FROM pair_group WHERE workshop_id = ?)"),
                   {workshopId}, error))
            return false;
        int position = 0;
        for (const PairGroupRecord& group : groups) {
            qint64 id = group.id;
            if (present.contains(id)) {
                if (!write(QStringLiteral("UPDATE pair_group SET position = ? WHERE id = ?"),
                           {position, id}, error))
                    return false;
            } else {
                id = insertedId(QStringLiteral("INSERT INTO pair_group (id, workshop_id, "
                                               "position) VALUES (?, ?, ?)"),
                                {idOrNull(group.id), workshopId, position}, error);
                if (id == 0)
                    return false;
            }
            int seat = 0;
            for (qint64 member : group.members)
                if (!write(QStringLiteral("INSERT INTO pair_member (group_id, participant_id, "
                                          "position) VALUES (?, ?, ?)"),
                           {id, member, seat++}, error))
                    return false;
            ++position;
        }
        return write(QStringLiteral("UPDATE workshop SET pair_seed = ? WHERE id = ?"),
                     {static_cast<qint64>(seed), workshopId}, error) &&
               touch(workshopId, error);
    });
    if (ok) // pair candidates may have lost their pair
        publish(workshopId, ChangeKind::Pairs | ChangeKind::Candidate);
    return ok;
}

bool WorkshopStore::replaceMatrix(qint64 workshopId, const QList<MatrixCriterion>& criteria,
                                  const QList<MatrixScore>& scores) {
    for (const MatrixCriterion& c : criteria) {
        if (c.name.trimmed().isEmpty())
            return fail(tr("A criterion needs a name. The matrix was not changed."));
        if (c.weight < 1 || c.weight > 5)
            return fail(tr("A weight goes from 1 to 5. The matrix was not changed."));
        if (!checkText(tr("criterion's name"), c.name, TextLimits::ShortText))
            return false;
    }
    for (const MatrixScore& s : scores)
        if (s.value < 1 || s.value > 5)
            return fail(tr("A matrix score goes from 1 to 5. The matrix was not changed."));
    const bool ok = inTransaction(tr("the decision matrix"), [&](QString* error) {
        if (!write(QStringLiteral("DELETE FROM matrix_criterion WHERE workshop_id = ?"),
                   {workshopId}, error))
            return false;
        int position = 0;
        for (const MatrixCriterion& c : criteria)
            if (insertedId(QStringLiteral("INSERT INTO matrix_criterion (id, workshop_id, name, "
                                          "weight, position) VALUES (?, ?, ?, ?, ?)"),
                           {idOrNull(c.id), workshopId, c.name, c.weight, position++}, error) == 0)
                return false;
        for (const MatrixScore& s : scores)
            if (!write(QStringLiteral("INSERT INTO matrix_score (criterion_id, candidate_id, "
                                      "value) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
                                      "matrix_criterion WHERE id = ? AND workshop_id = ?)"),
                       {s.criterionId, s.candidateId, s.value, s.criterionId, workshopId}, error))
                return false;
        return touch(workshopId, error);
    });
    if (ok)
        publish(workshopId, ChangeKind::Score);
    return ok;
}
