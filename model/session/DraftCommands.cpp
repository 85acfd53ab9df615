#include "DraftCommands.h"

#include "StoreCommand.h"
#include "domain/StageKeys.h"
#include "domain/TextDirection.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

namespace {

class DraftCommandsText {
    Q_DECLARE_TR_FUNCTIONS(DraftCommands)
};

void setField(Candidate& c, DraftCommands::Field field, const QString& text) {
    switch (field) {
    case DraftCommands::Field::Name:
        c.name = text;
        break;
    case DraftCommands::Field::Behaviour:
        c.behaviour = text;
        break;
    case DraftCommands::Field::Measure:
        c.measure = text;
        break;
    case DraftCommands::Field::Definition:
        c.definition = text;
        break;
    }
}

QString fieldOf(const Candidate& c, DraftCommands::Field field) {
    switch (field) {
    case DraftCommands::Field::Name:
        return c.name;
    case DraftCommands::Field::Behaviour:
        return c.behaviour;
    case DraftCommands::Field::Measure:
        return c.measure;
    case DraftCommands::Field::Definition:
        return c.definition;
    }
    return {};
}

// The card's name (else its behaviour) on one line, short enough for a menu; empty when the
// card has neither.
QString cardLabel(const Candidate& c) {
    constexpr int MostChars = 40;
    QString label = c.name.simplified();
    if (label.isEmpty())
        label = c.behaviour.simplified();
    if (label.size() > MostChars) {
        qsizetype cut = MostChars - 1;
        if (label.at(cut - 1).isHighSurrogate())
            --cut; // never half an emoji
        label = label.left(cut).trimmed() + QChar(0x2026);
    }
    return label;
}

void writeField(WorkshopStore& store, qint64 id, DraftCommands::Field field, const QString& text) {
    auto c = store.candidate(id);
    if (!c || fieldOf(*c, field) == text)
        return;
    setField(*c, field, text);
    store.updateCandidate(*c);
}

// Makes the candidate's inputs exactly `inputs`: same ids, names and order.
void restoreInputs(WorkshopStore& store, qint64 candidateId, const QList<Input>& inputs) {
    QList<qint64> wanted;
    for (const Input& input : inputs)
        wanted << input.id;
    QList<qint64> present;
    for (const Input& input : store.inputs(candidateId)) {
        present << input.id;
        if (!wanted.contains(input.id))
            store.removeInput(input.id);
    }
    for (const Input& input : inputs) {
        if (present.contains(input.id))
            store.updateInput(input);
        else
            store.addInput(input);
    }
}

} // namespace

namespace DraftCommands {

QUndoCommand* editField(WorkshopStore& store, qint64 candidateId, Field field,
                        const QString& text) {
    const auto before = store.candidate(candidateId);
    if (!before || fieldOf(*before, field) == text)
        return nullptr; // nothing changes (the field was loaded from the store): no step
    const QString old = fieldOf(*before, field);
    // The step is named after the card as it will read, so the Edit menu and the status bar
    // say which card Ctrl+Z goes back to.
    Candidate after = *before;
    setField(after, field, text);
    const QString card = TextDirection::isolate(cardLabel(after));
    QString what;
    if (card.isEmpty())
        what = field == Field::Name        ? DraftCommandsText::tr("Type the card's name")
               : field == Field::Behaviour ? DraftCommandsText::tr("Type the customer behaviour")
               : field == Field::Measure   ? DraftCommandsText::tr("Type how to measure it")
                                           : DraftCommandsText::tr("Type the card's definition");
    else
        what = field == Field::Name
                   ? DraftCommandsText::tr("Type the name of the card “%1”").arg(card)
               : field == Field::Behaviour
                   ? DraftCommandsText::tr("Type the customer behaviour of “%1”").arg(card)
               : field == Field::Measure
                   ? DraftCommandsText::tr("Type how to measure “%1”").arg(card)
                   : DraftCommandsText::tr("Type the definition of “%1”").arg(card);
    return new StoreCommand(
        what, [&store, candidateId, field, text] { writeField(store, candidateId, field, text); },
        [&store, candidateId, field, old] { writeField(store, candidateId, field, old); },
        QStringLiteral("card-%1-%2").arg(int(field)).arg(candidateId));
}

QUndoCommand* setInputNames(WorkshopStore& store, qint64 candidateId, const QStringList& names) {
    const QList<Input> before = store.inputs(candidateId);
    QStringList stored;
    for (const Input& input : before)
        stored << input.name;
    if (stored == names)
        return nullptr;
    auto apply = [&store, candidateId, names] {
        QList<Input> inputs = store.inputs(candidateId);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i < inputs.size()) {
                if (inputs.at(i).name != names.at(i)) {
                    inputs[i].name = names.at(i);
                    store.updateInput(inputs.at(i));
                }
            } else {
                Input input;
                input.candidateId = candidateId;
                input.name = names.at(i);
                input.position = int(i);
                store.addInput(input);
            }
        }
        for (qsizetype i = names.size(); i < inputs.size(); ++i)
            store.removeInput(inputs.at(i).id);
    };
    return new StoreCommand(
        DraftCommandsText::tr("Type the card's inputs"), inOneTransaction(store, apply),
        inOneTransaction(
            store, [&store, candidateId, before] { restoreInputs(store, candidateId, before); }),
        QStringLiteral("card-inputs-%1").arg(candidateId));
}

QUndoCommand* setRevealed(WorkshopStore& store, qint64 workshopId, bool revealed) {
    const QString key(StageKeys::Silent);
    return new StoreCommand(
        revealed ? DraftCommandsText::tr("Reveal the cards")
                 : DraftCommandsText::tr("Hide the cards again"),
        [&store, workshopId, key, revealed] { store.setStageRevealed(workshopId, key, revealed); },
        [&store, workshopId, key, revealed] {
            store.setStageRevealed(workshopId, key, !revealed);
        });
}

} // namespace DraftCommands

AddCardCommand::AddCardCommand(WorkshopStore& store, const Candidate& candidate,
                               const QList<Input>& inputs, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_candidate(candidate)
    , m_inputs(inputs) {}

void AddCardCommand::redo() {
    m_store.batch([this] { // the card and its inputs: one transaction
        const auto id = m_store.addCandidate(m_candidate);
        if (!id)
            return false;
        m_candidate.id = *id;
        for (Input& input : m_inputs) {
            input.candidateId = *id;
            if (const auto inputId = m_store.addInput(input))
                input.id = *inputId;
        }
        return true;
    });
}

void AddCardCommand::undo() {
    if (m_candidate.id != 0)
        m_store.removeCandidate(m_candidate.id); // its inputs go with it
}

RemoveCardCommand::RemoveCardCommand(WorkshopStore& store, const Candidate& candidate,
                                     const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_candidate(candidate)
    , m_inputs(store.inputs(candidate.id)) {
    for (const Candidate& c : store.candidates(candidate.workshopId))
        if (c.mergedFrom.contains(candidate.id))
            m_children << c;
}

void RemoveCardCommand::redo() {
    m_store.removeCandidate(m_candidate.id);
}

void RemoveCardCommand::undo() {
    m_store.batch([this] { // the card, its inputs and its lineage: one transaction
        if (!m_store.addCandidate(m_candidate))
            return false;
        for (const Input& input : std::as_const(m_inputs))
            m_store.addInput(input);
        for (const Candidate& child : std::as_const(m_children))
            if (auto now = m_store.candidate(child.id)) {
                now->mergedFrom = child.mergedFrom;
                m_store.updateCandidate(*now);
            }
        return true;
    });
}

SetPairingCommand::SetPairingCommand(WorkshopStore& store, qint64 workshopId,
                                     const QList<PairGroupRecord>& groups, quint64 seed,
                                     const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_workshopId(workshopId)
    , m_before(store.pairGroups(workshopId))
    , m_after(groups)
    , m_seedAfter(seed) {
    if (const auto w = store.workshop(workshopId))
        m_seedBefore = w->pairSeed;
    for (const Candidate& c : store.candidates(workshopId))
        if (c.kind == CandidateKind::Pair && c.pairId != 0)
            m_pairOf.insert(c.id, c.pairId);
}

void SetPairingCommand::redo() {
    if (!m_store.setPairing(m_workshopId, m_after, m_seedAfter))
        return;
    // Remember the ids the new groups got, so a redo after an undo brings back the same ones.
    m_after = m_store.pairGroups(m_workshopId);
}

void SetPairingCommand::undo() {
    m_store.batch([this] { // the pairs and their candidates' links: one transaction
        if (!m_store.setPairing(m_workshopId, m_before, m_seedBefore))
            return false;
        for (Candidate c : m_store.candidates(m_workshopId)) {
            const qint64 pair = m_pairOf.value(c.id);
            if (c.kind == CandidateKind::Pair && pair != 0 && c.pairId != pair) {
                c.pairId = pair;
                m_store.updateCandidate(c);
            }
        }
        return true;
    });
}
