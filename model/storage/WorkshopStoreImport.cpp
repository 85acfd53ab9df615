// WorkshopStore: a whole workshop written from a WorkshopDocument (File ▸ Import, --import).
// Rows are inserted in the order of their old ids, so the new ids rise with the old ones and
// everything the store sorts by id (lineage, scores, ties in position) keeps its order.
#include "WorkshopStore.h"
#include "domain/StageKeys.h"

#include "SqlSupport.h"
#include "exchange/DocumentCheck.h"
#include "exchange/WorkshopDocument.h"

#include <QHash>

#include <algorithm>

using SqlSupport::idOrNull;
using SqlSupport::timeText;

struct WorkshopStore::ImportIds {
    qint64 workshop = 0;
    QHash<qint64, qint64> participants, pairs, candidates, criteria, inputs;

    // The new id of an old one; 0 (none) stays 0.
    static qint64 of(const QHash<qint64, qint64>& map, qint64 old) {
        return old == 0 ? 0 : map.value(old);
    }
};

namespace {

template <typename T> QList<T> byId(QList<T> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return rows;
}

} // namespace

std::optional<qint64> WorkshopStore::importWorkshop(const WorkshopDocument& doc) {
    if (const QString problem = DocumentCheck::problem(doc); !problem.isEmpty()) {
        fail(tr("This workshop could not be imported: %1. Nothing was changed.").arg(problem));
        return std::nullopt;
    }
    // The workshop it revisits, when this library holds it: found by title and creation time,
    // which an export and an import both keep. Otherwise the revisit stands on its own.
    const qint64 predecessor =
        doc.predecessor ? workshopCreatedAt(doc.predecessor->title, doc.predecessor->createdAt) : 0;
    ImportIds ids;
    const bool ok = inTransaction(tr("the imported workshop"), [&](QString* error) {
        return importRows(doc, ids, error) && importGroups(doc, ids, error) &&
               importCandidates(doc, ids, error) && importScores(doc, ids, error) &&
               importCheckIns(doc, ids, error) &&
               write(QStringLiteral("UPDATE workshop SET north_star_id = ?, change_note = ?, "
                                    "predecessor_id = ? WHERE id = ?"),
                     {idOrNull(ImportIds::of(ids.candidates, doc.workshop.northStarId)),
                      doc.changeNote, idOrNull(predecessor), ids.workshop},
                     error);
    });
    if (!ok)
        return std::nullopt;
    publish(ids.workshop, ChangeKind::Library | ChangeKind::Workshop | ChangeKind::Roster |
                              ChangeKind::Candidate | ChangeKind::Input | ChangeKind::Score |
                              ChangeKind::Vote | ChangeKind::FollowUp | ChangeKind::WarmUp |
                              ChangeKind::Pairs | ChangeKind::StageState | ChangeKind::Plan |
                              ChangeKind::CheckIn);
    return ids.workshop;
}

bool WorkshopStore::importRows(const WorkshopDocument& doc, ImportIds& ids, QString* error) {
    const Workshop& w = doc.workshop;
    ids.workshop = insertedId(
        QStringLiteral("INSERT INTO workshop (title, product, facilitator, vision, "
                       "agenda_minutes, created_at, updated_at, current_stage, game, "
                       "game_rationale, status, anonymous, guardrail_name, guardrail_definition, "
                       "value_exchange, pair_seed, vote_dots, vote_max, checklist_per_person) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {w.title, w.product, w.facilitator, w.vision, w.agendaMinutes, timeText(w.createdAt),
         timeText(w.updatedAt), w.currentStage, gameKey(w.game), w.gameRationale,
         workshopStatusKey(w.status), w.anonymous, w.guardrailName, w.guardrailDefinition,
         w.valueExchange, static_cast<qint64>(w.pairSeed), w.dotsPerPerson, w.maxDotsPerCandidate,
         w.checklistPerPerson},
        error);
    if (ids.workshop == 0)
        return false;
    for (const Participant& p : byId(doc.participants)) {
        const qint64 id = insertedId(QStringLiteral("INSERT INTO participant (workshop_id, name, "
                                                    "discipline, position) VALUES (?, ?, ?, ?)"),
                                     {ids.workshop, p.name, p.discipline, p.position}, error);
        if (id == 0)
            return false;
        ids.participants.insert(p.id, id);
    }
    for (const CustomStage& s : doc.customStages) // the store keeps them in insertion order
        if (!write(QStringLiteral("INSERT INTO custom_stage (workshop_id, stage_key, title, "
                                  "prompt, after_stage, minutes) VALUES (?, ?, ?, ?, ?, ?)"),
                   {ids.workshop, s.stageKey, s.title, s.prompt, s.afterStage, s.minutes}, error))
            return false;
    for (auto it = doc.questionNotes.constBegin(); it != doc.questionNotes.constEnd(); ++it)
        if (!write(QStringLiteral("INSERT INTO question_note (workshop_id, question_key, notes) "
                                  "VALUES (?, ?, ?)"),
                   {ids.workshop, it.key(), it.value()}, error))
            return false;
    for (auto it = doc.gameTally.constBegin(); it != doc.gameTally.constEnd(); ++it)
        if (!write(QStringLiteral("INSERT INTO game_tally (workshop_id, game, hands) VALUES "
                                  "(?, ?, ?)"),
                   {ids.workshop, gameKey(it.key()), it.value()}, error))
            return false;
    return true;
}

bool WorkshopStore::importGroups(const WorkshopDocument& doc, ImportIds& ids, QString* error) {
    for (const PairGroupRecord& g : byId(doc.pairGroups)) {
        const qint64 id = insertedId(QStringLiteral("INSERT INTO pair_group (workshop_id, "
                                                    "position) VALUES (?, ?)"),
                                     {ids.workshop, g.position}, error);
        if (id == 0)
            return false;
        ids.pairs.insert(g.id, id);
        int seat = 0;
        for (qint64 member : g.members)
            if (!write(QStringLiteral("INSERT INTO pair_member (group_id, participant_id, "
                                      "position) VALUES (?, ?, ?)"),
                       {id, ids.participants.value(member), seat++}, error))
                return false;
    }
    return true;
}

bool WorkshopStore::importCandidates(const WorkshopDocument& doc, ImportIds& ids, QString* error) {
    const QList<Candidate> candidates = byId(doc.candidates);
    for (const Candidate& c : candidates) {
        const qint64 id = insertedId(
            QStringLiteral("INSERT INTO candidate (workshop_id, author_id, kind, name, "
                           "definition, behaviour, measure, status, elimination_reason, "
                           "position, breaks_criterion, pair_id, incumbent) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ids.workshop, idOrNull(ImportIds::of(ids.participants, c.authorId)),
             candidateKindKey(c.kind), c.name, c.definition, c.behaviour, c.measure,
             candidateStatusKey(c.status), c.eliminationReason, c.position, c.breaksCriterion,
             idOrNull(ImportIds::of(ids.pairs, c.pairId)), c.incumbent},
            error);
        if (id == 0)
            return false;
        ids.candidates.insert(c.id, id);
    }
    // Lineage and inputs once every candidate has its new id: a source may come later.
    QList<Input> inputs;
    for (const Candidate& c : candidates) {
        for (qint64 source : c.mergedFrom)
            if (!write(QStringLiteral("INSERT INTO candidate_source (candidate_id, source_id) "
                                      "VALUES (?, ?)"),
                       {ids.candidates.value(c.id), ids.candidates.value(source)}, error))
                return false;
        inputs += doc.inputsOf(c.id);
    }
    for (const Input& i : byId(inputs)) {
        const qint64 id =
            insertedId(QStringLiteral("INSERT INTO input (candidate_id, name, definition, "
                                      "pattern, owner, position) VALUES (?, ?, ?, ?, ?, ?)"),
                       {ids.candidates.value(i.candidateId), i.name, i.definition,
                        inputPatternKey(i.pattern), i.owner, i.position},
                       error);
        if (id == 0)
            return false;
        ids.inputs.insert(i.id, id); // input ids are unique across the document
    }
    for (const WarmUpGroup& g : byId(doc.warmUpGroups)) {
        const qint64 id = insertedId(
            QStringLiteral("INSERT INTO warmup_group (workshop_id, name, game, candidate_id, "
                           "position) VALUES (?, ?, ?, ?, ?)"),
            {ids.workshop, g.name, gameKey(g.game),
             idOrNull(ImportIds::of(ids.candidates, g.candidateId)), g.position},
            error);
        if (id == 0)
            return false;
        for (qint64 member : g.members)
            if (!write(QStringLiteral("INSERT INTO warmup_member (group_id, participant_id) "
                                      "VALUES (?, ?)"),
                       {id, ids.participants.value(member)}, error))
                return false;
    }
    // Stages last among the workshop's own rows: the scoring stage's focus is a candidate.
    for (const StageState& s : doc.stages) {
        int focus = s.focus;
        if (s.stageKey == StageKeys::Score)
            focus = int(ids.candidates.value(focus)); // a stale focus becomes "the first"
        if (!write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, elapsed_ms, "
                                  "notes, planned_minutes, skipped, focus, revealed) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {ids.workshop, s.stageKey, s.elapsedMs, s.notes, s.plannedMinutes,
                    s.skipped ? 1 : 0, focus, s.revealed ? 1 : 0},
                   error))
            return false;
    }
    return true;
}

bool WorkshopStore::importScores(const WorkshopDocument& doc, const ImportIds& ids,
                                 QString* error) {
    for (const ChecklistScore& s : doc.checklistScores)
        if (!write(QStringLiteral("INSERT INTO checklist_score (candidate_id, criterion, "
                                  "participant_id, answer) VALUES (?, ?, ?, ?)"),
                   {ids.candidates.value(s.candidateId), s.criterion,
                    ImportIds::of(ids.participants, s.participantId), int(s.answer)},
                   error))
            return false;
    QHash<qint64, qint64> criteria;
    for (const MatrixCriterion& c : byId(doc.matrixCriteria)) {
        const qint64 id = insertedId(QStringLiteral("INSERT INTO matrix_criterion (workshop_id, "
                                                    "name, weight, position) VALUES (?, ?, ?, ?)"),
                                     {ids.workshop, c.name, c.weight, c.position}, error);
        if (id == 0)
            return false;
        criteria.insert(c.id, id);
    }
    for (const MatrixScore& s : doc.matrixScores)
        if (!write(QStringLiteral("INSERT INTO matrix_score (criterion_id, candidate_id, value) "
                                  "VALUES (?, ?, ?)"),
                   {criteria.value(s.criterionId), ids.candidates.value(s.candidateId), s.value},
                   error))
            return false;
    for (const Vote& v : doc.votes)
        if (!write(QStringLiteral("INSERT INTO vote (participant_id, candidate_id, dots) "
                                  "VALUES (?, ?, ?)"),
                   {ids.participants.value(v.participantId), ids.candidates.value(v.candidateId),
                    v.dots},
                   error))
            return false;
    for (const FollowUp& f : byId(doc.followUps))
        if (!write(QStringLiteral("INSERT INTO follow_up (workshop_id, kind, text, owner, due, "
                                  "position) VALUES (?, ?, ?, ?, ?, ?)"),
                   {ids.workshop, followUpKindKey(f.kind), f.text, f.owner,
                    f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.position},
                   error))
            return false;
    return true;
}

// After the candidates and their inputs: a check-in names both. Inserted in the order of
// their old ids, so check-ins held on the same day keep their order.
bool WorkshopStore::importCheckIns(const WorkshopDocument& doc, const ImportIds& ids,
                                   QString* error) {
    for (CheckIn c : byId(doc.checkIns)) {
        c.id = 0; // the library gives it a new one
        if (!insertCheckIn(
                c, ids.workshop, ids.candidates.value(c.northStarId),
                [&](qint64 input) { return ids.inputs.value(input); }, error))
            return false;
    }
    return true;
}
