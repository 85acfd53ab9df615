#include "HostileWorkshop.h"

#include "scoring/ChecklistTally.h"
#include "scoring/DecisionMatrix.h"
#include "storage/WorkshopStore.h"

namespace HostileWorkshop {

QStringList roster() {
    return {QStringLiteral("Émile <b>Dupont</b>"),
            QStringLiteral("محمد علي"),
            QStringLiteral("李雷"),
            QStringLiteral("Zoë \"Z\" O'Brien"),
            QStringLiteral("Ana 🚀 Ribeiro"),
            QStringLiteral("<i>Kim</i> & Lee"),
            QStringLiteral("Dana דנה <u>Levi</u>")};
}

QStringList markupFragments() {
    return {QStringLiteral("<b>"), QStringLiteral("<i>"), QStringLiteral("<u>"),
            QStringLiteral("<h1>"), QStringLiteral("<s>")};
}

WorkshopDocument document() {
    constexpr qint64 W = 1;
    WorkshopDocument doc;
    Workshop& w = doc.workshop;
    w.id = W;
    w.title = QStringLiteral("<h1>Réunion</h1> 北极星 — “quotes” & 'more'");
    w.product = QStringLiteral("<b>Meal</b> kits 🍲");
    w.facilitator = QStringLiteral("Fran <i>Facilitator</i>");
    w.vision = QStringLiteral("<b>Every</b> household cooks — كل بيت يطبخ");
    w.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    w.updatedAt = w.createdAt;
    w.currentStage = QStringLiteral("draft.converge");
    w.game = Game::Transaction;
    w.gameRationale = QStringLiteral("<b>Orders</b> are the value — الطلبات");
    w.valueExchange = QStringLiteral("The <i>kit</i> arrives 📦");
    w.guardrailName = QStringLiteral("<b>Refunds</b> per 1,000 orders");
    w.guardrailDefinition = QStringLiteral("Refunds <s>stay</s> under 2 % — محمد");
    w.status = WorkshopStatus::Running;
    const QStringList names = roster();
    for (int i = 0; i < names.size(); ++i)
        doc.participants.append({100 + i, W, names.at(i),
                                 i % 2 ? QStringLiteral("engineering") : QStringLiteral("product"),
                                 i});
    StageState silent;
    silent.workshopId = W;
    silent.stageKey = QStringLiteral("draft.silent");
    silent.revealed = true;
    silent.notes = QStringLiteral("<b>notes</b> محمد");
    doc.stages.append(silent);
    doc.customStages.append(
        {W, QStringLiteral("custom.1"), QStringLiteral("<b>Break</b> — استراحة"),
         QStringLiteral("<i>Stretch</i> 🧘 — 伸展"), QStringLiteral("warmup"), 5});
    doc.questionNotes.insert(QStringLiteral("why"), QStringLiteral("<b>Why</b> 为什么"));
    doc.gameTally.insert(Game::Transaction, 5);

    // Silent cards: one per person, named after them.
    qint64 next = 1000;
    for (int i = 0; i < names.size(); ++i) {
        Candidate c;
        c.id = next++;
        c.workshopId = W;
        c.authorId = 100 + i;
        c.kind = CandidateKind::Own;
        c.name = QStringLiteral("<b>Weekly</b> cooks of %1").arg(names.at(i));
        c.behaviour = QStringLiteral("cooking <i>at home</i> — الطبخ");
        c.measure = QStringLiteral("kits cooked per week “x” 🚀");
        c.definition = QStringLiteral("<u>Households</u> who cook %1 kits").arg(i + 2);
        c.position = i;
        doc.candidates.append(c);
    }
    // Pairs: (0,1), (2,3), (4,5,6); each writes one candidate from its first member's card.
    const QList<QList<int>> pairs = {{0, 1}, {2, 3}, {4, 5, 6}};
    QList<qint64> pairCandidates;
    for (int p = 0; p < pairs.size(); ++p) {
        PairGroupRecord group;
        group.id = 200 + p;
        group.workshopId = W;
        group.position = p;
        for (int member : pairs.at(p))
            group.members << 100 + member;
        doc.pairGroups.append(group);
        Candidate c;
        c.id = next++;
        c.workshopId = W;
        c.kind = CandidateKind::Pair;
        c.pairId = group.id;
        c.name = QStringLiteral("<b>Pair</b> %1 — 成对 محمد").arg(p + 1);
        c.behaviour = QStringLiteral("cooking <i>again</i>");
        c.measure = QStringLiteral("second kits in 30 days");
        c.definition = QStringLiteral("<b>Second</b> kits 🚀");
        c.mergedFrom = {1000 + pairs.at(p).first()};
        c.position = int(names.size()) + p;
        doc.candidates.append(c);
        pairCandidates << c.id;
    }
    // The room's own North Star, from the first pair's candidate.
    Candidate star;
    star.id = next++;
    star.workshopId = W;
    star.kind = CandidateKind::Room;
    star.name = QStringLiteral("<b>Weekly</b> cooked meals — وجبات 🍲");
    star.definition = QStringLiteral("Meals <i>cooked</i> per active household, per week");
    star.mergedFrom = {pairCandidates.first()};
    star.position = int(names.size()) + 3;
    doc.candidates.append(star);
    w.northStarId = star.id;
    const QStringList inputNames = {QStringLiteral("<b>Households</b> ordering"),
                                    QStringLiteral("Kits per household — طقم"),
                                    QStringLiteral("Weeks with a kit 📦")};
    for (int i = 0; i < inputNames.size(); ++i)
        doc.inputs[star.id].append({3000 + i, star.id, inputNames.at(i),
                                    QStringLiteral("How <i>%1</i> is counted").arg(i),
                                    InputPattern(i), names.at(i), i});

    // Terrible North Stars, each breaking a checklist point.
    const QStringList keys = ChecklistTally::standardCriteria();
    for (int i = 0; i < 3; ++i) {
        Candidate anti;
        anti.id = next++;
        anti.workshopId = W;
        anti.kind = CandidateKind::AntiExample;
        anti.name = QStringLiteral("<b>Page</b> views ×%1 — مشاهدات").arg(i + 1);
        anti.breaksCriterion = keys.at(i % keys.size());
        anti.position = i;
        doc.candidates.append(anti);
    }
    // Warm-up: two groups with worksheets.
    for (int g = 0; g < 2; ++g) {
        Candidate sheet;
        sheet.id = next++;
        sheet.workshopId = W;
        sheet.kind = CandidateKind::WarmUp;
        sheet.name = QStringLiteral("<b>Tables</b> booked — حجز %1").arg(g + 1);
        sheet.definition = QStringLiteral("Bookings <i>kept</i>");
        sheet.position = g;
        doc.candidates.append(sheet);
        doc.inputs[sheet.id].append({3100 + g, sheet.id, QStringLiteral("<b>Diners</b> 食客"),
                                     QString(), InputPattern::Breadth, QString(), 0});
        WarmUpGroup group;
        group.id = 300 + g;
        group.workshopId = W;
        group.name = QStringLiteral("<b>Group</b> %1 — مجموعة").arg(g + 1);
        group.game = Game::Transaction;
        group.candidateId = sheet.id;
        group.position = g;
        for (int i = g; i < names.size(); i += 2)
            group.members << 100 + i;
        doc.warmUpGroups.append(group);
    }

    // Scores: the checklist for every pair candidate and the North Star, the matrix for the
    // same, and two dots from everybody (the vote stays open).
    QList<qint64> scored = pairCandidates;
    scored << star.id;
    for (int c = 0; c < scored.size(); ++c)
        for (int k = 0; k < keys.size(); ++k)
            doc.checklistScores.append({scored.at(c), keys.at(k), 0, ChecklistAnswer((c + k) % 3)});
    for (const MatrixCriterion& standard : DecisionMatrix::standardCriteria()) {
        MatrixCriterion criterion = standard;
        criterion.id = 500 + standard.position;
        criterion.workshopId = W;
        doc.matrixCriteria.append(criterion);
    }
    MatrixCriterion own;
    own.id = 600;
    own.workshopId = W;
    own.name = QStringLiteral("<b>Fits</b> our vision — رؤية");
    own.weight = 3;
    own.position = int(doc.matrixCriteria.size());
    doc.matrixCriteria.append(own);
    for (int c = 0; c < scored.size(); ++c)
        for (const MatrixCriterion& m : std::as_const(doc.matrixCriteria))
            doc.matrixScores.append({m.id, scored.at(c), 1 + (c + int(m.id)) % 5});
    for (int p = 0; p < names.size(); ++p)
        doc.votes.append({100 + p, scored.at(p % scored.size()), p == 0 ? 1 : 2});

    for (int i = 0; i < 2; ++i)
        doc.followUps.append({4000 + i, W, i ? FollowUpKind::NextStep : FollowUpKind::OpenQuestion,
                              QStringLiteral("<b>Check</b> the data — البيانات %1").arg(i + 1),
                              names.at(i), QDate(2026, 4, 1 + i), i});
    return doc;
}

std::optional<qint64> create(WorkshopStore& store) {
    return store.importWorkshop(document());
}

} // namespace HostileWorkshop
