#pragma once
// Compact JSON put together from parts serialised once (RoomStateFrames): a value's bytes, an
// object left open for more members, a member added to one. Internal to model/room.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace RoomFrameBytes {

inline QByteArray value(const QJsonValue& v) {
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return one.mid(1, one.size() - 2);
}

inline QByteArray boolean(bool b) {
    return b ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// `object` as compact JSON without its closing brace.
inline QByteArray open(const QJsonObject& object) {
    QByteArray bytes = value(object);
    bytes.chop(1);
    return bytes;
}

// Adds "key":value to an object left open; `key` is plain ASCII, needing no escape.
inline void add(QByteArray& open, const char* key, const QByteArray& value) {
    if (!open.endsWith('{'))
        open += ',';
    open += '"';
    open += key;
    open += "\":";
    open += value;
}

} // namespace RoomFrameBytes
