// The cases of issue 14.4 for the malformed-file table: what Qt's JSON parser accepts but
// the format does not (a member given twice, a raw control character inside text) and
// members that must hold one of the playbook's keys.
#include "JsonMutation.h"

QByteArray inserted(QByteArray json, const QByteArray& anchor, const QByteArray& insertion) {
    const qsizetype at = json.indexOf(anchor);
    return at < 0 ? QByteArray() : json.insert(at + anchor.size(), insertion);
}

QByteArray withRawByte(const QByteArray& json, const QString& path, char raw) {
    QByteArray bytes = edited(json, path, QStringLiteral("BEFORE@AFTER"));
    return bytes.replace("BEFORE@AFTER", QByteArray("BEFORE") + raw + "AFTER");
}

QList<MalformedFile> strictFiles(const WorkshopDocument& ex, const QByteArray& json) {
    const QByteArray compact = edited(json, QStringLiteral("version"), 2);
    QList<MalformedFile> files;
    const auto add = [&](const char* label, const QByteArray& bytes, const char* field,
                         const char* words) {
        files.append({QString::fromLatin1(label), bytes, QString::fromLatin1(field),
                      QString::fromLatin1(words)});
    };
    // Duplicate member names: the last one used to win silently.
    add("title given twice", inserted(compact, "\"workshop\":{", "\"title\":\"FIRST\","),
        "workshop.title", "appears twice");
    add("title twice, once escaped",
        inserted(compact, "\"workshop\":{", "\"ti\\u0074le\":\"FIRST\","), "workshop.title",
        "appears twice");
    add("format given twice", inserted(compact, "{", "\"format\":\"lodestar-workshop\","), "format",
        "appears twice");
    add("candidate name twice", inserted(compact, "\"candidates\":[{", "\"name\":\"x\","),
        "candidates[0].name", "appears twice");
    add("vote member twice", inserted(compact, "\"votes\":[{", "\"dots\":1,"), "votes[0].dots",
        "appears twice");
    // Raw control characters inside text: invalid JSON, however lenient the parser.
    add("raw U+0001 in the title", withRawByte(compact, QStringLiteral("workshop/title"), '\x01'),
        "workshop.title", "control character");
    add("raw line break in a name", withRawByte(compact, QStringLiteral("candidates/1/name"), '\n'),
        "candidates[1].name", "control character");
    add("raw tab in a follow-up", withRawByte(compact, QStringLiteral("followUps/0/text"), '\t'),
        "followUps[0].text", "control character");
    // Keys that must be the playbook's.
    add("unknown checklist criterion",
        edited(compact, QStringLiteral("checklistScores/0/criterion"), QStringLiteral("made_up")),
        "checklistScores[0].criterion", "not a checklist criterion");
    add("unknown criterion broken",
        edited(compact, QStringLiteral("candidates/0/breaksCriterion"), QStringLiteral("vibes")),
        "candidates[0].breaksCriterion", "not a checklist criterion");
    add("unknown stage",
        edited(compact, QStringLiteral("stages/0/stageKey"), QStringLiteral("backstage")),
        "stages[0].stageKey", "not a stage");
    add("unknown current stage",
        edited(compact, QStringLiteral("workshop/currentStage"), QStringLiteral("intermission")),
        "workshop.currentStage", "not a stage");
    if (!ex.questionNotes.isEmpty())
        add("unknown opening question",
            edited(compact, QStringLiteral("questionNotes/0/question"), QStringLiteral("_whence")),
            "questionNotes[0].question", "not an opening question");
    return files;
}
