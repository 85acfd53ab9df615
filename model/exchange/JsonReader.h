#pragma once
// Reads one JSON object member by member for the strict import. Each getter checks that the
// member is there, has the right type and lies in range; the first problem is kept as a
// message naming the member's path ("candidates[3].authorId: ..."). After a problem every
// getter returns a default, so a reader can walk a whole object and check ok() once.
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class JsonReader {
public:
    // `error` is shared by a reader and the readers of its elements; empty means no problem.
    JsonReader(const QJsonObject& object, const QString& path, QString* error);

    bool ok() const { return m_error->isEmpty(); }
    // Whether member `key` is there at all: for the optional members of a version.
    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    QString path() const { return m_path; }
    QString field(const char* key) const; // path.key

    // Text of at most `maxLength` characters, without NUL or unpaired surrogates; `nonBlank`
    // refuses empty and whitespace-only text.
    QString text(const char* key, int maxLength, bool nonBlank = false);
    // One of `allowed`, exactly.
    QString choice(const char* key, const QStringList& allowed);
    bool boolean(const char* key);
    qint64 integer(const char* key, qint64 min, qint64 max);
    qint64 id(const char* key);        // a positive whole number
    qint64 reference(const char* key); // an id, or null for "none" (0)
    QDateTime dateTime(const char* key);
    QDate date(const char* key, bool nullable = false); // exactly "YYYY-MM-DD" (or null)
    QDate optionalDate(const char* key);                // "YYYY-MM-DD" or null
    quint64 unsignedText(const char* key);              // a 64-bit number written as decimal text
    QJsonArray array(const char* key, int maxCount);
    QList<qint64> ids(const char* key, int maxCount); // an array of ids

    // A reader for the object in member `key`.
    JsonReader object(const char* key);
    // The same, or false in `present` when the member is null (it must still be there).
    JsonReader optionalObject(const char* key, bool* present);
    // A reader for element `index` of `array`, read from member `key`; it must be an object.
    JsonReader element(const QJsonArray& array, const char* key, qsizetype index);
    // Refuses members the reader was never asked for (a typo must not lose data silently).
    bool finish();
    // Records `problem` for `fieldPath` unless an earlier problem is already recorded.
    bool fail(const QString& fieldPath, const QString& problem);

private:
    // The member, recorded as known; a missing member is a problem.
    QJsonValue member(const char* key);

    QJsonObject m_object;
    QString m_path;
    QString* m_error;
    QStringList m_known;
};
