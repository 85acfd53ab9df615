#include "RosterText.h"

#include <QStringList>

QList<Participant> parseRosterText(const QString& text) {
    QList<Participant> result;
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        const qsizetype comma = line.lastIndexOf(u',');
        Participant p;
        p.name = (comma < 0 ? line : line.left(comma)).trimmed();
        p.discipline = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        if (p.name.isEmpty())
            continue;
        p.position = int(result.size());
        result.append(p);
    }
    return result;
}

QString rosterText(const QList<Participant>& participants) {
    QStringList lines;
    for (const Participant& p : participants)
        lines.append(p.discipline.isEmpty() ? p.name
                                            : p.name + QStringLiteral(", ") + p.discipline);
    return lines.join(u'\n');
}
