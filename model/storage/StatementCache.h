#pragma once
// The statements one connection runs again and again, each prepared once and kept for the
// next run: SQLite parses and plans a statement on every prepare, which was a tenth of the
// console's work while a room of phones wrote cards (issue #17). Keyed by the SQL text.
//
// A statement is lent for one use (a Lease) and given back finished, so between uses it
// holds no read transaction (a kept statement that still had rows to read would pin the
// snapshot: no checkpoint, and other connections' commits unseen). One whose prepare or run
// failed is not kept: the next use prepares it afresh. A statement already lent out (a read
// still going while a nested call runs the same SQL) is lent as a fresh, unkept one. The
// cache belongs to the connection's owner (Database), which clears it before the connection
// closes; a lease on another connection than the cache's clears it too. Internal to
// model/storage.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class StatementCache {
    struct Entry {
        explicit Entry(const QSqlDatabase& db);
        QSqlQuery query;
        bool prepared = false;
        bool lent = false;
    };

public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    class Lease {
    public:
        ~Lease();
        Lease(Lease&& other) noexcept;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;

        // Binds `values` in order and runs the statement, preparing it first if it is new.
        // Text values as SqlSupport::run binds them (an unset QString is ""). On failure,
        // `error` gets the reason and the statement is not kept.
        bool run(const QVariantList& values, QString* error);
        QSqlQuery& query() { return m_entry->query; }
        QSqlQuery* operator->() { return &m_entry->query; }

    private:
        friend class StatementCache;
        Lease(StatementCache* cache, QString sql, std::shared_ptr<Entry> entry, bool kept);

        StatementCache* m_cache;
        QString m_sql;
        std::shared_ptr<Entry> m_entry;
        bool m_kept;
        bool m_failed = false;
    };

    // The statement for `sql` on `db`, lent until the lease goes.
    Lease statement(const QSqlDatabase& db, const QString& sql);
    // Forgets every statement (they are finalized as their last lease goes). Call before the
    // connection closes.
    void clear();
    qsizetype size() const { return m_entries.size(); }
    // How many statements this cache has prepared since it was made: a test's measure.
    qint64 prepares() const { return m_prepares; }

private:
    // Drops `entry` (if still the one kept for `sql`): its prepare or run failed.
    void forget(const QString& sql, const std::shared_ptr<Entry>& entry);

    // Statements built from a list of ids (one "?" per id) would fill the cache with
    // variants; past this many the unlent ones are dropped and prepared again as needed.
    static constexpr qsizetype MaxStatements = 200;

    QString m_connection;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    qint64 m_prepares = 0;
};
