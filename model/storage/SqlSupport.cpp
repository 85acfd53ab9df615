#include "SqlSupport.h"

#include "StatementCache.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

namespace SqlSupport {

QString connectionName(const QString& purpose) {
    static QAtomicInteger<int> counter;
    return QStringLiteral("lodestar-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

bool isLockError(const QSqlError& error) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

QVariant pragmaValue(QSqlDatabase& db, const QString& pragma, bool* ok, bool* locked) {
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    if (!*ok && locked)
        *locked = isLockError(query.lastError());
    return *ok ? query.value(0) : QVariant();
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error) {
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values) {
        // Text columns are NOT NULL: an unset QString means "empty", never SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

namespace {

// Hands `run` each slice of `ids` small enough for every driver's limit on bound values, with
// `sql`'s "%1" made into that many placeholders; stops at the first that fails.
bool forSlices(const QString& sql, const QList<qint64>& ids,
               const std::function<bool(const QString&, const QVariantList&)>& run) {
    constexpr qsizetype slice = 500; // SQLite before 3.32 allows 999 bound values
    for (qsizetype from = 0; from < ids.size(); from += slice) {
        const qsizetype count = std::min(slice, ids.size() - from);
        QVariantList values;
        values.reserve(count);
        for (qsizetype i = from; i < from + count; ++i)
            values.append(ids.at(i));
        QStringList marks(count, QStringLiteral("?"));
        if (!run(sql.arg(marks.join(QStringLiteral(", "))), values))
            return false;
    }
    return true;
}

} // namespace

bool runForIds(const QSqlDatabase& db, const QString& sql, const QList<qint64>& ids,
               const std::function<void(const QSqlQuery&)>& row) {
    return forSlices(sql, ids, [&](const QString& statement, const QVariantList& values) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query, statement, values, nullptr))
            return false;
        while (query.next())
            row(query);
        return true;
    });
}

bool runForIds(StatementCache& cache, const QSqlDatabase& db, const QString& sql,
               const QList<qint64>& ids, const std::function<void(const QSqlQuery&)>& row) {
    return forSlices(sql, ids, [&](const QString& statement, const QVariantList& values) {
        StatementCache::Lease query = cache.statement(db, statement);
        if (!query.run(values, nullptr))
            return false;
        while (query->next())
            row(query.query());
        return true;
    });
}

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArrayView isoSecondsFromUtf8(QByteArrayView text, QByteArray* spare) {
    // "2024-07-05T04:04:06.123Z" (as timeText() writes it) prints as "2024-07-05T04:04:06Z"
    // when it names a real date and time: parsing and printing it was most of `--list`'s time
    // at 10,000 workshops (issue #16). Anything else takes the long way.
    const char* const bytes = text.data();
    const auto digits = [bytes](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const char c = bytes[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const bool withMs = text.size() == 24 && text[19] == '.' && digits(20, 3) >= 0;
    if ((text.size() == 20 || withMs) && text.back() == 'Z' && text[4] == '-' && text[7] == '-' &&
        text[10] == 'T' && text[13] == ':' && text[16] == ':') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
        if (year > 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 &&
            QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second)) {
            if (!withMs)
                return text;
            spare->resize(20);
            std::copy_n(text.data(), 19, spare->data());
            (*spare)[19] = 'Z';
            return *spare;
        }
    }
    *spare = timeFromText(QString::fromUtf8(text)).toString(Qt::ISODate).toUtf8();
    return *spare;
}

void dropConnection(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(m_db.transaction()) {}

Transaction::~Transaction() {
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit(QString* error) {
    if (!m_active) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    m_active = false;
    if (m_db.commit())
        return true;
    if (error)
        *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace SqlSupport
