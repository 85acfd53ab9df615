// WorkshopStore: check-ins between workshops (schema 12). A check-in row names the workshop
// and the candidate it reviews; the confidence in each input is a row of its own, keyed by
// the input's id, so renaming or reordering an input keeps its history.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using SqlSupport::idOrNull;
using SqlSupport::run;

namespace {

const QString checkInSelect =
    QStringLiteral("SELECT id, workshop_id, candidate_id, held_on, metric_confidence, learned, "
                   "next_step, next_owner, next_due FROM check_in ");

CheckIn checkInFromRow(const QSqlQuery& q) {
    CheckIn c;
    c.id = q.value(0).toLongLong();
    c.workshopId = q.value(1).toLongLong();
    c.northStarId = q.value(2).toLongLong();
    c.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.metricConfidence = q.value(4).toInt();
    c.learned = q.value(5).toString();
    c.nextStep = q.value(6).toString();
    c.nextOwner = q.value(7).toString();
    c.nextDue = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return c;
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QList<CheckIn> WorkshopStore::checkIns(qint64 workshopId) const {
    return checkInsOf({workshopId}).value(workshopId);
}

QHash<qint64, QList<CheckIn>> WorkshopStore::checkInsOf(const QList<qint64>& workshopIds) const {
    QHash<qint64, QList<CheckIn>> result;
    QHash<qint64, std::pair<qint64, qsizetype>> where; // check-in id: its workshop and row
    const bool read = SqlSupport::runForIds(
        db(),
        checkInSelect + QStringLiteral("WHERE workshop_id IN (%1) "
                                       "ORDER BY workshop_id, held_on DESC, id DESC"),
        workshopIds, [&](const QSqlQuery& q) {
            CheckIn c = checkInFromRow(q);
            QList<CheckIn>& ofWorkshop = result[c.workshopId];
            where.insert(c.id, {c.workshopId, ofWorkshop.size()});
            ofWorkshop.append(std::move(c));
        });
    if (!read || result.isEmpty())
        return result;
    // The ratings of all of them in one read, in the inputs' order.
    SqlSupport::runForIds(
        db(),
        QStringLiteral("SELECT ci.check_in_id, ci.input_id, ci.confidence, i.name "
                       "FROM check_in_input ci JOIN check_in c ON c.id = ci.check_in_id "
                       "JOIN input i ON i.id = ci.input_id WHERE c.workshop_id IN (%1) "
                       "ORDER BY i.position, i.id"),
        QList<qint64>(result.keyBegin(), result.keyEnd()), [&](const QSqlQuery& r) {
            if (const auto found = where.constFind(r.value(0).toLongLong());
                found != where.constEnd())
                result[found->first][found->second].inputs.append(
                    {r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toString()});
        });
    return result;
}

std::optional<CheckIn> WorkshopStore::checkIn(qint64 checkInId) const {
    QSqlQuery q(db());
    if (!run(q, checkInSelect + QStringLiteral("WHERE id = ?"), {checkInId}, nullptr) || !q.next())
        return std::nullopt;
    const qint64 workshopId = q.value(1).toLongLong();
    q.finish();
    for (const CheckIn& c : checkIns(workshopId))
        if (c.id == checkInId)
            return c;
    return std::nullopt;
}

bool WorkshopStore::checkInFits(const CheckIn& c, qint64 northStarId) {
    if (!c.date.isValid())
        return fail(tr("A check-in needs a date. Nothing was saved."));
    if (!CheckIn::isConfidence(c.metricConfidence))
        return fail(tr("The confidence in the metric must be from %1 to %2; it was %3. Nothing "
                       "was saved.")
                        .arg(CheckIn::LowestConfidence)
                        .arg(CheckIn::HighestConfidence)
                        .arg(c.metricConfidence));
    if (!checkText(tr("what we learned"), c.learned, TextLimits::LongText) ||
        !checkText(tr("next step"), c.nextStep, TextLimits::LongText) ||
        !checkText(tr("owner of the next step"), c.nextOwner, TextLimits::ShortText))
        return false;
    if (c.nextStep.trimmed().isEmpty() && (!c.nextOwner.trimmed().isEmpty() || c.nextDue.isValid()))
        return fail(tr("An owner or a due date needs a next step to go with. Write the next "
                       "step, or leave both empty. Nothing was saved."));
    QSet<qint64> ofNorthStar;
    for (const Input& input : inputs(northStarId))
        ofNorthStar.insert(input.id);
    QSet<qint64> rated;
    for (const InputConfidence& rating : c.inputs) {
        if (!ofNorthStar.contains(rating.inputId))
            return fail(tr("A confidence was given for an input that is not one of this North "
                           "Star's inputs. Nothing was saved."));
        if (rated.contains(rating.inputId))
            return fail(tr("An input was rated twice in one check-in. Nothing was saved."));
        rated.insert(rating.inputId);
        if (!CheckIn::isConfidence(rating.confidence))
            return fail(tr("The confidence in the input “%1” must be from %2 to %3; it was %4. "
                           "Nothing was saved.")
                            .arg(rating.inputName)
                            .arg(CheckIn::LowestConfidence)
                            .arg(CheckIn::HighestConfidence)
                            .arg(rating.confidence));
    }
    return true;
}

std::optional<qint64> WorkshopStore::addCheckIn(const CheckIn& c) {
    const std::optional<Workshop> w = workshop(c.workshopId);
    if (!w) {
        fail(tr("That workshop no longer exists, so the check-in was not saved."));
        return std::nullopt;
    }
    qint64 northStarId = c.northStarId ? c.northStarId : w->northStarId;
    if (northStarId == 0) {
        fail(tr("“%1” has not chosen a North Star yet, so there is nothing to check in on.")
                 .arg(w->title));
        return std::nullopt;
    }
    if (workshopOfCandidate(northStarId) != c.workshopId) {
        fail(tr("The North Star this check-in reviews is no longer in “%1”. Nothing was saved.")
                 .arg(w->title));
        return std::nullopt;
    }
    if (!checkInFits(c, northStarId))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = inTransaction(tr("the check-in"), [&](QString* error) {
        id = insertCheckIn(
            c, c.workshopId, northStarId, [](qint64 input) { return input; }, error);
        return id != 0;
    });
    if (!ok)
        return std::nullopt;
    WorkshopChanges changes = changeOf(c.workshopId, ChangeKind::CheckIn);
    changes.rowIds.insert(id);
    publish(changes);
    return id;
}

qint64 WorkshopStore::insertCheckIn(const CheckIn& c, qint64 workshopId, qint64 candidateId,
                                    const std::function<qint64(qint64)>& inputId, QString* error) {
    // An owner and a due date only with a next step.
    const bool withStep = !c.nextStep.trimmed().isEmpty();
    const qint64 id =
        insertedId(QStringLiteral("INSERT INTO check_in (id, workshop_id, candidate_id, held_on, "
                                  "metric_confidence, learned, next_step, next_owner, next_due) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {idOrNull(c.id), workshopId, candidateId, dateText(c.date), c.metricConfidence,
                    c.learned, withStep ? c.nextStep : QString(),
                    withStep ? c.nextOwner : QString(), withStep ? dateText(c.nextDue) : QString()},
                   error);
    if (id == 0)
        return 0;
    for (const InputConfidence& rating : c.inputs)
        if (!write(QStringLiteral("INSERT INTO check_in_input (check_in_id, input_id, "
                                  "confidence) VALUES (?, ?, ?)"),
                   {id, inputId(rating.inputId), rating.confidence}, error))
            return 0;
    return id;
}

bool WorkshopStore::removeCheckIn(qint64 checkInId) {
    qint64 workshopId = 0;
    {
        QSqlQuery q(db());
        if (run(q, QStringLiteral("SELECT workshop_id FROM check_in WHERE id = ?"), {checkInId},
                nullptr) &&
            q.next())
            workshopId = q.value(0).toLongLong();
    }
    if (workshopId == 0)
        return fail(tr("That check-in no longer exists."));
    const bool ok = inTransaction(tr("the removal of a check-in"), [&](QString* error) {
        return write(QStringLiteral("DELETE FROM check_in WHERE id = ?"), {checkInId}, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::CheckIn);
        changes.rowIds.insert(checkInId);
        publish(changes);
    }
    return ok;
}

QHash<qint64, int> WorkshopStore::confidencesIn(qint64 inputId) const {
    QHash<qint64, int> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (run(q,
            QStringLiteral("SELECT check_in_id, confidence FROM check_in_input WHERE input_id = ?"),
            {inputId}, nullptr))
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

bool WorkshopStore::restoreConfidencesIn(qint64 inputId, const QHash<qint64, int>& byCheckIn) {
    if (byCheckIn.isEmpty())
        return true;
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
    if (workshopId == 0)
        return fail(tr("That input no longer exists, so its check-in ratings were not restored."));
    for (auto it = byCheckIn.cbegin(); it != byCheckIn.cend(); ++it)
        if (!CheckIn::isConfidence(it.value()))
            return fail(tr("A confidence must be from %1 to %2.")
                            .arg(CheckIn::LowestConfidence)
                            .arg(CheckIn::HighestConfidence));
    const bool ok = inTransaction(tr("the check-in ratings"), [&](QString* error) {
        for (auto it = byCheckIn.cbegin(); it != byCheckIn.cend(); ++it)
            // A check-in removed since is left out: there is nothing to rate any more.
            if (!write(QStringLiteral("INSERT OR REPLACE INTO check_in_input (check_in_id, "
                                      "input_id, confidence) SELECT id, ?, ? FROM check_in "
                                      "WHERE id = ?"),
                       {inputId, it.value(), it.key()}, error))
                return false;
        return true;
    });
    if (ok)
        publish(workshopId, ChangeKind::CheckIn);
    return ok;
}
