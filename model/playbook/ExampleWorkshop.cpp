#include "ExampleWorkshop.h"
#include "domain/StageKeys.h"

#include "ExampleBuilder.h"
#include "storage/WorkshopStore.h"

namespace {
class ExampleWorkshopText {
    Q_DECLARE_TR_FUNCTIONS(ExampleWorkshop)
};
} // namespace

namespace ExampleWorkshop {

std::optional<qint64> create(WorkshopStore& store) {
    Workshop header;
    header.title = ExampleWorkshopText::tr("Harvest Box North Star (example)");
    header.product = ExampleWorkshopText::tr("Harvest Box meal kits");
    header.facilitator = ExampleWorkshopText::tr("Morgan Blake");
    header.vision = ExampleWorkshopText::tr(
        "For busy households who want to eat well at home, Harvest Box is a "
        "weekly meal-kit subscription that turns thirty minutes into a proper "
        "dinner. Unlike takeaway, our meals are cooked together and cost less.");
    header.agendaMinutes = 120;
    const QList<Participant> roster = {
        {0, 0, ExampleWorkshopText::tr("Ana Ribeiro"), ExampleWorkshopText::tr("product"), 0},
        {0, 0, ExampleWorkshopText::tr("Malik Osei"), ExampleWorkshopText::tr("engineering"), 1},
        {0, 0, ExampleWorkshopText::tr("Jun Park"), ExampleWorkshopText::tr("design"), 2},
        {0, 0, ExampleWorkshopText::tr("Priya Nair"), ExampleWorkshopText::tr("analytics"), 3},
        {0, 0, ExampleWorkshopText::tr("Tomás Díaz"), ExampleWorkshopText::tr("finance"), 4},
        {0, 0, ExampleWorkshopText::tr("Leah Cohen"), ExampleWorkshopText::tr("marketing"), 5},
        {0, 0, ExampleWorkshopText::tr("Sam Whitfield"), ExampleWorkshopText::tr("sales"), 6},
    };
    const auto id = store.createWorkshop(header, roster);
    if (!id)
        return std::nullopt;

    ExampleBuilder b{store, *id, true, {}};
    for (const Participant& p : store.participants(*id))
        b.people.append(p.id);

    b.stage(QString(StageKeys::Opening), 17,
            ExampleWorkshopText::tr(
                "Finance worries the metric will be used in performance reviews: it will not. "
                "Sales asked whether retention is the real goal."));
    b.stage(QString(StageKeys::Game), 14,
            ExampleWorkshopText::tr(
                "Show of hands: transaction 5, productivity 2. Value arrives when the box "
                "becomes dinner, not when the card is charged."));
    b.stage(QString(StageKeys::GoodBad), 15, {});
    b.stage(QString(StageKeys::Structure), 12, {});
    b.stage(QString(StageKeys::WarmUp), 16, {});
    b.stage(QString(StageKeys::Silent), 10, {});
    b.stage(QString(StageKeys::Pairs), 11, {});
    b.stage(QString(StageKeys::Score), 12, {});
    b.stage(QString(StageKeys::Decide), 9, {});
    b.stage(QString(StageKeys::Converge), 6,
            ExampleWorkshopText::tr("Agreed to revisit after one quarter of data."));

    // Block 1: what the room said to the opening questions.
    b.note(QStringLiteral("why"),
           ExampleWorkshopText::tr("Three different answers: growth has stalled, teams pull "
                                   "in different directions, the board wants one number."));
    b.note(QStringLiteral("impact"),
           ExampleWorkshopText::tr(
               "More households cooking with us every week, fewer skipped boxes."));
    b.note(
        QStringLiteral("money"),
        ExampleWorkshopText::tr("Nobody could trace last quarter's recipe filters to retention."));
    if (b.ok)
        b.ok = store.setStageFocus(*id, QString(StageKeys::Opening), 4);

    // Block 2: the show of hands.
    if (b.ok)
        b.ok = store.setGameHands(*id, Game::Transaction, 5) &&
               store.setGameHands(*id, Game::Productivity, 2);

    // Block 3: deliberately terrible North Stars, each with the point it breaks.
    b.tag(b.candidate(
              -1, CandidateKind::AntiExample, ExampleWorkshopText::tr("Boxes shipped"),
              ExampleWorkshopText::tr("Every box that leaves the warehouse, cooked or binned.")),
          QStringLiteral("value"));
    b.tag(b.candidate(-1, CandidateKind::AntiExample,
                      ExampleWorkshopText::tr("Likes on our recipe posts"),
                      ExampleWorkshopText::tr("Social media likes across all channels.")),
          QStringLiteral("not_vanity"));
    b.tag(b.candidate(
              -1, CandidateKind::AntiExample, ExampleWorkshopText::tr("Minutes spent in the app"),
              ExampleWorkshopText::tr("Longer is not better when people want dinner fast.")),
          QStringLiteral("vision"));
    b.tag(b.candidate(-1, CandidateKind::AntiExample, ExampleWorkshopText::tr("Quarterly revenue"),
                      ExampleWorkshopText::tr("Arrives months after the dinners that earned it.")),
          QStringLiteral("leading"));

    // Block 5: the warm-up on a restaurant-booking service, in two groups.
    const qint64 warmup =
        b.candidate(-1, CandidateKind::WarmUp, ExampleWorkshopText::tr("Seated diners per month"),
                    ExampleWorkshopText::tr("Diners who arrive for a booking made through us, "
                                            "per calendar month."));
    b.input(warmup, InputPattern::Breadth, ExampleWorkshopText::tr("Diners who book"),
            ExampleWorkshopText::tr("Unique diners with a booking in the month."), {}, 0);
    b.input(warmup, InputPattern::Frequency, ExampleWorkshopText::tr("Bookings per diner"),
            ExampleWorkshopText::tr("Bookings per booking diner per month."), {}, 1);
    b.input(warmup, InputPattern::Efficiency, ExampleWorkshopText::tr("Show-up rate"),
            ExampleWorkshopText::tr("Share of bookings where the party arrives."), {}, 2);
    const qint64 warmup2 =
        b.candidate(-1, CandidateKind::WarmUp, ExampleWorkshopText::tr("Fully booked evenings"),
                    ExampleWorkshopText::tr("Restaurant evenings where every table was booked "
                                            "through us, per week."));
    b.input(warmup2, InputPattern::Breadth, ExampleWorkshopText::tr("Restaurants on the platform"),
            ExampleWorkshopText::tr("Restaurants with at least one bookable table this week."), {},
            0);
    b.input(warmup2, InputPattern::Depth, ExampleWorkshopText::tr("Tables booked per evening"),
            ExampleWorkshopText::tr("Booked tables per restaurant per open evening."), {}, 1);
    b.input(warmup2, InputPattern::Frequency, ExampleWorkshopText::tr("Repeat diners"),
            ExampleWorkshopText::tr("Diners booking again within 60 days."), {}, 2);
    b.input(warmup2, InputPattern::Efficiency,
            ExampleWorkshopText::tr("Seats filled from cancellations"),
            ExampleWorkshopText::tr("Share of cancelled tables rebooked the same day."), {}, 3);
    b.group(ExampleWorkshopText::tr("Window table"), Game::Transaction, {0, 2, 4, 6}, warmup, 0);
    b.group(ExampleWorkshopText::tr("Chef's counter"), Game::Transaction, {1, 3, 5}, warmup2, 1);

    // Block 6: from silent cards to the chosen North Star.
    ExampleDraft::fill(b);

    if (b.ok) {
        auto workshop = store.workshop(*id);
        b.ok = workshop.has_value();
        if (b.ok) {
            workshop->game = Game::Transaction;
            workshop->gameRationale =
                ExampleWorkshopText::tr("Customers get value when a box becomes dinner; we win "
                                        "when they keep ordering and cooking with us.");
            workshop->valueExchange =
                ExampleWorkshopText::tr("The evening the box turns into dinner on the table.");
            workshop->guardrailName = ExampleWorkshopText::tr("Average recipe rating");
            workshop->guardrailDefinition =
                ExampleWorkshopText::tr("Mean star rating of cooked recipes over 28 days; "
                                        "must not fall below 4.2.");
            workshop->currentStage = QString(StageKeys::Converge);
            workshop->status = WorkshopStatus::Finished;
            b.ok = store.updateWorkshop(*workshop);
        }
    }
    if (!b.ok) {
        store.deleteWorkshop(*id); // keeps lastError(): the reason the example failed
        return std::nullopt;
    }
    return id;
}

} // namespace ExampleWorkshop
