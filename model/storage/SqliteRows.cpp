#include "SqliteRows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

SqliteRows::SqliteRows(const QSqlDatabase& database, const QString& sql) {
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    m_connection = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (!m_connection || sqlite3_prepare_v2(m_connection, utf8.constData(), int(utf8.size()),
                                            &m_statement, nullptr) != SQLITE_OK) {
        m_error = m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                               : QStringLiteral("no connection");
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows() {
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

bool SqliteRows::next() {
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

qint64 SqliteRows::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRows::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!bytes)
        return {};
    QString text = QString::fromUtf8(bytes, size);
    if (!text.contains(QChar::ReplacementCharacter))
        return text;
    // Not valid UTF-8 (or a real U+FFFD): as Qt's driver reads it.
    const auto* wide = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    return wide ? QString::fromUtf16(wide, sqlite3_column_bytes16(m_statement, column) / 2)
                : QString();
}
