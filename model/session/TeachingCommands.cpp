#include "TeachingCommands.h"

#include "storage/WorkshopStore.h"

namespace {
void restore(WorkshopStore& store, const Candidate& candidate, const QList<Input>& inputs) {
    if (!store.addCandidate(candidate))
        return;
    for (const Input& input : inputs)
        store.addInput(input);
}
} // namespace

RemoveCandidateCommand::RemoveCandidateCommand(WorkshopStore& store, const Candidate& candidate,
                                               const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_candidate(candidate)
    , m_inputs(store.inputs(candidate.id)) {}

void RemoveCandidateCommand::redo() {
    m_store.removeCandidate(m_candidate.id);
}

void RemoveCandidateCommand::undo() {
    restore(m_store, m_candidate, m_inputs);
}

RemoveInputCommand::RemoveInputCommand(WorkshopStore& store, const Input& input,
                                       const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_input(input) {}

void RemoveInputCommand::redo() {
    m_store.removeInput(m_input.id);
}

void RemoveInputCommand::undo() {
    m_store.addInput(m_input);
}

RemoveWarmUpGroupCommand::RemoveWarmUpGroupCommand(WorkshopStore& store, const WarmUpGroup& group,
                                                   const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_group(group) {
    if (group.candidateId != 0) {
        m_worksheet = store.candidate(group.candidateId);
        m_inputs = store.inputs(group.candidateId);
    }
}

void RemoveWarmUpGroupCommand::redo() {
    m_store.removeWarmUpGroup(m_group.id);
    if (m_worksheet)
        m_store.removeCandidate(m_worksheet->id);
}

void RemoveWarmUpGroupCommand::undo() {
    if (m_worksheet)
        restore(m_store, *m_worksheet, m_inputs);
    m_store.addWarmUpGroup(m_group);
}
