#include "JsonReader.h"

#include "ExchangeText.h"
#include "exchange/ImportLimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

JsonReader::JsonReader(const QJsonObject& object, const QString& path, QString* error)
    : m_object(object)
    , m_path(path)
    , m_error(error) {}

QString JsonReader::field(const char* key) const {
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + u'.' + name;
}

bool JsonReader::fail(const QString& fieldPath, const QString& problem) {
    if (m_error->isEmpty())
        *m_error = ExchangeText::tr("%1: %2").arg(fieldPath, problem);
    return false;
}

QJsonValue JsonReader::member(const char* key) {
    if (!ok())
        return {};
    m_known.append(QString::fromLatin1(key));
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        fail(field(key), ExchangeText::tr("missing"));
    return value;
}

QString JsonReader::text(const char* key, int maxLength, bool nonBlank) {
    const QJsonValue value = member(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(field(key), ExchangeText::tr("expected text"));
        return {};
    }
    const QString result = value.toString();
    if (result.size() > maxLength)
        fail(field(key),
             ExchangeText::tr("%1 characters; the limit is %2").arg(result.size()).arg(maxLength));
    else if (result.contains(QChar(u'\0')))
        fail(field(key), ExchangeText::tr("contains a NUL character"));
    else if (!result.isValidUtf16())
        fail(field(key), ExchangeText::tr("contains a broken character (an unpaired surrogate)"));
    else if (nonBlank && result.trimmed().isEmpty())
        fail(field(key), ExchangeText::tr("must not be blank"));
    return ok() ? result : QString();
}

QString JsonReader::choice(const char* key, const QStringList& allowed) {
    const QJsonValue value = member(key);
    if (!ok())
        return {};
    const QString result = value.toString();
    if (!value.isString() || !allowed.contains(result)) {
        QStringList quoted;
        for (const QString& option : allowed)
            quoted.append(u'"' + option + u'"');
        fail(field(key),
             ExchangeText::tr("expected one of %1").arg(quoted.join(QStringLiteral(", "))));
        return {};
    }
    return result;
}

bool JsonReader::boolean(const char* key) {
    const QJsonValue value = member(key);
    if (ok() && !value.isBool())
        fail(field(key), ExchangeText::tr("expected true or false"));
    return ok() && value.toBool();
}

qint64 JsonReader::integer(const char* key, qint64 min, qint64 max) {
    const QJsonValue value = member(key);
    if (!ok())
        return min;
    // toInteger() gives the fallback for text, fractions and numbers beyond 64 bits; the
    // fallback itself lies below any range asked for here.
    const qint64 fallback = std::numeric_limits<qint64>::min();
    const qint64 result = value.isDouble() ? value.toInteger(fallback) : fallback;
    if (result < min || result > max) {
        fail(field(key),
             ExchangeText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return result;
}

qint64 JsonReader::id(const char* key) {
    return integer(key, 1, ImportLimits::MaxId);
}

qint64 JsonReader::reference(const char* key) {
    const QJsonValue value = member(key);
    if (!ok() || value.isNull())
        return 0;
    m_known.removeLast(); // integer() records it again
    return id(key);
}

QDateTime JsonReader::dateTime(const char* key) {
    const QJsonValue value = member(key);
    if (!ok())
        return {};
    const QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !result.isValid()) {
        fail(field(key),
             ExchangeText::tr("expected a date and time (ISO 8601, like 2024-03-14T09:30:00Z)"));
        return {};
    }
    return result.toUTC();
}

QDate JsonReader::date(const char* key, bool nullable) {
    const QJsonValue value = member(key);
    if (!ok() || (nullable && value.isNull()))
        return {};
    // Exactly YYYY-MM-DD: QDate's ISO reading would also take "2024/03/28" or a time after it.
    const QString text = value.toString();
    bool shaped = text.size() == 10;
    for (qsizetype i = 0; i < text.size() && shaped; ++i)
        shaped =
            (i == 4 || i == 7) ? text.at(i) == u'-' : (text.at(i) >= u'0' && text.at(i) <= u'9');
    const QDate result = shaped ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!value.isString() || !result.isValid()) {
        fail(field(key), nullable
                             ? ExchangeText::tr("expected a date (ISO 8601, like 2024-03-28) "
                                                "or null")
                             : ExchangeText::tr("expected a date (ISO 8601, like 2024-03-28)"));
        return {};
    }
    return result;
}

QDate JsonReader::optionalDate(const char* key) {
    const QJsonValue value = member(key);
    if (!ok() || value.isNull())
        return {};
    const QDate result = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !result.isValid()) {
        fail(field(key), ExchangeText::tr("expected a date (ISO 8601, like 2024-03-28) or null"));
        return {};
    }
    return result;
}

quint64 JsonReader::unsignedText(const char* key) {
    const QJsonValue value = member(key);
    if (!ok())
        return 0;
    const QString digits = value.toString();
    bool isNumber = false;
    const quint64 result = digits.toULongLong(&isNumber);
    const bool plain =
        !digits.isEmpty() && digits.size() <= 20 &&
        std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!value.isString() || !isNumber || !plain) {
        fail(field(key),
             ExchangeText::tr("expected a whole number from 0 to 18446744073709551615 as text"));
        return 0;
    }
    return result;
}

QJsonArray JsonReader::array(const char* key, int maxCount) {
    const QJsonValue value = member(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(field(key), ExchangeText::tr("expected a list"));
        return {};
    }
    const QJsonArray result = value.toArray();
    if (result.size() > maxCount) {
        fail(field(key),
             ExchangeText::tr("%1 entries; the limit is %2").arg(result.size()).arg(maxCount));
        return {};
    }
    return result;
}

QList<qint64> JsonReader::ids(const char* key, int maxCount) {
    const QJsonArray values = array(key, maxCount);
    QList<qint64> result;
    result.reserve(values.size());
    const qint64 fallback = 0;
    for (qsizetype i = 0; i < values.size() && ok(); ++i) {
        const qint64 id = values.at(i).isDouble() ? values.at(i).toInteger(fallback) : fallback;
        if (id < 1 || id > ImportLimits::MaxId)
            fail(QStringLiteral("%1[%2]").arg(field(key)).arg(i),
                 ExchangeText::tr("expected a whole number from 1 to %1").arg(ImportLimits::MaxId));
        else
            result.append(id);
    }
    return ok() ? result : QList<qint64>();
}

JsonReader JsonReader::object(const char* key) {
    const QJsonValue value = member(key);
    if (ok() && !value.isObject())
        fail(field(key), ExchangeText::tr("expected an object"));
    return JsonReader(value.toObject(), field(key), m_error);
}

JsonReader JsonReader::optionalObject(const char* key, bool* present) {
    const QJsonValue value = member(key);
    *present = ok() && !value.isNull();
    if (*present && !value.isObject()) {
        fail(field(key), ExchangeText::tr("expected an object or null"));
        *present = false;
    }
    return JsonReader(value.toObject(), field(key), m_error);
}

JsonReader JsonReader::element(const QJsonArray& array, const char* key, qsizetype index) {
    const QString path = QStringLiteral("%1[%2]").arg(field(key)).arg(index);
    const QJsonValue value = array.at(index);
    if (ok() && !value.isObject())
        fail(path, ExchangeText::tr("expected an object"));
    return JsonReader(value.toObject(), path, m_error);
}

bool JsonReader::finish() {
    if (!ok())
        return false;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_known.contains(it.key())) {
            const QString name = it.key().left(40);
            return fail(m_path.isEmpty() ? name : m_path + u'.' + name,
                        ExchangeText::tr("not part of the format"));
        }
    return true;
}
