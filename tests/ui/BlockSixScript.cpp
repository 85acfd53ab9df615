#include "BlockSixScript.h"

namespace BlockSixScript {

const QList<Card>& cards() {
    static const QList<Card> list = [] {
        const QList<QStringList> rows = {
            {QStringLiteral("Ana"), QStringLiteral("Weekly cooks"),
             QStringLiteral("households cooking three kits"),
             QStringLiteral("households with 3+ kits a week"),
             QStringLiteral("Households cooking 3 or more kits in a week"),
             QStringLiteral("New households, Kits per week")},
            {QStringLiteral("Ana"), QStringLiteral("Fresh boxes"),
             QStringLiteral("households getting a box"), QStringLiteral("boxes delivered")},
            {QStringLiteral("Ben"), QStringLiteral("Repeat orders"),
             QStringLiteral("customers ordering again"),
             QStringLiteral("orders from returning customers")},
            {QStringLiteral("Caro"), QStringLiteral("Recipes cooked"),
             QStringLiteral("people cooking our recipes"), QStringLiteral("recipes marked cooked")},
            {QStringLiteral("Dev"), QStringLiteral("Meal ratings"),
             QStringLiteral("people rating their meals"), QStringLiteral("ratings given")},
            {QStringLiteral("Eli"), QStringLiteral("App opens"),
             QStringLiteral("people opening the app"), QStringLiteral("daily app opens")}};
        QList<Card> cards;
        for (const QStringList& row : rows)
            cards.append({row.value(0), row.value(1), row.value(2), row.value(3), row.value(4),
                          row.value(5)});
        return cards;
    }();
    return list;
}

const QList<Dots>& dots() {
    const QString fresh = QStringLiteral("Fresh boxes");
    static const QList<Dots> list = {
        {QStringLiteral("Ana"), Refined, 2},  {QStringLiteral("Ana"), Merged, 1},
        {QStringLiteral("Ben"), Refined, 2},  {QStringLiteral("Ben"), fresh, 1},
        {QStringLiteral("Caro"), Refined, 1}, {QStringLiteral("Caro"), Merged, 2},
        {QStringLiteral("Dev"), Merged, 2},   {QStringLiteral("Dev"), Refined, 1},
        {QStringLiteral("Eli"), Refined, 2},  {QStringLiteral("Eli"), fresh, 1}};
    return list;
}

const QList<InputDetail>& inputDetails() {
    static const QList<InputDetail> list = {
        {QStringLiteral("b"), QStringLiteral("Households placing a first order in a week"),
         QStringLiteral("Growth")},
        {QStringLiteral("f"), QStringLiteral("Kits per active household per week"),
         QStringLiteral("Retention")},
        {QStringLiteral("e"), QStringLiteral("Median minutes from box opened to meal"),
         QStringLiteral("Culinary")}};
    return list;
}

} // namespace BlockSixScript
