// RoomProtocol: the scoring and voting operations of issue #18 (score.put, dot.place,
// dot.remove, vote.done) and their refusals.
#include "RoomProtocol.h"
#include "RoomProtocolParts.h"

#include "playbook/Playbook.h"

#include <QCoreApplication>
#include <QSet>

namespace {

using RoomProtocolParts::onlyMembers;

} // namespace

namespace RoomProtocol {

bool isJudgementOp(const QString& op) {
    return op == u"score.put" || op == u"dot.place" || op == u"dot.remove" || op == u"vote.done";
}

bool isJudgementOp(Op op) {
    return op == Op::ScorePut || op == Op::DotPlace || op == Op::DotRemove || op == Op::VoteDone;
}

QString answerKey(std::optional<ChecklistAnswer> answer) {
    if (!answer)
        return {};
    switch (*answer) {
    case ChecklistAnswer::Yes:
        return QStringLiteral("yes");
    case ChecklistAnswer::Partly:
        return QStringLiteral("partly");
    case ChecklistAnswer::No:
        break;
    }
    return QStringLiteral("no");
}

// score.put, dot.place, dot.remove, vote.done (issue #18): every member required, nothing
// else allowed; a card is a "c" key, a criterion one of the playbook's checklist keys, an
// answer "yes", "partly", "no" or "" (clear).
Parsed parseJudgement(const QJsonObject& object, const QString& op, Parsed parsed) {
    Message m;
    m.opId = parsed.opId;
    QSet<QString> members{QStringLiteral("op"), QStringLiteral("id")};
    bool good = !m.opId.isEmpty();
    if (op == u"vote.done") {
        m.op = Op::VoteDone;
        members.insert(QStringLiteral("done"));
        const QJsonValue done = object.value(QLatin1String("done"));
        good = good && done.isBool();
        m.done = done.toBool();
    } else {
        m.op = op == u"score.put"   ? Op::ScorePut
               : op == u"dot.place" ? Op::DotPlace
                                    : Op::DotRemove;
        members.insert(QStringLiteral("card"));
        const QJsonValue card = object.value(QLatin1String("card"));
        m.card = card.toString();
        good = good && card.isString() && candidateOfKey(m.card) != 0;
    }
    if (m.op == Op::ScorePut) {
        members.unite({QStringLiteral("criterion"), QStringLiteral("answer")});
        const QJsonValue criterion = object.value(QLatin1String("criterion"));
        const QJsonValue answer = object.value(QLatin1String("answer"));
        m.criterion = criterion.toString();
        const QString a = answer.toString();
        good = good && criterion.isString() && answer.isString() && m.criterion.size() <= 64 &&
               Playbook::standard().criterion(m.criterion).has_value() &&
               (a.isEmpty() || a == u"yes" || a == u"partly" || a == u"no");
        if (a == u"yes")
            m.answer = ChecklistAnswer::Yes;
        else if (a == u"partly")
            m.answer = ChecklistAnswer::Partly;
        else if (a == u"no")
            m.answer = ChecklistAnswer::No;
    }
    if (!good || !onlyMembers(object, members)) {
        parsed.refusal = badMessage();
        return parsed;
    }
    parsed.message = m;
    return parsed;
}

// --- Scoring and voting (issue #18) ---------------------------------------------------

Refusal overLimit(const QString& why) {
    return {QStringLiteral("over-limit"), why};
}

Refusal scoreNotNow() {
    return {QStringLiteral("not-now"),
            RoomProtocolText::tr(
                "Scores can only be given here while everyone scores for themselves, on a "
                "candidate still in play.")};
}

Refusal voteNotNow() {
    return {QStringLiteral("not-now"),
            RoomProtocolText::tr(
                "Dots can only be placed during the dot vote, before it is closed, on a candidate "
                "still in play.")};
}

Refusal doneNotNow() {
    return {QStringLiteral("not-now"), RoomProtocolText::tr("The dot vote is not on now.")};
}

} // namespace RoomProtocol
