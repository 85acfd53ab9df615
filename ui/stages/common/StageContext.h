#pragma once
// What a stage page needs to do its work: the open workshop's session (every edit is pushed
// through it as an undoable command), the store to read from, the agenda runner, the undo
// stack (to read; push through the session), and the console's pass-the-laptop switch (null
// where there is none). Projector views get the same context and only read. The references
// live as long as the session; whoever outlives it lets go on WorkshopSession::closing().
class AgendaRunner;
class PassTheLaptop;
class QUndoStack;
class WorkshopSession;
class WorkshopStore;

struct StageContext {
    WorkshopSession& session;
    WorkshopStore& store;
    AgendaRunner& runner;
    QUndoStack& undoStack;
    qint64 workshopId;
    PassTheLaptop* passTheLaptop = nullptr;

    // The context of an open workshop's session.
    static StageContext of(WorkshopSession& session, PassTheLaptop* passTheLaptop = nullptr);

    // Whether the console is being passed round the room right now.
    bool passingLaptop() const;
};
