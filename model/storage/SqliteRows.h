#pragma once
// The rows of one SELECT read straight through SQLite's own interface, on the connection a
// QSqlDatabase holds: for long reads (`--list` of 10,000 workshops) where Qt's driver, which
// has SQLite convert every text to UTF-16 and keeps each value in a QVariant, costs more than
// the query. Text comes as SQLite stores it (UTF-8) and is decoded once.
#include <QByteArray>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

class SqliteRows {
public:
    SqliteRows(const QSqlDatabase& database, const QString& sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    bool prepared() const { return m_statement != nullptr; }
    // The next row; false at the end or on an error (error() then says which).
    bool next();
    qint64 integer(int column) const;
    // A column as text: NULL is empty; text that is not valid UTF-8 (a lone surrogate a
    // UTF-16 bind stored) reads as Qt's driver reads it, through SQLite's UTF-16.
    QString text(int column) const;
    // The same text as UTF-8, exactly as text(column).toUtf8() would give it, without the
    // detour through UTF-16 when SQLite already holds it so (valid UTF-8, which is nearly
    // always): a view of SQLite's bytes, valid until next(); otherwise kept in `spare`.
    QByteArrayView utf8(int column, QByteArray* spare) const;
    QString error() const { return m_error; }

private:
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};
