#pragma once
// Line breaking for the North Star tree: greedy wrap at Unicode line-break opportunities
// (QTextBoundaryFinder::Line, so Chinese and Japanese wrap between characters, not only at
// spaces) that can break over-long words or elide when told to, and balancing of centred
// lines. Measures with QFontMetricsF only, so
// the layout stays independent of any paint device.
#include "NorthStarTreeLayout.h"

#include <QFontMetricsF>
#include <QStringList>

namespace TreeTextWrap {

// What to do with a word wider than the line: report it, break it, or also elide lines
// beyond a maximum.
enum class Overflow { Reject, BreakWords, Elide };

struct Wrapped {
    QStringList lines;
    bool brokeWord = false; // a word was wider than the line (broken unless Reject)
    bool elided = false;
};

// Wraps `text` where Unicode allows a line break to lines no wider than `width` (runs of
// white space count as one space); `maxLines` applies to Elide only.
Wrapped wrap(const QString& text, const QFontMetricsF& fm, qreal width, Overflow overflow,
             int maxLines);
// Narrows centred multi-line text while its line count holds, so a last word is not left
// alone. Only line breaks change, never the text's box.
void balance(TreeText& text);

} // namespace TreeTextWrap
