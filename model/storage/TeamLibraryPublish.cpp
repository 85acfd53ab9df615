// TeamLibrary: publishing a laptop's workshop, all in one server transaction. The laptop's
// library is only read. Which team workshop (and which version of it) a laptop's workshop is
// a copy of lives on the server, in lodestar.team_copy, so the laptop's schema stays as it is.
#include "TeamLibrary.h"

#include "SqlSupport.h"
#include "WorkshopStore.h"
#include "exchange/ImportLimits.h"
#include "exchange/JsonExchange.h"
#include "exchange/WorkshopDocument.h"

#include <QSqlQuery>

struct TeamLibrary::Link {
    qint64 teamId = 0;
    int version = 0;
};

// The team workshop this laptop's workshop was last published as or taken from, if any.
bool TeamLibrary::findLink(const QString& laptop, qint64 localId, const QString& created,
                           std::optional<Link>* link) {
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT team_id, version FROM lodestar.team_copy WHERE laptop = ? "
                             "AND local_id = ? AND local_created_at = ?"),
              {laptop, localId, created}))
        return false;
    if (query.next())
        *link = Link{query.value(0).toLongLong(), query.value(1).toInt()};
    return true;
}

bool TeamLibrary::noteCopy(const QString& laptop, qint64 localId, const QString& created,
                           const Published& copyOf) {
    QSqlQuery query(m_db);
    return exec(
        query,
        QStringLiteral("INSERT INTO lodestar.team_copy (laptop, local_id, local_created_at, "
                       "team_id, version) VALUES (?, ?, ?, ?, ?) ON CONFLICT (laptop, local_id) "
                       "DO UPDATE SET local_created_at = EXCLUDED.local_created_at, team_id = "
                       "EXCLUDED.team_id, version = EXCLUDED.version, recorded_by = current_user, "
                       "recorded_at = now()"),
        {laptop, localId, created, copyOf.teamId, copyOf.version});
}

bool TeamLibrary::mayPublish() {
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT has_column_privilege(?, ?, ?) AND "
                             "has_column_privilege(?, ?, ?)"),
              {QStringLiteral("lodestar.team_workshop"), QStringLiteral("document"),
               QStringLiteral("INSERT"), QStringLiteral("lodestar.team_workshop"),
               QStringLiteral("document"), QStringLiteral("UPDATE")}) ||
        !query.next())
        return false;
    if (query.value(0).toBool())
        return true;
    return fail(Failure::Request, tr("the user %1 may only read this team library; publishing "
                                     "needs the lodestar_facilitator role.")
                                      .arg(m_user));
}

std::optional<TeamLibrary::Published> TeamLibrary::publish(const WorkshopStore& laptop,
                                                           qint64 localId, OnConflict onConflict) {
    QString why;
    const auto doc = WorkshopDocument::load(laptop, localId, &why);
    if (!doc) {
        m_conflict.reset();
        fail(Failure::Request, tr("the library has no workshop %1.").arg(localId));
        m_error = tr("Could not publish workshop %1 to the team library: %2 Nothing was "
                     "published.")
                      .arg(localId)
                      .arg(m_error);
        return std::nullopt;
    }
    return publish(*doc, laptop.libraryPath(), localId, onConflict);
}

std::optional<TeamLibrary::Published> TeamLibrary::publish(const WorkshopDocument& document,
                                                           const QString& libraryPath,
                                                           qint64 localId, OnConflict onConflict) {
    m_conflict.reset();
    m_failure = Failure::None;
    const auto failed = [&]() -> std::optional<Published> {
        rollback();
        if (m_schemaRefusal.isEmpty()) // else its own message says nothing was changed
            m_error = tr("Could not publish workshop %1 to the team library: %2 Nothing was "
                         "published.")
                          .arg(localId)
                          .arg(m_error);
        return std::nullopt;
    };
    const WorkshopDocument* doc = &document;
    const QByteArray json = JsonExchange::write(*doc);
    if (json.size() > ImportLimits::MaxBytes) {
        fail(Failure::Request, tr("it is larger than any Lodestar library takes in (%1 MB).")
                                   .arg(ImportLimits::MaxBytes / (1024 * 1024)));
        return failed();
    }
    const QString laptopId = laptopKey(libraryPath);
    const QString created = SqlSupport::timeText(doc->workshop.createdAt);
    if (!beginRequest())
        return failed();
    between();
    if (!mayPublish())
        return failed();
    between();
    std::optional<Link> link;
    if (!findLink(laptopId, localId, created, &link))
        return failed();
    between();

    QSqlQuery query(m_db);
    bool asNew = !link;
    if (link) {
        if (!exec(query,
                  QStringLiteral("SELECT version, withdrawn_at IS NOT NULL, published_by, "
                                 "published_at FROM lodestar.team_workshop WHERE id = ? "
                                 "FOR UPDATE"),
                  {link->teamId}))
            return failed();
        // A team workshop withdrawn since is left as it is: this becomes a new one.
        asNew = !query.next() || query.value(1).toBool();
        if (!asNew && query.value(0).toInt() != link->version) {
            if (onConflict == OnConflict::Refuse) {
                m_conflict =
                    Conflict{link->teamId, query.value(0).toInt(), link->version,
                             query.value(2).toString(), query.value(3).toDateTime().toUTC()};
                fail(Failure::Request,
                     tr("team workshop %1 changed since this copy was taken or last published: "
                        "%2 published version %3 on %4, and this copy is based on version %5. "
                        "Choose whether to replace their version or to publish this one as a "
                        "new team workshop.")
                         .arg(link->teamId)
                         .arg(m_conflict->publishedBy)
                         .arg(m_conflict->theirVersion)
                         .arg(m_conflict->publishedAt.toString(Qt::ISODate))
                         .arg(link->version));
                return failed();
            }
            asNew = onConflict == OnConflict::AsNew;
        }
        query.finish();
        between();
    }

    const Workshop& w = doc->workshop;
    const Candidate* northStar = doc->northStar();
    const QDateTime heldAt = w.createdAt.isValid() ? w.createdAt : QDateTime::currentDateTimeUtc();
    const QVariantList listed{w.title,
                              w.product,
                              w.facilitator,
                              SqlSupport::timeText(heldAt),
                              northStar ? northStar->name : QString(),
                              QString::fromUtf8(json)};
    const bool written =
        asNew ? exec(query,
                     QStringLiteral("INSERT INTO lodestar.team_workshop (title, product, "
                                    "facilitator, held_at, north_star, document, origin) VALUES "
                                    "(?, ?, ?, CAST(? AS timestamptz), ?, CAST(? AS jsonb), ?) "
                                    "RETURNING id, version"),
                     listed + QVariantList{laptopId + u'/' + QString::number(localId)})
              : exec(query,
                     QStringLiteral("UPDATE lodestar.team_workshop SET title = ?, product = ?, "
                                    "facilitator = ?, held_at = CAST(? AS timestamptz), "
                                    "north_star = ?, document = CAST(? AS jsonb) WHERE id = ? "
                                    "RETURNING id, version"),
                     listed + QVariantList{link->teamId});
    if (!written)
        return failed();
    if (!query.next()) {
        fail(Failure::Request, tr("the team library did not say which workshop it wrote."));
        return failed();
    }
    const Published published{query.value(0).toLongLong(), query.value(1).toInt(), asNew};
    query.finish();
    between();
    if (!noteCopy(laptopId, localId, created, published))
        return failed();
    if (!commit())
        return failed();
    m_failure = Failure::None;
    return published;
}
