#pragma once
// What RoomProtocol's files share: the translation context of the room's messages to the
// phones ("RoomProtocol", declared once with Qt's macro so that lupdate and the code agree)
// and the check that a message carries no member it should not.
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

class RoomProtocolText {
    Q_DECLARE_TR_FUNCTIONS(RoomProtocol)
};

namespace RoomProtocolParts {

// True when every member of `object` is one of `allowed`.
inline bool onlyMembers(const QJsonObject& object, const QSet<QString>& allowed) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return false;
    return true;
}

} // namespace RoomProtocolParts
