#include "ExampleWorkshop.h"

#include "storage/WorkshopStore.h"

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ExampleWorkshop", text);
}

struct Builder {
    WorkshopStore& store;
    qint64 workshopId = 0;
    bool ok = true;
    QList<qint64> people;

    qint64 candidate(int author, CandidateKind kind, const QString& name, const QString& definition,
                     const QString& behaviour = {}, const QString& measure = {},
                     const QList<qint64>& sources = {}) {
        if (!ok)
            return 0;
        Candidate c;
        c.workshopId = workshopId;
        c.authorId = author >= 0 ? people.value(author) : 0;
        c.kind = kind;
        c.name = name;
        c.definition = definition;
        c.behaviour = behaviour;
        c.measure = measure;
        c.mergedFrom = sources;
        const auto id = store.addCandidate(c);
        ok = id.has_value();
        return id.value_or(0);
    }

    void input(qint64 candidateId, InputPattern pattern, const QString& name,
               const QString& definition, const QString& owner, int position) {
        if (ok)
            ok = store.addInput({0, candidateId, name, definition, pattern, owner, position})
                     .has_value();
    }

    void eliminate(qint64 candidateId, const QString& reason) {
        if (!ok)
            return;
        auto c = store.candidate(candidateId);
        ok = c.has_value();
        if (!ok)
            return;
        c->status = CandidateStatus::Eliminated;
        c->eliminationReason = reason;
        ok = store.updateCandidate(*c);
    }

    void check(qint64 candidateId, const QList<int>& answers) {
        static const QStringList criteria = {
            QStringLiteral("value"),          QStringLiteral("vision"),
            QStringLiteral("leading"),        QStringLiteral("actionable"),
            QStringLiteral("understandable"), QStringLiteral("measurable"),
            QStringLiteral("not_vanity")};
        for (int i = 0; ok && i < criteria.size() && i < answers.size(); ++i)
            ok = store.setChecklistScore(
                {candidateId, criteria.at(i), 0, static_cast<ChecklistAnswer>(answers.at(i))});
    }

    void tag(qint64 candidateId, const QString& criterion) {
        if (!ok)
            return;
        auto c = store.candidate(candidateId);
        ok = c.has_value();
        if (!ok)
            return;
        c->breaksCriterion = criterion;
        ok = store.updateCandidate(*c);
    }

    void note(const QString& questionKey, const QString& text) {
        if (ok)
            ok = store.setQuestionNote(workshopId, questionKey, text);
    }

    void group(const QString& name, Game game, const QList<int>& members, qint64 worksheet,
               int position) {
        if (!ok)
            return;
        WarmUpGroup g;
        g.workshopId = workshopId;
        g.name = name;
        g.game = game;
        g.candidateId = worksheet;
        g.position = position;
        for (int member : members)
            g.members.append(people.value(member));
        ok = store.addWarmUpGroup(g).has_value();
    }

    void stage(const QString& key, int minutesSpent, const QString& notes) {
        if (ok)
            ok = store.setStageElapsed(workshopId, key, qint64(minutesSpent) * 60'000);
        if (ok && !notes.isEmpty())
            ok = store.setStageNotes(workshopId, key, notes);
    }
};

} // namespace

namespace ExampleWorkshop {

std::optional<qint64> create(WorkshopStore& store) {
    Workshop header;
    header.title = tr("Harvest Box North Star (example)");
    header.product = tr("Harvest Box meal kits");
    header.facilitator = tr("Morgan Blake");
    header.vision = tr("For busy households who want to eat well at home, Harvest Box is a "
                       "weekly meal-kit subscription that turns thirty minutes into a proper "
                       "dinner. Unlike takeaway, our meals are cooked together and cost less.");
    header.agendaMinutes = 120;
    const QList<Participant> roster = {
        {0, 0, tr("Ana Ribeiro"), tr("product"), 0}, {0, 0, tr("Malik Osei"), tr("engineering"), 1},
        {0, 0, tr("Jun Park"), tr("design"), 2},     {0, 0, tr("Priya Nair"), tr("analytics"), 3},
        {0, 0, tr("Tomás Díaz"), tr("finance"), 4},  {0, 0, tr("Leah Cohen"), tr("marketing"), 5},
        {0, 0, tr("Sam Whitfield"), tr("sales"), 6},
    };
    const auto id = store.createWorkshop(header, roster);
    if (!id)
        return std::nullopt;

    Builder b{store, *id, true, {}};
    for (const Participant& p : store.participants(*id))
        b.people.append(p.id);

    b.stage(QStringLiteral("opening"), 17,
            tr("Finance worries the metric will be used in performance reviews: it will not. "
               "Sales asked whether retention is the real goal."));
    b.stage(QStringLiteral("game"), 14,
            tr("Show of hands: transaction 5, productivity 2. Value arrives when the box "
               "becomes dinner, not when the card is charged."));
    b.stage(QStringLiteral("goodbad"), 15, {});
    b.stage(QStringLiteral("structure"), 12, {});
    b.stage(QStringLiteral("warmup"), 16, {});
    b.stage(QStringLiteral("draft.silent"), 10, {});
    b.stage(QStringLiteral("draft.pairs"), 11, {});
    b.stage(QStringLiteral("draft.score"), 12, {});
    b.stage(QStringLiteral("draft.decide"), 9, {});
    b.stage(QStringLiteral("draft.converge"), 6,
            tr("Agreed to revisit after one quarter of data."));

    // Block 1: what the room said to the opening questions.
    b.note(QStringLiteral("why"), tr("Three different answers: growth has stalled, teams pull "
                                     "in different directions, the board wants one number."));
    b.note(QStringLiteral("impact"),
           tr("More households cooking with us every week, fewer skipped boxes."));
    b.note(QStringLiteral("money"),
           tr("Nobody could trace last quarter's recipe filters to retention."));
    if (b.ok)
        b.ok = store.setStageFocus(*id, QStringLiteral("opening"), 4);

    // Block 2: the show of hands.
    if (b.ok)
        b.ok = store.setGameHands(*id, Game::Transaction, 5) &&
               store.setGameHands(*id, Game::Productivity, 2);

    // Block 3: deliberately terrible North Stars, each with the point it breaks.
    b.tag(b.candidate(-1, CandidateKind::AntiExample, tr("Boxes shipped"),
                      tr("Every box that leaves the warehouse, cooked or binned.")),
          QStringLiteral("value"));
    b.tag(b.candidate(-1, CandidateKind::AntiExample, tr("Likes on our recipe posts"),
                      tr("Social media likes across all channels.")),
          QStringLiteral("not_vanity"));
    b.tag(b.candidate(-1, CandidateKind::AntiExample, tr("Minutes spent in the app"),
                      tr("Longer is not better when people want dinner fast.")),
          QStringLiteral("vision"));
    b.tag(b.candidate(-1, CandidateKind::AntiExample, tr("Quarterly revenue"),
                      tr("Arrives months after the dinners that earned it.")),
          QStringLiteral("leading"));

    // Block 5: the warm-up on a restaurant-booking service, in two groups.
    const qint64 warmup = b.candidate(-1, CandidateKind::WarmUp, tr("Seated diners per month"),
                                      tr("Diners who arrive for a booking made through us, "
                                         "per calendar month."));
    b.input(warmup, InputPattern::Breadth, tr("Diners who book"),
            tr("Unique diners with a booking in the month."), {}, 0);
    b.input(warmup, InputPattern::Frequency, tr("Bookings per diner"),
            tr("Bookings per booking diner per month."), {}, 1);
    b.input(warmup, InputPattern::Efficiency, tr("Show-up rate"),
            tr("Share of bookings where the party arrives."), {}, 2);
    const qint64 warmup2 = b.candidate(-1, CandidateKind::WarmUp, tr("Fully booked evenings"),
                                       tr("Restaurant evenings where every table was booked "
                                          "through us, per week."));
    b.input(warmup2, InputPattern::Breadth, tr("Restaurants on the platform"),
            tr("Restaurants with at least one bookable table this week."), {}, 0);
    b.input(warmup2, InputPattern::Depth, tr("Tables booked per evening"),
            tr("Booked tables per restaurant per open evening."), {}, 1);
    b.input(warmup2, InputPattern::Frequency, tr("Repeat diners"),
            tr("Diners booking again within 60 days."), {}, 2);
    b.input(warmup2, InputPattern::Efficiency, tr("Seats filled from cancellations"),
            tr("Share of cancelled tables rebooked the same day."), {}, 3);
    b.group(tr("Window table"), Game::Transaction, {0, 2, 4, 6}, warmup, 0);
    b.group(tr("Chef's counter"), Game::Transaction, {1, 3, 5}, warmup2, 1);

    // Block 6: silent brainstorm, one or two cards each.
    const qint64 cooked = b.candidate(0, CandidateKind::Own, tr("Meals cooked per week"), {},
                                      tr("households cooking our recipes on weeknights"),
                                      tr("recipes marked as cooked in the app"));
    const qint64 active = b.candidate(1, CandidateKind::Own, tr("Weekly active subscribers"),
                                      tr("Subscribers who open the app in a week."));
    const qint64 onTime =
        b.candidate(2, CandidateKind::Own, tr("Boxes delivered complete and on time"),
                    tr("Share of boxes with every ingredient, in the promised slot."));
    const qint64 habit =
        b.candidate(3, CandidateKind::Own, tr("Households cooking 3+ meals a week"),
                    tr("Share of active households that cook at least three of "
                       "our meals in a 7-day week."),
                    tr("cooking at home several times a week"),
                    tr("cooked-recipe events per household per week"));
    const qint64 mrr = b.candidate(4, CandidateKind::Own, tr("Monthly recurring revenue"),
                                   tr("Subscription revenue per month."));
    const qint64 ratings = b.candidate(5, CandidateKind::Own, tr("Recipes rated 4 stars or more"),
                                       tr("Share of rated recipes with 4 or 5 stars, per month."));
    const qint64 downloads =
        b.candidate(6, CandidateKind::Own, tr("App downloads"), tr("New installs per week."));

    // Pair and share: two originals merged into the candidate the room later chose.
    const qint64 chosen = b.candidate(
        -1, CandidateKind::Own, tr("Weekly home-cooked meals"),
        tr("Harvest Box meals that households mark as cooked within a 7-day week, summed over "
           "all active households."),
        tr("households making our meals a weekly habit"), tr("cooked-recipe events per week"),
        {cooked, habit});
    b.input(chosen, InputPattern::Breadth, tr("Cooking households"),
            tr("Active households that cook at least one meal in the week."), tr("Growth team"), 0);
    b.input(chosen, InputPattern::Depth, tr("Meals cooked per box"),
            tr("Cooked meals divided by meals delivered, per household and week."), tr("Menu team"),
            1);
    b.input(chosen, InputPattern::Frequency, tr("Weeks ordered per quarter"),
            tr("Weeks with a delivered box per household in a 13-week quarter."),
            tr("Lifecycle team"), 2);
    b.input(chosen, InputPattern::Efficiency, tr("Complete, on-time boxes"),
            tr("Share of boxes with every ingredient, in the promised slot."), tr("Operations"), 3);

    // Share and score.
    b.check(chosen, {2, 2, 2, 2, 2, 2, 2});
    b.check(habit, {2, 2, 2, 2, 1, 2, 2});
    b.check(onTime, {1, 1, 1, 2, 2, 2, 2});
    b.check(active, {0, 1, 1, 1, 2, 2, 0});
    b.check(mrr, {0, 1, 0, 1, 2, 2, 1});
    b.eliminate(mrr, tr("Lagging: it reports results after the fact."));
    b.eliminate(downloads, tr("Vanity: downloads say nothing about dinners cooked."));
    b.eliminate(active, tr("Opening the app is not the value; cooking is."));

    // Decide: the decision matrix and the dot vote.
    const QList<std::pair<QString, int>> criteria = {{tr("Measures customer value"), 3},
                                                     {tr("Predicts revenue"), 2},
                                                     {tr("Actionable"), 2},
                                                     {tr("Easy to understand"), 1}};
    QList<qint64> criterionIds;
    for (int i = 0; b.ok && i < criteria.size(); ++i) {
        const auto cid =
            store.addMatrixCriterion({0, *id, criteria[i].first, criteria[i].second, i});
        b.ok = cid.has_value();
        criterionIds.append(cid.value_or(0));
    }
    const QList<std::pair<qint64, QList<int>>> matrix = {{chosen, {5, 4, 4, 5}},
                                                         {habit, {5, 4, 4, 3}},
                                                         {onTime, {3, 3, 5, 5}},
                                                         {ratings, {4, 2, 3, 4}}};
    for (const auto& [candidateId, values] : matrix)
        for (int i = 0; b.ok && i < values.size(); ++i)
            b.ok = store.setMatrixScore({criterionIds.value(i), candidateId, values[i]});
    const QList<std::pair<int, QList<std::pair<qint64, int>>>> dots = {
        {0, {{chosen, 2}, {habit, 1}}},   {1, {{chosen, 1}, {onTime, 2}}},
        {2, {{chosen, 2}, {ratings, 1}}}, {3, {{habit, 2}, {chosen, 1}}},
        {4, {{chosen, 2}, {onTime, 1}}},  {5, {{ratings, 2}, {chosen, 1}}},
        {6, {{onTime, 1}, {chosen, 2}}}};
    for (const auto& [person, choices] : dots)
        for (const auto& [candidateId, count] : choices)
            if (b.ok)
                b.ok = store.setVote({b.people.value(person), candidateId, count});

    // Converge.
    const QList<FollowUp> followUps = {
        {0,
         *id,
         FollowUpKind::OpenQuestion,
         tr("Do households mark meals as cooked reliably enough to count them?"),
         tr("Priya Nair"),
         {},
         0},
        {0,
         *id,
         FollowUpKind::OpenQuestion,
         tr("How strongly do holidays and summer weeks pull the number down?"),
         {},
         {},
         1},
        {0, *id, FollowUpKind::NextStep, tr("Instrument the 'cooked' button on every recipe card"),
         tr("Malik Osei"), QDate(2026, 12, 4), 2},
        {0, *id, FollowUpKind::NextStep, tr("Share the North Star and its inputs at the all-hands"),
         tr("Ana Ribeiro"), QDate(2026, 12, 11), 3},
    };
    for (const FollowUp& f : followUps)
        if (b.ok)
            b.ok = store.addFollowUp(f).has_value();

    if (b.ok) {
        auto workshop = store.workshop(*id);
        b.ok = workshop.has_value();
        if (b.ok) {
            workshop->game = Game::Transaction;
            workshop->gameRationale = tr("Customers get value when a box becomes dinner; we win "
                                         "when they keep ordering and cooking with us.");
            workshop->valueExchange = tr("The evening the box turns into dinner on the table.");
            workshop->northStarId = chosen;
            workshop->guardrailName = tr("Average recipe rating");
            workshop->guardrailDefinition = tr("Mean star rating of cooked recipes over 28 days; "
                                               "must not fall below 4.2.");
            workshop->currentStage = QStringLiteral("draft.converge");
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
