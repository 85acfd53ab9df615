// WorkshopStore: the people in the room and what each agenda stage remembers.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "StatementCache.h"
#include "domain/TextLimits.h"

#include <QSqlQuery>

using SqlSupport::run;

QList<Participant> WorkshopStore::participants(qint64 workshopId) const {
    QList<Participant> result;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT id, workshop_id, name, discipline, position FROM participant "
                             "WHERE workshop_id = ? ORDER BY position, id"));
    if (!q.run({workshopId}, nullptr))
        return result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toInt()});
    return result;
}

std::optional<qint64> WorkshopStore::addParticipant(const Participant& p) {
    if (p.name.trimmed().isEmpty()) {
        fail(tr("A participant needs a name. Nobody was added."));
        return std::nullopt;
    }
    if (!checkText(tr("participant's name"), p.name, TextLimits::ShortText) ||
        !checkText(tr("discipline"), p.discipline, TextLimits::ShortText))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = inTransaction(tr("the new participant"), [&](QString* error) {
        id = insertedId(
            QStringLiteral("INSERT INTO participant (id, workshop_id, name, "
                           "discipline, position) VALUES (?, ?, ?, ?, ?)"),
            {SqlSupport::idOrNull(p.id), p.workshopId, p.name, p.discipline, p.position}, error);
        return id != 0 && touch(p.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    WorkshopChanges changes = changeOf(p.workshopId, ChangeKind::Roster);
    changes.participantIds.insert(id);
    publish(changes);
    return id;
}

bool WorkshopStore::updateParticipant(const Participant& p) {
    if (p.name.trimmed().isEmpty())
        return fail(tr("A participant needs a name. The old name was kept."));
    if (!checkText(tr("participant's name"), p.name, TextLimits::ShortText) ||
        !checkText(tr("discipline"), p.discipline, TextLimits::ShortText))
        return false;
    // Only what changed is written (typing a name writes the name).
    const std::optional<Participant> stored = SqlSupport::withId(participants(p.workshopId), p.id);
    SqlSupport::ChangedColumns columns;
    columns.add("name", !stored || stored->name != p.name, p.name);
    columns.add("discipline", !stored || stored->discipline != p.discipline, p.discipline);
    columns.add("position", !stored || stored->position != p.position, p.position);
    if (columns.isEmpty())
        return true; // nothing to write, nothing changed
    const bool ok = inTransaction(tr("the participant"), [&](QString* error) {
        return write(columns.update("participant"), columns.values(p.id), error) &&
               touch(p.workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(p.workshopId, ChangeKind::Roster);
        changes.participantIds.insert(p.id);
        publish(changes);
    }
    return ok;
}

bool WorkshopStore::removeParticipant(qint64 participantId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q, QStringLiteral("SELECT workshop_id FROM participant WHERE id = ?"),
                {participantId}, nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    const bool ok = inTransaction(tr("the removal of a participant"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM participant WHERE id = ?"), {participantId},
                     error) &&
               touch(workshopId, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Roster);
        changes.participantIds.insert(participantId);
        publish(changes);
    }
    return ok;
}

QList<StageState> WorkshopStore::stageStates(qint64 workshopId) const {
    QList<StageState> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT workshop_id, stage_key, elapsed_ms, notes, planned_minutes, "
                            "skipped, focus, revealed FROM stage_state WHERE workshop_id = ? "
                            "ORDER BY stage_key"),
             {workshopId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool(),
                       q.value(6).toInt(), q.value(7).toBool()});
    return result;
}

StageState WorkshopStore::stageState(qint64 workshopId, const QString& stageKey) const {
    // One row, by its key: the room asks on every phone's write whether the cards are out.
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT elapsed_ms, notes, planned_minutes, skipped, focus, revealed "
                             "FROM stage_state WHERE workshop_id = ? AND stage_key = ?"));
    if (q.run({workshopId, stageKey}, nullptr) && q->next())
        return {workshopId,
                stageKey,
                q->value(0).toLongLong(),
                q->value(1).toString(),
                q->value(2).toInt(),
                q->value(3).toBool(),
                q->value(4).toInt(),
                q->value(5).toBool()};
    StageState fresh;
    fresh.workshopId = workshopId;
    fresh.stageKey = stageKey;
    return fresh;
}

bool WorkshopStore::setStageElapsed(qint64 workshopId, const QString& stageKey, qint64 elapsedMs) {
    const bool ok = inTransaction(tr("the stage time"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, elapsed_ms) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, stage_key) "
                                    "DO UPDATE SET elapsed_ms = excluded.elapsed_ms"),
                     {workshopId, stageKey, qMax<qint64>(0, elapsedMs)}, error) &&
               touch(workshopId, error);
    });
    if (!ok)
        return false;
    if (m_batchDepth > 0) { // said after the batch's commit, on the clock's own channel
        m_pendingClock.append({workshopId, stageKey, elapsedMs});
        m_pending.merge(stageChange(workshopId, stageKey, ChangeKind::StageClock));
    } else {
        emit stageClockSaved(workshopId, stageKey, elapsedMs);
    }
    return true;
}

bool WorkshopStore::setStageNotes(qint64 workshopId, const QString& stageKey,
                                  const QString& notes) {
    if (!checkText(tr("notes"), notes, TextLimits::Notes))
        return false;
    const bool ok = inTransaction(tr("your notes"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, notes) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, stage_key) "
                                    "DO UPDATE SET notes = excluded.notes"),
                     {workshopId, stageKey, notes}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, stageKey, ChangeKind::StageNotes));
    return ok;
}

bool WorkshopStore::setStagePlan(qint64 workshopId, const QString& stageKey, int plannedMinutes,
                                 bool skipped) {
    if (plannedMinutes < -1 || plannedMinutes > 600)
        return fail(tr("A stage can last from 0 to 600 minutes. The plan was not changed."));
    const bool ok = inTransaction(tr("the agenda plan"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, "
                                    "planned_minutes, skipped) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (workshop_id, stage_key) DO UPDATE SET "
                                    "planned_minutes = excluded.planned_minutes, "
                                    "skipped = excluded.skipped"),
                     {workshopId, stageKey, plannedMinutes, skipped ? 1 : 0}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, stageKey, ChangeKind::Plan));
    return ok;
}

QList<CustomStage> WorkshopStore::customStages(qint64 workshopId) const {
    QList<CustomStage> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT workshop_id, stage_key, title, prompt, after_stage, minutes "
                            "FROM custom_stage WHERE workshop_id = ? ORDER BY rowid"),
             {workshopId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    return result;
}

std::optional<QString> WorkshopStore::addCustomStage(const CustomStage& stage) {
    if (stage.title.trimmed().isEmpty()) {
        fail(tr("A discussion block needs a title. Nothing was added."));
        return std::nullopt;
    }
    if (!checkText(tr("block's title"), stage.title, TextLimits::ShortText) ||
        !checkText(tr("block's prompt"), stage.prompt, TextLimits::LongText))
        return std::nullopt;
    if (stage.minutes < 0 || stage.minutes > 600) {
        fail(tr("A block can last from 0 to 600 minutes. Nothing was added."));
        return std::nullopt;
    }
    int next = 1;
    for (const CustomStage& existing : customStages(stage.workshopId))
        next = qMax(next, existing.stageKey.section(u'.', 1).toInt() + 1);
    const QString key = QStringLiteral("custom.%1").arg(next);
    const bool ok = inTransaction(tr("the discussion block"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO custom_stage (workshop_id, stage_key, title, "
                                    "prompt, after_stage, minutes) VALUES (?, ?, ?, ?, ?, ?)"),
                     {stage.workshopId, key, stage.title, stage.prompt, stage.afterStage,
                      stage.minutes},
                     error) &&
               touch(stage.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    publish(stageChange(stage.workshopId, key, ChangeKind::Plan));
    return key;
}

bool WorkshopStore::removeCustomStage(qint64 workshopId, const QString& stageKey) {
    const bool ok = inTransaction(tr("the removal of a discussion block"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM custom_stage WHERE workshop_id = ? AND "
                                    "stage_key = ?"),
                     {workshopId, stageKey}, error) &&
               write(QStringLiteral("DELETE FROM stage_state WHERE workshop_id = ? AND "
                                    "stage_key = ?"),
                     {workshopId, stageKey}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, stageKey, ChangeKind::Plan));
    return ok;
}
