#pragma once
// The words of a comparison, shared by the screen and the PDF so both say the same thing:
// the summary a leadership reader takes in first, and the label of each row's change. Colour
// is never the only cue; every highlighted row also says what changed in words.
#include "WorkshopComparison.h"

#include <QCoreApplication>
#include <QStringList>

namespace ComparisonText {

// How the words frame the differences: two workshops of one product, one after the other,
// say what changed; two of different products are set side by side and say what differs,
// never that one "changed" into the other.
enum class Wording { Change, Contrast };
Wording wording(const WorkshopComparison& comparison);

// The record's product as typed (tidied); "no product named" when it has none.
QString productLabel(const NorthStarRecord& record);

// The sentences of the summary, in reading order: the metric, the game, the inputs counted
// by kind of change, the guardrail. Two products are named first.
QStringList summary(const WorkshopComparison& comparison);

// How a row is marked: "same", "changed", "added" or "removed" (a style key, not shown).
QString kindKey(Difference difference);
QString kindKey(const InputDifference& input);
// The words on a row's label: "same", "changed", "added", "dropped"; for an input
// "kept", "added", "dropped" or what changed ("renamed, new owner"). Contrasted: "same",
// "different", "only later", "only earlier"; "alike" or what differs ("other name").
QString words(Difference difference, Wording wording = Wording::Change);
QString words(const InputDifference& input, Wording wording = Wording::Change);
// The guardrail as one difference: added or dropped when one side has none.
Difference guardrail(const WorkshopComparison& comparison);

// "Transaction game"; empty while undecided.
QString gameLabel(Game game);

} // namespace ComparisonText
