#pragma once
// One open workshop: the agenda runner, the undo history, what the console alone remembers
// (whose turn, the masks) and what the projector is showing. The console's pages and the
// projector bind to it; it lives from opening the workshop to closing it. Every user edit
// goes through push(): a command whose write fails is dropped from the history (marked
// obsolete) and reported through editFailed(), so Ctrl+Z never walks a step that did nothing.
#include "ConsoleState.h"
#include "SessionMemory.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AgendaRunner;
class Clock;
class QUndoCommand;
class QUndoStack;
class WorkshopStore;

class WorkshopSession : public QObject {
    Q_OBJECT

public:
    // What the room sees over the stage: nothing (blank), the checklist, the example North
    // Stars, or how to join the room from a phone. One at a time, or none: the stage.
    enum class Layer { Stage, Blank, Checklist, Examples, Join };
    struct Projector {
        bool blank = false;
        bool checklist = false;
        bool examples = false;
        bool join = false;
        bool operator==(const Projector&) const = default;
        // The layer that shows (the first of blank, checklist, examples, join that is on).
        Layer layer() const;
        static Projector showing(Layer layer);
    };

    // `memory` (may be null) keeps the undo history and console state between openings.
    WorkshopSession(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                    SessionMemory* memory = nullptr, QObject* parent = nullptr);
    ~WorkshopSession() override; // saves the stage timer, gives the history back to memory

    qint64 workshopId() const { return m_workshopId; }
    WorkshopStore& store() const { return m_store; }
    AgendaRunner& runner() const { return *m_runner; }
    QUndoStack& undoStack() const { return *m_kept.undoStack; }

    // Runs `command` (null is ignored) and keeps it on the undo stack unless a write failed.
    // Returns whether it was kept.
    bool push(QUndoCommand* command);
    // The common case: an edit written as what redo does and what undo does. Edits with the
    // same non-empty merge key in a row merge into one step.
    bool edit(const QString& text, std::function<void()> redo, std::function<void()> undo,
              const QString& mergeKey = {});

    ConsoleState& console() { return m_kept.console; }
    const ConsoleState& console() const { return m_kept.console; }

    // What the projector shows. The session owns it: the console's menu, the projector's keys
    // and (next) the room change it here, and the projector window and the menu follow
    // projectorChanged(). It lasts while the workshop is open; another workshop starts afresh.
    Projector projector() const { return m_projector; }
    void setProjector(const Projector& projector);
    // Lays `layer` over the stage in place of any other, or (`shown` false) takes it away if
    // it is the one showing.
    void showOnProjector(Layer layer, bool shown);

    // How many writes have failed since the session opened (the commands count them).
    int failedWrites() const { return m_failedWrites; }
    // Called by a command whose write failed: says so to the facilitator.
    void reportFailedEdit(const QString& editText, bool undoing);

signals:
    void editFailed(const QString& message);
    void projectorChanged();
    // The session is closing: the runner and the undo stack are still alive, for the last
    // time. Whoever holds on to them lets go here.
    void closing();

private:
    WorkshopStore& m_store;
    qint64 m_workshopId;
    QPointer<SessionMemory> m_memory;
    std::unique_ptr<AgendaRunner> m_runner;
    SessionMemory::Kept m_kept;
    Projector m_projector;
    int m_failedWrites = 0;
    QMetaObject::Connection m_undoCleared;
};
