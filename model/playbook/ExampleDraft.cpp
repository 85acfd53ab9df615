// Block 6 of the Harvest Box example: eight silent cards, a seeded pair draw, three pair
// candidates built from the cards, the checklist, the matrix and the dot vote, and the
// North Star the room chose with its inputs, guardrail and what it left open.
#include "ExampleBuilder.h"
#include "domain/StageKeys.h"
#include "scoring/PairDraw.h"

namespace {

// Roster places (see ExampleWorkshop::create).
enum Person { Ana, Malik, Jun, Priya, Tomas, Leah, Sam };

// With seven people this seed draws Ana with Priya, Malik with Jun, and Tomás, Leah and Sam
// as the trio; the pair candidates below are written for those groups.
constexpr quint64 PairSeed = 185;

using Tr = ExampleBuilder;

// The stored pair group that seats `person`; 0 when the draw did not happen.
qint64 pairOf(const ExampleBuilder& b, int person) {
    for (const PairGroupRecord& group : b.store.pairGroups(b.workshopId))
        if (group.members.contains(b.people.value(person)))
            return group.id;
    return 0;
}

void drawPairs(ExampleBuilder& b) {
    if (!b.ok)
        return;
    QList<PairGroupRecord> records;
    for (const PairGroup& group : PairDraw::draw(b.people, PairSeed))
        records.append({0, b.workshopId, int(records.size()), group});
    b.ok = b.store.setPairing(b.workshopId, records, PairSeed);
}

} // namespace

namespace ExampleDraft {

void fill(ExampleBuilder& b) {
    // Silent brainstorm: every person's cards, written with the template.
    const qint64 cooked =
        b.candidate(Ana, CandidateKind::Own, Tr::tr("Meals cooked per week"),
                    Tr::tr("Harvest Box meals marked as cooked in a 7-day week."),
                    Tr::tr("households cooking our recipes on weeknights"),
                    Tr::tr("recipes marked as cooked in the app, per week"), {}, 0, 0);
    const qint64 active =
        b.candidate(Malik, CandidateKind::Own, Tr::tr("Weekly active subscribers"),
                    Tr::tr("Subscribers who open the app at least once in a week."),
                    Tr::tr("subscribers coming back to the app every week"),
                    Tr::tr("unique app opens per subscriber and week"), {}, 0, 1);
    const qint64 onTime = b.candidate(
        Jun, CandidateKind::Own, Tr::tr("Boxes delivered complete and on time"),
        Tr::tr("Share of boxes with every ingredient, in the promised slot."),
        Tr::tr("customers trusting the box to arrive ready to cook"),
        Tr::tr("delivery scans against the promised slot and packing checks"), {}, 0, 2);
    const qint64 minutes =
        b.candidate(Jun, CandidateKind::Own, Tr::tr("Minutes from doorstep to table"),
                    Tr::tr("Median minutes between delivery and the first meal marked as cooked."),
                    Tr::tr("people cooking the box soon after it arrives"),
                    Tr::tr("delivery time and the first 'cooked' tap"), {}, 0, 3);
    const qint64 habit = b.candidate(
        Priya, CandidateKind::Own, Tr::tr("Households cooking 3+ meals a week"),
        Tr::tr("Share of active households that cook at least three of our meals in a 7-day "
               "week."),
        Tr::tr("cooking at home several times a week"),
        Tr::tr("cooked-recipe events per household per week"), {}, 0, 4);
    const qint64 revenue =
        b.candidate(Tomas, CandidateKind::Own, Tr::tr("Monthly recurring revenue"),
                    Tr::tr("Subscription revenue booked per calendar month."),
                    Tr::tr("households staying subscribed month after month"),
                    Tr::tr("billing data, per month"), {}, 0, 5);
    const qint64 ratings =
        b.candidate(Leah, CandidateKind::Own, Tr::tr("Recipes rated 4 stars or more"),
                    Tr::tr("Share of rated recipes with 4 or 5 stars, per month."),
                    Tr::tr("customers loving what they cook"),
                    Tr::tr("star ratings given in the app after cooking"), {}, 0, 6);
    const qint64 reorders =
        b.candidate(Sam, CandidateKind::Own, Tr::tr("Households reordering after the first box"),
                    Tr::tr("Share of new households that order a second box within 14 days."),
                    Tr::tr("new customers coming back for a second box"),
                    Tr::tr("second orders within 14 days of the first delivery"), {}, 0, 7);
    b.reveal(QString(StageKeys::Silent));

    // Pair and share: the draw, then what each pair kept.
    drawPairs(b);
    const qint64 chosen = b.candidate(
        -1, CandidateKind::Pair, Tr::tr("Weekly cooked meals per active household"),
        Tr::tr("Meals marked as cooked in a week, divided by active households that week."),
        Tr::tr("households making our meals a weekly habit"),
        Tr::tr("cooked-recipe events per active household per week"), {cooked, habit},
        pairOf(b, Ana), 0);
    const qint64 boxes = b.candidate(
        -1, CandidateKind::Pair, Tr::tr("Boxes fully cooked before the next delivery"),
        Tr::tr("Share of delivered boxes where every meal is marked as cooked before the next "
               "box arrives."),
        Tr::tr("every meal in the box turning into dinner"),
        Tr::tr("cooked taps per box against the next delivery date"), {onTime, minutes},
        pairOf(b, Jun), 1);
    const qint64 steady = b.candidate(
        -1, CandidateKind::Pair, Tr::tr("Households ordering 3 of the last 4 weeks"),
        Tr::tr("Active households with a delivered box in at least three of the last four "
               "weeks."),
        Tr::tr("households keeping the box in their weekly routine"),
        Tr::tr("delivered boxes per household over a rolling four weeks"), {revenue, reorders},
        pairOf(b, Tomas), 2);

    // Share and score: the room's consensus on the checklist, and one card set aside.
    b.check(chosen, {2, 2, 2, 2, 2, 2, 2});
    b.check(boxes, {2, 1, 2, 2, 1, 2, 2});
    b.check(steady, {1, 2, 2, 1, 2, 2, 1});
    b.check(ratings, {1, 1, 1, 1, 2, 2, 1});
    b.check(active, {0, 1, 1, 1, 2, 2, 0});
    b.eliminate(active, Tr::tr("Vanity: opening the app is not the value; cooking dinner is."));

    // Decide: every survivor scored in the matrix, then three dots each (at most two on one
    // candidate); both stages were revealed to the room.
    b.matrix({{chosen, {5, 4, 4, 5}},
              {boxes, {4, 3, 4, 3}},
              {steady, {3, 5, 3, 4}},
              {ratings, {4, 2, 3, 4}}});
    b.dots({{Ana, {{chosen, 2}, {boxes, 1}}},
            {Malik, {{boxes, 2}, {chosen, 1}}},
            {Jun, {{chosen, 2}, {ratings, 1}}},
            {Priya, {{chosen, 2}, {steady, 1}}},
            {Tomas, {{steady, 2}, {chosen, 1}}},
            {Leah, {{ratings, 2}, {chosen, 1}}},
            {Sam, {{chosen, 2}, {steady, 1}}}});
    b.reveal(QString(StageKeys::Decide));

    // Converge: the chosen North Star, its inputs, and what is still open.
    if (b.ok)
        b.ok = b.store.setNorthStar(b.workshopId, chosen);
    b.input(chosen, InputPattern::Breadth, Tr::tr("Cooking households"),
            Tr::tr("Share of active households that mark at least one meal as cooked in the "
                   "week."),
            Tr::tr("Growth team"), 0);
    b.input(chosen, InputPattern::Depth, Tr::tr("Meals cooked per box"),
            Tr::tr("Meals marked as cooked divided by meals delivered, per household and week."),
            Tr::tr("Menu team"), 1);
    b.input(chosen, InputPattern::Frequency, Tr::tr("Weeks ordered per quarter"),
            Tr::tr("Weeks with a delivered box per active household over a 13-week quarter."),
            Tr::tr("Lifecycle team"), 2);
    b.input(chosen, InputPattern::Efficiency, Tr::tr("Complete, on-time boxes"),
            Tr::tr("Share of boxes delivered in the promised slot with every ingredient."),
            Tr::tr("Operations"), 3);

    const auto workshop = b.store.workshop(b.workshopId);
    const QDate day = workshop ? workshop->createdAt.date() : QDate();
    const auto after = [&day](int days) { return day.isValid() ? day.addDays(days) : QDate(); };
    b.followUp(FollowUpKind::OpenQuestion,
               Tr::tr("Do households mark meals as cooked reliably enough to count them?"),
               Tr::tr("Priya Nair"), after(14), 0);
    b.followUp(FollowUpKind::OpenQuestion,
               Tr::tr("How strongly do holidays and summer weeks pull the number down?"),
               Tr::tr("Tomás Díaz"), after(28), 1);
    b.followUp(FollowUpKind::OpenQuestion,
               Tr::tr("Should paused subscriptions count as active households?"),
               Tr::tr("Ana Ribeiro"), after(14), 2);
    b.followUp(FollowUpKind::NextStep,
               Tr::tr("Put a 'cooked' button on every recipe card in the app"),
               Tr::tr("Malik Osei"), after(10), 3);
    b.followUp(FollowUpKind::NextStep,
               Tr::tr("Build a first dashboard: the North Star and its four inputs"),
               Tr::tr("Priya Nair"), after(21), 4);
    b.followUp(FollowUpKind::NextStep,
               Tr::tr("Share the North Star and its inputs at the all-hands"),
               Tr::tr("Ana Ribeiro"), after(7), 5);
}

} // namespace ExampleDraft
