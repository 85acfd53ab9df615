// TeamLibrary: the team's list, searched, sorted and paged by the server, so a Team view of a
// hundred thousand workshops only ever fetches the page it shows. Each row is checked as the
// importer checks a file before anything of it reaches the window.
#include "TeamLibrary.h"

#include "TeamListRow.h"
#include "domain/TextLimits.h"
#include "exchange/DocumentChecker.h"
#include "exchange/ImportLimits.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

// The list's columns, in the order TeamListRow::read() reads them.
enum ListColumn {
    Id,
    Version,
    Title,
    Product,
    Facilitator,
    HeldAt,
    NorthStar,
    PublishedBy,
    PublishedAt,
    CurrentStage,
    CandidateCount,
    ListColumnCount
};
const char* const listColumns[ListColumnCount] = {
    "id",         "version",      "title",        "product",       "facilitator",    "held_at",
    "north_star", "published_by", "published_at", "current_stage", "candidate_count"};
static_assert(ListColumnCount == TeamListRow::ColumnCount);

} // namespace

QString TeamListRow::select(const QString& extra) {
    QStringList names;
    for (const char* name : listColumns)
        names << QLatin1String(name);
    if (!extra.isEmpty())
        names << extra;
    return QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM lodestar.team_workshop WHERE ");
}

// QPSQL hands integers over as any of these; the ranges are checked apart.
bool TeamListRow::isWholeNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

namespace {

// Whether `value` is of the type its column holds: ids and counts whole numbers, times
// valid timestamps, the rest text.
bool hasColumnType(int column, const QVariant& value) {
    switch (column) {
    case Id:
    case Version:
    case CandidateCount:
        return TeamListRow::isWholeNumber(value);
    case HeldAt:
    case PublishedAt:
        return value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid();
    default:
        return value.typeId() == QMetaType::QString;
    }
}

} // namespace

std::optional<TeamWorkshopSummary> TeamListRow::read(const QSqlQuery& row, QString* problem) {
    DocumentChecker::Checker c;
    const auto name = [](int column) { return QLatin1String(listColumns[column]); };
    for (int column = 0; column < ListColumnCount && c.ok(); ++column) {
        const QVariant value = row.value(column);
        if (value.isNull())
            c.fail(name(column), TeamLibrary::tr("missing"));
        else if (!hasColumnType(column, value))
            c.fail(name(column), TeamLibrary::tr("not what this column holds (%1)")
                                     .arg(QString::fromLatin1(value.typeName())));
    }
    TeamWorkshopSummary w;
    w.teamId = row.value(Id).toLongLong();
    w.version = row.value(Version).toInt();
    w.title = row.value(Title).toString();
    w.product = row.value(Product).toString();
    w.facilitator = row.value(Facilitator).toString();
    w.heldAt = row.value(HeldAt).toDateTime().toUTC();
    w.northStar = row.value(NorthStar).toString();
    w.publishedBy = row.value(PublishedBy).toString();
    w.publishedAt = row.value(PublishedAt).toDateTime().toUTC();
    w.currentStage = row.value(CurrentStage).toString();
    const qint64 candidates = row.value(CandidateCount).toLongLong();
    w.candidateCount = int(qBound(qint64(0), candidates, qint64(ImportLimits::Candidates)));

    constexpr int S = TextLimits::ShortText;
    c.range(name(Id), w.teamId, 1, std::numeric_limits<qint64>::max());
    c.range(name(Version), row.value(Version).toLongLong(), 1, std::numeric_limits<int>::max());
    c.text(name(Title), w.title, S, true);
    c.text(name(Product), w.product, S);
    c.text(name(Facilitator), w.facilitator, S);
    c.text(name(NorthStar), w.northStar, S);
    c.text(name(PublishedBy), w.publishedBy, S, true);
    c.text(name(CurrentStage), w.currentStage, S);
    c.range(name(CandidateCount), candidates, 0, ImportLimits::Candidates);
    if (c.ok())
        return w;
    *problem = isWholeNumber(row.value(Id))
                   ? TeamLibrary::tr("team workshop %1, %2").arg(w.teamId).arg(c.problem())
                   : c.problem();
    return std::nullopt;
}

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
    case TeamListQuery::Sort::Stage: // the schema's agenda order (lodestar.stage_rank)
        return QStringLiteral("stage_rank");
    case TeamListQuery::Sort::Candidates:
        return QStringLiteral("candidate_count");
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
    rollback();
    if (m_schemaRefusal.isEmpty()) // else its own message is the plainer one
        m_error = tr("Could not read the team's list: %1").arg(m_error);
    return false;
}

bool TeamLibrary::refuseRow(const QString& problem) {
    fail(Failure::Request,
         tr("the team library sent an entry that Lodestar does not accept (%1). Ask its "
            "administrator to look at that team workshop.")
             .arg(problem));
    return listFailed();
}

std::optional<QList<TeamWorkshopSummary>> TeamLibrary::workshops(const TeamListQuery& query) {
    m_conflict.reset();
    if (!beginRequest()) {
        listFailed();
        return std::nullopt;
    }
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = TeamListRow::select() + matching +
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
        QString problem;
        const auto summary = TeamListRow::read(rows, &problem);
        if (!summary) {
            refuseRow(problem);
            return std::nullopt;
        }
        list << *summary;
    }
    rows.finish();
    if (!endRead()) {
        listFailed();
        return std::nullopt;
    }
    m_failure = Failure::None;
    return list;
}

std::optional<qint64> TeamLibrary::workshopCount(const QString& search, qint64 cap) {
    if (!beginRequest()) {
        listFailed();
        return std::nullopt;
    }
    QString sql = QStringLiteral("SELECT count(*) FROM lodestar.team_workshop WHERE ") + matching;
    QVariantList values = matchingValues(search);
    if (cap > 0) { // the server stops at the first cap + 1 it finds
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM lodestar.team_workshop WHERE ") +
              matching + QStringLiteral(" LIMIT ?) AS found");
        values << cap + 1;
    }
    QSqlQuery query(m_db);
    if (!exec(query, sql, values) || !query.next()) {
        listFailed();
        return std::nullopt;
    }
    const QVariant value = query.value(0);
    query.finish();
    if (!endRead()) {
        listFailed();
        return std::nullopt;
    }
    const qint64 count = value.toLongLong();
    if (!TeamListRow::isWholeNumber(value) || count < 0 || (cap > 0 && count > cap + 1)) {
        refuseRow(tr("a count of %1").arg(value.toString()));
        return std::nullopt;
    }
    m_failure = Failure::None;
    return count;
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
