#pragma once
// Undoable edits of the agenda: the facilitator's notes for a stage, a stage's minutes,
// skipping a block and adding a discussion block. They write through the store (the undo
// history outlives the agenda runner of one opening); the runner follows the store.
#include <QString>
#include <QStringList>

class QUndoCommand;
class WorkshopStore;

namespace AgendaEdits {

QUndoCommand* setNotes(WorkshopStore& store, qint64 workshopId, const QString& stageKey,
                       const QString& notes, const QString& mergeKey);
// `minutes` -1 is the stage's default.
QUndoCommand* setPlannedMinutes(WorkshopStore& store, qint64 workshopId, const QString& stageKey,
                                int minutes, const QString& stageTitle);
// Skips (or brings back) every stage in `stageKeys` in one step.
QUndoCommand* setSkipped(WorkshopStore& store, qint64 workshopId, const QStringList& stageKeys,
                         bool skipped);
QUndoCommand* addDiscussionBlock(WorkshopStore& store, qint64 workshopId, const QString& title,
                                 const QString& afterStage, int minutes);

} // namespace AgendaEdits
