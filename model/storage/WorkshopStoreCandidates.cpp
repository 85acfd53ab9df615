// WorkshopStore: candidate North Stars, where they came from, and their inputs.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QHash>
#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

namespace {

const QString candidateColumns = QStringLiteral(
    "id, workshop_id, author_id, kind, name, definition, behaviour, measure, status, "
    "elimination_reason, position, breaks_criterion, pair_id");

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
    return c;
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
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM candidate WHERE workshop_id = ? ORDER BY position, id")
                 .arg(candidateColumns),
             {workshopId}, nullptr))
        return result;
    while (q.next()) {
        result.append(candidateFromRow(q));
        rowOf.insert(result.last().id, result.size() - 1);
    }
    QSqlQuery lineage(db());
    if (run(lineage,
            QStringLiteral("SELECT s.candidate_id, s.source_id FROM candidate_source s "
                           "JOIN candidate c ON c.id = s.candidate_id WHERE c.workshop_id = ? "
                           "ORDER BY s.candidate_id, s.source_id"),
            {workshopId}, nullptr))
        while (lineage.next())
            if (const auto row = rowOf.find(lineage.value(0).toLongLong()); row != rowOf.end())
                result[*row].mergedFrom.append(lineage.value(1).toLongLong());
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

std::optional<qint64> WorkshopStore::addCandidate(const Candidate& c) {
    if (!candidateTextFits(c))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = inTransaction(tr("the candidate"), [&](QString* error) {
        id = insertedId(QStringLiteral("INSERT INTO candidate (id, workshop_id, author_id, kind, "
                                       "name, definition, behaviour, measure, status, "
                                       "elimination_reason, position, breaks_criterion, "
                                       "pair_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {idOrNull(c.id), c.workshopId, idOrNull(c.authorId),
                         candidateKindKey(c.kind), c.name, c.definition, c.behaviour, c.measure,
                         candidateStatusKey(c.status), c.eliminationReason, c.position,
                         c.breaksCriterion, idOrNull(c.pairId)},
                        error);
        return id != 0 && writeLineage(c, id, error) && touch(c.workshopId, error);
    });
    if (!ok)
        return std::nullopt;
    emit candidatesChanged(c.workshopId);
    return id;
}

bool WorkshopStore::updateCandidate(const Candidate& c) {
    if (!candidateTextFits(c))
        return false;
    const bool ok = inTransaction(tr("the candidate"), [&](QString* error) {
        return write(QStringLiteral("UPDATE candidate SET author_id = ?, kind = ?, name = ?, "
                                    "definition = ?, behaviour = ?, measure = ?, status = ?, "
                                    "elimination_reason = ?, position = ?, "
                                    "breaks_criterion = ?, pair_id = ? WHERE id = ?"),
                     {idOrNull(c.authorId), candidateKindKey(c.kind), c.name, c.definition,
                      c.behaviour, c.measure, candidateStatusKey(c.status), c.eliminationReason,
                      c.position, c.breaksCriterion, idOrNull(c.pairId), c.id},
                     error) &&
               writeLineage(c, c.id, error) && touch(c.workshopId, error);
    });
    if (ok)
        emit candidatesChanged(c.workshopId);
    return ok;
}

bool WorkshopStore::removeCandidate(qint64 candidateId) {
    const qint64 workshopId = workshopOfCandidate(candidateId);
    const bool ok = inTransaction(tr("the removal of a candidate"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM candidate WHERE id = ?"), {candidateId}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        emit candidatesChanged(workshopId);
    return ok;
}

QList<Input> WorkshopStore::inputs(qint64 candidateId) const {
    QList<Input> result;
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, candidate_id, name, definition, pattern, owner, position "
                            "FROM input WHERE candidate_id = ? ORDER BY position, id"),
             {candidateId}, nullptr))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), inputPatternFromKey(q.value(4).toString()),
                       q.value(5).toString(), q.value(6).toInt()});
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
    emit candidatesChanged(workshopId);
    return id;
}

bool WorkshopStore::updateInput(const Input& input) {
    if (!checkText(tr("input's name"), input.name, TextLimits::ShortText) ||
        !checkText(tr("input's definition"), input.definition, TextLimits::LongText) ||
        !checkText(tr("input's owner"), input.owner, TextLimits::ShortText))
        return false;
    const qint64 workshopId = workshopOfCandidate(input.candidateId);
    const bool ok = inTransaction(tr("the input"), [&](QString* error) {
        return write(QStringLiteral("UPDATE input SET name = ?, definition = ?, pattern = ?, "
                                    "owner = ?, position = ? WHERE id = ?"),
                     {input.name, input.definition, inputPatternKey(input.pattern), input.owner,
                      input.position, input.id},
                     error) &&
               touch(workshopId, error);
    });
    if (ok)
        emit candidatesChanged(workshopId);
    return ok;
}

bool WorkshopStore::removeInput(qint64 inputId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q,
                QStringLiteral("SELECT c.workshop_id FROM input i JOIN candidate c ON "
                               "c.id = i.candidate_id WHERE i.id = ?"),
                {inputId}, nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    const bool ok = inTransaction(tr("the removal of an input"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM input WHERE id = ?"), {inputId}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        emit candidatesChanged(workshopId);
    return ok;
}
