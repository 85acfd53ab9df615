#include "DraftState.h"

#include "storage/WorkshopStore.h"

#include <QStringList>

namespace DraftState {

WorkshopDocument read(const WorkshopStore& store, qint64 workshopId) {
    WorkshopDocument doc = WorkshopDocument::load(store, workshopId).value_or(WorkshopDocument());
    doc.workshop.updatedAt = {};
    doc.workshop.currentStage.clear();
    doc.workshop.status = WorkshopStatus::Planned;
    // Of the stages, only whether their cards (or the vote) are revealed is an edit.
    QList<StageState> revealed;
    for (const StageState& s : std::as_const(doc.stages))
        if (s.revealed)
            revealed.append({s.workshopId, s.stageKey, 0, {}, -1, false, 0, true});
    doc.stages = revealed;
    return doc;
}

QString differences(const WorkshopDocument& expected, const WorkshopDocument& actual) {
    QStringList parts;
    const auto check = [&parts](bool same, const char* what) {
        if (!same)
            parts << QString::fromLatin1(what);
    };
    check(expected.workshop == actual.workshop, "workshop");
    check(expected.participants == actual.participants, "participants");
    check(expected.stages == actual.stages, "revealed stages");
    check(expected.pairGroups == actual.pairGroups, "pairs");
    check(expected.inputs == actual.inputs, "inputs");
    check(expected.checklistScores == actual.checklistScores, "checklist scores");
    check(expected.matrixCriteria == actual.matrixCriteria, "matrix criteria");
    check(expected.matrixScores == actual.matrixScores, "matrix scores");
    check(expected.votes == actual.votes, "votes");
    check(expected.followUps == actual.followUps, "follow-ups");
    check(expected.warmUpGroups == actual.warmUpGroups && expected.gameTally == actual.gameTally &&
              expected.questionNotes == actual.questionNotes &&
              expected.customStages == actual.customStages,
          "earlier blocks");
    if (expected.candidates != actual.candidates) {
        QStringList names;
        for (const Candidate& c : expected.candidates) {
            const Candidate* other = actual.candidate(c.id);
            if (!other || *other != c)
                names << QStringLiteral("%1 “%2” → “%3”")
                             .arg(c.id)
                             .arg(c.name, other ? other->name : QStringLiteral("(gone)"));
        }
        for (const Candidate& c : actual.candidates)
            if (!expected.candidate(c.id))
                names << QStringLiteral("%1 “%2” (new)").arg(c.id).arg(c.name);
        parts << QStringLiteral("candidates: %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace DraftState
