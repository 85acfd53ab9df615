#pragma once
// The undoable edits of "share and score" and "decide": checklist answers and the scoring
// mode, eliminating and restoring candidates, every change to the decision matrix, dots and
// the vote's limits, closing and reopening the vote. Each factory reads the value before the
// edit from the store, so undo writes back exactly what was there. Push the result on the
// workshop's undo stack; pushing applies it.
#include "domain/Scoring.h"

#include <QList>
#include <QString>

#include <optional>

class QUndoCommand;
class WorkshopStore;

namespace DecisionCommands {

// `answer` empty clears the answer. participantId 0 is the group's consensus.
QUndoCommand* setChecklistAnswer(WorkshopStore& store, qint64 workshopId, qint64 candidateId,
                                 const QString& criterion, qint64 participantId,
                                 std::optional<ChecklistAnswer> answer);
QUndoCommand* setChecklistPerPerson(WorkshopStore& store, qint64 workshopId, bool perPerson);
// Person by person, the projector keeps the room's answers to itself (it shows how many have
// answered) until the facilitator shows the totals of the candidate on screen.
QUndoCommand* showChecklistTotals(WorkshopStore& store, qint64 workshopId, bool shown);

QUndoCommand* eliminate(WorkshopStore& store, qint64 candidateId, const QString& reason);
QUndoCommand* restore(WorkshopStore& store, qint64 candidateId);

// value 0 clears the cell.
QUndoCommand* setMatrixScore(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                             qint64 candidateId, int value);
QUndoCommand* setCriterionWeight(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                                 int weight);
// Typing in one name field merges into one step.
QUndoCommand* renameCriterion(WorkshopStore& store, qint64 workshopId, qint64 criterionId,
                              const QString& name);
QUndoCommand* addCriterion(WorkshopStore& store, qint64 workshopId, const QString& name,
                           int weight);
QUndoCommand* removeCriterion(WorkshopStore& store, qint64 workshopId, qint64 criterionId);
// Replaces all criteria with `criteria` (ids ignored) and clears every score.
QUndoCommand* replaceCriteria(WorkshopStore& store, qint64 workshopId,
                              const QList<MatrixCriterion>& criteria, const QString& text);

// Sets how many dots one person has on one candidate.
QUndoCommand* setDots(WorkshopStore& store, qint64 participantId, qint64 candidateId, int dots,
                      const QString& text);
QUndoCommand* setVoteLimits(WorkshopStore& store, qint64 workshopId, int dotsPerPerson,
                            int maxPerCandidate);
QUndoCommand* setVoteClosed(WorkshopStore& store, qint64 workshopId, bool closed);

} // namespace DecisionCommands
