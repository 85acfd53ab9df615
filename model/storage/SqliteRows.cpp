#include "SqliteRows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace {

// Whether `bytes` is UTF-8 that decoding and encoding again gives back unchanged: no byte
// that UTF-8 never uses, no overlong form, no surrogate, nothing past U+10FFFF, no sequence
// cut short. Characters from U+F000 up (the byte order mark, U+FFFD, the noncharacters)
// are left to Qt, whose handling of them is its own business.
bool isPlainUtf8(const unsigned char* bytes, int size) {
    int i = 0;
    for (quint64 word = 0; i + 8 <= size; i += 8) { // ASCII, eight bytes at a time
        std::memcpy(&word, bytes + i, 8);
        if (word & 0x8080808080808080u)
            break;
    }
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEE) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong below
            else if (lead == 0xED)
                high = 0x9F; // surrogates above
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (size - i < length || bytes[i + 1] < low || bytes[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k)
            if ((bytes[i + k] & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

} // namespace

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

QByteArrayView SqliteRows::utf8(int column, QByteArray* spare) const {
    const auto* bytes = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!bytes)
        return {};
    if (isPlainUtf8(bytes, size))
        return QByteArrayView(reinterpret_cast<const char*>(bytes), size);
    *spare = text(column).toUtf8();
    return *spare;
}
