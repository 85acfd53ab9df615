#include "StoreCommand.h"

#include "storage/WorkshopStore.h"

namespace {
constexpr int MergeableId = 0x4c53; // any fixed number; only StoreCommands compare keys
} // namespace

StoreCommand::StoreCommand(const QString& text, Action redo, Action undo, QString mergeKey)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_mergeKey(std::move(mergeKey)) {}

void StoreCommand::redo() {
    if (m_redo)
        m_redo();
}

void StoreCommand::undo() {
    if (m_undo)
        m_undo();
}

StoreCommand::Action inOneTransaction(WorkshopStore& store, StoreCommand::Action action) {
    return [&store, action = std::move(action)] {
        store.batch([&action] {
            action();
            return true; // a write that failed inside rolls the whole batch back
        });
    };
}

int StoreCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool StoreCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const StoreCommand*>(other);
    if (!next || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    // Keep this command's undo (the value before the first keystroke) and take the later redo.
    m_redo = next->m_redo;
    setText(next->text()); // the step is named after the text as it is now
    return true;
}
