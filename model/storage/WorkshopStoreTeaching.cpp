// WorkshopStore: what the teaching blocks keep (opening notes per question, the game's show
// of hands, warm-up groups) and each stage's shared focus and reveal state.
#include "WorkshopStore.h"
#include "domain/StageKeys.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

bool WorkshopStore::upsertStageColumn(qint64 workshopId, const QString& stageKey,
                                      const QString& column, const QVariant& value,
                                      const QString& what) {
    // `column` is one of this file's constants, never user text.
    const bool ok = inTransaction(what, [&](QString* error) {
        return write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, %1) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, stage_key) "
                                    "DO UPDATE SET %1 = excluded.%1")
                         .arg(column),
                     {workshopId, stageKey, value}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, stageKey, ChangeKind::StageState));
    return ok;
}

bool WorkshopStore::setStageFocus(qint64 workshopId, const QString& stageKey, int focus) {
    return upsertStageColumn(workshopId, stageKey, QStringLiteral("focus"), qMax(0, focus),
                             tr("what the room is looking at"));
}

bool WorkshopStore::setStageRevealed(qint64 workshopId, const QString& stageKey, bool revealed) {
    return upsertStageColumn(workshopId, stageKey, QStringLiteral("revealed"), revealed ? 1 : 0,
                             tr("the reveal"));
}

QHash<QString, QString> WorkshopStore::questionNotes(qint64 workshopId) const {
    QHash<QString, QString> result;
    QSqlQuery q(db());
    if (run(q,
            QStringLiteral("SELECT question_key, notes FROM question_note WHERE workshop_id = ?"),
            {workshopId}, nullptr))
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

bool WorkshopStore::setQuestionNote(qint64 workshopId, const QString& questionKey,
                                    const QString& notes) {
    if (!checkText(tr("notes"), notes, TextLimits::Notes) ||
        !checkText(tr("question"), questionKey, TextLimits::ShortText))
        return false;
    const bool ok = inTransaction(tr("your notes"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO question_note (workshop_id, question_key, notes) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, question_key) "
                                    "DO UPDATE SET notes = excluded.notes"),
                     {workshopId, questionKey, notes}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, QString(StageKeys::Opening), ChangeKind::StageNotes));
    return ok;
}

QMap<Game, int> WorkshopStore::gameTally(qint64 workshopId) const {
    QMap<Game, int> result;
    QSqlQuery q(db());
    if (run(q, QStringLiteral("SELECT game, hands FROM game_tally WHERE workshop_id = ?"),
            {workshopId}, nullptr))
        while (q.next())
            if (const Game game = gameFromKey(q.value(0).toString()); game != Game::Undecided)
                result.insert(game, q.value(1).toInt());
    return result;
}

bool WorkshopStore::setGameHands(qint64 workshopId, Game game, int hands) {
    if (game == Game::Undecided || hands < 0 || hands > 999)
        return fail(tr("A show of hands counts from 0 to 999 for one of the three games. The "
                       "tally was not changed."));
    const bool ok = inTransaction(tr("the show of hands"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO game_tally (workshop_id, game, hands) VALUES "
                                    "(?, ?, ?) ON CONFLICT (workshop_id, game) DO UPDATE SET "
                                    "hands = excluded.hands"),
                     {workshopId, gameKey(game), hands}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(workshopId, ChangeKind::GameTally);
    return ok;
}

QList<WarmUpGroup> WorkshopStore::warmUpGroups(qint64 workshopId) const {
    QList<WarmUpGroup> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, workshop_id, name, game, candidate_id, position FROM "
                            "warmup_group WHERE workshop_id = ? ORDER BY position, id"),
             {workshopId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(),
                       q.value(1).toLongLong(),
                       q.value(2).toString(),
                       gameFromKey(q.value(3).toString()),
                       q.value(4).toLongLong(),
                       q.value(5).toInt(),
                       {}});
    QSqlQuery members(db());
    if (run(members,
            QStringLiteral("SELECT m.group_id, m.participant_id FROM warmup_member m JOIN "
                           "participant p ON p.id = m.participant_id WHERE p.workshop_id = ? "
                           "ORDER BY p.position, p.id"),
            {workshopId}, nullptr))
        while (members.next())
            for (WarmUpGroup& group : result)
                if (group.id == members.value(0).toLongLong())
                    group.members.append(members.value(1).toLongLong());
    return result;
}

bool WorkshopStore::writeMembers(const WarmUpGroup& group, qint64 id, QString* error) {
    if (!write(QStringLiteral("DELETE FROM warmup_member WHERE group_id = ?"), {id}, error))
        return false;
    // A person is in one group at a time: joining this group leaves any other.
    for (qint64 participant : group.members)
        if (!write(QStringLiteral("INSERT INTO warmup_member (group_id, participant_id) VALUES "
                                  "(?, ?) ON CONFLICT (participant_id) DO UPDATE SET "
                                  "group_id = excluded.group_id"),
                   {id, participant}, error))
            return false;
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
    const bool ok = inTransaction(tr("the group"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO warmup_group (id, workshop_id, name, game, "
                                       "candidate_id, position) VALUES (?, ?, ?, ?, ?, ?)"),
                        {idOrNull(group.id), group.workshopId, group.name, gameKey(group.game),
                         idOrNull(group.candidateId), group.position},
                        error);
        return id != 0 && writeMembers(group, id, error) && touch(group.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    WorkshopChanges changes = changeOf(group.workshopId, ChangeKind::WarmUp);
    changes.rowIds.insert(id);
    publish(changes);
    return id;
}

bool WorkshopStore::updateWarmUpGroup(const WarmUpGroup& group) {
    if (group.name.trimmed().isEmpty())
        return fail(tr("A group needs a name. The old name was kept."));
    if (!checkText(tr("group's name"), group.name, TextLimits::ShortText))
        return false;
    const bool ok = inTransaction(tr("the group"), [&](QString* error) {
        return write(QStringLiteral("UPDATE warmup_group SET name = ?, game = ?, candidate_id = ?, "
                                    "position = ? WHERE id = ?"),
                     {group.name, gameKey(group.game), idOrNull(group.candidateId), group.position,
                      group.id},
                     error) &&
               writeMembers(group, group.id, error) && touch(group.workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(group.workshopId, ChangeKind::WarmUp);
        changes.rowIds.insert(group.id);
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
