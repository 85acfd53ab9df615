#include "AgendaEdits.h"

#include "StoreCommand.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

#include <memory>

namespace AgendaEdits {

namespace {
class AgendaEditsText {
    Q_DECLARE_TR_FUNCTIONS(AgendaEdits)
};
} // namespace

QUndoCommand* setNotes(WorkshopStore& store, qint64 workshopId, const QString& stageKey,
                       const QString& notes, const QString& mergeKey) {
    const QString before = store.stageState(workshopId, stageKey).notes;
    if (before == notes)
        return nullptr;
    return new StoreCommand(
        AgendaEditsText::tr("Type your notes"),
        [&store, workshopId, stageKey, notes] { store.setStageNotes(workshopId, stageKey, notes); },
        [&store, workshopId, stageKey, before] {
            store.setStageNotes(workshopId, stageKey, before);
        },
        mergeKey);
}

QUndoCommand* setPlannedMinutes(WorkshopStore& store, qint64 workshopId, const QString& stageKey,
                                int minutes, const QString& stageTitle) {
    const StageState state = store.stageState(workshopId, stageKey);
    if (state.plannedMinutes == minutes)
        return nullptr;
    const int before = state.plannedMinutes;
    // Skipping may change in between (another step): each write keeps what is there now.
    auto write = [&store, workshopId, stageKey](int m) {
        store.setStagePlan(workshopId, stageKey, m, store.stageState(workshopId, stageKey).skipped);
    };
    return new StoreCommand(
        AgendaEditsText::tr("Change the minutes for “%1”").arg(stageTitle),
        [write, minutes] { write(minutes); }, [write, before] { write(before); });
}

QUndoCommand* setSkipped(WorkshopStore& store, qint64 workshopId, const QStringList& stageKeys,
                         bool skipped) {
    QStringList changed;
    for (const QString& key : stageKeys)
        if (store.stageState(workshopId, key).skipped != skipped)
            changed << key;
    if (changed.isEmpty())
        return nullptr;
    auto write = [&store, workshopId, changed](bool skip) {
        for (const QString& key : changed)
            store.setStagePlan(workshopId, key, store.stageState(workshopId, key).plannedMinutes,
                               skip);
    };
    return new StoreCommand(
        skipped ? AgendaEditsText::tr("Skip a block") : AgendaEditsText::tr("Bring a block back"),
        [write, skipped] { write(skipped); }, [write, skipped] { write(!skipped); });
}

QUndoCommand* addDiscussionBlock(WorkshopStore& store, qint64 workshopId, const QString& title,
                                 const QString& afterStage, int minutes) {
    CustomStage stage;
    stage.workshopId = workshopId;
    stage.title = title;
    stage.afterStage = afterStage;
    stage.minutes = minutes;
    auto key = std::make_shared<QString>();
    return new StoreCommand(
        AgendaEditsText::tr("Add the discussion block “%1”").arg(title),
        [&store, stage, key] {
            if (const auto added = store.addCustomStage(stage))
                *key = *added;
        },
        [&store, workshopId, key] {
            if (!key->isEmpty())
                store.removeCustomStage(workshopId, *key);
        });
}

} // namespace AgendaEdits
