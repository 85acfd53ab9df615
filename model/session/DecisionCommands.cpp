#include "DecisionCommands.h"

#include "StoreCommand.h"
#include "domain/StageKeys.h"
#include "domain/TextDirection.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

#include <memory>

namespace {

class DecisionCommandsText {
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)
};

const QString DecideKey(StageKeys::Decide);

std::optional<ChecklistAnswer> storedAnswer(const WorkshopStore& store, qint64 workshopId,
                                            qint64 candidateId, const QString& criterion,
                                            qint64 participantId) {
    for (const ChecklistScore& s : store.checklistScores(workshopId))
        if (s.candidateId == candidateId && s.criterion == criterion &&
            s.participantId == participantId)
            return s.answer;
    return std::nullopt;
}

void writeAnswer(WorkshopStore& store, qint64 candidateId, const QString& criterion,
                 qint64 participantId, std::optional<ChecklistAnswer> answer) {
    if (answer)
        store.setChecklistScore({candidateId, criterion, participantId, *answer});
    else
        store.clearChecklistScore(candidateId, criterion, participantId);
}

void writeStatus(WorkshopStore& store, qint64 candidateId, CandidateStatus status,
                 const QString& reason) {
    auto c = store.candidate(candidateId);
    if (!c)
        return;
    c->status = status;
    c->eliminationReason = reason;
    store.updateCandidate(*c);
}

std::optional<MatrixCriterion> storedCriterion(const WorkshopStore& store, qint64 workshopId,
                                               qint64 criterionId) {
    for (const MatrixCriterion& c : store.matrixCriteria(workshopId))
        if (c.id == criterionId)
            return c;
    return std::nullopt;
}

void updateCriterion(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                     const std::function<void(MatrixCriterion&)>& change) {
    auto c = storedCriterion(store, workshopId, criterionId);
    if (!c)
        return;
    change(*c);
    store.updateMatrixCriterion(*c);
}

int storedScore(const WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                qint64 candidateId) {
    for (const MatrixScore& s : store.matrixScores(workshopId))
        if (s.criterionId == criterionId && s.candidateId == candidateId)
            return s.value;
    return 0;
}

struct MatrixSnapshot {
    QList<MatrixCriterion> criteria;
    QList<MatrixScore> scores;
};

MatrixSnapshot snapshot(const WorkshopStore& store, qint64 workshopId) {
    return {store.matrixCriteria(workshopId), store.matrixScores(workshopId)};
}

// A change to the matrix's shape, done by replacing the whole matrix: undo puts the earlier
// snapshot back with the same ids. New criteria get their ids on the first redo; the result
// is kept so that a later redo recreates them with those ids, and later steps on the stack
// that name them still find them.
QUndoCommand* editMatrix(WorkshopStore& store, qint64 workshopId, const QString& text,
                         MatrixSnapshot after) {
    const MatrixSnapshot before = snapshot(store, workshopId);
    auto target = std::make_shared<MatrixSnapshot>(std::move(after));
    auto settled = std::make_shared<bool>(false);
    return new StoreCommand(
        text,
        [&store, workshopId, target, settled] {
            if (store.replaceMatrix(workshopId, target->criteria, target->scores) && !*settled) {
                *target = snapshot(store, workshopId);
                *settled = true;
            }
        },
        [&store, workshopId, before] {
            store.replaceMatrix(workshopId, before.criteria, before.scores);
        });
}

int storedDots(const WorkshopStore& store, qint64 workshopId, qint64 participantId,
               qint64 candidateId) {
    for (const Vote& v : store.votes(workshopId))
        if (v.participantId == participantId && v.candidateId == candidateId)
            return v.dots;
    return 0;
}

} // namespace

namespace DecisionCommands {

QUndoCommand* setChecklistAnswer(WorkshopStore& store, qint64 workshopId, qint64 candidateId,
                                 const QString& criterion, qint64 participantId,
                                 std::optional<ChecklistAnswer> answer) {
    const auto before = storedAnswer(store, workshopId, candidateId, criterion, participantId);
    return new StoreCommand(
        answer ? DecisionCommandsText::tr("Answer the checklist")
               : DecisionCommandsText::tr("Clear a checklist answer"),
        [&store, candidateId, criterion, participantId, answer] {
            writeAnswer(store, candidateId, criterion, participantId, answer);
        },
        [&store, candidateId, criterion, participantId, before] {
            writeAnswer(store, candidateId, criterion, participantId, before);
        });
}

QUndoCommand* setChecklistPerPerson(WorkshopStore& store, qint64 workshopId, bool perPerson) {
    const auto write = [&store, workshopId](bool value) {
        auto w = store.workshop(workshopId);
        if (w && w->checklistPerPerson != value) {
            w->checklistPerPerson = value;
            store.updateWorkshop(*w);
        }
    };
    const auto w = store.workshop(workshopId);
    const bool before = w && w->checklistPerPerson;
    return new StoreCommand(
        perPerson ? DecisionCommandsText::tr("Score the checklist per person")
                  : DecisionCommandsText::tr("Score the checklist by consensus"),
        [write, perPerson] { write(perPerson); }, [write, before] { write(before); });
}

QUndoCommand* eliminate(WorkshopStore& store, qint64 candidateId, const QString& reason) {
    const auto c = store.candidate(candidateId);
    const CandidateStatus status = c ? c->status : CandidateStatus::Active;
    const QString previousReason = c ? c->eliminationReason : QString();
    return new StoreCommand(
        DecisionCommandsText::tr("Eliminate “%1”")
            .arg(TextDirection::isolate(c ? c->name : QString())),
        [&store, candidateId, reason] {
            writeStatus(store, candidateId, CandidateStatus::Eliminated, reason);
        },
        [&store, candidateId, status, previousReason] {
            writeStatus(store, candidateId, status, previousReason);
        });
}

QUndoCommand* restore(WorkshopStore& store, qint64 candidateId) {
    const auto c = store.candidate(candidateId);
    const CandidateStatus status = c ? c->status : CandidateStatus::Active;
    const QString reason = c ? c->eliminationReason : QString();
    return new StoreCommand(
        DecisionCommandsText::tr("Restore “%1”")
            .arg(TextDirection::isolate(c ? c->name : QString())),
        [&store, candidateId] {
            writeStatus(store, candidateId, CandidateStatus::Active, QString());
        },
        [&store, candidateId, status, reason] { writeStatus(store, candidateId, status, reason); });
}

QUndoCommand* setMatrixScore(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                             qint64 candidateId, int value) {
    const int before = storedScore(store, workshopId, criterionId, candidateId);
    return new StoreCommand(
        value ? DecisionCommandsText::tr("Score %1 in the matrix").arg(value)
              : DecisionCommandsText::tr("Clear a matrix cell"),
        [&store, criterionId, candidateId, value] {
            store.setMatrixScore({criterionId, candidateId, value});
        },
        [&store, criterionId, candidateId, before] {
            store.setMatrixScore({criterionId, candidateId, before});
        });
}

QUndoCommand* setCriterionWeight(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                                 int weight) {
    const auto c = storedCriterion(store, workshopId, criterionId);
    const int before = c ? c->weight : weight;
    const auto write = [&store, workshopId, criterionId](int value) {
        updateCriterion(store, workshopId, criterionId,
                        [value](MatrixCriterion& m) { m.weight = value; });
    };
    return new StoreCommand(
        DecisionCommandsText::tr("Change the weight of “%1”")
            .arg(TextDirection::isolate(c ? c->name : QString())),
        [write, weight] { write(weight); }, [write, before] { write(before); },
        QStringLiteral("criterion-weight-%1").arg(criterionId));
}

QUndoCommand* renameCriterion(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                              const QString& name) {
    const auto c = storedCriterion(store, workshopId, criterionId);
    const QString before = c ? c->name : name;
    const auto write = [&store, workshopId, criterionId](const QString& value) {
        updateCriterion(store, workshopId, criterionId,
                        [value](MatrixCriterion& m) { m.name = value; });
    };
    return new StoreCommand(
        DecisionCommandsText::tr("Rename the criterion “%1”").arg(TextDirection::isolate(before)),
        [write, name] { write(name); }, [write, before] { write(before); },
        QStringLiteral("criterion-name-%1").arg(criterionId));
}

QUndoCommand* addCriterion(WorkshopStore& store, qint64 workshopId, const QString& name,
                           int weight) {
    MatrixSnapshot after = snapshot(store, workshopId);
    MatrixCriterion c;
    c.workshopId = workshopId;
    c.name = name;
    c.weight = weight;
    c.position = int(after.criteria.size());
    after.criteria.append(c);
    return editMatrix(
        store, workshopId,
        DecisionCommandsText::tr("Add the criterion “%1”").arg(TextDirection::isolate(name)),
        after);
}

QUndoCommand* removeCriterion(WorkshopStore& store, qint64 workshopId, qint64 criterionId) {
    MatrixSnapshot after = snapshot(store, workshopId);
    QString name;
    for (const MatrixCriterion& c : std::as_const(after.criteria))
        if (c.id == criterionId)
            name = c.name;
    after.criteria.removeIf(
        [criterionId](const MatrixCriterion& c) { return c.id == criterionId; });
    after.scores.removeIf(
        [criterionId](const MatrixScore& s) { return s.criterionId == criterionId; });
    return editMatrix(
        store, workshopId,
        DecisionCommandsText::tr("Remove the criterion “%1”").arg(TextDirection::isolate(name)),
        after);
}

QUndoCommand* replaceCriteria(WorkshopStore& store, qint64 workshopId,
                              const QList<MatrixCriterion>& criteria, const QString& text) {
    MatrixSnapshot after;
    int position = 0;
    for (MatrixCriterion c : criteria) {
        c.id = 0;
        c.workshopId = workshopId;
        c.position = position++;
        after.criteria.append(c);
    }
    return editMatrix(store, workshopId, text, after);
}

QUndoCommand* setDots(WorkshopStore& store, qint64 participantId, qint64 candidateId, int dots,
                      const QString& text) {
    const auto c = store.candidate(candidateId);
    const int before = c ? storedDots(store, c->workshopId, participantId, candidateId) : 0;
    return new StoreCommand(
        text,
        [&store, participantId, candidateId, dots] {
            store.setVote({participantId, candidateId, dots});
        },
        [&store, participantId, candidateId, before] {
            store.setVote({participantId, candidateId, before});
        });
}

QUndoCommand* setVoteLimits(WorkshopStore& store, qint64 workshopId, int dotsPerPerson,
                            int maxPerCandidate) {
    const auto w = store.workshop(workshopId);
    const int dotsBefore = w ? w->dotsPerPerson : dotsPerPerson;
    const int maxBefore = w ? w->maxDotsPerCandidate : maxPerCandidate;
    const auto write = [&store, workshopId](int dots, int max) {
        auto current = store.workshop(workshopId);
        if (!current)
            return;
        current->dotsPerPerson = dots;
        current->maxDotsPerCandidate = max;
        store.updateWorkshop(*current);
    };
    return new StoreCommand(
        DecisionCommandsText::tr("Change the dot-vote limits"),
        [write, dotsPerPerson, maxPerCandidate] { write(dotsPerPerson, maxPerCandidate); },
        [write, dotsBefore, maxBefore] { write(dotsBefore, maxBefore); },
        QStringLiteral("vote-limits-%1").arg(workshopId));
}

QUndoCommand* showChecklistTotals(WorkshopStore& store, qint64 workshopId, bool shown) {
    const QString scoreKey(StageKeys::Score);
    const bool before = store.stageState(workshopId, scoreKey).revealed;
    return new StoreCommand(
        shown ? DecisionCommandsText::tr("Show the checklist totals")
              : DecisionCommandsText::tr("Hide the checklist totals"),
        [&store, workshopId, shown, scoreKey] {
            store.setStageRevealed(workshopId, scoreKey, shown);
        },
        [&store, workshopId, before, scoreKey] {
            store.setStageRevealed(workshopId, scoreKey, before);
        });
}

QUndoCommand* setVoteClosed(WorkshopStore& store, qint64 workshopId, bool closed) {
    const bool before = store.stageState(workshopId, DecideKey).revealed;
    return new StoreCommand(
        closed ? DecisionCommandsText::tr("Close the vote")
               : DecisionCommandsText::tr("Reopen the vote"),
        [&store, workshopId, closed] { store.setStageRevealed(workshopId, DecideKey, closed); },
        [&store, workshopId, before] { store.setStageRevealed(workshopId, DecideKey, before); });
}

} // namespace DecisionCommands
