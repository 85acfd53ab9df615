#pragma once
// What a stage page needs to do its work: the store to read and write through, the agenda
// runner, the open workshop's undo stack, and the console's pass-the-laptop switch (null
// where there is none). Projector views get the same context and only read.
class AgendaRunner;
class PassTheLaptop;
class QUndoStack;
class WorkshopStore;

struct StageContext {
    WorkshopStore& store;
    AgendaRunner& runner;
    QUndoStack& undoStack;
    qint64 workshopId;
    PassTheLaptop* passTheLaptop = nullptr;

    // Whether the console is being passed round the room right now.
    bool passingLaptop() const;
};
