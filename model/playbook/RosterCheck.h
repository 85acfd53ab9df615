#pragma once
// Checks a workshop's roster before the opening: whether the room is a good size (7 ± 2,
// so 3 to 9 people) and which of the usual disciplines nobody represents. Pure logic: the
// opening page shows the result in its own words.
#include "domain/Participant.h"

#include <QList>
#include <QStringList>

struct RosterCheck {
    enum class Size { Empty, TooFew, Good, TooMany };

    static constexpr int MinimumPeople = 3;
    static constexpr int MaximumPeople = 9;

    Size size = Size::Empty;
    int people = 0;
    QStringList missingDisciplines; // keys from disciplines(), in that order

    bool sizeIsGood() const { return size == Size::Good; }

    // The disciplines a North Star workshop wants in the room, as lower-case keys:
    // engineering, design, product, analytics, finance, sales, marketing.
    static const QStringList& disciplines();
    // A participant's discipline covers a key when, ignoring case, one of its words starts
    // with the key or is a start of it of four letters or more: "Designer" and "UX design"
    // cover design, "Engineer" covers engineering, "Product design" covers both.
    static bool covers(const QString& discipline, const QString& key);
    static RosterCheck of(const QList<Participant>& participants);
};
