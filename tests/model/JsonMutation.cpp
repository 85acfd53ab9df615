#include "JsonMutation.h"

#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

void put(QString& field, const QString& text, int limit, bool nonBlank = false) {
    if (!(nonBlank && text.trimmed().isEmpty()))
        field = text.left(limit);
}

QJsonValue setIn(const QJsonValue& node, QStringList path, const QJsonValue& value) {
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = path.isEmpty() ? value : setIn(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : setIn(object.value(head), path, value);
    return object;
}

template <typename T, typename F> int firstIndex(const QList<T>& rows, F test) {
    for (int i = 0; i < rows.size(); ++i)
        if (test(rows[i]))
            return i;
    return 0;
}

QJsonObject minimalCandidate(int id) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("authorId"), QJsonValue::Null},
            {QStringLiteral("kind"), QStringLiteral("own")},
            {QStringLiteral("name"), QStringLiteral("c")},
            {QStringLiteral("definition"), QString()},
            {QStringLiteral("behaviour"), QString()},
            {QStringLiteral("measure"), QString()},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("eliminationReason"), QString()},
            {QStringLiteral("position"), id},
            {QStringLiteral("mergedFrom"), QJsonArray()},
            {QStringLiteral("breaksCriterion"), QString()},
            {QStringLiteral("pairId"), QJsonValue::Null},
            {QStringLiteral("inputs"), QJsonArray()}};
}

QJsonArray repeated(const QJsonValue& value, int count) {
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(value);
    return array;
}

} // namespace

WorkshopDocument withTextEverywhere(const WorkshopDocument& doc, const QString& text) {
    const int S = TextLimits::ShortText, L = TextLimits::LongText, N = TextLimits::Notes;
    WorkshopDocument d = doc;
    Workshop& w = d.workshop;
    put(w.title, text, S, true);
    put(d.changeNote, text, L);
    put(w.product, text, S);
    put(w.facilitator, text, S);
    put(w.vision, text, L);
    put(w.gameRationale, text, L);
    put(w.valueExchange, text, L);
    put(w.guardrailName, text, S);
    put(w.guardrailDefinition, text, L);
    for (Participant& p : d.participants) {
        put(p.name, text, S, true);
        put(p.discipline, text, S);
    }
    for (StageState& s : d.stages)
        put(s.notes, text, N);
    for (CustomStage& s : d.customStages) {
        put(s.title, text, S, true);
        put(s.prompt, text, L);
    }
    for (QString& notes : d.questionNotes)
        put(notes, text, N);
    for (WarmUpGroup& g : d.warmUpGroups)
        put(g.name, text, S, true);
    for (Candidate& c : d.candidates) {
        put(c.name, text, S);
        put(c.definition, text, L);
        put(c.behaviour, text, L);
        put(c.measure, text, L);
        put(c.eliminationReason, text, L);
    }
    for (QList<Input>& inputs : d.inputs)
        for (Input& i : inputs) {
            put(i.name, text, S);
            put(i.definition, text, L);
            put(i.owner, text, S);
        }
    for (MatrixCriterion& c : d.matrixCriteria)
        put(c.name, text, S, true);
    for (FollowUp& f : d.followUps) {
        put(f.text, text, L);
        put(f.owner, text, S);
    }
    for (CheckIn& c : d.checkIns) {
        put(c.learned, text, L);
        put(c.nextStep, text, L, true); // an owner or due date needs a step
        put(c.nextOwner, text, S);
        for (InputConfidence& rating : c.inputs)
            put(rating.inputName, text, S); // as the inputs are now named
    }
    return d;
}

QByteArray edited(const QByteArray& json, const QString& path, const QJsonValue& value) {
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(setIn(root, path.split(u'/'), value).toObject())
        .toJson(QJsonDocument::Compact);
}

QList<MalformedFile> malformedFiles(const WorkshopDocument& ex, const QByteArray& json) {
    QList<MalformedFile> files;
    const auto add = [&](const char* label, const QByteArray& bytes, const QString& field,
                         const QString& words) {
        files.append({QString::fromLatin1(label), bytes, field, words});
    };
    const auto set = [&](const char* label, const QString& path, const QJsonValue& value,
                         const QString& words) {
        add(label, edited(json, path, value), path, words);
    };
    const auto at = [](const char* list, int index, const char* member) {
        return QStringLiteral("%1/%2/%3")
            .arg(QLatin1String(list))
            .arg(index)
            .arg(QLatin1String(member));
    };
    const auto path = [](QString p) {
        static const QRegularExpression index(QStringLiteral("/(\\d+)"));
        return p.replace(index, QStringLiteral("[\\1]")).replace(u'/', u'.');
    };
    const QString file = QStringLiteral("file");

    // The file as a whole.
    add("empty file", QByteArray(), file, QStringLiteral("empty"));
    add("only whitespace", " \n\t ", file, QStringLiteral("empty"));
    add("truncated", json.left(json.size() / 2), file, QStringLiteral("not valid JSON"));
    add("truncated by one byte", json.trimmed().chopped(1), file, QStringLiteral("JSON"));
    add("garbage", "\x01\x02lodestar\x7f", file, QStringLiteral("not valid JSON"));
    add("top level is a list", "[1, 2, 3]", file, QStringLiteral("expected an object"));
    add("top level is text", "\"lodestar-workshop\"", file, QStringLiteral("JSON"));
    add("invalid UTF-8", QByteArray(json).replace(": \"Harvest", ": \"\xff\xfe Harvest"), file,
        QStringLiteral("JSON"));
    add("overlong UTF-8", QByteArray(json).replace(": \"Harvest", ": \"\xc0\xaf Harvest"), file,
        QStringLiteral("JSON"));
    add("oversize", json + QByteArray(ImportLimits::MaxBytes - json.size() + 1, ' '), file,
        QStringLiteral("10 MB"));
    add("10,000 nested lists", QByteArray(10000, '[') + QByteArray(10000, ']'), file,
        QStringLiteral("nest more than 8"));
    add("10,000 unclosed lists", QByteArray(10000, '['), file, QStringLiteral("nest more than 8"));
    QByteArray objects;
    for (int i = 0; i < 10000; ++i)
        objects += "{\"a\":";
    add("10,000 nested objects", objects, file, QStringLiteral("nest more than 8"));
    add("nesting inside a field",
        QByteArray(json).replace("\"vision\": \"", "\"vision\": [[[[[[[[[1]]]]]]]]], \"x\": \""),
        file, QStringLiteral("nest more than 8"));

    // Format and version.
    set("wrong format tag", QStringLiteral("format"), QStringLiteral("lodestar-library"),
        QStringLiteral("lodestar-workshop"));
    set("no format tag", QStringLiteral("format"), QJsonValue::Undefined,
        QStringLiteral("missing"));
    set("unknown version", QStringLiteral("version"), 3, QStringLiteral("reads versions 1 to 2"));
    set("version zero", QStringLiteral("version"), 0, QStringLiteral("reads versions 1 to 2"));
    set("version as text", QStringLiteral("version"), QStringLiteral("1"),
        QStringLiteral("reads versions 1 to 2"));
    set("version 1.5", QStringLiteral("version"), 1.5, QStringLiteral("reads versions 1 to 2"));
    set("no version", QStringLiteral("version"), QJsonValue::Undefined,
        QStringLiteral("reads versions 1 to 2"));

    // Types and required members.
    set("title is a number", QStringLiteral("workshop/title"), 5, QStringLiteral("expected text"));
    set("workshop is a list", QStringLiteral("workshop"), QJsonArray(),
        QStringLiteral("expected an object"));
    set("participants is an object", QStringLiteral("participants"), QJsonObject(),
        QStringLiteral("expected a list"));
    set("candidate is a number", QStringLiteral("candidates/0"), 5,
        QStringLiteral("expected an object"));
    set("position is text", at("candidates", 0, "position"), QStringLiteral("3"),
        QStringLiteral("whole number"));
    set("position is a fraction", at("candidates", 0, "position"), 1.5,
        QStringLiteral("whole number"));
    set("anonymous is text", QStringLiteral("workshop/anonymous"), QStringLiteral("yes"),
        QStringLiteral("true or false"));
    set("id is text", at("participants", 0, "id"), QStringLiteral("1"),
        QStringLiteral("whole number"));
    set("mergedFrom holds text",
        QStringLiteral("candidates/%1/mergedFrom/0")
            .arg(firstIndex(ex.candidates,
                            [](const Candidate& c) { return !c.mergedFrom.isEmpty(); })),
        QStringLiteral("x"), QStringLiteral("whole number"));
    set("pair seed is a number", QStringLiteral("workshop/pairSeed"), 12,
        QStringLiteral("as text"));
    set("no title", QStringLiteral("workshop/title"), QJsonValue::Undefined,
        QStringLiteral("missing"));
    set("no candidate name", at("candidates", 1, "name"), QJsonValue::Undefined,
        QStringLiteral("missing"));
    set("no participants", QStringLiteral("participants"), QJsonValue::Undefined,
        QStringLiteral("missing"));
    set("no workshop", QStringLiteral("workshop"), QJsonValue::Undefined,
        QStringLiteral("missing"));
    set("unknown member", at("candidates", 0, "defintion"), QStringLiteral("typo"),
        QStringLiteral("not part of the format"));
    set("unknown top-level member", QStringLiteral("extra"), 1,
        QStringLiteral("not part of the format"));
    set("unknown kind", at("candidates", 0, "kind"), QStringLiteral("best"),
        QStringLiteral("expected one of"));
    set("unknown game", QStringLiteral("workshop/game"), QStringLiteral("poker"),
        QStringLiteral("expected one of"));
    set("bad created date", QStringLiteral("workshop/createdAt"), QStringLiteral("yesterday"),
        QStringLiteral("ISO 8601"));
    set("bad due date", at("followUps", 0, "due"), QStringLiteral("2024-13-45"),
        QStringLiteral("ISO 8601"));

    // Text.
    set("blank title", QStringLiteral("workshop/title"), QStringLiteral("   "),
        QStringLiteral("blank"));
    set("too-long candidate name", at("candidates", 0, "name"),
        QString(TextLimits::ShortText + 1, u'n'), QStringLiteral("the limit is 200"));
    set("too-long participant name", at("participants", 2, "name"),
        QString(TextLimits::ShortText + 1, u'n'), QStringLiteral("the limit is 200"));
    set("too-long definition", at("candidates", 0, "definition"),
        QString(TextLimits::LongText + 1, u'd'), QStringLiteral("the limit is 20000"));
    set("too-long notes", at("stages", 0, "notes"), QString(TextLimits::Notes + 1, u'd'),
        QStringLiteral("the limit is 200000"));
    set("NUL in text", at("candidates", 0, "definition"), QStringView(u"a\0b", 3).toString(),
        QStringLiteral("NUL"));
    add("unpaired surrogate",
        edited(json, QStringLiteral("candidates/0/name"), QStringLiteral("SURROGATE"))
            .replace("SURROGATE", "\\ud800x"),
        QStringLiteral("candidates[0].name"), QStringLiteral("surrogate"));

    // Counts.
    QJsonArray many;
    for (int i = 1; i <= ImportLimits::Candidates + 1; ++i)
        many.append(minimalCandidate(i));
    set("too many candidates", QStringLiteral("candidates"), many,
        QStringLiteral("the limit is 10000"));
    set("too many participants", QStringLiteral("participants"),
        repeated(QJsonObject{{QStringLiteral("id"), 1}}, ImportLimits::Participants + 1),
        QStringLiteral("the limit is 1000"));
    const int withInputs =
        firstIndex(ex.candidates, [&](const Candidate& c) { return ex.inputs.contains(c.id); });
    set("too many inputs", at("candidates", withInputs, "inputs"),
        repeated(QJsonObject(), ImportLimits::InputsPerCandidate + 1),
        QStringLiteral("the limit is 100"));

    // Duplicates.
    set("duplicate participant id", at("participants", 1, "id"), ex.participants[0].id,
        QStringLiteral("used twice"));
    set("duplicate candidate id", at("candidates", 2, "id"), ex.candidates[1].id,
        QStringLiteral("used twice"));
    set("duplicate input id", QStringLiteral("candidates/%1/inputs/1/id").arg(withInputs),
        ex.inputs.value(ex.candidates[withInputs].id).value(0).id, QStringLiteral("used twice"));
    set("duplicate criterion id", at("matrixCriteria", 1, "id"), ex.matrixCriteria[0].id,
        QStringLiteral("used twice"));
    set("duplicate vote", QStringLiteral("votes/1"),
        QJsonObject{{QStringLiteral("participantId"), ex.votes[0].participantId},
                    {QStringLiteral("candidateId"), ex.votes[0].candidateId},
                    {QStringLiteral("dots"), 1}},
        QStringLiteral("twice"));
    set("duplicate stage key", at("stages", 1, "stageKey"), ex.stages[0].stageKey,
        QStringLiteral("appears twice"));
    set("duplicate question", at("questionNotes", 1, "question"),
        QJsonDocument::fromJson(json)[QLatin1String("questionNotes")][0][QLatin1String("question")],
        QStringLiteral("appears twice"));

    // Dangling references, one of each kind.
    const int authored = firstIndex(ex.candidates, [](const Candidate& c) { return c.authorId; });
    const int paired = firstIndex(ex.candidates, [](const Candidate& c) { return c.pairId; });
    const int merged =
        firstIndex(ex.candidates, [](const Candidate& c) { return !c.mergedFrom.isEmpty(); });
    const int worksheet = firstIndex(ex.warmUpGroups, [](const WarmUpGroup& g) {
        return g.candidateId != 0 && !g.members.isEmpty();
    });
    const qint64 nobody = 987654;
    set("author", at("candidates", authored, "authorId"), nobody,
        QStringLiteral("no participant 987654"));
    set("pair", at("candidates", paired, "pairId"), nobody, QStringLiteral("no pair group"));
    set("merged-from", QStringLiteral("candidates/%1/mergedFrom/0").arg(merged), nobody,
        QStringLiteral("no candidate 987654"));
    set("merged from itself", QStringLiteral("candidates/%1/mergedFrom/0").arg(merged),
        ex.candidates[merged].id, QStringLiteral("itself"));
    set("north star", QStringLiteral("workshop/northStarId"), nobody,
        QStringLiteral("no candidate"));
    set("warm-up worksheet", at("warmUpGroups", worksheet, "candidateId"), nobody,
        QStringLiteral("no candidate"));
    set("warm-up member", QStringLiteral("warmUpGroups/%1/members/0").arg(worksheet), nobody,
        QStringLiteral("no participant"));
    set("pair member", QStringLiteral("pairGroups/0/members/0"), nobody,
        QStringLiteral("no participant"));
    set("somebody in two pairs", QStringLiteral("pairGroups/1/members/0"),
        ex.pairGroups[0].members[0], QStringLiteral("two pairs"));
    set("checklist candidate", at("checklistScores", 0, "candidateId"), nobody,
        QStringLiteral("no candidate"));
    set("checklist participant", at("checklistScores", 0, "participantId"), nobody,
        QStringLiteral("no participant"));
    set("matrix criterion", at("matrixScores", 0, "criterionId"), nobody,
        QStringLiteral("no matrix criterion"));
    set("matrix candidate", at("matrixScores", 0, "candidateId"), nobody,
        QStringLiteral("no candidate"));
    set("voter", at("votes", 0, "participantId"), nobody, QStringLiteral("no participant"));
    set("voted candidate", at("votes", 0, "candidateId"), nobody, QStringLiteral("no candidate"));

    // Numbers out of range.
    set("weight 6", at("matrixCriteria", 0, "weight"), 6, QStringLiteral("from 1 to 5"));
    set("weight 0", at("matrixCriteria", 0, "weight"), 0, QStringLiteral("from 1 to 5"));
    set("matrix score 9", at("matrixScores", 0, "value"), 9, QStringLiteral("from 1 to 5"));
    set("checklist answer 3", at("checklistScores", 0, "answer"), 3, QStringLiteral("from 0 to 2"));
    set("no dots", at("votes", 0, "dots"), 0, QStringLiteral("from 1 to 99"));
    set("100 dots", at("votes", 0, "dots"), 100, QStringLiteral("from 1 to 99"));
    set("45-minute agenda", QStringLiteral("workshop/agendaMinutes"), 45,
        QStringLiteral("60, 90 or 120"));
    set("0 dots per person", QStringLiteral("workshop/dotsPerPerson"), 0,
        QStringLiteral("from 1 to 99"));
    set("601-minute stage", at("stages", 0, "plannedMinutes"), 601,
        QStringLiteral("from -1 to 600"));
    set("negative hands", at("gameTally", 0, "hands"), -1, QStringLiteral("from 0 to 999"));
    set("id 0", at("participants", 0, "id"), 0, QStringLiteral("whole number from 1"));
    set("negative id", at("candidates", 0, "id"), -4, QStringLiteral("whole number from 1"));
    set("id beyond 2^53", at("candidates", 0, "id"), 1e300, QStringLiteral("whole number from 1"));
    for (MalformedFile& f : files)
        f.field = path(f.field);
    return files;
}
