#pragma once
// Undoable edits of the draft-and-converge cards and pairs: adding and removing a card (with
// its inputs and the lineage other cards hold to it), typing in one of its fields, the
// reveal of the silent brainstorm and the pair-and-share draw. Undo puts everything back
// with the same ids, so the pages and the projector find each card where it was.
#include "domain/Candidate.h"
#include "domain/Input.h"
#include "domain/PairGroup.h"

#include <QHash>
#include <QUndoCommand>

class WorkshopStore;

namespace DraftCommands {

enum class Field { Name, Behaviour, Measure, Definition };

// Typing in one field of a card: keystrokes in the same field merge into one step, named after
// the card. Null when the text is what the card already holds.
QUndoCommand* editField(WorkshopStore& store, qint64 candidateId, Field field, const QString& text);
// The card's inputs as a list of names (typed as "a, b, c"): inputs are renamed in order,
// added or removed; undo restores the previous inputs with their ids. Null when they are
// already those names.
QUndoCommand* setInputNames(WorkshopStore& store, qint64 candidateId, const QStringList& names);
// Reveals the silent brainstorm's cards to the room, or hides them again.
QUndoCommand* setRevealed(WorkshopStore& store, qint64 workshopId, bool revealed);

} // namespace DraftCommands

// Adds a card and, optionally, inputs for it. The first redo picks the ids; later redos
// re-insert with them.
class AddCardCommand : public QUndoCommand {
public:
    AddCardCommand(WorkshopStore& store, const Candidate& candidate, const QList<Input>& inputs,
                   const QString& text);
    void redo() override;
    void undo() override;
    qint64 candidateId() const { return m_candidate.id; }

private:
    WorkshopStore& m_store;
    Candidate m_candidate;
    QList<Input> m_inputs;
};

// Removes a card with its inputs. Cards built from it lose that link in the library (the
// lineage rows go with it); undo restores the card and those links.
class RemoveCardCommand : public QUndoCommand {
public:
    RemoveCardCommand(WorkshopStore& store, const Candidate& candidate, const QString& text);
    void redo() override;
    void undo() override;

private:
    WorkshopStore& m_store;
    Candidate m_candidate;
    QList<Input> m_inputs;
    QList<Candidate> m_children; // as they were, with their full mergedFrom
};

// Replaces the pair-and-share draw (draw, re-draw or a swap). Groups that go take their pair
// candidates' link to the pair with them; undo restores the old groups with their ids and
// re-attaches those candidates.
class SetPairingCommand : public QUndoCommand {
public:
    SetPairingCommand(WorkshopStore& store, qint64 workshopId, const QList<PairGroupRecord>& groups,
                      quint64 seed, const QString& text);
    void redo() override;
    void undo() override;

private:
    WorkshopStore& m_store;
    qint64 m_workshopId;
    QList<PairGroupRecord> m_before;
    quint64 m_seedBefore = 0;
    QList<PairGroupRecord> m_after;
    quint64 m_seedAfter = 0;
    QHash<qint64, qint64> m_pairOf; // pair candidate id -> its pair before the change
};
