// WorkshopStore: one workshop's own row — create, read, update, rename, duplicate, delete to
// the trash and restore. The store's plumbing (transactions, the change stream) is in
// WorkshopStore.cpp.
#include "WorkshopStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StatementCache.h"
#include "domain/TextLimits.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using SqlSupport::idOrNull;
using SqlSupport::run;
using SqlSupport::timeFromText;
using SqlSupport::timeText;

namespace {

const QString workshopColumns = QStringLiteral(
    "id, title, product, facilitator, vision, agenda_minutes, created_at, updated_at, "
    "current_stage, game, game_rationale, status, anonymous, north_star_id, guardrail_name, "
    "guardrail_definition, value_exchange, pair_seed, vote_dots, vote_max, checklist_per_person");

// Dots per person and per candidate are kept between 1 and this.
constexpr int VoteLimit = 99;

// SQLite integers are signed: a 64-bit seed is stored bit for bit as a signed value.
qint64 seedValue(quint64 seed) {
    return static_cast<qint64>(seed);
}

Workshop workshopFromRow(const QSqlQuery& q) {
    Workshop w;
    w.id = q.value(0).toLongLong();
    w.title = q.value(1).toString();
    w.product = q.value(2).toString();
    w.facilitator = q.value(3).toString();
    w.vision = q.value(4).toString();
    w.agendaMinutes = q.value(5).toInt();
    w.createdAt = timeFromText(q.value(6).toString());
    w.updatedAt = timeFromText(q.value(7).toString());
    w.currentStage = q.value(8).toString();
    w.game = gameFromKey(q.value(9).toString());
    w.gameRationale = q.value(10).toString();
    w.status = workshopStatusFromKey(q.value(11).toString());
    w.anonymous = q.value(12).toBool();
    w.northStarId = q.value(13).toLongLong();
    w.guardrailName = q.value(14).toString();
    w.guardrailDefinition = q.value(15).toString();
    w.valueExchange = q.value(16).toString();
    w.pairSeed = q.value(17).toULongLong();
    w.dotsPerPerson = q.value(18).toInt();
    w.maxDotsPerCandidate = q.value(19).toInt();
    w.checklistPerPerson = q.value(20).toBool();
    return w;
}

} // namespace

std::optional<qint64> WorkshopStore::createWorkshop(const Workshop& w,
                                                    const QList<Participant>& participants) {
    if (w.title.trimmed().isEmpty()) {
        fail(tr("A workshop needs a title. Nothing was created."));
        return std::nullopt;
    }
    if (!checkText(tr("title"), w.title, TextLimits::ShortText) ||
        !checkText(tr("product or team"), w.product, TextLimits::ShortText) ||
        !checkText(tr("facilitator's name"), w.facilitator, TextLimits::ShortText) ||
        !checkText(tr("vision statement"), w.vision, TextLimits::LongText))
        return std::nullopt;
    for (const Participant& p : participants)
        if (p.name.trimmed().isEmpty()) {
            fail(tr("A participant needs a name. Nothing was created."));
            return std::nullopt;
        } else if (!checkText(tr("participant's name"), p.name, TextLimits::ShortText) ||
                   !checkText(tr("discipline"), p.discipline, TextLimits::ShortText))
            return std::nullopt;

    qint64 id = 0;
    const QString stamp = now();
    const bool ok = inTransaction(tr("the new workshop"), [&](QString* error) {
        id = insertedId(
            QStringLiteral("INSERT INTO workshop (title, product, facilitator, vision, "
                           "agenda_minutes, created_at, updated_at, current_stage, game, "
                           "game_rationale, status, anonymous, guardrail_name, "
                           "guardrail_definition, value_exchange, pair_seed, vote_dots, "
                           "vote_max, checklist_per_person) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {w.title, w.product, w.facilitator, w.vision, w.agendaMinutes, stamp, stamp,
             w.currentStage, gameKey(w.game), w.gameRationale, workshopStatusKey(w.status),
             w.anonymous, w.guardrailName, w.guardrailDefinition, w.valueExchange,
             seedValue(w.pairSeed), qBound(1, w.dotsPerPerson, VoteLimit),
             qBound(1, w.maxDotsPerCandidate, VoteLimit), w.checklistPerPerson},
            error);
        if (id == 0)
            return false;
        int position = 0;
        for (const Participant& p : participants)
            if (!write(QStringLiteral("INSERT INTO participant (workshop_id, name, discipline, "
                                      "position) VALUES (?, ?, ?, ?)"),
                       {id, p.name, p.discipline, position++}, error))
                return false;
        return true;
    });
    if (!ok)
        return std::nullopt;
    publish(id, ChangeKind::Library | ChangeKind::Workshop | ChangeKind::Roster);
    return id;
}

std::optional<Workshop> WorkshopStore::workshop(qint64 id) const {
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT %1 FROM workshop WHERE id = ? AND deleted_at IS NULL")
                  .arg(workshopColumns));
    if (!q.run({id}, nullptr) || !q->next())
        return std::nullopt;
    return workshopFromRow(q.query());
}

bool WorkshopStore::updateWorkshop(const Workshop& w) {
    if (w.title.trimmed().isEmpty())
        return fail(tr("A workshop needs a title. The old title was kept."));
    if (!checkText(tr("title"), w.title, TextLimits::ShortText) ||
        !checkText(tr("product or team"), w.product, TextLimits::ShortText) ||
        !checkText(tr("facilitator's name"), w.facilitator, TextLimits::ShortText) ||
        !checkText(tr("vision statement"), w.vision, TextLimits::LongText) ||
        !checkText(tr("reason for the game"), w.gameRationale, TextLimits::LongText) ||
        !checkText(tr("guardrail's name"), w.guardrailName, TextLimits::ShortText) ||
        !checkText(tr("guardrail's definition"), w.guardrailDefinition, TextLimits::LongText) ||
        !checkText(tr("moment of value exchange"), w.valueExchange, TextLimits::LongText))
        return false;
    // Only the columns that differ from the stored row are written.
    const std::optional<Workshop> stored = workshop(w.id);
    const QList<std::pair<const char*, QVariant>> columns = {
        {"title", w.title},
        {"product", w.product},
        {"facilitator", w.facilitator},
        {"vision", w.vision},
        {"agenda_minutes", w.agendaMinutes},
        {"current_stage", w.currentStage},
        {"game", gameKey(w.game)},
        {"game_rationale", w.gameRationale},
        {"status", workshopStatusKey(w.status)},
        {"anonymous", w.anonymous},
        {"north_star_id", idOrNull(w.northStarId)},
        {"guardrail_name", w.guardrailName},
        {"guardrail_definition", w.guardrailDefinition},
        {"value_exchange", w.valueExchange},
        {"pair_seed", seedValue(w.pairSeed)},
        {"vote_dots", qBound(1, w.dotsPerPerson, VoteLimit)},
        {"vote_max", qBound(1, w.maxDotsPerCandidate, VoteLimit)},
        {"checklist_per_person", w.checklistPerPerson}};
    const QList<QVariant> before =
        stored ? QList<QVariant>{stored->title,
                                 stored->product,
                                 stored->facilitator,
                                 stored->vision,
                                 stored->agendaMinutes,
                                 stored->currentStage,
                                 gameKey(stored->game),
                                 stored->gameRationale,
                                 workshopStatusKey(stored->status),
                                 stored->anonymous,
                                 idOrNull(stored->northStarId),
                                 stored->guardrailName,
                                 stored->guardrailDefinition,
                                 stored->valueExchange,
                                 seedValue(stored->pairSeed),
                                 qBound(1, stored->dotsPerPerson, VoteLimit),
                                 qBound(1, stored->maxDotsPerCandidate, VoteLimit),
                                 stored->checklistPerPerson}
               : QList<QVariant>{};
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (!stored || before.at(i) != columns.at(i).second) {
            assignments.append(QLatin1String(columns.at(i).first) + QLatin1String(" = ?"));
            values.append(columns.at(i).second);
        }
    if (assignments.isEmpty())
        return true; // nothing to write, nothing changed
    values << now() << w.id;
    const bool ok = inTransaction(tr("the workshop"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET %1, updated_at = ? WHERE id = ?")
                         .arg(assignments.join(QLatin1String(", "))),
                     values, error);
    });
    if (ok)
        publish(w.id, ChangeKind::Workshop);
    return ok;
}

bool WorkshopStore::renameWorkshop(qint64 id, const QString& title) {
    if (title.trimmed().isEmpty())
        return fail(tr("A workshop needs a title. The old title was kept."));
    if (!checkText(tr("title"), title, TextLimits::ShortText))
        return false;
    const bool ok = inTransaction(tr("the new title"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET title = ?, updated_at = ? WHERE id = ?"),
                     {title, now(), id}, error);
    });
    if (ok)
        publish(id, ChangeKind::Workshop);
    return ok;
}

bool WorkshopStore::setCurrentStage(qint64 id, const QString& stageKey) {
    // Starting the timer says so again on a running workshop: nothing to write, and no
    // change for the views to redraw.
    if (const std::optional<Workshop> w = workshop(id);
        w && w->currentStage == stageKey && w->status != WorkshopStatus::Planned)
        return true;
    const bool ok = inTransaction(tr("the current stage"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET current_stage = ?, updated_at = ?, "
                                    "status = CASE WHEN status = 'planned' THEN 'running' "
                                    "ELSE status END WHERE id = ?"),
                     {stageKey, now(), id}, error);
    });
    if (ok)
        publish(id, ChangeKind::Workshop);
    return ok;
}

QString WorkshopStore::reachedStage(qint64 id) const {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT reached_stage FROM workshop WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool WorkshopStore::setReachedStage(qint64 id, const QString& stageKey) {
    return inTransaction(tr("the furthest stage reached"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET reached_stage = ? WHERE id = ?"),
                     {stageKey, id}, error);
    });
}

bool WorkshopStore::setNorthStar(qint64 workshopId, qint64 candidateId) {
    const bool ok = inTransaction(tr("the chosen North Star"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET north_star_id = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     {idOrNull(candidateId), now(), workshopId}, error);
    });
    if (ok)
        publish(workshopId, ChangeKind::Workshop);
    return ok;
}

std::optional<qint64> WorkshopStore::duplicateWorkshop(qint64 id, const QString& title) {
    const std::optional<Workshop> original = workshop(id);
    if (!original) {
        fail(tr("That workshop no longer exists, so it could not be duplicated."));
        return std::nullopt;
    }
    Workshop copy;
    copy.title = title;
    copy.product = original->product;
    copy.facilitator = original->facilitator;
    copy.vision = original->vision;
    copy.agendaMinutes = original->agendaMinutes;
    copy.anonymous = original->anonymous;
    return createWorkshop(copy, participants(id));
}

bool WorkshopStore::deleteWorkshop(qint64 id) {
    const bool ok = inTransaction(tr("the deletion"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET deleted_at = ? WHERE id = ?"), {now(), id},
                     error);
    });
    if (ok)
        publish(id, ChangeKind::Library);
    return ok;
}

bool WorkshopStore::restoreWorkshop(qint64 id) {
    const bool ok = inTransaction(tr("the restored workshop"), [&](QString* error) {
        return write(QStringLiteral("UPDATE workshop SET deleted_at = NULL WHERE id = ?"), {id},
                     error);
    });
    if (ok)
        publish(id, ChangeKind::Library);
    return ok;
}
