#include "PlaybookFile.h"

#include <QJsonArray>
#include <QJsonDocument>

PlaybookFile::PlaybookFile(const QString& fileName, const QByteArray& json, QLatin1String format)
    : m_fileName(fileName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        m_error = tr("%1 is not valid JSON: %2 at offset %3")
                      .arg(fileName, parseError.errorString())
                      .arg(parseError.offset);
        return;
    }
    if (!document.isObject()) {
        fail(QString(), tr("the file must hold one JSON object"));
        return;
    }
    m_root = document.object();
    const QString actualFormat = m_root.value(QLatin1String("format")).toString();
    if (actualFormat != format) {
        fail(QString(), tr("\"format\" should be \"%1\", not \"%2\"").arg(format, actualFormat));
        return;
    }
    const QJsonValue version = m_root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() != 1)
        fail(QString(), tr("only version 1 is supported"));
}

void PlaybookFile::fail(const QString& where, const QString& problem) {
    if (!m_error.isEmpty())
        return;
    m_error = where.isEmpty() ? tr("%1: %2").arg(m_fileName, problem)
                              : tr("%1, %2: %3").arg(m_fileName, where, problem);
}

QString PlaybookFile::typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QJsonValue PlaybookFile::field(const QJsonObject& object, QLatin1String name,
                               const QString& where) {
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        fail(where, tr("\"%1\" is missing").arg(name));
    return value;
}

QString PlaybookFile::text(const QJsonObject& object, QLatin1String name, const QString& where) {
    const QJsonValue value = field(object, name, where);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(where, tr("\"%1\" should be text, not %2").arg(name, typeName(value)));
        return {};
    }
    const QString result = value.toString().trimmed();
    if (result.isEmpty())
        fail(where, tr("\"%1\" is empty").arg(name));
    return result;
}

QString PlaybookFile::optionalText(const QJsonObject& object, QLatin1String name,
                                   const QString& where) {
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(where, tr("\"%1\" should be text, not %2").arg(name, typeName(value)));
        return {};
    }
    return value.toString().trimmed();
}

QStringList PlaybookFile::texts(const QJsonObject& object, QLatin1String name, const QString& where,
                                int minCount) {
    const QJsonValue value = field(object, name, where);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(where, tr("\"%1\" should be a list of texts, not %2").arg(name, typeName(value)));
        return {};
    }
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            fail(where, tr("\"%1\" item %2 should be non-empty text, not %3")
                            .arg(name)
                            .arg(result.size() + 1)
                            .arg(item.isString() ? tr("empty text") : typeName(item)));
            return {};
        }
        result.append(item.toString().trimmed());
    }
    if (result.size() < minCount)
        fail(where, tr("\"%1\" needs at least %2 items, it has %3")
                        .arg(name)
                        .arg(minCount)
                        .arg(result.size()));
    return result;
}

QJsonObject PlaybookFile::object(const QJsonObject& object, QLatin1String name,
                                 const QString& where) {
    const QJsonValue value = field(object, name, where);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        fail(where, tr("\"%1\" should be an object, not %2").arg(name, typeName(value)));
    return value.toObject();
}

QList<QJsonObject> PlaybookFile::objects(const QJsonObject& object, QLatin1String name,
                                         const QString& where, int minCount) {
    const QJsonValue value = field(object, name, where);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(where, tr("\"%1\" should be a list, not %2").arg(name, typeName(value)));
        return {};
    }
    QList<QJsonObject> result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject()) {
            fail(where, tr("\"%1\" item %2 should be an object, not %3")
                            .arg(name)
                            .arg(result.size() + 1)
                            .arg(typeName(item)));
            return {};
        }
        result.append(item.toObject());
    }
    if (result.size() < minCount)
        fail(where, tr("\"%1\" needs at least %2 items, it has %3")
                        .arg(name)
                        .arg(minCount)
                        .arg(result.size()));
    return result;
}

bool PlaybookFile::claimKey(QLatin1String scope, const QString& key, const QString& where) {
    QSet<QString>& keys = m_keys[scope];
    if (keys.contains(key)) {
        fail(where, tr("the key \"%1\" is used twice").arg(key));
        return false;
    }
    keys.insert(key);
    return true;
}

bool PlaybookFile::expectKeys(const QStringList& keys, const QStringList& expected,
                              const QString& what) {
    if (!ok())
        return false;
    for (const QString& key : expected) {
        if (!keys.contains(key)) {
            fail(QString(), tr("the %1 \"%2\" is missing").arg(what, key));
            return false;
        }
    }
    for (const QString& key : keys) {
        if (!expected.contains(key)) {
            fail(QString(), tr("\"%1\" is not a %2 Lodestar knows (expected one of: %3)")
                                .arg(key, what, expected.join(QLatin1String(", "))));
            return false;
        }
    }
    return true;
}
