#pragma once
// Text that has broken other programs: huge, empty, emoji, right-to-left, combining marks,
// quotes, SQL and markup. Tests push each one through a store path and back.
#include <QList>
#include <QString>

struct HostileString {
    const char* label;
    QString text;
};

QList<HostileString> hostileStrings();
