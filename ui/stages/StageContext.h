#pragma once
// What a stage page needs to do its work: the store to read and write through, the agenda
// runner, the open workshop's undo stack. Projector views get the same context and only read.
class AgendaRunner;
class QUndoStack;
class WorkshopStore;

struct StageContext {
    WorkshopStore& store;
    AgendaRunner& runner;
    QUndoStack& undoStack;
    qint64 workshopId;
};
