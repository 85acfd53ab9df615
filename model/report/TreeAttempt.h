#pragma once
// One attempt at laying out a North Star tree at a given label size, shared by the layout
// (which builds attempts) and the sizing strategies (which choose among them). Private to
// model/report.
#include "NorthStarTreeLayout.h"
#include "TreeTextWrap.h"

namespace TreeAttempt {

// Sizes relative to the label size `u` that the sizing strategies also need.
inline constexpr qreal MetricSize = 2.0, InputSize = 1.25;
inline constexpr qreal SmallestText = 6.0; // pixels: below this nothing is readable

// How one attempt treats text beyond the label size `u`.
struct Mode {
    TreeTextWrap::Overflow overflow = TreeTextWrap::Overflow::Reject;
    qreal floor = 0;      // Legible: no text smaller than this many pixels
    bool compact = false; // Legible: tighter spacing, a wider metric box
    int nameLines = 0;    // with Overflow::Elide: at most this many lines per name…
    int detailLines = 0;  // …and per definition or owner
    bool details = true;  // false: input definitions, owners and the guardrail's left out
    bool metricDefinition = true;
    // Legible, on a short screen: the business-results box, the "NORTH STAR METRIC" kicker
    // row (the star then sits beside the metric's name), the inputs' pattern labels and the
    // game chip can each go, in that order, before owners do.
    bool results = true;
    bool kicker = true;
    bool patterns = true;
    bool gameChip = true;
    bool tightGaps = false;         // shorter arrows between the rows, less padding in boxes
    bool ownerLabel = true;         // false: an owner's name without the "Owner:" in front
    qreal metricRatio = MetricSize; // the chosen metric's size, relative to `u`
};

struct Result {
    NorthStarTreeLayout layout;
    bool brokeWord = false;
    bool crowded = false;
};

// Lays the tree out in `area` at label size `u`, noting words wider than their box and text
// that wraps to more lines than is comfortable.
Result attempt(const NorthStarTree& tree, const QRectF& area, const QFont& base, qreal u,
               const Mode& mode);

// The two ways to choose a size (see TreeSizing).
NorthStarTreeLayout chooseScaled(const NorthStarTree& tree, const QRectF& area, const QFont& base);
NorthStarTreeLayout chooseLegible(const NorthStarTree& tree, const QRectF& area, const QFont& base);

} // namespace TreeAttempt
