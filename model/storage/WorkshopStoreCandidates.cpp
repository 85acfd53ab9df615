// WorkshopStore: candidate North Stars, where they came from, and their inputs.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "StatementCache.h"
#include "domain/TextLimits.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using SqlSupport::idOrNull;
using SqlSupport::run;

namespace {

const QString candidateColumns = QStringLiteral(
    "id, workshop_id, author_id, kind, name, definition, behaviour, measure, status, "
    "elimination_reason, position, breaks_criterion, pair_id, incumbent");

Candidate candidateFromRow(const QSqlQuery& q) {
    Candidate c;
    c.id = q.value(0).toLongLong();
    c.workshopId = q.value(1).toLongLong();
    c.authorId = q.value(2).toLongLong();
    c.kind = candidateKindFromKey(q.value(3).toString());
    c.name = q.value(4).toString();
    c.definition = q.value(5).toString();
    c.behaviour = q.value(6).toString();
    c.measure = q.value(7).toString();
    c.status = candidateStatusFromKey(q.value(8).toString());
    c.eliminationReason = q.value(9).toString();
    c.position = q.value(10).toInt();
    c.breaksCriterion = q.value(11).toString();
    c.pairId = q.value(12).toLongLong();
    c.incumbent = q.value(13).toBool();
    return c;
}

WorkshopChanges candidateChange(qint64 workshopId, qint64 candidateId) {
    WorkshopChanges changes;
    changes.add(workshopId, ChangeKind::Candidate);
    changes.candidateIds.insert(candidateId);
    return changes;
}

// An input belongs to its candidate: both kinds are reported, so a view that shows a card
// with its inputs only has to listen for candidates.
WorkshopChanges inputChange(qint64 workshopId, qint64 candidateId, qint64 inputId) {
    WorkshopChanges changes = candidateChange(workshopId, candidateId);
    changes.kinds |= ChangeKind::Input;
    changes.inputIds.insert(inputId);
    return changes;
}

} // namespace

qint64 WorkshopStore::workshopOfCandidate(qint64 candidateId) const {
    QSqlQuery q(db());
    if (run(q, QStringLiteral("SELECT workshop_id FROM candidate WHERE id = ?"), {candidateId},
            nullptr) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Candidate> WorkshopStore::candidates(qint64 workshopId) const {
    QList<Candidate> result;
    QHash<qint64, qsizetype> rowOf;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT %1 FROM candidate WHERE workshop_id = ? ORDER BY position, id")
                  .arg(candidateColumns));
    if (!q.run({workshopId}, nullptr))
        return result;
    while (q->next()) {
        result.append(candidateFromRow(q.query()));
        rowOf.insert(result.last().id, result.size() - 1);
    }
    StatementCache::Lease lineage = statements().statement(
        db(), QStringLiteral("SELECT s.candidate_id, s.source_id FROM candidate_source s "
                             "JOIN candidate c ON c.id = s.candidate_id WHERE c.workshop_id = ? "
                             "ORDER BY s.candidate_id, s.source_id"));
    if (lineage.run({workshopId}, nullptr))
        while (lineage->next())
            if (const auto row = rowOf.find(lineage->value(0).toLongLong()); row != rowOf.end())
                result[*row].mergedFrom.append(lineage->value(1).toLongLong());
    return result;
}

std::optional<QList<Candidate>> WorkshopStore::candidates(qint64 workshopId,
                                                          const QList<qint64>& ids) const {
    QList<Candidate> result;
    QHash<qint64, qsizetype> rowOf;
    // "%2" is left for runForIds, which puts the placeholders there.
    bool ok = SqlSupport::runForIds(
        statements(), db(),
        QStringLiteral("SELECT %1 FROM candidate WHERE id IN (%2)").arg(candidateColumns), ids,
        [&](const QSqlQuery& q) {
            Candidate c = candidateFromRow(q);
            if (c.workshopId != workshopId || rowOf.contains(c.id))
                return;
            rowOf.insert(c.id, result.size());
            result.append(std::move(c));
        });
    if (!ok)
        return std::nullopt;
    ok = SqlSupport::runForIds(
        statements(), db(),
        QStringLiteral("SELECT candidate_id, source_id FROM candidate_source WHERE candidate_id "
                       "IN (%1) ORDER BY candidate_id, source_id"),
        rowOf.keys(), [&](const QSqlQuery& q) {
            if (const auto row = rowOf.constFind(q.value(0).toLongLong()); row != rowOf.cend())
                result[*row].mergedFrom.append(q.value(1).toLongLong());
        });
    if (!ok)
        return std::nullopt;
    std::sort(result.begin(), result.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
    return result;
}

QList<Candidate> WorkshopStore::silentCards(qint64 workshopId) const {
    QList<Candidate> result;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT %1 FROM candidate WHERE workshop_id = ? AND kind = ? "
                             "ORDER BY position, id")
                  .arg(candidateColumns));
    if (!q.run({workshopId, candidateKindKey(CandidateKind::Own)}, nullptr))
        return result;
    while (q->next())
        result.append(candidateFromRow(q.query()));
    return result;
}

std::optional<QList<Candidate>> WorkshopStore::silentCards(qint64 workshopId,
                                                           const QList<qint64>& ids) const {
    QList<Candidate> result;
    // "%2" is left for runForIds, which puts the placeholders there.
    const bool ok = SqlSupport::runForIds(
        statements(), db(),
        QStringLiteral("SELECT %1 FROM candidate WHERE id IN (%2)").arg(candidateColumns), ids,
        [&](const QSqlQuery& q) {
            Candidate c = candidateFromRow(q);
            if (c.workshopId == workshopId && c.kind == CandidateKind::Own)
                result.append(std::move(c));
        });
    if (!ok)
        return std::nullopt;
    return result;
}

std::optional<Candidate> WorkshopStore::candidate(qint64 candidateId) const {
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT %1 FROM candidate WHERE id = ?").arg(candidateColumns),
             {candidateId}, nullptr) ||
        !q.next())
        return std::nullopt;
    Candidate c = candidateFromRow(q);
    QSqlQuery lineage(db());
    if (run(lineage,
            QStringLiteral("SELECT source_id FROM candidate_source WHERE candidate_id = ? "
                           "ORDER BY source_id"),
            {candidateId}, nullptr))
        while (lineage.next())
            c.mergedFrom.append(lineage.value(0).toLongLong());
    return c;
}

bool WorkshopStore::writeLineage(const Candidate& c, qint64 id, QString* error) {
    if (!write(QStringLiteral("DELETE FROM candidate_source WHERE candidate_id = ?"), {id}, error))
        return false;
    for (qint64 source : c.mergedFrom)
        if (source != id &&
            !write(QStringLiteral("INSERT OR IGNORE INTO candidate_source (candidate_id, "
                                  "source_id) VALUES (?, ?)"),
                   {id, source}, error))
            return false;
    return true;
}

bool WorkshopStore::candidateTextFits(const Candidate& c) {
    return checkText(tr("candidate's name"), c.name, TextLimits::ShortText) &&
           checkText(tr("candidate's definition"), c.definition, TextLimits::LongText) &&
           checkText(tr("customer behaviour"), c.behaviour, TextLimits::LongText) &&
           checkText(tr("way to measure it"), c.measure, TextLimits::LongText) &&
           checkText(tr("reason for eliminating it"), c.eliminationReason, TextLimits::LongText) &&
           checkText(tr("checklist point it breaks"), c.breaksCriterion, TextLimits::ShortText);
}

bool WorkshopStore::incumbentIsFree(const Candidate& c) {
    if (!c.incumbent)
        return true;
    QSqlQuery q(db());
    if (run(q,
            QStringLiteral("SELECT 1 FROM candidate WHERE workshop_id = ? AND incumbent = 1 "
                           "AND id <> ?"),
            {c.workshopId, c.id}, nullptr) &&
        q.next())
        return fail(tr("This workshop already has the North Star it carried over; it can "
                       "have only one. Nothing was changed."));
    return true;
}

std::optional<qint64> WorkshopStore::addCandidate(const Candidate& c) {
    if (!candidateTextFits(c) || !incumbentIsFree(c))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = inTransaction(tr("the candidate"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO candidate (id, workshop_id, author_id, kind, "
                                       "name, definition, behaviour, measure, status, "
                                       "elimination_reason, position, breaks_criterion, "
                                       "pair_id, incumbent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)"),
                        {idOrNull(c.id), c.workshopId, idOrNull(c.authorId),
                         candidateKindKey(c.kind), c.name, c.definition, c.behaviour, c.measure,
                         candidateStatusKey(c.status), c.eliminationReason, c.position,
                         c.breaksCriterion, idOrNull(c.pairId), c.incumbent},
                        error);
        return id != 0 && writeLineage(c, id, error) && touch(c.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    publish(candidateChange(c.workshopId, id));
    return id;
}

bool WorkshopStore::updateCandidate(const Candidate& c) {
    if (!candidateTextFits(c) || !incumbentIsFree(c))
        return false;
    // Only the columns that differ from the stored row are written (typing in one field
    // writes that field).
    const std::optional<Candidate> stored = candidate(c.id);
    SqlSupport::ChangedColumns columns;
    auto column = [&](const char* name, auto Candidate::*field, const QVariant& value) {
        columns.add(name, !stored || (*stored).*field != c.*field, value);
    };
    column("author_id", &Candidate::authorId, idOrNull(c.authorId));
    column("kind", &Candidate::kind, candidateKindKey(c.kind));
    column("name", &Candidate::name, c.name);
    column("definition", &Candidate::definition, c.definition);
    column("behaviour", &Candidate::behaviour, c.behaviour);
    column("measure", &Candidate::measure, c.measure);
    column("status", &Candidate::status, candidateStatusKey(c.status));
    column("elimination_reason", &Candidate::eliminationReason, c.eliminationReason);
    column("position", &Candidate::position, c.position);
    column("breaks_criterion", &Candidate::breaksCriterion, c.breaksCriterion);
    column("pair_id", &Candidate::pairId, idOrNull(c.pairId));
    column("incumbent", &Candidate::incumbent, c.incumbent);
    auto lineageOf = [&](const Candidate& candidate) {
        QList<qint64> sources = candidate.mergedFrom;
        sources.removeAll(c.id);
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
        return sources;
    };
    const bool lineageDiffers = !stored || lineageOf(*stored) != lineageOf(c);
    if (columns.isEmpty() && !lineageDiffers)
        return true; // nothing to write, nothing changed
    const bool ok = inTransaction(tr("the candidate"), [&](QString* error) {
        return (columns.isEmpty() ||
                write(columns.update("candidate"), columns.values(c.id), error)) &&
               (!lineageDiffers || writeLineage(c, c.id, error)) && touch(c.workshopId, error);
    });
    if (ok)
        publish(candidateChange(c.workshopId, c.id));
    return ok;
}

bool WorkshopStore::removeCandidate(qint64 candidateId) {
    const qint64 workshopId = workshopOfCandidate(candidateId);
    const bool ok = inTransaction(tr("the removal of a candidate"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM candidate WHERE id = ?"), {candidateId}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(candidateChange(workshopId, candidateId));
    return ok;
}

QList<Input> WorkshopStore::inputs(qint64 candidateId) const {
    return inputsOf({candidateId}).value(candidateId);
}

QHash<qint64, QList<Input>> WorkshopStore::inputsOf(const QList<qint64>& candidateIds) const {
    QHash<qint64, QList<Input>> result;
    SqlSupport::runForIds(
        statements(), db(),
        QStringLiteral("SELECT id, candidate_id, name, definition, pattern, owner, position "
                       "FROM input WHERE candidate_id IN (%1) ORDER BY candidate_id, position, id"),
        candidateIds, [&result](const QSqlQuery& q) {
            const qint64 candidateId = q.value(1).toLongLong();
            result[candidateId].append({q.value(0).toLongLong(), candidateId, q.value(2).toString(),
                                        q.value(3).toString(),
                                        inputPatternFromKey(q.value(4).toString()),
                                        q.value(5).toString(), q.value(6).toInt()});
        });
    return result;
}

std::optional<qint64> WorkshopStore::addInput(const Input& input) {
    if (!checkText(tr("input's name"), input.name, TextLimits::ShortText) ||
        !checkText(tr("input's definition"), input.definition, TextLimits::LongText) ||
        !checkText(tr("input's owner"), input.owner, TextLimits::ShortText))
        return std::nullopt;
    const qint64 workshopId = workshopOfCandidate(input.candidateId);
    qint64 id = 0;
    const bool ok = inTransaction(tr("the input"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO input (id, candidate_id, name, definition, "
                                       "pattern, owner, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {idOrNull(input.id), input.candidateId, input.name, input.definition,
                         inputPatternKey(input.pattern), input.owner, input.position},
                        error);
        return id != 0 && touch(workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    publish(inputChange(workshopId, input.candidateId, id));
    return id;
}

bool WorkshopStore::updateInput(const Input& input) {
    if (!checkText(tr("input's name"), input.name, TextLimits::ShortText) ||
        !checkText(tr("input's definition"), input.definition, TextLimits::LongText) ||
        !checkText(tr("input's owner"), input.owner, TextLimits::ShortText))
        return false;
    const qint64 workshopId = workshopOfCandidate(input.candidateId);
    // Only what changed is written: a reorder writes positions, typing writes that field.
    const std::optional<Input> stored = SqlSupport::withId(inputs(input.candidateId), input.id);
    SqlSupport::ChangedColumns columns;
    auto column = [&](const char* name, auto Input::*field, const QVariant& value) {
        columns.add(name, !stored || (*stored).*field != input.*field, value);
    };
    column("name", &Input::name, input.name);
    column("definition", &Input::definition, input.definition);
    column("pattern", &Input::pattern, inputPatternKey(input.pattern));
    column("owner", &Input::owner, input.owner);
    column("position", &Input::position, input.position);
    if (columns.isEmpty())
        return true; // nothing to write, nothing changed
    const bool ok = inTransaction(tr("the input"), [&](QString* error) {
        return write(columns.update("input"), columns.values(input.id), error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(inputChange(workshopId, input.candidateId, input.id));
    return ok;
}

bool WorkshopStore::removeInput(qint64 inputId) {
    qint64 workshopId = 0;
    qint64 candidateId = 0;
    {
        QSqlQuery q(db());
        if (run(q,
                QStringLiteral("SELECT c.workshop_id, c.id FROM input i JOIN candidate c ON "
                               "c.id = i.candidate_id WHERE i.id = ?"),
                {inputId}, nullptr) &&
            q.next()) {
            workshopId = q.value(0).toLongLong();
            candidateId = q.value(1).toLongLong();
        }
    }
    const bool ok = inTransaction(tr("the removal of an input"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM input WHERE id = ?"), {inputId}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(inputChange(workshopId, candidateId, inputId));
    return ok;
}
