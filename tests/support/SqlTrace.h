#pragma once
// Records the SQL statements a library's connection runs while it lives, through SQLite's own
// trace hook (found at run time in the SQLite the Qt driver loaded, so the tests need no
// SQLite headers). A test counts what a view or an edit reads: "reads only the named rows",
// and what it prepares: a statement SQLite runs for the first time since it was prepared.
#include <QSqlDatabase>
#include <QStringList>

class SqlTrace {
public:
    explicit SqlTrace(const QSqlDatabase& db);
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    bool isActive() const { return m_handle != nullptr; } // false: SQLite's hook not found
    QStringList statements() const { return m_statements; }
    // The statements run since the last call (and forgets them).
    QStringList take();
    // How many of the statements recorded contain `text` (case-insensitive).
    int count(const QString& text) const;
    // The statements among those recorded that ran fresh from a prepare (SQLite's count of
    // the statement's runs was 0): a statement prepared for every use appears every time.
    QStringList prepared() const { return m_prepared; }

private:
    static int record(unsigned type, void* self, void* statement, void* sql);

    void* m_handle = nullptr;
    QStringList m_statements;
    QStringList m_prepared;
};
