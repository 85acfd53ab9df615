#include "ConvergeCommands.h"

#include "StoreCommand.h"
#include "storage/WorkshopStore.h"

#include <memory>

namespace ConvergeCommands {

namespace {

std::optional<Input> findInput(const WorkshopStore& store, qint64 candidateId, qint64 inputId) {
    for (const Input& input : store.inputs(candidateId))
        if (input.id == inputId)
            return input;
    return std::nullopt;
}

std::optional<FollowUp> findFollowUp(const WorkshopStore& store, qint64 workshopId, qint64 id) {
    for (const FollowUp& f : store.followUps(workshopId))
        if (f.id == id)
            return f;
    return std::nullopt;
}

// Field edits read the record afresh on every redo and undo and change only that field, so
// undoing one field never rolls back another edited since.
template <typename Record, typename Value, typename Find, typename Write>
QUndoCommand* editField(Find find, Write write, Value Record::*field, const Value& value,
                        const QString& text, const QString& mergeKey) {
    const std::optional<Record> current = find();
    if (!current)
        return nullptr;
    const Value before = (*current).*field;
    if (before == value)
        return nullptr; // nothing changes (a field loaded from the store): no undo step
    auto apply = [find, write, field](const Value& v) {
        if (std::optional<Record> record = find()) {
            if ((*record).*field == v)
                return;
            (*record).*field = v;
            write(*record);
        }
    };
    return new StoreCommand(
        text, [apply, value] { apply(value); }, [apply, before] { apply(before); }, mergeKey);
}

} // namespace

QUndoCommand* choose(WorkshopStore& store, qint64 workshopId, qint64 candidateId,
                     const QString& text) {
    const auto workshop = store.workshop(workshopId);
    if (!workshop)
        return nullptr;
    const qint64 before = workshop->northStarId;
    return new StoreCommand(
        text, [&store, workshopId, candidateId] { store.setNorthStar(workshopId, candidateId); },
        [&store, workshopId, before] { store.setNorthStar(workshopId, before); });
}

QUndoCommand* writeFrom(WorkshopStore& store, const Candidate& source, int position,
                        const QString& text) {
    const auto workshop = store.workshop(source.workshopId);
    if (!workshop)
        return nullptr;
    Candidate fresh;
    fresh.workshopId = source.workshopId;
    fresh.kind = CandidateKind::Room;
    fresh.name = source.name;
    fresh.definition = source.definition;
    fresh.behaviour = source.behaviour;
    fresh.measure = source.measure;
    fresh.position = position;
    fresh.mergedFrom = {source.id};
    struct Ids {
        qint64 candidate = 0;
        QList<qint64> inputs;
    };
    auto ids = std::make_shared<Ids>();
    const QList<Input> inputs = store.inputs(source.id);
    const qint64 before = workshop->northStarId;
    auto redo = [&store, fresh, inputs, ids] {
        Candidate c = fresh;
        c.id = ids->candidate; // 0 the first time; the same id again on redo
        const auto id = store.addCandidate(c);
        if (!id)
            return;
        ids->candidate = *id;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            Input copy = inputs.at(i);
            copy.id = ids->inputs.value(i);
            copy.candidateId = *id;
            if (const auto inputId = store.addInput(copy); inputId && i >= ids->inputs.size())
                ids->inputs.append(*inputId);
        }
        store.setNorthStar(c.workshopId, *id);
    };
    auto undo = [&store, ids, before, workshopId = source.workshopId] {
        store.setNorthStar(workshopId, before);
        if (ids->candidate != 0)
            store.removeCandidate(ids->candidate);
    };
    return new StoreCommand(text, inOneTransaction(store, redo), inOneTransaction(store, undo));
}

QUndoCommand* editCandidate(WorkshopStore& store, qint64 candidateId, QString Candidate::*field,
                            const QString& value, const QString& text, const QString& mergeKey) {
    return editField<Candidate>([&store, candidateId] { return store.candidate(candidateId); },
                                [&store](const Candidate& c) { store.updateCandidate(c); }, field,
                                value, text, mergeKey);
}

QUndoCommand* addInput(WorkshopStore& store, const Input& input, const QString& text) {
    auto id = std::make_shared<qint64>(input.id);
    return new StoreCommand(
        text,
        [&store, input, id] {
            Input i = input;
            i.id = *id;
            if (const auto added = store.addInput(i))
                *id = *added;
        },
        [&store, id] {
            if (*id != 0)
                store.removeInput(*id);
        });
}

QUndoCommand* removeInput(WorkshopStore& store, const Input& input, const QString& text) {
    // The check-ins' ratings of the input go with it and come back with it on undo.
    auto ratings = std::make_shared<QHash<qint64, int>>();
    return new StoreCommand(
        text,
        [&store, id = input.id, ratings] {
            *ratings = store.confidencesIn(id);
            store.removeInput(id);
        },
        inOneTransaction(store, [&store, input, ratings] {
            if (store.addInput(input))
                store.restoreConfidencesIn(input.id, *ratings);
        }));
}

QUndoCommand* editInput(WorkshopStore& store, const Input& input, QString Input::*field,
                        const QString& value, const QString& text, const QString& mergeKey) {
    return editField<Input>(
        [&store, c = input.candidateId, i = input.id] { return findInput(store, c, i); },
        [&store](const Input& i) { store.updateInput(i); }, field, value, text, mergeKey);
}

QUndoCommand* setInputPattern(WorkshopStore& store, const Input& input, InputPattern pattern,
                              const QString& text) {
    return editField<Input>(
        [&store, c = input.candidateId, i = input.id] { return findInput(store, c, i); },
        [&store](const Input& i) { store.updateInput(i); }, &Input::pattern, pattern, text, {});
}

QUndoCommand* reorderInputs(WorkshopStore& store, const QList<Input>& inputs,
                            const QList<qint64>& order, const QString& text) {
    QList<std::pair<qint64, int>> before;
    QList<std::pair<qint64, int>> after;
    for (const Input& input : inputs)
        before.append({input.id, input.position});
    for (qsizetype i = 0; i < order.size(); ++i)
        after.append({order.at(i), int(i)});
    const qint64 candidateId = inputs.isEmpty() ? 0 : inputs.first().candidateId;
    auto apply = [&store, candidateId](const QList<std::pair<qint64, int>>& positions) {
        for (const auto& [id, position] : positions)
            if (std::optional<Input> input = findInput(store, candidateId, id);
                input && input->position != position) {
                input->position = position;
                store.updateInput(*input);
            }
    };
    return new StoreCommand(text, inOneTransaction(store, [apply, after] { apply(after); }),
                            inOneTransaction(store, [apply, before] { apply(before); }));
}

QUndoCommand* editWorkshop(WorkshopStore& store, qint64 workshopId, QString Workshop::*field,
                           const QString& value, const QString& text, const QString& mergeKey) {
    return editField<Workshop>([&store, workshopId] { return store.workshop(workshopId); },
                               [&store](const Workshop& w) { store.updateWorkshop(w); }, field,
                               value, text, mergeKey);
}

QUndoCommand* setGame(WorkshopStore& store, qint64 workshopId, Game game, const QString& text) {
    return editField<Workshop>([&store, workshopId] { return store.workshop(workshopId); },
                               [&store](const Workshop& w) { store.updateWorkshop(w); },
                               &Workshop::game, game, text, {});
}

QUndoCommand* editChangeNote(WorkshopStore& store, qint64 workshopId, const QString& note,
                             const QString& text, const QString& mergeKey) {
    if (!store.workshop(workshopId))
        return nullptr;
    const QString before = store.changeNote(workshopId);
    if (before == note)
        return nullptr; // the note as loaded: no undo step
    // Writes only when the note differs: a step that changes nothing tells the views nothing.
    auto apply = [&store, workshopId](const QString& value) {
        if (store.changeNote(workshopId) != value)
            store.setChangeNote(workshopId, value);
    };
    return new StoreCommand(
        text, [apply, note] { apply(note); }, [apply, before] { apply(before); }, mergeKey);
}

QUndoCommand* addFollowUp(WorkshopStore& store, const FollowUp& followUp, const QString& text) {
    auto id = std::make_shared<qint64>(followUp.id);
    return new StoreCommand(
        text,
        [&store, followUp, id] {
            FollowUp f = followUp;
            f.id = *id;
            if (const auto added = store.addFollowUp(f))
                *id = *added;
        },
        [&store, id] {
            if (*id != 0)
                store.removeFollowUp(*id);
        });
}

QUndoCommand* removeFollowUp(WorkshopStore& store, const FollowUp& followUp, const QString& text) {
    return new StoreCommand(
        text, [&store, id = followUp.id] { store.removeFollowUp(id); },
        [&store, followUp] { store.addFollowUp(followUp); });
}

QUndoCommand* editFollowUp(WorkshopStore& store, const FollowUp& followUp, QString FollowUp::*field,
                           const QString& value, const QString& text, const QString& mergeKey) {
    return editField<FollowUp>(
        [&store, w = followUp.workshopId, i = followUp.id] { return findFollowUp(store, w, i); },
        [&store](const FollowUp& f) { store.updateFollowUp(f); }, field, value, text, mergeKey);
}

QUndoCommand* setFollowUpDue(WorkshopStore& store, const FollowUp& followUp, const QDate& due,
                             const QString& text) {
    return editField<FollowUp>(
        [&store, w = followUp.workshopId, i = followUp.id] { return findFollowUp(store, w, i); },
        [&store](const FollowUp& f) { store.updateFollowUp(f); }, &FollowUp::due, due, text, {});
}

} // namespace ConvergeCommands
