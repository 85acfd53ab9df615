#include "StatementCache.h"

#include <QSqlError>

#include <utility>

StatementCache::Entry::Entry(const QSqlDatabase& db)
    : query(db) {
    query.setForwardOnly(true); // rows are read once, in order: no copy of them kept
}

StatementCache::~StatementCache() = default;

StatementCache::Lease::Lease(StatementCache* cache, QString sql, std::shared_ptr<Entry> entry,
                             bool kept)
    : m_cache(cache)
    , m_sql(std::move(sql))
    , m_entry(std::move(entry))
    , m_kept(kept) {
    m_entry->lent = true;
}

StatementCache::Lease::Lease(Lease&& other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_entry(std::move(other.m_entry))
    , m_kept(other.m_kept)
    , m_failed(other.m_failed) {}

StatementCache::Lease::~Lease() {
    if (!m_entry)
        return;
    // Resets the statement: the rows left unread give back their read transaction.
    m_entry->query.finish();
    m_entry->lent = false;
    if (m_kept && m_failed)
        m_cache->forget(m_sql, m_entry);
}

bool StatementCache::Lease::run(const QVariantList& values, QString* error) {
    QSqlQuery& q = m_entry->query;
    if (!m_entry->prepared) {
        ++m_cache->m_prepares;
        if (!q.prepare(m_sql)) {
            m_failed = true;
            if (error)
                *error = q.lastError().text();
            return false;
        }
        m_entry->prepared = true;
    } else {
        q.finish(); // run twice under one lease: start over
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // Text columns are NOT NULL: an unset QString means "empty", never SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.bindValue(int(i), QString(QLatin1String("")));
        else
            q.bindValue(int(i), value);
    }
    if (!q.exec()) {
        m_failed = true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

StatementCache::Lease StatementCache::statement(const QSqlDatabase& db, const QString& sql) {
    if (db.connectionName() != m_connection) {
        clear();
        m_connection = db.connectionName();
    }
    std::shared_ptr<Entry> entry = m_entries.value(sql);
    if (entry && entry->lent) // a nested use of the same SQL: a fresh one, not kept
        return Lease(this, sql, std::make_shared<Entry>(db), false);
    if (!entry) {
        if (m_entries.size() >= MaxStatements)
            m_entries.removeIf([](const auto& it) { return !it.value()->lent; });
        entry = std::make_shared<Entry>(db);
        m_entries.insert(sql, entry);
    }
    return Lease(this, sql, std::move(entry), true);
}

void StatementCache::clear() {
    m_entries.clear();
    m_connection.clear();
}

void StatementCache::forget(const QString& sql, const std::shared_ptr<Entry>& entry) {
    const auto it = m_entries.constFind(sql);
    if (it != m_entries.cend() && it.value() == entry)
        m_entries.erase(it);
}
