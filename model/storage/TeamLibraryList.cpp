// TeamLibrary: the team's list, searched, sorted and paged by the server, so a Team view of a
// hundred thousand workshops only ever fetches the page it shows.
#include "TeamLibrary.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Only these fixed column names ever reach the ORDER BY; user text is always bound.
QString sortColumn(TeamListQuery::Sort sort) {
    switch (sort) {
    case TeamListQuery::Sort::Title:
        return QStringLiteral("lower(title)");
    case TeamListQuery::Sort::Product:
        return QStringLiteral("lower(product)");
    case TeamListQuery::Sort::Facilitator:
        return QStringLiteral("lower(facilitator)");
    case TeamListQuery::Sort::HeldAt:
        return QStringLiteral("held_at");
    case TeamListQuery::Sort::NorthStar:
        return QStringLiteral("lower(north_star)");
    case TeamListQuery::Sort::PublishedAt:
        break;
    }
    return QStringLiteral("published_at");
}

// "50%_off!" → "%50!%!_off!!%": the search text matched literally, anywhere. The escape
// character is '!', not a backslash, so the SQL holds no backslash for any parser to misread.
QString likePattern(const QString& search) {
    QString escaped = search;
    escaped.replace(u'!', QStringLiteral("!!"));
    escaped.replace(u'%', QStringLiteral("!%"));
    escaped.replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

// lodestar.search_text() is the expression the schema's trigram index covers.
const QString matching = QStringLiteral(
    "withdrawn_at IS NULL AND (? = '' OR lodestar.search_text(title, product, facilitator, "
    "north_star) LIKE lower(?) ESCAPE '!')");

QVariantList matchingValues(const QString& search) {
    return {search.trimmed(), likePattern(search.trimmed())};
}

} // namespace

bool TeamLibrary::listFailed() {
    m_error = tr("Could not read the team's list: %1").arg(m_error);
    return false;
}

std::optional<QList<TeamWorkshopSummary>> TeamLibrary::workshops(const TeamListQuery& query) {
    m_conflict.reset();
    if (!isOpen()) {
        fail(Failure::Server, tr("The team library is not connected."));
        return std::nullopt;
    }
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT id, version, title, product, facilitator, held_at, "
                                 "north_star, published_by, published_at FROM "
                                 "lodestar.team_workshop WHERE ") +
                  matching +
                  QStringLiteral(" ORDER BY %1 %2, id DESC").arg(sortColumn(query.sort), direction);
    QVariantList values = matchingValues(query.search);
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << query.limit << qMax(0, query.offset);
    }
    QSqlQuery rows(m_db);
    if (!exec(rows, sql, values)) {
        listFailed();
        return std::nullopt;
    }
    QList<TeamWorkshopSummary> list;
    while (rows.next()) {
        TeamWorkshopSummary w;
        w.teamId = rows.value(0).toLongLong();
        w.version = rows.value(1).toInt();
        w.title = rows.value(2).toString();
        w.product = rows.value(3).toString();
        w.facilitator = rows.value(4).toString();
        w.heldAt = rows.value(5).toDateTime().toUTC();
        w.northStar = rows.value(6).toString();
        w.publishedBy = rows.value(7).toString();
        w.publishedAt = rows.value(8).toDateTime().toUTC();
        list << w;
    }
    m_failure = Failure::None;
    return list;
}

std::optional<qint64> TeamLibrary::workshopCount(const QString& search) {
    if (!isOpen()) {
        fail(Failure::Server, tr("The team library is not connected."));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT count(*) FROM lodestar.team_workshop WHERE ") + matching,
              matchingValues(search)) ||
        !query.next()) {
        listFailed();
        return std::nullopt;
    }
    m_failure = Failure::None;
    return query.value(0).toLongLong();
}

bool TeamLibrary::listenForChanges(QObject* context,
                                   std::function<void(qint64 teamId, int version)> onChange) {
    const QString channel = QStringLiteral("lodestar_team");
    if (!isOpen() || !m_db.driver()->subscribeToNotification(channel))
        return fail(
            Failure::Server,
            tr("Could not follow the team library's changes: %1").arg(m_db.lastError().text()));
    QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
                     [channel, onChange = std::move(onChange)](const QString& name,
                                                               QSqlDriver::NotificationSource,
                                                               const QVariant& payload) {
                         if (name != channel)
                             return;
                         // "<team id> <version>", as the schema's notify trigger sends it.
                         const QStringList parts = payload.toString().split(u' ');
                         bool okId = false;
                         bool okVersion = false;
                         const qint64 teamId = parts.value(0).toLongLong(&okId);
                         const int version = parts.value(1).toInt(&okVersion);
                         if (parts.size() == 2 && okId && okVersion)
                             onChange(teamId, version);
                     });
    return true;
}
