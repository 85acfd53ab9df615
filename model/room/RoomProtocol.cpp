#include "RoomProtocol.h"
#include "RoomProtocolParts.h"

#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"
#include "exchange/JsonSyntax.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

bool matches(const QString& text, const QRegularExpression& pattern) {
    return pattern.match(text).hasMatch();
}

const QRegularExpression& opIdPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_-]{16,64}\\z"));
    return pattern;
}

const QRegularExpression& phoneKeyPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\Ap-[A-Za-z0-9_-]{16,48}\\z"));
    return pattern;
}

const QRegularExpression& candidateKeyPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\Ac[1-9][0-9]{0,15}\\z"));
    return pattern;
}

using RoomProtocol::Refusal;

// The object in `bytes`, refusing what the import refuses: invalid JSON, a member given
// twice, a raw control character, anything but an object at the top.
std::optional<QJsonObject> strictObject(const QByteArray& bytes, Refusal* refusal) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal =
            RoomProtocol::badMessage(RoomProtocolText::tr("The message is not a JSON object."));
        return std::nullopt;
    }
    if (const QString problem = JsonSyntax::problem(bytes); !problem.isEmpty()) {
        *refusal = RoomProtocol::badMessage(problem);
        return std::nullopt;
    }
    return doc.object();
}

using RoomProtocolParts::onlyMembers;

// A text member (missing: empty). False, with the refusal, when it is not a string or breaks
// the store's limits.
bool text(const QJsonObject& object, const QString& member, const QString& field, int limit,
          QString* out, Refusal* refusal) {
    const QJsonValue value = object.value(member);
    if (value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *refusal =
            RoomProtocol::badMessage(RoomProtocolText::tr("A card's texts must be strings."));
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

bool isOperationId(const QString& id) {
    return matches(id, opIdPattern());
}

bool isPhoneCardKey(const QString& key) {
    return matches(key, phoneKeyPattern());
}

qint64 candidateOfKey(const QString& key) {
    if (!matches(key, candidateKeyPattern()))
        return 0;
    bool ok = false;
    const qint64 id = key.mid(1).toLongLong(&ok);
    return ok && id <= ImportLimits::MaxId ? id : 0;
}

QString keyOfCandidate(qint64 candidateId) {
    return QStringLiteral("c%1").arg(candidateId);
}

QString normaliseCode(const QString& code) {
    QString result;
    for (const QChar c : code)
        if (!c.isSpace() && c != u'-')
            result.append(c.toUpper());
    return result;
}

Parsed parse(const QByteArray& bytes) {
    Parsed parsed;
    if (bytes.size() > MaxMessageBytes) {
        parsed.refusal = badMessage(RoomProtocolText::tr("The message is too large."));
        return parsed;
    }
    const std::optional<QJsonObject> object = strictObject(bytes, &parsed.refusal);
    if (!object)
        return parsed;
    if (const QJsonValue id = object->value(QLatin1String("id")); id.isString())
        if (isOperationId(id.toString()))
            parsed.opId = id.toString();
    const QString op = object->value(QLatin1String("op")).toString();
    if (isWorksheetOp(op))
        return parseWorksheet(*object, op, parsed);
    Message m;
    if (op == u"hello") {
        const QJsonValue token = object->value(QLatin1String("token"));
        if (!onlyMembers(*object, {QStringLiteral("op"), QStringLiteral("token")}) ||
            !token.isString() || token.toString().size() > 128) {
            parsed.refusal = badMessage();
            return parsed;
        }
        m.op = Op::Hello;
        m.token = token.toString();
        parsed.message = m;
        return parsed;
    }
    if (isJudgementOp(op))
        return parseJudgement(*object, op, parsed); // scoring and voting (#18)
    const bool put = op == u"card.put";
    if (!put && op != u"card.delete") {
        parsed.refusal =
            badMessage(RoomProtocolText::tr("The server does not know that operation."));
        return parsed;
    }
    QSet<QString> allowed{QStringLiteral("op"), QStringLiteral("id"), QStringLiteral("card")};
    if (put)
        allowed.unite({QStringLiteral("name"), QStringLiteral("behaviour"),
                       QStringLiteral("measure"), QStringLiteral("definition")});
    m.op = put ? Op::CardPut : Op::CardDelete;
    m.opId = parsed.opId;
    m.card = object->value(QLatin1String("card")).toString();
    if (!onlyMembers(*object, allowed) || m.opId.isEmpty() ||
        (!isPhoneCardKey(m.card) && candidateOfKey(m.card) == 0)) {
        parsed.refusal = badMessage();
        return parsed;
    }
    if (put &&
        !(text(*object, QStringLiteral("name"), RoomProtocolText::tr("card's name"),
               TextLimits::ShortText, &m.name, &parsed.refusal) &&
          text(*object, QStringLiteral("behaviour"), RoomProtocolText::tr("customer behaviour"),
               TextLimits::LongText, &m.behaviour, &parsed.refusal) &&
          text(*object, QStringLiteral("measure"), RoomProtocolText::tr("way to measure it"),
               TextLimits::LongText, &m.measure, &parsed.refusal) &&
          text(*object, QStringLiteral("definition"), RoomProtocolText::tr("card's definition"),
               TextLimits::LongText, &m.definition, &parsed.refusal)))
        return parsed;
    parsed.message = m;
    return parsed;
}

std::optional<JoinRequest> parseJoin(const QByteArray& body, bool join, Refusal* refusal) {
    if (body.size() > MaxBodyBytes) {
        *refusal = badMessage(RoomProtocolText::tr("The request is too large."));
        return std::nullopt;
    }
    const std::optional<QJsonObject> object = strictObject(body, refusal);
    if (!object)
        return std::nullopt;
    QSet<QString> allowed{QStringLiteral("room"), QStringLiteral("code")};
    if (join)
        allowed.unite({QStringLiteral("person"), QStringLiteral("newName")});
    JoinRequest request;
    const QJsonValue room = object->value(QLatin1String("room"));
    const QJsonValue code = object->value(QLatin1String("code"));
    const QJsonValue person = object->value(QLatin1String("person"));
    const QJsonValue newName = object->value(QLatin1String("newName"));
    const bool oneKey = room.isUndefined() != code.isUndefined();
    const bool keyIsText = room.isString() || code.isString();
    if (!onlyMembers(*object, allowed) || !oneKey || !keyIsText) {
        *refusal = badMessage();
        return std::nullopt;
    }
    request.room = room.toString().left(128);
    request.code = normaliseCode(code.toString().left(64));
    if (join) {
        const bool byPerson = person.isDouble() && person.toDouble() >= 1 &&
                              person.toDouble() <= double(ImportLimits::MaxId) &&
                              person.toDouble() == double(qint64(person.toDouble()));
        const bool byName = newName.isString();
        if (byPerson == byName || (!person.isUndefined() && !byPerson)) {
            *refusal = badMessage();
            return std::nullopt;
        }
        if (byPerson)
            request.person = qint64(person.toDouble());
        if (byName) {
            request.newName = newName.toString().trimmed();
            const QString problem = TextLimits::check(RoomProtocolText::tr("name"), request.newName,
                                                      TextLimits::ShortText);
            if (!problem.isEmpty()) {
                *refusal = request.newName.size() > TextLimits::ShortText ? tooLong(problem)
                                                                          : badMessage(problem);
                return std::nullopt;
            }
            if (request.newName.isEmpty()) {
                *refusal = badMessage(RoomProtocolText::tr("Type your name."));
                return std::nullopt;
            }
        }
    }
    return request;
}

QJsonObject ack(const QString& opId, qint64 candidateId) {
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("ack")},
                        {QStringLiteral("id"), opId},
                        {QStringLiteral("ok"), true}};
    if (candidateId > 0) // a deleted card the server never knew has none
        message.insert(QStringLiteral("card"), keyOfCandidate(candidateId));
    return message;
}

QJsonObject refusal(const QString& opId, const Refusal& refusal) {
    return {{QStringLiteral("type"), QStringLiteral("ack")},
            {QStringLiteral("id"), opId},
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), refusal.code},
            {QStringLiteral("message"), refusal.message}};
}

QJsonObject closed(const QString& reason) {
    return {{QStringLiteral("type"), QStringLiteral("closed")}, {QStringLiteral("reason"), reason}};
}

QByteArray frame(const QJsonObject& message) {
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

Refusal badMessage(const QString& why) {
    return {QStringLiteral("bad-message"),
            why.isEmpty()
                ? RoomProtocolText::tr("The phone sent a message the server does not understand.")
                : why};
}

Refusal tooLong(const QString& why) {
    return {QStringLiteral("too-long"), why};
}

Refusal notNow() {
    return {QStringLiteral("not-now"),
            RoomProtocolText::tr(
                "Cards can only be written during the silent brainstorm, before the reveal.")};
}

Refusal notYours() {
    return {QStringLiteral("not-yours"),
            RoomProtocolText::tr("That card belongs to somebody else.")};
}

Refusal waiting() {
    return {QStringLiteral("waiting"),
            RoomProtocolText::tr("The facilitator has not let you in yet.")};
}

Refusal slowDown() {
    return {QStringLiteral("slow-down"),
            RoomProtocolText::tr("Too many changes at once; try again in a moment.")};
}

Refusal storage(const QString& why) {
    return {QStringLiteral("storage"),
            why.isEmpty() ? RoomProtocolText::tr("The laptop could not save it.") : why};
}

} // namespace RoomProtocol
