#include "LibraryCommands.h"

#include "UserText.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

namespace {
class LibraryCommandsText {
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)
};
} // namespace

RenameWorkshopCommand::RenameWorkshopCommand(WorkshopStore& store, qint64 id, QString oldTitle,
                                             QString newTitle)
    : m_store(store)
    , m_id(id)
    , m_oldTitle(std::move(oldTitle))
    , m_newTitle(std::move(newTitle)) {
    setText(LibraryCommandsText::tr("rename “%1”").arg(UserText::isolate(m_oldTitle)));
}

void RenameWorkshopCommand::undo() {
    m_store.renameWorkshop(m_id, m_oldTitle);
}

void RenameWorkshopCommand::redo() {
    // A refused edit (empty or too long) never enters the history.
    if (!m_store.renameWorkshop(m_id, m_newTitle))
        setObsolete(true);
}

DeleteWorkshopCommand::DeleteWorkshopCommand(WorkshopStore& store, qint64 id, const QString& title)
    : m_store(store)
    , m_id(id) {
    setText(LibraryCommandsText::tr("delete “%1”").arg(UserText::isolate(title)));
}

void DeleteWorkshopCommand::undo() {
    m_store.restoreWorkshop(m_id);
}

void DeleteWorkshopCommand::redo() {
    if (!m_store.deleteWorkshop(m_id))
        setObsolete(true);
}

DuplicateWorkshopCommand::DuplicateWorkshopCommand(WorkshopStore& store, qint64 originalId,
                                                   const QString& newTitle)
    : m_store(store)
    , m_originalId(originalId)
    , m_newTitle(newTitle) {
    setText(LibraryCommandsText::tr("duplicate as “%1”").arg(UserText::isolate(newTitle)));
}

void DuplicateWorkshopCommand::undo() {
    m_store.deleteWorkshop(m_copyId);
}

void DuplicateWorkshopCommand::redo() {
    if (m_copyId != 0) {
        m_store.restoreWorkshop(m_copyId);
        return;
    }
    const auto id = m_store.duplicateWorkshop(m_originalId, m_newTitle);
    if (id)
        m_copyId = *id;
    else
        setObsolete(true);
}
