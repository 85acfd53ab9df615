// WorkshopStore: a product's history. Products are not a table: a workshop names its product
// as typed, and ProductName::key groups the spellings. The grouping is done here, over one
// narrow read of (id, product), because SQL cannot fold Unicode case or collapse white space
// portably; a library of 10,000 workshops is one indexed scan of two short columns.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "domain/ProductName.h"
#include "domain/TextLimits.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

using SqlSupport::run;
using SqlSupport::timeFromText;

namespace {

const QString recordSelect = QStringLiteral(
    "SELECT w.id, w.title, w.product, w.facilitator, w.created_at, w.game, w.north_star_id, "
    "COALESCE(ns.name, ''), COALESCE(ns.definition, ''), w.guardrail_name, "
    "w.guardrail_definition, w.change_note, COALESCE(p.id, 0), COALESCE(p.title, ''), "
    "COALESCE(p.created_at, ''), COALESCE((SELECT MIN(i.id) FROM candidate i "
    "WHERE i.workshop_id = w.id AND i.incumbent = 1), 0) FROM workshop w "
    "LEFT JOIN candidate ns ON ns.id = w.north_star_id "
    "LEFT JOIN workshop p ON p.id = w.predecessor_id AND p.deleted_at IS NULL "
    "WHERE w.deleted_at IS NULL");

// Newest first; ties (imports of one moment) by id, the later row first.
const QString newestFirst = QStringLiteral(" ORDER BY w.created_at DESC, w.id DESC");

NorthStarRecord recordFromRow(const QSqlQuery& q) {
    NorthStarRecord r;
    r.workshopId = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.product = q.value(2).toString();
    r.facilitator = q.value(3).toString();
    r.date = timeFromText(q.value(4).toString());
    r.game = gameFromKey(q.value(5).toString());
    r.northStarId = q.value(6).toLongLong();
    r.metricName = q.value(7).toString();
    r.metricDefinition = q.value(8).toString();
    r.guardrailName = q.value(9).toString();
    r.guardrailDefinition = q.value(10).toString();
    r.changeNote = q.value(11).toString();
    r.predecessorId = q.value(12).toLongLong();
    r.predecessorTitle = q.value(13).toString();
    if (r.predecessorId != 0)
        r.predecessorDate = timeFromText(q.value(14).toString());
    r.incumbentId = q.value(15).toLongLong();
    return r;
}

} // namespace

QList<ProductSummary> WorkshopStore::products() const {
    QList<ProductSummary> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT w.id, w.product, w.created_at, COALESCE(ns.name, '') "
                            "FROM workshop w LEFT JOIN candidate ns ON ns.id = w.north_star_id "
                            "WHERE w.deleted_at IS NULL") +
                 newestFirst,
             {}, nullptr))
        return result;
    QHash<QString, qsizetype> byKey;
    while (q.next()) {
        const QString product = q.value(1).toString();
        const QString key = ProductName::key(product);
        auto found = byKey.constFind(key);
        if (found == byKey.constEnd()) {
            ProductSummary summary;
            summary.key = key;
            summary.name = ProductName::tidy(product); // the newest spelling
            summary.latest = timeFromText(q.value(2).toString());
            found = byKey.insert(key, result.size());
            result.append(summary);
        }
        ProductSummary& summary = result[*found];
        ++summary.workshopCount;
        summary.workshopIds.append(q.value(0).toLongLong());
        if (summary.currentNorthStar.isEmpty())
            summary.currentNorthStar = q.value(3).toString();
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(result.begin(), result.end(),
                     [&collator](const ProductSummary& a, const ProductSummary& b) {
                         if (a.key.isEmpty() != b.key.isEmpty())
                             return b.key.isEmpty(); // the unnamed product last
                         return collator.compare(a.name, b.name) < 0;
                     });
    return result;
}

QList<NorthStarRecord> WorkshopStore::productHistory(const QString& key) const {
    QList<NorthStarRecord> result;
    // The product's workshops from the narrow read, newest first; then only their records.
    QList<qint64> ids;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!run(q,
                 QStringLiteral("SELECT w.id, w.product FROM workshop w "
                                "WHERE w.deleted_at IS NULL") +
                     newestFirst,
                 {}, nullptr))
            return result;
        while (q.next())
            if (ProductName::key(q.value(1).toString()) == key)
                ids.append(q.value(0).toLongLong());
    }
    QHash<qint64, NorthStarRecord> byId;
    if (!SqlSupport::runForIds(db(), recordSelect + QStringLiteral(" AND w.id IN (%1)"), ids,
                               [&byId](const QSqlQuery& q) {
                                   NorthStarRecord r = recordFromRow(q);
                                   byId.insert(r.workshopId, r);
                               }))
        return result;
    for (const qint64 id : std::as_const(ids))
        if (const auto found = byId.constFind(id); found != byId.constEnd())
            result.append(*found);
    // The chosen North Stars' inputs in one read, not one per workshop.
    QList<qint64> chosen;
    for (const NorthStarRecord& record : std::as_const(result))
        if (record.hasNorthStar())
            chosen.append(record.northStarId);
    const QHash<qint64, QList<Input>> inputsByCandidate = inputsOf(chosen);
    for (NorthStarRecord& record : result)
        record.inputs = inputsByCandidate.value(record.northStarId);
    return result;
}

std::optional<NorthStarRecord> WorkshopStore::northStarRecord(qint64 workshopId) const {
    QSqlQuery q(db());
    if (!run(q, recordSelect + QStringLiteral(" AND w.id = ?"), {workshopId}, nullptr) || !q.next())
        return std::nullopt;
    NorthStarRecord record = recordFromRow(q);
    if (record.hasNorthStar())
        record.inputs = inputs(record.northStarId);
    return record;
}

QList<ProductSpelling> WorkshopStore::productSpellings(const QString& key) const {
    QList<ProductSpelling> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT id, product FROM workshop ORDER BY id"), {}, nullptr))
        return result;
    while (q.next()) {
        const QString product = q.value(1).toString();
        if (ProductName::key(product) == key)
            result.append({q.value(0).toLongLong(), product});
    }
    return result;
}

QList<ProductSpelling> WorkshopStore::productSpellingsOf(const QList<qint64>& ids) const {
    QList<ProductSpelling> result;
    QSqlQuery q(db());
    for (const qint64 id : ids)
        if (run(q, QStringLiteral("SELECT product FROM workshop WHERE id = ?"), {id}, nullptr) &&
            q.next())
            result.append({id, q.value(0).toString()});
    return result;
}

bool WorkshopStore::setProducts(const QList<ProductSpelling>& spellings) {
    for (const ProductSpelling& spelling : spellings)
        if (!checkText(tr("product or team"), spelling.product, TextLimits::ShortText))
            return false;
    if (spellings.isEmpty())
        return true;
    const bool ok = inTransaction(tr("the product's name"), [&](QString* error) {
        for (const ProductSpelling& spelling : spellings)
            if (!write(QStringLiteral("UPDATE workshop SET product = ? WHERE id = ?"),
                       {spelling.product, spelling.workshopId}, error))
                return false;
        return true;
    });
    if (ok) {
        WorkshopChanges changes;
        for (const ProductSpelling& spelling : spellings)
            changes.add(spelling.workshopId, ChangeKind::Workshop);
        publish(changes);
    }
    return ok;
}

QString WorkshopStore::changeNote(qint64 workshopId) const {
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT change_note FROM workshop WHERE id = ?"), {workshopId},
             nullptr) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

bool WorkshopStore::setChangeNote(qint64 workshopId, const QString& note) {
    if (!checkText(tr("note on why the North Star changed"), note, TextLimits::LongText))
        return false;
    if (!workshop(workshopId))
        return fail(tr("That workshop no longer exists, so its note was not saved."));
    const bool ok = inTransaction(tr("the note on why the North Star changed"), [&](QString* e) {
        return write(QStringLiteral("UPDATE workshop SET change_note = ? WHERE id = ?"),
                     {note, workshopId}, e) &&
               touch(workshopId, e);
    });
    if (ok)
        publish(workshopId, ChangeKind::Workshop);
    return ok;
}
