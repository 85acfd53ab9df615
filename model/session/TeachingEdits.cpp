#include "TeachingEdits.h"

#include "StoreCommand.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

#include <memory>

namespace TeachingEdits {

namespace {
class TeachingEditsText {
    Q_DECLARE_TR_FUNCTIONS(TeachingEdits)
};

std::optional<WarmUpGroup> findGroup(const WorkshopStore& store, qint64 workshopId, qint64 id) {
    const std::optional<WarmUpGroup> group = store.warmUpGroup(id);
    return group && group->workshopId == workshopId ? group : std::nullopt;
}

// Writes the console's side of a group (name, game, members, position) and keeps the link to
// its worksheet's North Star as the store has it now: a phone may have written the worksheet
// since the edit, and undoing a rename must not cut the group off from it. The store writes
// only the fields that differ.
void writeKeepingWorksheet(WorkshopStore& store, WarmUpGroup group) {
    if (const auto now = findGroup(store, group.workshopId, group.id))
        group.candidateId = now->candidateId;
    store.updateWarmUpGroup(group);
}
} // namespace

QUndoCommand* setGameHands(WorkshopStore& store, qint64 workshopId, Game game, int hands) {
    const int before = store.gameTally(workshopId).value(game);
    if (before == hands)
        return nullptr;
    return new StoreCommand(
        TeachingEditsText::tr("Count the hands raised"),
        [&store, workshopId, game, hands] { store.setGameHands(workshopId, game, hands); },
        [&store, workshopId, game, before] { store.setGameHands(workshopId, game, before); },
        QStringLiteral("hands-%1").arg(static_cast<int>(game)));
}

QUndoCommand* setQuestionNote(WorkshopStore& store, qint64 workshopId, const QString& questionKey,
                              const QString& notes, const QString& mergeKey) {
    const QString before = store.questionNotes(workshopId).value(questionKey);
    if (before == notes)
        return nullptr;
    return new StoreCommand(
        TeachingEditsText::tr("Type notes for the question"),
        [&store, workshopId, questionKey, notes] {
            store.setQuestionNote(workshopId, questionKey, notes);
        },
        [&store, workshopId, questionKey, before] {
            store.setQuestionNote(workshopId, questionKey, before);
        },
        mergeKey);
}

QUndoCommand* updateWarmUpGroup(WorkshopStore& store, const WarmUpGroup& after, const QString& text,
                                const QString& mergeKey) {
    const auto before = findGroup(store, after.workshopId, after.id);
    if (!before || *before == after)
        return nullptr;
    return new StoreCommand(
        text, [&store, after] { writeKeepingWorksheet(store, after); },
        [&store, before = *before] { writeKeepingWorksheet(store, before); }, mergeKey);
}

QUndoCommand* updateWarmUpGroups(WorkshopStore& store, const QList<WarmUpGroup>& after,
                                 const QString& text) {
    QList<WarmUpGroup> before;
    QList<WarmUpGroup> changed;
    for (const WarmUpGroup& group : after)
        if (const auto now = findGroup(store, group.workshopId, group.id); now && *now != group) {
            before << *now;
            changed << group;
        }
    if (changed.isEmpty())
        return nullptr;
    // Undo writes the groups in the reverse order, so a person is never in two at once. Each
    // way is one transaction and one change.
    auto write = [&store](const QList<WarmUpGroup>& groups) {
        for (const WarmUpGroup& g : groups)
            writeKeepingWorksheet(store, g);
    };
    return new StoreCommand(text, inOneTransaction(store, [write, changed] { write(changed); }),
                            inOneTransaction(store, [write, before] {
                                write(QList<WarmUpGroup>(before.crbegin(), before.crend()));
                            }));
}

QUndoCommand* addWarmUpGroup(WorkshopStore& store, const WarmUpGroup& group, const QString& text) {
    auto added = std::make_shared<WarmUpGroup>(group);
    return new StoreCommand(
        text,
        [&store, added] {
            if (const auto id = store.addWarmUpGroup(*added))
                added->id = *id;
        },
        [&store, added] { store.removeWarmUpGroup(added->id); });
}

} // namespace TeachingEdits
