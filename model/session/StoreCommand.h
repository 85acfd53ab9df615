#pragma once
// One undoable edit of the workshop, written as two small functions: what redo does and what
// undo does. Every edit on the draft-and-converge pages goes through it, so Ctrl+Z walks back
// card text, pairs, scores, votes and the chosen North Star alike. Edits of the same field in
// a row (typing in one box) merge into one step when they share a non-empty merge key.
#include <QUndoCommand>

#include <functional>

class WorkshopStore;

class StoreCommand : public QUndoCommand {
public:
    using Action = std::function<void()>;

    StoreCommand(const QString& text, Action redo, Action undo, QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Action m_redo;
    Action m_undo;
    QString m_mergeKey;
};

// `action`, with every write it makes committed as one transaction (all or nothing) and heard
// as one change: for the steps that write several rows (merge cards, reorder inputs...).
StoreCommand::Action inOneTransaction(WorkshopStore& store, StoreCommand::Action action);
