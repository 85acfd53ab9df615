#pragma once
// What outlives an open workshop while the app runs: its undo history and its console state.
// One per library; a WorkshopSession takes its workshop's share when it opens and gives it
// back when it closes, so closing and reopening a workshop keeps Ctrl+Z and the masks.
#include "ConsoleState.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <unordered_map>

class QUndoStack;
class WorkshopSession;

class SessionMemory : public QObject {
    Q_OBJECT

public:
    struct Kept {
        std::unique_ptr<QUndoStack> undoStack;
        ConsoleState console;
        // The session holding the stack now (null while the workshop is closed): the commands
        // on the stack report failed writes to whichever session opened the workshop last.
        std::shared_ptr<WorkshopSession*> owner;
    };

    explicit SessionMemory(QObject* parent = nullptr);
    ~SessionMemory() override;

    // The workshop's share, or a fresh one (an empty undo stack) the first time.
    Kept take(qint64 workshopId);
    void keep(qint64 workshopId, Kept kept);
    // Empties every kept undo history (after a backup is restored, they speak of another
    // library), and any open session's through its own stack.
    void clearUndo();
    bool remembers(qint64 workshopId) const { return m_kept.contains(workshopId); }

signals:
    // Emitted by clearUndo() so open sessions clear their stacks too.
    void undoCleared();

private:
    std::unordered_map<qint64, Kept> m_kept;
};
