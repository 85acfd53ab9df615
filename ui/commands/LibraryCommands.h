#pragma once
// Undoable edits of the workshop library. Widgets push these on the library's undo stack
// instead of calling the store directly, so Ctrl+Z can bring a workshop back.
#include <QUndoCommand>

class WorkshopStore;

class RenameWorkshopCommand : public QUndoCommand {
public:
    RenameWorkshopCommand(WorkshopStore& store, qint64 id, QString oldTitle, QString newTitle);
    void undo() override;
    void redo() override;

private:
    WorkshopStore& m_store;
    qint64 m_id;
    QString m_oldTitle;
    QString m_newTitle;
};

// Deleting moves the workshop to the store's trash; undo restores it with everything in it.
class DeleteWorkshopCommand : public QUndoCommand {
public:
    DeleteWorkshopCommand(WorkshopStore& store, qint64 id, const QString& title);
    void undo() override;
    void redo() override;

private:
    WorkshopStore& m_store;
    qint64 m_id;
};

// A new workshop with the same header and people. Undo deletes the copy; redo restores it.
class DuplicateWorkshopCommand : public QUndoCommand {
public:
    DuplicateWorkshopCommand(WorkshopStore& store, qint64 originalId, const QString& newTitle);
    void undo() override;
    void redo() override;
    qint64 copyId() const { return m_copyId; }

private:
    WorkshopStore& m_store;
    qint64 m_originalId;
    QString m_newTitle;
    qint64 m_copyId = 0;
};
