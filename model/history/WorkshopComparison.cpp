#include "WorkshopComparison.h"

#include "domain/ProductName.h"

#include <algorithm>

namespace {

TextDifference textDifference(const QString& before, const QString& after) {
    return {before, after, WorkshopComparison::compare(before, after)};
}

InputChanges changesBetween(const Input& before, const Input& after) {
    InputChanges changes;
    if (!WorkshopComparison::sameText(before.name, after.name))
        changes |= InputChange::Renamed;
    if (!WorkshopComparison::sameText(before.definition, after.definition))
        changes |= InputChange::Redefined;
    if (!WorkshopComparison::sameText(before.owner, after.owner))
        changes |= InputChange::OwnerChanged;
    return changes;
}

QList<Input> inOrder(QList<Input> inputs) {
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const Input& a, const Input& b) { return a.position < b.position; });
    return inputs;
}

} // namespace

WorkshopComparison::WorkshopComparison(NorthStarRecord before, NorthStarRecord after)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_metricName(textDifference(m_before.metricName, m_after.metricName))
    , m_metricDefinition(textDifference(m_before.metricDefinition, m_after.metricDefinition))
    , m_guardrailName(textDifference(m_before.guardrailName, m_after.guardrailName))
    , m_guardrailDefinition(
          textDifference(m_before.guardrailDefinition, m_after.guardrailDefinition)) {
    if (m_before.game == m_after.game)
        m_game = Difference::Same;
    else if (m_before.game == Game::Undecided)
        m_game = Difference::Added;
    else if (m_after.game == Game::Undecided)
        m_game = Difference::Removed;
    else
        m_game = Difference::Changed;
    pairInputs();
}

bool WorkshopComparison::sameProduct() const {
    const QString key = ProductName::key(m_before.product);
    return !key.isEmpty() && key == ProductName::key(m_after.product);
}

bool WorkshopComparison::sameText(const QString& a, const QString& b) {
    return ProductName::key(a) == ProductName::key(b);
}

Difference WorkshopComparison::compare(const QString& before, const QString& after) {
    const QString a = ProductName::key(before);
    const QString b = ProductName::key(after);
    if (a == b)
        return Difference::Same;
    if (a.isEmpty())
        return Difference::Added;
    if (b.isEmpty())
        return Difference::Removed;
    return Difference::Changed;
}

void WorkshopComparison::pairInputs() {
    const QList<Input> earlier = inOrder(m_before.inputs);
    const QList<Input> later = inOrder(m_after.inputs);
    QList<int> partnerOfLater(later.size(), -1); // index into `earlier`
    QList<InputMatch> how(later.size(), InputMatch::None);
    QList<bool> earlierTaken(earlier.size(), false);

    auto pass = [&](InputMatch match, auto&& key) {
        for (qsizetype j = 0; j < later.size(); ++j) {
            if (partnerOfLater[j] >= 0)
                continue;
            const QString wanted = key(later[j]);
            if (wanted.isEmpty())
                continue;
            for (qsizetype i = 0; i < earlier.size(); ++i)
                if (!earlierTaken[i] && key(earlier[i]) == wanted) {
                    partnerOfLater[j] = int(i);
                    how[j] = match;
                    earlierTaken[i] = true;
                    break;
                }
        }
    };
    pass(InputMatch::Name, [](const Input& input) { return ProductName::key(input.name); });
    pass(InputMatch::Definition,
         [](const Input& input) { return ProductName::key(input.definition); });

    // A pattern pairs two inputs only when it is unambiguous on both sides.
    auto unpairedWith = [](const QList<Input>& inputs, auto&& unpaired, InputPattern pattern) {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < inputs.size(); ++i)
            if (unpaired(i) && inputs[i].pattern == pattern)
                found.append(i);
        return found;
    };
    for (const InputPattern pattern : {InputPattern::Breadth, InputPattern::Depth,
                                       InputPattern::Frequency, InputPattern::Efficiency}) {
        const auto fromEarlier = unpairedWith(
            earlier, [&](qsizetype i) { return !earlierTaken[i]; }, pattern);
        const auto fromLater = unpairedWith(
            later, [&](qsizetype j) { return partnerOfLater[j] < 0; }, pattern);
        if (fromEarlier.size() == 1 && fromLater.size() == 1) {
            partnerOfLater[fromLater.first()] = int(fromEarlier.first());
            how[fromLater.first()] = InputMatch::Pattern;
            earlierTaken[fromEarlier.first()] = true;
        }
    }

    for (qsizetype j = 0; j < later.size(); ++j) {
        InputDifference difference;
        difference.after = later[j];
        if (partnerOfLater[j] >= 0) {
            difference.before = earlier[partnerOfLater[j]];
            difference.changes = changesBetween(*difference.before, later[j]);
            difference.matchedBy = how[j];
        } else {
            difference.changes = InputChange::Added;
        }
        m_inputs.append(difference);
    }
    for (qsizetype i = 0; i < earlier.size(); ++i)
        if (!earlierTaken[i]) {
            InputDifference difference;
            difference.before = earlier[i];
            difference.changes = InputChange::Removed;
            m_inputs.append(difference);
        }
}

int WorkshopComparison::inputCount(InputChange change) const {
    return int(std::count_if(m_inputs.cbegin(), m_inputs.cend(),
                             [change](const InputDifference& d) { return d.has(change); }));
}

int WorkshopComparison::keptInputs() const {
    return int(std::count_if(m_inputs.cbegin(), m_inputs.cend(),
                             [](const InputDifference& d) { return d.kept(); }));
}

bool WorkshopComparison::identical() const {
    return !northStarChanged() && !guardrailChanged() && m_game == Difference::Same &&
           keptInputs() == m_inputs.size();
}
