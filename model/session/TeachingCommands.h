#pragma once
// Undoable deletions on the teaching blocks' pages: a candidate (such as an anti-example)
// with its inputs, one input, and a warm-up group with its worksheet. Undo puts everything
// back with the same ids, so the pages and the projector find it where it was.
#include "domain/Candidate.h"
#include "domain/Input.h"
#include "domain/WarmUpGroup.h"

#include <QUndoCommand>

#include <optional>

class WorkshopStore;

class RemoveCandidateCommand : public QUndoCommand {
public:
    RemoveCandidateCommand(WorkshopStore& store, const Candidate& candidate, const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkshopStore& m_store;
    Candidate m_candidate;
    QList<Input> m_inputs;
};

class RemoveInputCommand : public QUndoCommand {
public:
    RemoveInputCommand(WorkshopStore& store, const Input& input, const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkshopStore& m_store;
    Input m_input;
};

class RemoveWarmUpGroupCommand : public QUndoCommand {
public:
    RemoveWarmUpGroupCommand(WorkshopStore& store, const WarmUpGroup& group, const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkshopStore& m_store;
    WarmUpGroup m_group;
    std::optional<Candidate> m_worksheet;
    QList<Input> m_inputs;
};
