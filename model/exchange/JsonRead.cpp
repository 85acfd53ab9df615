// JsonExchange::read: the cheap checks on the raw bytes (size, nesting), the parse, the
// format and version, then every object member by member (JsonReadParts.cpp) and finally
// the references between them (DocumentCheck).
#include "JsonExchange.h"

#include "ExchangeText.h"
#include "exchange/DocumentCheck.h"
#include "exchange/ImportLimits.h"
#include "exchange/JsonReadParts.h"
#include "exchange/JsonSyntax.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString fileProblem(const QString& problem) {
    return ExchangeText::tr("%1: %2").arg(ExchangeText::tr("file"), problem);
}

// Counts how deeply arrays and objects nest, outside strings, without parsing: the parser
// recurses, so a file of a million '[' must be refused before it gets there. Returns the
// offset where the limit is passed, or -1.
qsizetype tooDeepAt(const QByteArray& json) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > ImportLimits::MaxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

// The checks that need no parse. An empty string means the bytes may be parsed.
QString rawProblem(const QByteArray& json) {
    if (json.trimmed().isEmpty())
        return fileProblem(ExchangeText::tr("empty; expected a Lodestar workshop in JSON"));
    if (json.size() > ImportLimits::MaxBytes)
        return fileProblem(ExchangeText::tr("%1 bytes; the limit is %2 bytes (10 MB)")
                               .arg(json.size())
                               .arg(ImportLimits::MaxBytes));
    if (const qsizetype at = tooDeepAt(json); at >= 0)
        return fileProblem(ExchangeText::tr("lists and objects nest more than %1 deep (at byte %2)")
                               .arg(ImportLimits::MaxDepth)
                               .arg(at));
    return {};
}

} // namespace

namespace JsonExchange {

std::optional<WorkshopDocument> read(const QByteArray& bytes, QString* error) {
    QString problem;
    const auto done = [&](std::optional<WorkshopDocument> doc) {
        if (error)
            *error = problem;
        return doc;
    };
    // A byte-order mark is legal in a UTF-8 file written by some editors; Qt's parser balks.
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    problem = rawProblem(json);
    if (!problem.isEmpty())
        return done(std::nullopt);

    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem = fileProblem(ExchangeText::tr("not valid JSON (%1 at byte %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
        return done(std::nullopt);
    }
    problem = JsonSyntax::problem(json);
    if (!problem.isEmpty())
        return done(std::nullopt);
    if (!parsed.isObject()) {
        problem = fileProblem(ExchangeText::tr("expected an object with \"format\": \"%1\"")
                                  .arg(QLatin1String(FormatTag)));
        return done(std::nullopt);
    }

    JsonReader root(parsed.object(), QString(), &problem);
    if (root.choice("format", {QString::fromLatin1(FormatTag)}).isEmpty())
        return done(std::nullopt);
    const QJsonValue version = parsed.object().value(QLatin1String("version"));
    const qint64 number = version.isDouble() ? version.toInteger(-1) : -1;
    if (number < OldestReadVersion || number > SchemaVersion ||
        double(number) != version.toDouble()) {
        root.fail(root.field("version"),
                  ExchangeText::tr("%1 is not a version this Lodestar understands; it reads "
                                   "versions %2 to %3. A newer Lodestar may read it.")
                      .arg(version.isDouble() ? QString::number(version.toDouble())
                                              : ExchangeText::tr("this value"))
                      .arg(OldestReadVersion)
                      .arg(SchemaVersion));
        return done(std::nullopt);
    }
    root.integer("version", OldestReadVersion, SchemaVersion);

    WorkshopDocument doc;
    if (!JsonReadParts::readDocument(root, int(number), &doc) || !root.finish())
        return done(std::nullopt);
    problem = DocumentCheck::problem(doc);
    if (!problem.isEmpty())
        return done(std::nullopt);
    return done(doc);
}

} // namespace JsonExchange
