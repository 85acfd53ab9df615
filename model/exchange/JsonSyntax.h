#pragma once
// What the strict import refuses that Qt's JSON parser lets through: a member name given
// twice in one object (the parser keeps the last silently) and a raw control character
// inside a string (invalid JSON: it must be written as an escape like \n or \u0001).
#include <QByteArray>
#include <QString>

namespace JsonSyntax {
// Empty when `json` (already accepted by QJsonDocument) has neither; otherwise the first,
// as "path: problem" with the member's path in the format ("candidates[2].name").
QString problem(const QByteArray& json);
} // namespace JsonSyntax
