#pragma once
// Two workshops' North Stars side by side, for a leadership reader: did the metric change
// (name, definition), the game, each input, the guardrail, and the team's note on why.
// Pure: built from two NorthStarRecords, no storage, no widgets.
//
// Text is compared the way products are matched (ProductName::key): a change of case,
// spacing or Unicode composition alone is not a change, so retyping a name is not news.
//
// Inputs have no lineage across workshops (Lineage follows cards inside one workshop), so
// they are paired in three passes, each among the inputs the earlier passes left unpaired:
//   1. by name                — the same input; its definition or owner may have changed;
//   2. by definition (if set) — the same input under a new name (renamed);
//   3. by pattern (breadth, depth, frequency, efficiency), when exactly one unpaired input
//      on each side has it — renamed, and perhaps redefined.
// What is left is removed (earlier workshop) or added (later workshop).
//
// Two workshops of different products can be compared too (the library's Compare): their
// North Stars are then set beside each other, not one after the other, so nothing "changed"
// from one to the other and the later one's note on why is not about the earlier one.
#include "domain/NorthStarRecord.h"

#include <QFlags>
#include <QList>

#include <optional>

enum class Difference { Same, Changed, Added, Removed };

struct TextDifference {
    QString before;
    QString after;
    Difference difference = Difference::Same;

    bool changed() const { return difference != Difference::Same; }
};

enum class InputChange : quint8 {
    Renamed = 1 << 0,
    Redefined = 1 << 1,
    OwnerChanged = 1 << 2,
    Added = 1 << 3,
    Removed = 1 << 4,
};
Q_DECLARE_FLAGS(InputChanges, InputChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(InputChanges)

enum class InputMatch { None, Name, Definition, Pattern };

struct InputDifference {
    std::optional<Input> before; // empty when added
    std::optional<Input> after;  // empty when removed
    InputChanges changes;
    InputMatch matchedBy = InputMatch::None;

    bool kept() const { return before && after && !changes; }
    bool has(InputChange change) const { return changes.testFlag(change); }
};

class WorkshopComparison {
public:
    // `before` is the earlier workshop, `after` the later one (the caller orders them).
    WorkshopComparison(NorthStarRecord before, NorthStarRecord after);

    const NorthStarRecord& before() const { return m_before; }
    const NorthStarRecord& after() const { return m_after; }

    const TextDifference& metricName() const { return m_metricName; }
    const TextDifference& metricDefinition() const { return m_metricDefinition; }
    const TextDifference& guardrailName() const { return m_guardrailName; }
    const TextDifference& guardrailDefinition() const { return m_guardrailDefinition; }
    Difference game() const { return m_game; }
    // The later workshop's inputs in their order (kept, changed or added), then the removed
    // ones in the earlier workshop's order.
    const QList<InputDifference>& inputs() const { return m_inputs; }
    // Both workshops are of one named product (ProductName::key, never the empty key), so
    // the later North Star kept or changed the earlier one.
    bool sameProduct() const;
    // The later workshop's note: why the team changed (or kept) its North Star. Empty for
    // two different products: that note speaks of the later product's own history.
    QString whyChanged() const { return sameProduct() ? m_after.changeNote : QString(); }

    bool northStarChanged() const { return m_metricName.changed() || m_metricDefinition.changed(); }
    bool guardrailChanged() const {
        return m_guardrailName.changed() || m_guardrailDefinition.changed();
    }
    // Inputs with `change` among their changes; keptInputs() counts those with none.
    int inputCount(InputChange change) const;
    int keptInputs() const;
    // Nothing differs: metric, game, inputs and guardrail are the same.
    bool identical() const;

    static Difference compare(const QString& before, const QString& after);
    static bool sameText(const QString& a, const QString& b);

private:
    void pairInputs();

    NorthStarRecord m_before;
    NorthStarRecord m_after;
    TextDifference m_metricName;
    TextDifference m_metricDefinition;
    TextDifference m_guardrailName;
    TextDifference m_guardrailDefinition;
    Difference m_game = Difference::Same;
    QList<InputDifference> m_inputs;
};
