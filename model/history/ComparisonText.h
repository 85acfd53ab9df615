#pragma once
// The words of a comparison, shared by the screen and the PDF so both say the same thing:
// the summary a leadership reader takes in first, and the label of each row's change. Colour
// is never the only cue; every highlighted row also says what changed in words.
#include "WorkshopComparison.h"

#include <QCoreApplication>
#include <QStringList>

namespace ComparisonText {

// The sentences of the summary, in reading order: the metric, the game, the inputs counted
// by kind of change, the guardrail.
QStringList summary(const WorkshopComparison& comparison);

// How a row is marked: "same", "changed", "added" or "removed" (a style key, not shown).
QString kindKey(Difference difference);
QString kindKey(const InputDifference& input);
// The words on a row's label: "same", "changed", "added", "dropped"; for an input
// "kept", "added", "dropped" or what changed ("renamed, new owner").
QString words(Difference difference);
QString words(const InputDifference& input);
// The guardrail as one difference: added or dropped when one side has none.
Difference guardrail(const WorkshopComparison& comparison);

// "Transaction game"; empty while undecided.
QString gameLabel(Game game);

} // namespace ComparisonText
