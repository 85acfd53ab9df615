#pragma once
// Undoable edits of the teaching blocks that the converge commands do not already cover: the
// hands raised for each game, the notes under an opening question, a warm-up group's name,
// game and members, and a new warm-up group. Each reads the record afresh on redo and undo
// and writes only what it changed. Null when nothing would change.
#include "domain/Game.h"
#include "domain/WarmUpGroup.h"

#include <QString>

class QUndoCommand;
class WorkshopStore;

namespace TeachingEdits {

QUndoCommand* setGameHands(WorkshopStore& store, qint64 workshopId, Game game, int hands);
QUndoCommand* setQuestionNote(WorkshopStore& store, qint64 workshopId, const QString& questionKey,
                              const QString& notes, const QString& mergeKey);
// `after` is the group as it should be (same id); undo puts back the group as it is now.
QUndoCommand* updateWarmUpGroup(WorkshopStore& store, const WarmUpGroup& after, const QString& text,
                                const QString& mergeKey = {});
// Several groups changed together (a person moved from one group to another): one step.
QUndoCommand* updateWarmUpGroups(WorkshopStore& store, const QList<WarmUpGroup>& after,
                                 const QString& text);
// Adds a group; redo after undo puts it back with the same id.
QUndoCommand* addWarmUpGroup(WorkshopStore& store, const WarmUpGroup& group, const QString& text);

} // namespace TeachingEdits
