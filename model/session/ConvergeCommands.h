#pragma once
// The undoable edits of the converge step, as StoreCommands: choosing the North Star,
// writing a new one from a source candidate, editing its name and definition, its inputs,
// the guardrail and the game, and the open questions and next steps. Text edits carry a
// merge key so that typing in one field is one step; removals come back with the same ids.
// Each function returns nullptr when the thing to edit no longer exists.
#include "domain/Candidate.h"
#include "domain/FollowUp.h"
#include "domain/Game.h"
#include "domain/Input.h"
#include "domain/Workshop.h"

#include <QDate>

class QUndoCommand;
class WorkshopStore;

namespace ConvergeCommands {

// Makes `candidateId` the workshop's North Star (0: none).
QUndoCommand* choose(WorkshopStore& store, qint64 workshopId, qint64 candidateId,
                     const QString& text);
// A new room candidate prefilled from `source` (its text and inputs), listing it in
// mergedFrom, placed after `position`, and chosen as the North Star.
QUndoCommand* writeFrom(WorkshopStore& store, const Candidate& source, int position,
                        const QString& text);

QUndoCommand* editCandidate(WorkshopStore& store, qint64 candidateId, QString Candidate::*field,
                            const QString& value, const QString& text, const QString& mergeKey);

QUndoCommand* addInput(WorkshopStore& store, const Input& input, const QString& text);
QUndoCommand* removeInput(WorkshopStore& store, const Input& input, const QString& text);
QUndoCommand* editInput(WorkshopStore& store, const Input& input, QString Input::*field,
                        const QString& value, const QString& text, const QString& mergeKey);
QUndoCommand* setInputPattern(WorkshopStore& store, const Input& input, InputPattern pattern,
                              const QString& text);
// Puts `inputs` (a candidate's inputs, in their shown order) into `order` (their ids).
QUndoCommand* reorderInputs(WorkshopStore& store, const QList<Input>& inputs,
                            const QList<qint64>& order, const QString& text);

QUndoCommand* editWorkshop(WorkshopStore& store, qint64 workshopId, QString Workshop::*field,
                           const QString& value, const QString& text, const QString& mergeKey);
QUndoCommand* setGame(WorkshopStore& store, qint64 workshopId, Game game, const QString& text);
// A revisit's note on why it kept or changed its North Star (the product's history shows it).
QUndoCommand* editChangeNote(WorkshopStore& store, qint64 workshopId, const QString& note,
                             const QString& text, const QString& mergeKey);

QUndoCommand* addFollowUp(WorkshopStore& store, const FollowUp& followUp, const QString& text);
QUndoCommand* removeFollowUp(WorkshopStore& store, const FollowUp& followUp, const QString& text);
QUndoCommand* editFollowUp(WorkshopStore& store, const FollowUp& followUp, QString FollowUp::*field,
                           const QString& value, const QString& text, const QString& mergeKey);
QUndoCommand* setFollowUpDue(WorkshopStore& store, const FollowUp& followUp, const QDate& due,
                             const QString& text);

} // namespace ConvergeCommands
