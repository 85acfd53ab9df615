#pragma once
// Records the SQL statements a library's connection runs while it lives, through SQLite's own
// trace hook (found at run time in the SQLite the Qt driver loaded, so the tests need no
// SQLite headers). A test counts what a view or an edit reads: "reads only the named rows".
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

private:
    static int record(unsigned type, void* self, void* statement, void* sql);

    void* m_handle = nullptr;
    QStringList m_statements;
};
