// WorkshopStore: the library list. The start screen asks for the ids of the workshops it
// shows, searched and sorted by SQLite through indexes (migration 6), and then for the
// summaries of the rows on screen only, so a library of 10,000 workshops opens and sorts
// as quickly as one of ten. The North Star's name is the one kept on the workshop row
// (schema 14), so neither reads the candidates for it.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "SqliteRows.h"

#include <QSqlError>
#include <QSqlQuery>

using SqlSupport::run;
using SqlSupport::timeFromText;

namespace {

// The candidate count reads the (workshop_id, kind) index, never the candidate rows.
const QString candidateCount = QStringLiteral(
    "(SELECT COUNT(*) FROM candidate c WHERE c.workshop_id = w.id AND c.kind = 'own')");

const QString summarySelect =
    QStringLiteral("SELECT w.id, w.title, w.product, w.facilitator, w.created_at, "
                   "w.updated_at, w.current_stage, w.north_star_name, ") +
    candidateCount + QStringLiteral(" FROM workshop w WHERE w.deleted_at IS NULL");

WorkshopSummary summaryFromRow(const QSqlQuery& q) {
    WorkshopSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.product = q.value(2).toString();
    s.facilitator = q.value(3).toString();
    s.createdAt = timeFromText(q.value(4).toString());
    s.updatedAt = timeFromText(q.value(5).toString());
    s.currentStage = q.value(6).toString();
    s.northStar = q.value(7).toString();
    s.candidateCount = q.value(8).toInt();
    return s;
}

// The setting of one long read (`--list`): one read transaction, so that what is counted is
// what is listed even while the app commits edits (WAL lets it write meanwhile), and a page
// cache too small to matter, since each page is read once: a bigger one would only grow the
// heap (a page fault for each page it keeps). A savepoint, not BEGIN, so it also works
// inside a caller's transaction; the connection's own cache size comes back afterwards.
class OnePassRead {
public:
    explicit OnePassRead(const QSqlDatabase& db)
        : m_db(db) {
        if (SqliteRows size(m_db, QStringLiteral("PRAGMA cache_size")); size.next())
            m_cachePages = size.integer(0);
        SqliteRows(m_db, QStringLiteral("PRAGMA cache_size = 16")).next();
        SqliteRows(m_db, QStringLiteral("SAVEPOINT one_pass_read")).next();
    }
    ~OnePassRead() {
        SqliteRows(m_db, QStringLiteral("RELEASE one_pass_read")).next();
        SqliteRows(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cachePages)).next();
    }
    OnePassRead(const OnePassRead&) = delete;
    OnePassRead& operator=(const OnePassRead&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cachePages = -2000; // SQLite's default, in case it cannot be read
};

// `text` as a LIKE pattern that matches it anywhere, its own % and _ taken literally.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

QList<WorkshopSummary> WorkshopStore::workshopSummaries() const {
    QList<WorkshopSummary> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, summarySelect + QStringLiteral(" ORDER BY w.updated_at DESC, w.id DESC"), {},
             nullptr))
        return result;
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

QList<WorkshopSummary> WorkshopStore::workshopSummaries(const QList<qint64>& ids) const {
    QList<WorkshopSummary> result;
    if (ids.isEmpty())
        return result;
    QString marks = QStringLiteral("?");
    marks += QStringLiteral(",?").repeated(ids.size() - 1);
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, summarySelect + QStringLiteral(" AND w.id IN (%1)").arg(marks), values, nullptr))
        return result;
    while (q.next())
        result.append(summaryFromRow(q));
    return result;
}

bool WorkshopStore::listWorkshops(const std::function<void(const ListedWorkshop&)>& row,
                                  QString* error) const {
    // Read through SQLite itself: Qt's driver has SQLite turn every text into UTF-16 and
    // caches each value in a QVariant, which was most of `--list`'s time at 10,000 workshops
    // (issue #16). The same connection, so the same read-only open and checks. The listing
    // index (migration 14) holds every column, in this order: one index read, no sort.
    const QString sql =
        QStringLiteral("SELECT id, title, product, updated_at, current_stage, north_star_name "
                       "FROM workshop WHERE deleted_at IS NULL "
                       "ORDER BY updated_at DESC, id DESC");
    const OnePassRead pass(db());
    SqliteRows rows(db(), sql);
    if (!rows.prepared()) {
        *error = rows.error();
        return false;
    }
    // The index alone would list a library whose workshop rows lie on a damaged page. So
    // every row is also read, in the table's own order (a quick pass over its pages, unlike
    // the old lookups of each row in turn), and counted: the two must agree.
    SqliteRows table(db(), QStringLiteral("SELECT COUNT(*) FROM workshop NOT INDEXED "
                                          "WHERE deleted_at IS NULL"));
    if (!table.next()) {
        *error = table.error().isEmpty() ? QStringLiteral("no count") : table.error();
        return false;
    }
    const qint64 expected = table.integer(0);
    qint64 count = 0;
    ListedWorkshop listed;
    QByteArray spare[5]; // a column's text when it is not plain UTF-8
    QByteArray seconds;
    while (rows.next()) {
        ++count;
        listed.id = rows.integer(0);
        listed.title = rows.utf8(1, &spare[0]);
        listed.product = rows.utf8(2, &spare[1]);
        listed.updatedAt = SqlSupport::isoSecondsFromUtf8(rows.utf8(3, &spare[2]), &seconds);
        listed.currentStage = rows.utf8(4, &spare[3]);
        listed.northStar = rows.utf8(5, &spare[4]);
        row(listed);
    }
    if (!rows.error().isEmpty()) {
        *error = rows.error();
        return false;
    }
    if (count != expected) {
        *error = QStringLiteral("%1 workshops listed of %2").arg(count).arg(expected);
        return false;
    }
    return true;
}

std::optional<WorkshopSummary> WorkshopStore::workshopSummary(qint64 id) const {
    QSqlQuery q(db());
    if (!run(q, summarySelect + QStringLiteral(" AND w.id = ?"), {id}, nullptr) || !q.next())
        return std::nullopt;
    return summaryFromRow(q);
}

int WorkshopStore::workshopCount() const {
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM workshop WHERE deleted_at IS NULL"), {},
             nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<qint64> WorkshopStore::libraryIds(const LibraryQuery& query) const {
    QVariantList values;
    QString sql = QStringLiteral("SELECT w.id FROM workshop w ");
    const bool search = !query.search.isEmpty();
    sql += QStringLiteral("WHERE w.deleted_at IS NULL ");
    if (search) {
        // LIKE ignores case for ASCII letters only; other scripts match as typed.
        sql +=
            QStringLiteral("AND (w.title LIKE ? ESCAPE '\\' OR w.product LIKE ? ESCAPE "
                           "'\\' OR w.facilitator LIKE ? ESCAPE '\\' OR w.north_star_name LIKE ? "
                           "ESCAPE '\\') ");
        for (int i = 0; i < 4; ++i) // plain placeholders, bound in order
            values.append(containsPattern(query.search));
    }
    QString key;
    switch (query.order) {
    case LibraryOrder::Title:
        key = QStringLiteral("w.title COLLATE NOCASE");
        break;
    case LibraryOrder::Product:
        key = QStringLiteral("w.product COLLATE NOCASE");
        break;
    case LibraryOrder::Facilitator:
        key = QStringLiteral("w.facilitator COLLATE NOCASE");
        break;
    case LibraryOrder::Created:
        key = QStringLiteral("w.created_at");
        break;
    case LibraryOrder::Updated:
        key = QStringLiteral("w.updated_at");
        break;
    case LibraryOrder::NorthStar:
        key = QStringLiteral("w.north_star_name COLLATE NOCASE");
        break;
    case LibraryOrder::Candidates:
        key = candidateCount;
        break;
    case LibraryOrder::Stage: {
        // The agenda's order, so "stage reached" sorts by how far a workshop got.
        key = QStringLiteral("CASE w.current_stage");
        int rank = 0;
        for (const QString& stage : query.stageOrder) {
            key += QStringLiteral(" WHEN ? THEN %1").arg(rank++);
            values.append(stage);
        }
        key += QStringLiteral(" ELSE %1 END").arg(rank);
        break;
    }
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral("ORDER BY ") + key + direction + QStringLiteral(", w.id") + direction;

    QList<qint64> ids;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, sql, values, nullptr))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
