#pragma once
// Small pieces shared by the store's implementation files: running a statement with bound
// values, and a transaction that rolls back unless committed. Internal to model/storage.
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlError;
class StatementCache;

namespace SqlSupport {

// Prepares `sql`, binds `values` in order and runs it. On failure, `error` gets the reason.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error);

// Runs `sql`, whose "%1" stands for a list of placeholders (`... WHERE id IN (%1)`), over
// `ids` in slices that keep under every driver's limit on bound values, and hands each row
// read to `row`. An ORDER BY holds within a slice: group by the id listed. False if a
// statement failed (the rows already read were handed over).
bool runForIds(const QSqlDatabase& db, const QString& sql, const QList<qint64>& ids,
               const std::function<void(const QSqlQuery&)>& row);
// The same with statements kept in `cache` (one per number of ids in a slice): for the reads a
// view makes on every change.
bool runForIds(StatementCache& cache, const QSqlDatabase& db, const QString& sql,
               const QList<qint64>& ids, const std::function<void(const QSqlQuery&)>& row);

QString timeText(const QDateTime& time);
QDateTime timeFromText(const QString& text);
// timeFromText(text).toString(Qt::ISODate).toUtf8() for UTF-8 `text`, without parsing a
// text already in that form: `text` itself, or its first 19 bytes and a Z in `spare`.
QByteArrayView isoSecondsFromUtf8(QByteArrayView text, QByteArray* spare);

// Closes and removes a named QtSql connection once every handle to it has gone.
void dropConnection(const QString& name);

// A new, unique QtSql connection name for `purpose` ("main", "inspect" ...).
QString connectionName(const QString& purpose);

// SQLITE_BUSY and SQLITE_LOCKED, with their extended codes: another connection holds a lock.
bool isLockError(const QSqlError& error);

// The value of `PRAGMA pragma`; *ok false when it could not be read, *locked (if given) then
// true when a lock was the reason.
QVariant pragmaValue(QSqlDatabase& db, const QString& pragma, bool* ok, bool* locked = nullptr);

// The row with `id` among `rows` (as read back for the same parent), if there is one.
template <typename Row> std::optional<Row> withId(const QList<Row>& rows, qint64 id) {
    for (const Row& row : rows)
        if (row.id == id)
            return row;
    return std::nullopt;
}

// The SET list of an UPDATE that writes only the columns whose value changed (typing in one
// field writes that field).
class ChangedColumns {
public:
    void add(const char* column, bool changed, const QVariant& value) {
        if (!changed)
            return;
        m_set.append(QLatin1String(column) + QLatin1String(" = ?"));
        m_values.append(value);
    }
    bool isEmpty() const { return m_set.isEmpty(); }
    // "UPDATE table SET … WHERE id = ?" with the values, `id` last.
    QString update(const char* table) const {
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(QLatin1String(table), m_set.join(QLatin1String(", ")));
    }
    QVariantList values(qint64 id) const { return m_values + QVariantList{id}; }

private:
    QStringList m_set;
    QVariantList m_values;
};

// A nullable id column: 0 in the domain types means "none".
QVariant idOrNull(qint64 id);

class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace SqlSupport
