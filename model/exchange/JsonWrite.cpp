// JsonExchange::write: a WorkshopDocument as schema version 2 (resources/exchange/README.md).
#include "JsonExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QJsonValue reference(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonArray idArray(const QList<qint64>& ids) {
    QJsonArray result;
    for (qint64 id : ids)
        result.append(id);
    return result;
}

QString jsonTime(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue predecessorValue(const std::optional<PredecessorRef>& predecessor) {
    if (!predecessor)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("title"), predecessor->title},
                       {QStringLiteral("createdAt"), jsonTime(predecessor->createdAt)}};
}

QJsonObject workshopObject(const WorkshopDocument& doc) {
    const Workshop& w = doc.workshop;
    return {
        {QStringLiteral("id"), w.id},
        {QStringLiteral("title"), w.title},
        {QStringLiteral("product"), w.product},
        {QStringLiteral("facilitator"), w.facilitator},
        {QStringLiteral("vision"), w.vision},
        {QStringLiteral("agendaMinutes"), w.agendaMinutes},
        {QStringLiteral("createdAt"), jsonTime(w.createdAt)},
        {QStringLiteral("updatedAt"), jsonTime(w.updatedAt)},
        {QStringLiteral("currentStage"), w.currentStage},
        {QStringLiteral("game"), gameKey(w.game)},
        {QStringLiteral("gameRationale"), w.gameRationale},
        {QStringLiteral("valueExchange"), w.valueExchange},
        {QStringLiteral("status"), workshopStatusKey(w.status)},
        {QStringLiteral("anonymous"), w.anonymous},
        {QStringLiteral("northStarId"), reference(w.northStarId)},
        {QStringLiteral("guardrailName"), w.guardrailName},
        {QStringLiteral("guardrailDefinition"), w.guardrailDefinition},
        {QStringLiteral("pairSeed"), QString::number(w.pairSeed)},
        {QStringLiteral("dotsPerPerson"), w.dotsPerPerson},
        {QStringLiteral("maxDotsPerCandidate"), w.maxDotsPerCandidate},
        {QStringLiteral("checklistPerPerson"), w.checklistPerPerson},
        {QStringLiteral("changeNote"), doc.changeNote},
        {QStringLiteral("predecessor"), predecessorValue(doc.predecessor)},
    };
}

QJsonObject inputObject(const Input& i) {
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("definition"), i.definition},
        {QStringLiteral("pattern"), inputPatternKey(i.pattern)},
        {QStringLiteral("owner"), i.owner},
        {QStringLiteral("position"), i.position},
    };
}

QJsonObject candidateObject(const Candidate& c, const QList<Input>& inputs) {
    QJsonArray inputArray;
    for (const Input& i : inputs)
        inputArray.append(inputObject(i));
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("authorId"), reference(c.authorId)},
        {QStringLiteral("kind"), candidateKindKey(c.kind)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("definition"), c.definition},
        {QStringLiteral("behaviour"), c.behaviour},
        {QStringLiteral("measure"), c.measure},
        {QStringLiteral("status"), candidateStatusKey(c.status)},
        {QStringLiteral("eliminationReason"), c.eliminationReason},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("mergedFrom"), idArray(c.mergedFrom)},
        {QStringLiteral("breaksCriterion"), c.breaksCriterion},
        {QStringLiteral("pairId"), reference(c.pairId)},
        {QStringLiteral("incumbent"), c.incumbent},
        {QStringLiteral("inputs"), inputArray},
    };
}

QJsonValue dateValue(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject checkInObject(const CheckIn& c) {
    QJsonArray ratings;
    for (const InputConfidence& rating : c.inputs)
        ratings.append(QJsonObject{{QStringLiteral("inputId"), rating.inputId},
                                   {QStringLiteral("confidence"), rating.confidence}});
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("candidateId"), c.northStarId},
        {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
        {QStringLiteral("metricConfidence"), c.metricConfidence},
        {QStringLiteral("inputs"), ratings},
        {QStringLiteral("learned"), c.learned},
        {QStringLiteral("nextStep"), c.nextStep},
        {QStringLiteral("nextOwner"), c.nextOwner},
        {QStringLiteral("nextDue"), dateValue(c.nextDue)},
    };
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T>& values, F toObject) {
    QJsonArray result;
    for (const T& value : values)
        result.append(toObject(value));
    return result;
}

// QJsonObject sorts its keys, so the top level is assembled by hand to put the format and
// version first, where a person opening the file looks.
class TopLevel {
public:
    void add(const char* key, const QJsonValue& value) {
        QByteArray text;
        if (value.isArray())
            text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).trimmed();
        else if (value.isObject())
            text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).trimmed();
        else // a scalar: wrapped in an array to borrow QJsonDocument's escaping
            text =
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        if (text == "[\n]")
            text = "[]";
        text.replace("\n", "\n    ");
        m_members.append("    \"" + QByteArray(key) + "\": " + text);
    }
    QByteArray json() const { return "{\n" + m_members.join(",\n") + "\n}\n"; }

private:
    QList<QByteArray> m_members;
};

} // namespace

namespace JsonExchange {

QByteArray write(const WorkshopDocument& doc) {
    TopLevel top;
    top.add("format", QString::fromLatin1(FormatTag));
    top.add("version", SchemaVersion);
    top.add("workshop", workshopObject(doc));
    top.add("participants", arrayOf(doc.participants, [](const Participant& p) {
                return QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("discipline"), p.discipline},
                                   {QStringLiteral("position"), p.position}};
            }));
    top.add("stages", arrayOf(doc.stages, [](const StageState& s) {
                return QJsonObject{{QStringLiteral("stageKey"), s.stageKey},
                                   {QStringLiteral("elapsedMs"), s.elapsedMs},
                                   {QStringLiteral("notes"), s.notes},
                                   {QStringLiteral("plannedMinutes"), s.plannedMinutes},
                                   {QStringLiteral("skipped"), s.skipped},
                                   {QStringLiteral("focus"), s.focus},
                                   {QStringLiteral("revealed"), s.revealed}};
            }));
    top.add("customStages", arrayOf(doc.customStages, [](const CustomStage& s) {
                return QJsonObject{{QStringLiteral("stageKey"), s.stageKey},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("prompt"), s.prompt},
                                   {QStringLiteral("afterStage"), s.afterStage},
                                   {QStringLiteral("minutes"), s.minutes}};
            }));
    QStringList questions = doc.questionNotes.keys();
    std::sort(questions.begin(), questions.end()); // a hash has no order; the file has one
    top.add("questionNotes", arrayOf(questions, [&](const QString& key) {
                return QJsonObject{{QStringLiteral("question"), key},
                                   {QStringLiteral("notes"), doc.questionNotes.value(key)}};
            }));
    QJsonArray tally;
    for (auto it = doc.gameTally.constBegin(); it != doc.gameTally.constEnd(); ++it)
        tally.append(QJsonObject{{QStringLiteral("game"), gameKey(it.key())},
                                 {QStringLiteral("hands"), it.value()}});
    top.add("gameTally", tally);
    top.add("warmUpGroups", arrayOf(doc.warmUpGroups, [](const WarmUpGroup& g) {
                return QJsonObject{{QStringLiteral("id"), g.id},
                                   {QStringLiteral("name"), g.name},
                                   {QStringLiteral("game"), gameKey(g.game)},
                                   {QStringLiteral("candidateId"), reference(g.candidateId)},
                                   {QStringLiteral("position"), g.position},
                                   {QStringLiteral("members"), idArray(g.members)}};
            }));
    top.add("pairGroups", arrayOf(doc.pairGroups, [](const PairGroupRecord& g) {
                return QJsonObject{{QStringLiteral("id"), g.id},
                                   {QStringLiteral("position"), g.position},
                                   {QStringLiteral("members"), idArray(g.members)}};
            }));
    top.add("candidates", arrayOf(doc.candidates, [&](const Candidate& c) {
                return candidateObject(c, doc.inputsOf(c.id));
            }));
    top.add("checklistScores", arrayOf(doc.checklistScores, [](const ChecklistScore& s) {
                return QJsonObject{{QStringLiteral("candidateId"), s.candidateId},
                                   {QStringLiteral("criterion"), s.criterion},
                                   {QStringLiteral("participantId"), reference(s.participantId)},
                                   {QStringLiteral("answer"), int(s.answer)}};
            }));
    top.add("matrixCriteria", arrayOf(doc.matrixCriteria, [](const MatrixCriterion& c) {
                return QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("weight"), c.weight},
                                   {QStringLiteral("position"), c.position}};
            }));
    top.add("matrixScores", arrayOf(doc.matrixScores, [](const MatrixScore& s) {
                return QJsonObject{{QStringLiteral("criterionId"), s.criterionId},
                                   {QStringLiteral("candidateId"), s.candidateId},
                                   {QStringLiteral("value"), s.value}};
            }));
    top.add("votes", arrayOf(doc.votes, [](const Vote& v) {
                return QJsonObject{{QStringLiteral("participantId"), v.participantId},
                                   {QStringLiteral("candidateId"), v.candidateId},
                                   {QStringLiteral("dots"), v.dots}};
            }));
    top.add("followUps", arrayOf(doc.followUps, [](const FollowUp& f) {
                return QJsonObject{{QStringLiteral("id"), f.id},
                                   {QStringLiteral("kind"), followUpKindKey(f.kind)},
                                   {QStringLiteral("text"), f.text},
                                   {QStringLiteral("owner"), f.owner},
                                   {QStringLiteral("due"), dateValue(f.due)},
                                   {QStringLiteral("position"), f.position}};
            }));
    // Optional, so a workshop without check-ins writes the file older version 2 readers know.
    if (!doc.checkIns.isEmpty())
        top.add("checkIns", arrayOf(doc.checkIns, checkInObject));
    return top.json();
}

} // namespace JsonExchange
