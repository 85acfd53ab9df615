#pragma once
// Undoable check-ins on a product's page, pushed on the library's undo stack like the other
// product commands. Adding one and undoing removes it; redo puts the same check-in back with
// its id. Removing one keeps it whole (ratings included), so undo puts it back as it was. A
// write the store refuses drops the command from the history (obsolete); the store's
// writeFailed() tells the facilitator why.
#include "domain/CheckIn.h"

#include <QUndoCommand>

class WorkshopStore;

class AddCheckInCommand : public QUndoCommand {
public:
    AddCheckInCommand(WorkshopStore& store, CheckIn checkIn, const QString& metricName);
    void redo() override;
    void undo() override;
    qint64 checkInId() const { return m_checkIn.id; }

private:
    WorkshopStore& m_store;
    CheckIn m_checkIn; // its id once written
};

class RemoveCheckInCommand : public QUndoCommand {
public:
    RemoveCheckInCommand(WorkshopStore& store, CheckIn checkIn, const QString& metricName);
    void redo() override;
    void undo() override;

private:
    WorkshopStore& m_store;
    CheckIn m_checkIn;
};
