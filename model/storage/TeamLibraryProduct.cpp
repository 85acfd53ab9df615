// TeamLibrary: the team's workshops of one product, for a product's page on the laptop. The
// server finds them by lodestar.product_key (team schema 4) through its index; each row and
// its whole document are then checked as an imported file is, and the product matched again
// with the laptop's own rule. A malformed row is left out with a note; the rest still show.
#include "TeamLibrary.h"

#include "SqlSupport.h"
#include "TeamListRow.h"
#include "domain/ProductName.h"
#include "exchange/JsonExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace {

// The laptop's spellings of the product as one bound JSON array: the server keys each one.
QString productSpellingsJson(const QString& key, const QStringList& spellings) {
    QJsonArray array{key};
    for (const QString& spelling : spellings)
        if (!array.contains(spelling))
            array.append(spelling);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// "{3,17}": team ids as a PostgreSQL array literal, bound as text (never SQL).
QString teamIdLiteral(const QList<qint64>& ids) {
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return u'{' + numbers.join(u',') + u'}';
}

} // namespace

bool TeamLibrary::productFailed() {
    rollback();
    if (m_schemaRefusal.isEmpty()) // else its own message is the plainer one
        m_error = tr("Could not read the team's workshops of this product: %1").arg(m_error);
    return false;
}

// The team workshops that one of `own` was taken from or published as, by this library.
// Readers may not read team_copy (nothing of theirs is noted there): none, then.
bool TeamLibrary::copiesOf(const QString& libraryPath, const QList<LaptopWorkshop>& own,
                           QList<qint64>* teamIds) {
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT has_table_privilege(?, ?)"),
              {QStringLiteral("lodestar.team_copy"), QStringLiteral("SELECT")}) ||
        !query.next())
        return false;
    if (!query.value(0).toBool())
        return true;
    QSet<QPair<qint64, QString>> ownKeys;
    for (const LaptopWorkshop& w : own)
        ownKeys.insert({w.localId, SqlSupport::timeText(w.createdAt)});
    if (!exec(query,
              QStringLiteral("SELECT team_id, local_id, local_created_at FROM lodestar.team_copy "
                             "WHERE laptop = ?"),
              {laptopKey(libraryPath)}))
        return false;
    while (query.next())
        if (ownKeys.contains({query.value(1).toLongLong(), query.value(2).toString()}))
            teamIds->append(query.value(0).toLongLong());
    query.finish();
    return true;
}

std::optional<TeamLibrary::ProductWorkshops>
TeamLibrary::productWorkshops(const QString& productKey, const QStringList& spellings,
                              const QString& libraryPath, const QList<LaptopWorkshop>& own,
                              int limit) {
    m_conflict.reset();
    if (!beginRequest()) {
        productFailed();
        return std::nullopt;
    }
    QList<qint64> copies;
    if (!copiesOf(libraryPath, own, &copies)) {
        productFailed();
        return std::nullopt;
    }
    QSet<QPair<QString, QDateTime>> ownIdentities; // what survives a trip between libraries
    for (const LaptopWorkshop& w : own)
        ownIdentities.insert({w.title, w.createdAt.toUTC()});

    limit = qBound(1, limit, ProductPageLimit);
    QSqlQuery rows(m_db);
    if (!exec(rows,
              TeamListRow::select(QStringLiteral("CAST(document AS text)")) +
                  QStringLiteral(
                      "withdrawn_at IS NULL AND product_key IN (SELECT lodestar.product_key(s) "
                      "FROM jsonb_array_elements_text(CAST(? AS jsonb)) AS s) AND NOT (id = ANY "
                      "(CAST(? AS bigint[]))) ORDER BY published_at DESC, id DESC LIMIT ?"),
              {productSpellingsJson(productKey, spellings), teamIdLiteral(copies),
               // one more than shown, to know there are more; those lost to the checks
               // below are few and only shorten the page
               limit + 1})) {
        productFailed();
        return std::nullopt;
    }
    ProductWorkshops found;
    while (rows.next()) {
        QString problem;
        auto summary = TeamListRow::read(rows, &problem);
        const QVariant json = rows.value(TeamListRow::ColumnCount);
        // Not this product by the laptop's rule: left before its document is read (the
        // costly part, some 30 ms for a 200-candidate workshop).
        if (summary && ProductName::key(summary->product) != productKey)
            continue;
        std::optional<WorkshopDocument> doc;
        if (summary && json.typeId() != QMetaType::QString)
            problem = tr("team workshop %1, document: missing").arg(summary->teamId);
        else if (summary) {
            QString why;
            doc = JsonExchange::read(json.toString().toUtf8(), &why);
            if (!doc)
                problem = tr("team workshop %1, %2").arg(summary->teamId).arg(why);
        }
        if (!doc) {
            found.skipped << tr("The team library sent a workshop that Lodestar does not accept "
                                "(%1); it is left out. Ask its administrator to look at it.")
                                 .arg(problem);
            continue;
        }
        // The server's key is a close reading of the laptop's rule; the laptop's rule decides.
        if (ProductName::key(doc->workshop.product) != productKey ||
            ownIdentities.contains({doc->workshop.title, doc->workshop.createdAt.toUTC()}))
            continue;
        if (found.workshops.size() == limit) {
            found.more = true;
            break;
        }
        found.workshops.append({std::move(*summary), std::move(*doc)});
    }
    rows.finish();
    if (!endRead()) {
        productFailed();
        return std::nullopt;
    }
    m_failure = Failure::None;
    return found;
}
