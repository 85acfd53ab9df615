// WorkshopStore: the warm-up's groups — name, game, worksheet (a warm-up candidate), position
// and members. An edit writes only what differs from the stored group.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

QList<WarmUpGroup> WorkshopStore::warmUpGroups(qint64 workshopId) const {
    return readWarmUpGroups(QStringLiteral("workshop_id"), workshopId);
}

std::optional<WarmUpGroup> WorkshopStore::warmUpGroup(qint64 groupId) const {
    const QList<WarmUpGroup> groups = readWarmUpGroups(QStringLiteral("id"), groupId);
    return groups.isEmpty() ? std::nullopt : std::optional<WarmUpGroup>(groups.first());
}

QList<WarmUpGroup> WorkshopStore::readWarmUpGroups(const QString& column, qint64 value) const {
    // `column` is "id" or "workshop_id", never user text.
    QList<WarmUpGroup> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, workshop_id, name, game, candidate_id, position FROM "
                            "warmup_group WHERE %1 = ? ORDER BY position, id")
                 .arg(column),
             {value}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(),
                       q.value(1).toLongLong(),
                       q.value(2).toString(),
                       gameFromKey(q.value(3).toString()),
                       q.value(4).toLongLong(),
                       q.value(5).toInt(),
                       {}});
    if (result.isEmpty())
        return result;
    QSqlQuery members(db());
    if (run(members,
            QStringLiteral("SELECT m.group_id, m.participant_id FROM warmup_member m JOIN "
                           "warmup_group g ON g.id = m.group_id JOIN participant p ON p.id = "
                           "m.participant_id WHERE g.%1 = ? ORDER BY p.position, p.id")
                .arg(column),
            {value}, nullptr))
        while (members.next())
            for (WarmUpGroup& group : result)
                if (group.id == members.value(0).toLongLong())
                    group.members.append(members.value(1).toLongLong());
    return result;
}

bool WorkshopStore::addMembers(qint64 groupId, const QList<qint64>& participants,
                               QSet<qint64>* groupsLeft, QString* error) {
    // A person is in one group at a time: joining this group leaves any other.
    for (qint64 participant : participants) {
        if (groupsLeft) {
            QSqlQuery q(db());
            if (!run(q,
                     QStringLiteral("SELECT group_id FROM warmup_member WHERE participant_id = ? "
                                    "AND group_id <> ?"),
                     {participant, groupId}, error))
                return false;
            if (q.next())
                groupsLeft->insert(q.value(0).toLongLong());
        }
        if (!write(QStringLiteral("INSERT INTO warmup_member (group_id, participant_id) VALUES "
                                  "(?, ?) ON CONFLICT (participant_id) DO UPDATE SET "
                                  "group_id = excluded.group_id"),
                   {groupId, participant}, error))
            return false;
    }
    return true;
}

std::optional<qint64> WorkshopStore::addWarmUpGroup(const WarmUpGroup& group) {
    if (group.name.trimmed().isEmpty()) {
        fail(tr("A group needs a name. Nothing was added."));
        return std::nullopt;
    }
    if (!checkText(tr("group's name"), group.name, TextLimits::ShortText))
        return std::nullopt;
    qint64 id = 0;
    WorkshopChanges changes = changeOf(group.workshopId, ChangeKind::WarmUp);
    const bool ok = inTransaction(tr("the group"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO warmup_group (id, workshop_id, name, game, "
                                       "candidate_id, position) VALUES (?, ?, ?, ?, ?, ?)"),
                        {idOrNull(group.id), group.workshopId, group.name, gameKey(group.game),
                         idOrNull(group.candidateId), group.position},
                        error);
        return id != 0 && addMembers(id, group.members, &changes.rowIds, error) &&
               touch(group.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    changes.rowIds.insert(id);
    publish(changes);
    return id;
}

bool WorkshopStore::updateWarmUpGroup(const WarmUpGroup& group) {
    if (group.name.trimmed().isEmpty())
        return fail(tr("A group needs a name. The old name was kept."));
    if (!checkText(tr("group's name"), group.name, TextLimits::ShortText))
        return false;
    const std::optional<WarmUpGroup> stored = warmUpGroup(group.id);
    if (!stored)
        return fail(tr("That group is no longer in the workshop, so the change to it was not "
                       "saved."));
    // Only the columns that differ from the stored group are written (typing its name writes
    // the name), and only the people who joined or left it.
    SqlSupport::ChangedColumns columns;
    auto column = [&](const char* name, auto WarmUpGroup::*field, const QVariant& value) {
        columns.add(name, (*stored).*field != group.*field, value);
    };
    column("name", &WarmUpGroup::name, group.name);
    column("game", &WarmUpGroup::game, gameKey(group.game));
    column("candidate_id", &WarmUpGroup::candidateId, idOrNull(group.candidateId));
    column("position", &WarmUpGroup::position, group.position);
    QList<qint64> joining;
    for (qint64 participant : group.members)
        if (!stored->members.contains(participant) && !joining.contains(participant))
            joining.append(participant);
    QList<qint64> leaving;
    for (qint64 participant : stored->members)
        if (!group.members.contains(participant))
            leaving.append(participant);
    if (columns.isEmpty() && joining.isEmpty() && leaving.isEmpty())
        return true; // nothing to write, nothing changed
    WorkshopChanges changes = changeOf(stored->workshopId, ChangeKind::WarmUp);
    const bool ok = inTransaction(tr("the group"), [&](QString* error) {
        if (!columns.isEmpty() &&
            !write(columns.update("warmup_group"), columns.values(group.id), error))
            return false;
        for (qint64 participant : std::as_const(leaving))
            if (!write(QStringLiteral("DELETE FROM warmup_member WHERE group_id = ? AND "
                                      "participant_id = ?"),
                       {group.id, participant}, error))
                return false;
        return addMembers(group.id, joining, &changes.rowIds, error) &&
               touch(stored->workshopId, error);
    });
    if (ok) {
        changes.rowIds.insert(group.id); // and any group a person who joined this one left
        publish(changes);
    }
    return ok;
}

bool WorkshopStore::removeWarmUpGroup(qint64 groupId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q, QStringLiteral("SELECT workshop_id FROM warmup_group WHERE id = ?"), {groupId},
                nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    const bool ok = inTransaction(tr("the removal of a group"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM warmup_group WHERE id = ?"), {groupId}, error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::WarmUp);
        changes.rowIds.insert(groupId);
        publish(changes);
    }
    return ok;
}
