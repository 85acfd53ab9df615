// DocumentCheck::keyProblem: the members that hold one of the playbook's keys rather than
// the room's words. Any other text there would import, then match nothing: a checklist
// answer for a criterion that does not exist, notes for a stage no agenda shows.
#include "DocumentCheck.h"
#include "DocumentChecker.h"

#include "ExchangeText.h"
#include "playbook/Agenda.h"
#include "playbook/Playbook.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

using DocumentChecker::at;

QString refusal(const QString& path, const QString& value, const QString& kind) {
    return ExchangeText::tr("%1: \"%2\" is not %3").arg(path, value.left(40), kind);
}

QSet<QString> agendaKeys(const WorkshopDocument& doc) {
    QSet<QString> keys;
    const Agenda& agenda = Agenda::standard();
    for (int minutes : agenda.variants())
        for (const AgendaStage& block : agenda.blocks(minutes)) {
            keys.insert(block.key);
            for (const AgendaStage& step : block.steps)
                keys.insert(step.key);
        }
    for (const CustomStage& s : doc.customStages)
        keys.insert(s.stageKey);
    return keys;
}

} // namespace

namespace DocumentCheck {

QString keyProblem(const WorkshopDocument& doc) {
    const Playbook& playbook = Playbook::standard();
    QSet<QString> criteria;
    for (const ChecklistCriterion& c : playbook.checklist())
        criteria.insert(c.key);
    const QString criterion = ExchangeText::tr("a checklist criterion of the playbook");
    for (qsizetype i = 0; i < doc.checklistScores.size(); ++i)
        if (!criteria.contains(doc.checklistScores[i].criterion))
            return refusal(at("checklistScores", i, "criterion"), doc.checklistScores[i].criterion,
                           criterion);
    for (qsizetype i = 0; i < doc.candidates.size(); ++i) {
        const QString& breaks = doc.candidates[i].breaksCriterion;
        if (!breaks.isEmpty() && !criteria.contains(breaks))
            return refusal(at("candidates", i, "breaksCriterion"), breaks, criterion);
    }

    QSet<QString> questions;
    for (const OpeningQuestion& q : playbook.openingQuestions())
        questions.insert(q.key);
    QStringList asked = doc.questionNotes.keys();
    std::sort(asked.begin(), asked.end()); // the order JsonExchange::write uses
    for (qsizetype i = 0; i < asked.size(); ++i)
        if (!questions.contains(asked[i]))
            return refusal(at("questionNotes", i, "question"), asked[i],
                           ExchangeText::tr("an opening question of the playbook"));

    const QSet<QString> stages = agendaKeys(doc);
    const QString stage = ExchangeText::tr("a stage of the agenda or of the workshop's own stages");
    const QString& current = doc.workshop.currentStage;
    if (!current.isEmpty() && !stages.contains(current))
        return refusal(QStringLiteral("workshop.currentStage"), current, stage);
    for (qsizetype i = 0; i < doc.stages.size(); ++i)
        if (!stages.contains(doc.stages[i].stageKey))
            return refusal(at("stages", i, "stageKey"), doc.stages[i].stageKey, stage);
    for (qsizetype i = 0; i < doc.customStages.size(); ++i) {
        const QString& after = doc.customStages[i].afterStage;
        if (!after.isEmpty() && !stages.contains(after))
            return refusal(at("customStages", i, "afterStage"), after, stage);
    }
    return {};
}

} // namespace DocumentCheck
