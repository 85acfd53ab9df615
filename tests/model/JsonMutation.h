#pragma once
// Workshops and files for TestJsonExchange, made in code: a document with one string in
// every text field, and a table of malformed files derived from a valid export, each with
// the field its refusal must name.
#include "exchange/WorkshopDocument.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// `doc` with `text` in every free-text field (cut to the field's limit; a field that must
// not be blank keeps its text when `text` is blank). Keys (stage keys, question keys,
// checklist criterion keys) are left alone: they are the playbook's words, not the room's.
WorkshopDocument withTextEverywhere(const WorkshopDocument& doc, const QString& text);

// `json` with the member at `path` ("candidates/3/authorId") set to `value`, or removed
// when `value` is undefined; written compact.
QByteArray edited(const QByteArray& json, const QString& path, const QJsonValue& value);

struct MalformedFile {
    QString label;
    QByteArray json;
    QString field; // the path the message starts with
    QString words; // words the message must contain
};

// Broken variants of `json`, the export of `example`.
QList<MalformedFile> malformedFiles(const WorkshopDocument& example, const QByteArray& json);

// `json` with `insertion` written right after the first occurrence of `anchor` (empty when
// there is none): for what a JSON object cannot hold, like a member given twice.
QByteArray inserted(QByteArray json, const QByteArray& anchor, const QByteArray& insertion);
// `json` (compact) with the text member at `path` holding the raw byte `raw`, unescaped.
QByteArray withRawByte(const QByteArray& json, const QString& path, char raw);

// Issue 14.4: duplicate members, raw control characters and unknown keys
// (JsonStrictCases.cpp). `json` is the export of `example`.
QList<MalformedFile> strictFiles(const WorkshopDocument& example, const QByteArray& json);
