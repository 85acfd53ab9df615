#pragma once
// The room's wire format (PROTOCOL.md): what a phone may send, parsed with the import's
// strictness, and the small messages the server answers with that carry no workshop data
// (acknowledgements, refusals, "closed"). Workshop data only ever leaves through RoomView.
#include "domain/Scoring.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace RoomProtocol {

// An HTTP body (POST /roster, POST /join) larger than this is refused with 413.
inline constexpr qsizetype MaxBodyBytes = 16 * 1024;
// A WebSocket message larger than this closes the socket. It is large enough for a card
// whose texts are at the import's limits (TextLimits) written in any script.
inline constexpr qsizetype MaxMessageBytes = 256 * 1024;

enum class Op {
    Hello,
    CardPut,
    CardDelete,
    ScorePut,
    DotPlace,
    DotRemove,
    VoteDone,
    WorksheetPut,
    InputAdd,
    InputPut,
    InputDelete
};

struct Message {
    Op op = Op::Hello;
    QString token; // hello
    QString opId;  // card.put, card.delete
    QString card;  // "c<candidate id>" or "p-<phone key>"
    QString name;  // card.put
    QString behaviour;
    QString measure;
    QString definition;
    // score.put: a checklist key from the playbook and the answer (none: clear it).
    QString criterion;
    std::optional<ChecklistAnswer> answer;
    bool done = false; // vote.done
    // The warm-up worksheet (worksheet.put, input.*): the one field set, its new value, and
    // the input named by "i<id>". input.add uses name and definition.
    QString field;
    QString value;
    qint64 input = 0;
};

// A refusal: a code from PROTOCOL.md ("bad-message", "too-long", ...) and a sentence for
// the person holding the phone.
struct Refusal {
    QString code;
    QString message;
};

struct Parsed {
    std::optional<Message> message; // set when the frame is a valid message
    QString opId;                   // the frame's op id when it has a well-formed one
    Refusal refusal;                // why not, when message is not set
};

// Parses one text frame from a phone.
Parsed parse(const QByteArray& frame);

// POST /roster and POST /join.
struct JoinRequest {
    QString room;      // the room token from the join link, or
    QString code;      // the typed code, upper case, spaces removed
    qint64 person = 0; // the roster person claimed (join), or
    QString newName;   // "I'm not on the list" (join)
};
// `join`: the body must name a person or a new name. Empty refusal.code means accepted.
std::optional<JoinRequest> parseJoin(const QByteArray& body, bool join, Refusal* refusal);

bool isOperationId(const QString& id);
bool isPhoneCardKey(const QString& key);
// The candidate id in "c<id>", or 0.
qint64 candidateOfKey(const QString& key);
QString keyOfCandidate(qint64 candidateId);
// Upper case, without spaces or dashes: "abc 123" → "ABC123".
QString normaliseCode(const QString& code);

// The scoring and voting operations (issue #18): true for "score.put", "dot.place",
// "dot.remove" and "vote.done".
bool isJudgementOp(const QString& op);
bool isJudgementOp(Op op);
// Parses one of them from `object` (already strictly parsed); `parsed` carries the op id.
Parsed parseJudgement(const QJsonObject& object, const QString& op, Parsed parsed);
// "yes", "partly", "no"; "" for none (a cleared answer).
QString answerKey(std::optional<ChecklistAnswer> answer);

// Server → phone messages that carry no workshop data.
QJsonObject ack(const QString& opId, qint64 candidateId);
QJsonObject refusal(const QString& opId, const Refusal& refusal);
QJsonObject closed(const QString& reason);
QByteArray frame(const QJsonObject& message);

// The refusals, with their sentences (translated).
Refusal badMessage(const QString& why = {});
Refusal tooLong(const QString& why);
Refusal notNow();
Refusal notYours();
Refusal waiting();
Refusal slowDown();
Refusal storage(const QString& why);
// Scoring and voting (issue #18).
Refusal overLimit(const QString& why);
Refusal scoreNotNow();
Refusal voteNotNow();
Refusal doneNotNow();

// --- The warm-up worksheet (issue #18; RoomProtocolWorksheet.cpp) ------------------------
inline constexpr int FewestInputs = 3; // what the worksheet asks for (the page says so)
inline constexpr int MostInputs = 5;   // a sixth input from a phone is refused ("too-many")

// "worksheet.put", "input.add", "input.put", "input.delete".
bool isWorksheetOp(const QString& op);
bool isWorksheetOp(Op op);
// Parses one of them from `object` (already strictly parsed); `parsed` carries the op id.
Parsed parseWorksheet(const QJsonObject& object, const QString& op, Parsed parsed);
// The input id in "i<id>", or 0; and back.
qint64 inputOfKey(const QString& key);
QString keyOfInput(qint64 inputId);
// The acknowledgement of a worksheet operation: with "input" when it touched one.
QJsonObject worksheetAck(const QString& opId, qint64 inputId);
Refusal worksheetNotNow();
Refusal noGroup();
Refusal inputNotYours();
Refusal tooMany();

} // namespace RoomProtocol
