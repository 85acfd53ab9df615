#include "RosterCheck.h"

#include <QRegularExpression>

const QStringList& RosterCheck::disciplines() {
    static const QStringList keys = {QStringLiteral("engineering"), QStringLiteral("design"),
                                     QStringLiteral("product"),     QStringLiteral("analytics"),
                                     QStringLiteral("finance"),     QStringLiteral("sales"),
                                     QStringLiteral("marketing")};
    return keys;
}

bool RosterCheck::covers(const QString& discipline, const QString& key) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList words = discipline.trimmed().toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (word.startsWith(key) || (word.size() >= 4 && key.startsWith(word)))
            return true;
    return false;
}

RosterCheck RosterCheck::of(const QList<Participant>& participants) {
    RosterCheck check;
    check.people = int(participants.size());
    if (check.people == 0)
        check.size = Size::Empty;
    else if (check.people < MinimumPeople)
        check.size = Size::TooFew;
    else if (check.people > MaximumPeople)
        check.size = Size::TooMany;
    else
        check.size = Size::Good;
    for (const QString& key : disciplines()) {
        bool found = false;
        for (const Participant& p : participants)
            found = found || covers(p.discipline, key);
        if (!found)
            check.missingDisciplines << key;
    }
    return check;
}
