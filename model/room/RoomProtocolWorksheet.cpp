// RoomProtocol: the warm-up worksheet's operations (issue #18), parsed as strictly as the
// card operations: every member the operation needs, nothing else, texts within the store's
// limits (TextLimits) and without NUL, a game one of the three keys (or "" for none yet).
#include "RoomProtocol.h"
#include "RoomProtocolParts.h"

#include "domain/Game.h"
#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace {

bool hasOnly(const QJsonObject& object, const QSet<QString>& allowed) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return false;
    return true;
}

// The string member `member` (required when `required`, else empty when missing) within
// `limit`; false with the refusal otherwise.
bool readText(const QJsonObject& object, const QString& member, bool required, const QString& field,
              int limit, QString* out, RoomProtocol::Refusal* refusal) {
    const QJsonValue value = object.value(member);
    if (value.isUndefined() && !required) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *refusal = RoomProtocol::badMessage(
            RoomProtocolText::tr("The worksheet's texts must be strings."));
        return false;
    }
    *out = value.toString();
    const QString problem = TextLimits::check(field, *out, limit);
    if (problem.isEmpty())
        return true;
    *refusal =
        out->size() > limit ? RoomProtocol::tooLong(problem) : RoomProtocol::badMessage(problem);
    return false;
}

} // namespace

namespace RoomProtocol {

bool isWorksheetOp(const QString& op) {
    return op == u"worksheet.put" || op == u"input.add" || op == u"input.put" ||
           op == u"input.delete";
}

bool isWorksheetOp(Op op) {
    return op == Op::WorksheetPut || op == Op::InputAdd || op == Op::InputPut ||
           op == Op::InputDelete;
}

qint64 inputOfKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("\\Ai[1-9][0-9]{0,15}\\z"));
    if (!pattern.match(key).hasMatch())
        return 0;
    bool ok = false;
    const qint64 id = key.mid(1).toLongLong(&ok);
    return ok && id <= ImportLimits::MaxId ? id : 0;
}

QString keyOfInput(qint64 inputId) {
    return QStringLiteral("i%1").arg(inputId);
}

Parsed parseWorksheet(const QJsonObject& object, const QString& op, Parsed parsed) {
    Message m;
    m.opId = parsed.opId;
    m.op = op == u"worksheet.put" ? Op::WorksheetPut
           : op == u"input.add"   ? Op::InputAdd
           : op == u"input.put"   ? Op::InputPut
                                  : Op::InputDelete;
    QSet<QString> members{QStringLiteral("op"), QStringLiteral("id")};
    if (m.op == Op::InputPut || m.op == Op::InputDelete) {
        members.insert(QStringLiteral("input"));
        m.input = inputOfKey(object.value(QLatin1String("input")).toString());
    }
    if (m.op == Op::WorksheetPut || m.op == Op::InputPut) {
        members.unite({QStringLiteral("field"), QStringLiteral("value")});
        const QJsonValue field = object.value(QLatin1String("field"));
        m.field = field.isString() ? field.toString() : QString();
    }
    if (m.op == Op::InputAdd)
        members.unite({QStringLiteral("name"), QStringLiteral("definition")});
    const bool knownField =
        m.op == Op::WorksheetPut
            ? (m.field == u"game" || m.field == u"name" || m.field == u"definition")
        : m.op == Op::InputPut ? (m.field == u"name" || m.field == u"definition")
                               : true;
    const bool namesInput = (m.op != Op::InputPut && m.op != Op::InputDelete) || m.input != 0;
    if (m.opId.isEmpty() || !hasOnly(object, members) || !knownField || !namesInput) {
        parsed.refusal = badMessage();
        return parsed;
    }
    const bool input = m.op == Op::InputPut;
    bool good = true;
    if (m.op == Op::InputAdd) {
        good = readText(object, QStringLiteral("name"), false, RoomProtocolText::tr("input's name"),
                        TextLimits::ShortText, &m.name, &parsed.refusal) &&
               readText(object, QStringLiteral("definition"), false,
                        RoomProtocolText::tr("input's definition"), TextLimits::LongText,
                        &m.definition, &parsed.refusal);
    } else if (m.field == u"game") {
        const QJsonValue value = object.value(QLatin1String("value"));
        m.value = value.toString();
        good = value.isString() && (m.value.isEmpty() || gameFromKey(m.value) != Game::Undecided);
        if (!good)
            parsed.refusal = badMessage(RoomProtocolText::tr("That game is not one of the three."));
    } else if (m.field == u"name") {
        good = readText(object, QStringLiteral("value"), true,
                        input ? RoomProtocolText::tr("input's name")
                              : RoomProtocolText::tr("North Star's name"),
                        TextLimits::ShortText, &m.value, &parsed.refusal);
    } else if (m.field == u"definition") {
        good = readText(object, QStringLiteral("value"), true,
                        input ? RoomProtocolText::tr("input's definition")
                              : RoomProtocolText::tr("North Star's definition"),
                        TextLimits::LongText, &m.value, &parsed.refusal);
    }
    if (good)
        parsed.message = m;
    return parsed;
}

QJsonObject worksheetAck(const QString& opId, qint64 inputId) {
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("ack")},
                        {QStringLiteral("id"), opId},
                        {QStringLiteral("ok"), true}};
    if (inputId > 0)
        message.insert(QStringLiteral("input"), keyOfInput(inputId));
    return message;
}

Refusal worksheetNotNow() {
    return {QStringLiteral("not-now"),
            RoomProtocolText::tr("The worksheet can only be filled in during the warm-up.")};
}

Refusal noGroup() {
    return {QStringLiteral("not-now"),
            RoomProtocolText::tr(
                "You are not in a warm-up group yet: ask the facilitator to put you in one.")};
}

Refusal inputNotYours() {
    return {
        QStringLiteral("not-yours"),
        RoomProtocolText::tr("That input belongs to another group's worksheet, or was removed.")};
}

Refusal tooMany() {
    return {QStringLiteral("too-many"),
            RoomProtocolText::tr(
                "The worksheet has five inputs already: more than five is hard to steer by. "
                "Could two of them merge?")};
}

} // namespace RoomProtocol
