#include "SessionMemory.h"

#include <QUndoStack>

SessionMemory::SessionMemory(QObject* parent)
    : QObject(parent) {}

SessionMemory::~SessionMemory() = default;

SessionMemory::Kept SessionMemory::take(qint64 workshopId) {
    Kept kept;
    if (auto it = m_kept.find(workshopId); it != m_kept.end()) {
        kept = std::move(it->second);
        m_kept.erase(it);
    }
    if (!kept.undoStack)
        kept.undoStack = std::make_unique<QUndoStack>();
    if (!kept.owner)
        kept.owner = std::make_shared<WorkshopSession*>(nullptr);
    return kept;
}

void SessionMemory::keep(qint64 workshopId, Kept kept) {
    m_kept[workshopId] = std::move(kept);
}

void SessionMemory::clearUndo() {
    for (auto& [id, kept] : m_kept)
        if (kept.undoStack)
            kept.undoStack->clear();
    emit undoCleared();
}
