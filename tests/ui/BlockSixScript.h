#pragma once
// What the room writes and decides in the block-six walk-through: the silent cards, the
// pair candidates, who puts dots where, and the North Star with its inputs.
#include <QList>
#include <QString>

namespace BlockSixScript {

struct Card {
    QString person, name, behaviour, measure, definition, inputs;
};
struct Dots {
    QString person, candidate;
    int count = 0;
};
struct InputDetail {
    QString patternLetter; // the first letter of the pattern picked in the pattern box
    QString definition;
    QString owner;
};

inline const QString Refined = QStringLiteral("Weekly cooks at home");
inline const QString Merged = QStringLiteral("Cooking again");
inline const QString NorthStar = QStringLiteral("Weekly cooked meals");
inline const QString Definition =
    QStringLiteral("Meals cooked from our kits per active household, per week");

// Ana writes two cards, everybody else one; her first brings two inputs.
const QList<Card>& cards();
// Every person's three dots; the refined card gets 8, the merged one 5.
const QList<Dots>& dots();
// For the North Star's three inputs, in order.
const QList<InputDetail>& inputDetails();

} // namespace BlockSixScript
