#include "DocumentCheck.h"
#include "DocumentChecker.h"

#include "ExchangeText.h"
#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

using namespace ImportLimits;
using DocumentChecker::at;
using DocumentChecker::Checker;

struct Ids {
    QSet<qint64> participants, candidates, pairs, warmUps, criteria;
};

void checkWorkshop(Checker& c, const WorkshopDocument& doc) {
    const Workshop& w = doc.workshop;
    c.range(QStringLiteral("workshop.id"), w.id, 1, MaxId);
    c.text(QStringLiteral("workshop.title"), w.title, S, true);
    c.text(QStringLiteral("workshop.product"), w.product, S);
    c.text(QStringLiteral("workshop.facilitator"), w.facilitator, S);
    c.text(QStringLiteral("workshop.vision"), w.vision, L);
    if (c.ok() && w.agendaMinutes != 60 && w.agendaMinutes != 90 && w.agendaMinutes != 120)
        c.fail(QStringLiteral("workshop.agendaMinutes"),
               ExchangeText::tr("expected 60, 90 or 120"));
    if (c.ok() && !w.createdAt.isValid())
        c.fail(QStringLiteral("workshop.createdAt"), ExchangeText::tr("expected a date and time"));
    if (c.ok() && !w.updatedAt.isValid())
        c.fail(QStringLiteral("workshop.updatedAt"), ExchangeText::tr("expected a date and time"));
    c.text(QStringLiteral("workshop.currentStage"), w.currentStage, S);
    c.text(QStringLiteral("workshop.gameRationale"), w.gameRationale, L);
    c.text(QStringLiteral("workshop.valueExchange"), w.valueExchange, L);
    c.text(QStringLiteral("workshop.guardrailName"), w.guardrailName, S);
    c.text(QStringLiteral("workshop.guardrailDefinition"), w.guardrailDefinition, L);
    c.range(QStringLiteral("workshop.dotsPerPerson"), w.dotsPerPerson, 1, MaxDots);
    c.range(QStringLiteral("workshop.maxDotsPerCandidate"), w.maxDotsPerCandidate, 1, MaxDots);
    c.text(QStringLiteral("workshop.changeNote"), doc.changeNote, L);
    if (doc.predecessor) {
        c.text(QStringLiteral("workshop.predecessor.title"), doc.predecessor->title, S, true);
        if (c.ok() && !doc.predecessor->createdAt.isValid())
            c.fail(QStringLiteral("workshop.predecessor.createdAt"),
                   ExchangeText::tr("expected a date and time"));
    }
}

void checkCounts(Checker& c, const WorkshopDocument& doc) {
    c.count("participants", doc.participants.size(), Participants);
    c.count("stages", doc.stages.size(), Stages);
    c.count("customStages", doc.customStages.size(), CustomStages);
    c.count("questionNotes", doc.questionNotes.size(), QuestionNotes);
    c.count("warmUpGroups", doc.warmUpGroups.size(), WarmUpGroups);
    c.count("pairGroups", doc.pairGroups.size(), PairGroups);
    c.count("candidates", doc.candidates.size(), Candidates);
    c.count("checklistScores", doc.checklistScores.size(), ChecklistScores);
    c.count("matrixCriteria", doc.matrixCriteria.size(), MatrixCriteria);
    c.count("matrixScores", doc.matrixScores.size(), MatrixScores);
    c.count("votes", doc.votes.size(), Votes);
    c.count("followUps", doc.followUps.size(), FollowUps);
    c.count("checkIns", doc.checkIns.size(), CheckIns);
}

// Ids first, so that references may point forwards (a group naming a later candidate).
void collectIds(Checker& c, const WorkshopDocument& doc, Ids& ids) {
    for (qsizetype i = 0; i < doc.participants.size(); ++i)
        c.unique(at("participants", i, "id"), doc.participants[i].id, ids.participants);
    for (qsizetype i = 0; i < doc.pairGroups.size(); ++i)
        c.unique(at("pairGroups", i, "id"), doc.pairGroups[i].id, ids.pairs);
    for (qsizetype i = 0; i < doc.warmUpGroups.size(); ++i)
        c.unique(at("warmUpGroups", i, "id"), doc.warmUpGroups[i].id, ids.warmUps);
    for (qsizetype i = 0; i < doc.candidates.size(); ++i)
        c.unique(at("candidates", i, "id"), doc.candidates[i].id, ids.candidates);
    for (qsizetype i = 0; i < doc.matrixCriteria.size(); ++i)
        c.unique(at("matrixCriteria", i, "id"), doc.matrixCriteria[i].id, ids.criteria);
    QSet<qint64> followUps;
    for (qsizetype i = 0; i < doc.followUps.size(); ++i)
        c.unique(at("followUps", i, "id"), doc.followUps[i].id, followUps);
    QSet<qint64> checkIns;
    for (qsizetype i = 0; i < doc.checkIns.size(); ++i)
        c.unique(at("checkIns", i, "id"), doc.checkIns[i].id, checkIns);
}

void checkPeopleAndStages(Checker& c, const WorkshopDocument& doc) {
    for (qsizetype i = 0; i < doc.participants.size() && c.ok(); ++i) {
        c.text(at("participants", i, "name"), doc.participants[i].name, S, true);
        c.text(at("participants", i, "discipline"), doc.participants[i].discipline, S);
    }
    QSet<QString> keys;
    for (qsizetype i = 0; i < doc.stages.size() && c.ok(); ++i) {
        const StageState& s = doc.stages[i];
        if (c.text(at("stages", i, "stageKey"), s.stageKey, S, true) && keys.contains(s.stageKey))
            c.fail(at("stages", i, "stageKey"),
                   ExchangeText::tr("\"%1\" appears twice").arg(s.stageKey));
        keys.insert(s.stageKey);
        c.text(at("stages", i, "notes"), s.notes, N);
        c.range(at("stages", i, "elapsedMs"), s.elapsedMs, 0, MaxElapsedMs);
        c.range(at("stages", i, "plannedMinutes"), s.plannedMinutes, -1, MaxStageMinutes);
        c.range(at("stages", i, "focus"), s.focus, 0, std::numeric_limits<int>::max());
    }
    keys.clear();
    for (qsizetype i = 0; i < doc.customStages.size() && c.ok(); ++i) {
        const CustomStage& s = doc.customStages[i];
        if (c.text(at("customStages", i, "stageKey"), s.stageKey, S, true) &&
            keys.contains(s.stageKey))
            c.fail(at("customStages", i, "stageKey"),
                   ExchangeText::tr("\"%1\" appears twice").arg(s.stageKey));
        keys.insert(s.stageKey);
        c.text(at("customStages", i, "title"), s.title, S, true);
        c.text(at("customStages", i, "prompt"), s.prompt, L);
        c.text(at("customStages", i, "afterStage"), s.afterStage, S);
        c.range(at("customStages", i, "minutes"), s.minutes, 0, MaxStageMinutes);
    }
    QStringList questions = doc.questionNotes.keys();
    std::sort(questions.begin(), questions.end()); // the order JsonExchange::write uses
    for (qsizetype i = 0; i < questions.size() && c.ok(); ++i) {
        c.text(at("questionNotes", i, "question"), questions[i], S, true);
        c.text(at("questionNotes", i, "notes"), doc.questionNotes.value(questions[i]), N);
    }
    qsizetype row = 0;
    for (auto it = doc.gameTally.constBegin(); it != doc.gameTally.constEnd() && c.ok(); ++it) {
        if (it.key() == Game::Undecided)
            c.fail(at("gameTally", row, "game"),
                   ExchangeText::tr("expected one of the three games"));
        c.range(at("gameTally", row++, "hands"), it.value(), 0, MaxHands);
    }
}

void checkGroups(Checker& c, const WorkshopDocument& doc, const Ids& ids) {
    QSet<qint64> seated;
    for (qsizetype i = 0; i < doc.warmUpGroups.size() && c.ok(); ++i) {
        const WarmUpGroup& g = doc.warmUpGroups[i];
        c.text(at("warmUpGroups", i, "name"), g.name, S, true);
        c.refers(at("warmUpGroups", i, "candidateId"), g.candidateId, ids.candidates,
                 ExchangeText::tr("candidate"));
        c.count("warmUpGroups[].members", g.members.size(), GroupMembers);
        for (qsizetype m = 0; m < g.members.size() && c.ok(); ++m) {
            const QString path = at("warmUpGroups", i, "members") + QStringLiteral("[%1]").arg(m);
            if (c.refers(path, g.members[m], ids.participants, ExchangeText::tr("participant"),
                         false) &&
                seated.contains(g.members[m]))
                c.fail(
                    path,
                    ExchangeText::tr("participant %1 is in two warm-up groups").arg(g.members[m]));
            seated.insert(g.members[m]);
        }
    }
    seated.clear();
    for (qsizetype i = 0; i < doc.pairGroups.size() && c.ok(); ++i) {
        const PairGroupRecord& g = doc.pairGroups[i];
        c.count("pairGroups[].members", g.members.size(), GroupMembers);
        for (qsizetype m = 0; m < g.members.size() && c.ok(); ++m) {
            const QString path = at("pairGroups", i, "members") + QStringLiteral("[%1]").arg(m);
            if (c.refers(path, g.members[m], ids.participants, ExchangeText::tr("participant"),
                         false) &&
                seated.contains(g.members[m]))
                c.fail(path, ExchangeText::tr("participant %1 is in two pairs").arg(g.members[m]));
            seated.insert(g.members[m]);
        }
    }
}

void checkCandidates(Checker& c, const WorkshopDocument& doc, const Ids& ids) {
    QSet<qint64> inputIds;
    qint64 incumbent = 0;
    for (qsizetype i = 0; i < doc.candidates.size() && c.ok(); ++i) {
        const Candidate& k = doc.candidates[i];
        if (k.incumbent && incumbent != 0)
            c.fail(at("candidates", i, "incumbent"),
                   ExchangeText::tr("candidate %1 is already the incumbent; a workshop carries "
                                    "over one North Star")
                       .arg(incumbent));
        if (k.incumbent)
            incumbent = k.id;
        c.refers(at("candidates", i, "authorId"), k.authorId, ids.participants,
                 ExchangeText::tr("participant"));
        c.refers(at("candidates", i, "pairId"), k.pairId, ids.pairs,
                 ExchangeText::tr("pair group"));
        c.text(at("candidates", i, "name"), k.name, S);
        c.text(at("candidates", i, "definition"), k.definition, L);
        c.text(at("candidates", i, "behaviour"), k.behaviour, L);
        c.text(at("candidates", i, "measure"), k.measure, L);
        c.text(at("candidates", i, "eliminationReason"), k.eliminationReason, L);
        c.text(at("candidates", i, "breaksCriterion"), k.breaksCriterion, S);
        c.count("candidates[].mergedFrom", k.mergedFrom.size(), SourcesPerCandidate);
        QSet<qint64> sources;
        for (qsizetype s = 0; s < k.mergedFrom.size() && c.ok(); ++s) {
            const QString path = at("candidates", i, "mergedFrom") + QStringLiteral("[%1]").arg(s);
            const qint64 source = k.mergedFrom[s];
            if (!c.refers(path, source, ids.candidates, ExchangeText::tr("candidate"), false))
                break;
            if (source == k.id)
                c.fail(path, ExchangeText::tr("a candidate cannot come from itself"));
            else if (sources.contains(source))
                c.fail(path, ExchangeText::tr("candidate %1 is named twice").arg(source));
            sources.insert(source);
        }
        const QList<Input> inputs = doc.inputsOf(k.id);
        c.count("candidates[].inputs", inputs.size(), InputsPerCandidate);
        for (qsizetype n = 0; n < inputs.size() && c.ok(); ++n) {
            const QString path = at("candidates", i, "inputs") + QStringLiteral("[%1]").arg(n);
            c.unique(path + QStringLiteral(".id"), inputs[n].id, inputIds);
            if (c.ok() && inputs[n].candidateId != k.id)
                c.fail(path,
                       ExchangeText::tr("belongs to candidate %1").arg(inputs[n].candidateId));
            c.text(path + QStringLiteral(".name"), inputs[n].name, S);
            c.text(path + QStringLiteral(".definition"), inputs[n].definition, L);
            c.text(path + QStringLiteral(".owner"), inputs[n].owner, S);
        }
    }
    for (auto it = doc.inputs.constBegin(); it != doc.inputs.constEnd() && c.ok(); ++it)
        c.refers(QStringLiteral("inputs"), it.key(), ids.candidates, ExchangeText::tr("candidate"),
                 false);
    c.refers(QStringLiteral("workshop.northStarId"), doc.workshop.northStarId, ids.candidates,
             ExchangeText::tr("candidate"));
}

void checkScores(Checker& c, const WorkshopDocument& doc, const Ids& ids) {
    QSet<QString> answered; // candidate|participant|criterion: the ids cannot hold a '|'

    for (qsizetype i = 0; i < doc.checklistScores.size() && c.ok(); ++i) {
        const ChecklistScore& s = doc.checklistScores[i];
        c.refers(at("checklistScores", i, "candidateId"), s.candidateId, ids.candidates,
                 ExchangeText::tr("candidate"), false);
        c.text(at("checklistScores", i, "criterion"), s.criterion, S, true);
        c.refers(at("checklistScores", i, "participantId"), s.participantId, ids.participants,
                 ExchangeText::tr("participant"));
        c.range(at("checklistScores", i, "answer"), int(s.answer), 0, 2);
        const QString key =
            QStringLiteral("%1|%2|").arg(s.candidateId).arg(s.participantId) + s.criterion;
        if (c.ok() && answered.contains(key))
            c.fail(at("checklistScores", i), ExchangeText::tr("the same answer is given twice"));
        answered.insert(key);
    }
    for (qsizetype i = 0; i < doc.matrixCriteria.size() && c.ok(); ++i) {
        c.text(at("matrixCriteria", i, "name"), doc.matrixCriteria[i].name, S, true);
        c.range(at("matrixCriteria", i, "weight"), doc.matrixCriteria[i].weight, 1, 5);
    }
    QSet<std::pair<qint64, qint64>> pairs;
    for (qsizetype i = 0; i < doc.matrixScores.size() && c.ok(); ++i) {
        const MatrixScore& s = doc.matrixScores[i];
        c.refers(at("matrixScores", i, "criterionId"), s.criterionId, ids.criteria,
                 ExchangeText::tr("matrix criterion"), false);
        c.refers(at("matrixScores", i, "candidateId"), s.candidateId, ids.candidates,
                 ExchangeText::tr("candidate"), false);
        c.range(at("matrixScores", i, "value"), s.value, 1, 5);
        if (c.ok() && pairs.contains({s.criterionId, s.candidateId}))
            c.fail(at("matrixScores", i), ExchangeText::tr("the same cell is scored twice"));
        pairs.insert({s.criterionId, s.candidateId});
    }
    pairs.clear();
    for (qsizetype i = 0; i < doc.votes.size() && c.ok(); ++i) {
        const Vote& v = doc.votes[i];
        c.refers(at("votes", i, "participantId"), v.participantId, ids.participants,
                 ExchangeText::tr("participant"), false);
        c.refers(at("votes", i, "candidateId"), v.candidateId, ids.candidates,
                 ExchangeText::tr("candidate"), false);
        c.range(at("votes", i, "dots"), v.dots, 1, MaxDots);
        if (c.ok() && pairs.contains({v.participantId, v.candidateId}))
            c.fail(at("votes", i),
                   ExchangeText::tr("the same person votes for the same candidate twice"));
        pairs.insert({v.participantId, v.candidateId});
    }
    for (qsizetype i = 0; i < doc.followUps.size() && c.ok(); ++i) {
        c.text(at("followUps", i, "text"), doc.followUps[i].text, L);
        c.text(at("followUps", i, "owner"), doc.followUps[i].owner, S);
    }
}

} // namespace

namespace DocumentCheck {

QString problem(const WorkshopDocument& doc) {
    Checker c;
    Ids ids;
    checkWorkshop(c, doc);
    checkCounts(c, doc);
    collectIds(c, doc, ids);
    checkPeopleAndStages(c, doc);
    checkGroups(c, doc, ids);
    checkCandidates(c, doc, ids);
    checkScores(c, doc, ids);
    DocumentChecker::checkCheckIns(c, doc, ids.candidates);
    return c.ok() ? keyProblem(doc) : c.problem();
}

} // namespace DocumentCheck
