#pragma once
// Reads one playbook JSON file and reports its first problem in words a maintainer can act
// on, always naming the file and the place: `games.json, game 2: "question" is missing`.
// The section readers in PlaybookSections use it so every file is validated the same way.
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class PlaybookFile {
    Q_DECLARE_TR_FUNCTIONS(PlaybookFile)

public:
    // Parses `json` and checks that it is an object with the given "format" and version 1.
    PlaybookFile(const QString& fileName, const QByteArray& json, QLatin1String format);

    bool ok() const { return m_error.isEmpty(); }
    // The first problem found, prefixed with the file name; empty while ok().
    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }
    const QJsonObject& root() const { return m_root; }

    // Each reader returns an empty value and records a problem (only the first one is kept)
    // when the field is missing, of the wrong type, or empty. `where` names the object, e.g.
    // "game 2"; it is empty for the file's top level.
    QString text(const QJsonObject& object, QLatin1String field, const QString& where);
    // Missing is fine; present must be text.
    QString optionalText(const QJsonObject& object, QLatin1String field, const QString& where);
    QStringList texts(const QJsonObject& object, QLatin1String field, const QString& where,
                      int minCount);
    QJsonObject object(const QJsonObject& object, QLatin1String field, const QString& where);
    // A list whose items must all be objects, at least `minCount` of them.
    QList<QJsonObject> objects(const QJsonObject& object, QLatin1String field, const QString& where,
                               int minCount);
    // Records `key` in `scope`; false (with a problem recorded) when it was already there.
    bool claimKey(QLatin1String scope, const QString& key, const QString& where);
    // Checks that `keys` are exactly `expected` (order ignored), naming a missing or unknown one.
    bool expectKeys(const QStringList& keys, const QStringList& expected, const QString& what);

    void fail(const QString& where, const QString& problem);

private:
    static QString typeName(const QJsonValue& value);
    QJsonValue field(const QJsonObject& object, QLatin1String name, const QString& where);

    QString m_fileName;
    QJsonObject m_root;
    QString m_error;
    QHash<QString, QSet<QString>> m_keys;
};
