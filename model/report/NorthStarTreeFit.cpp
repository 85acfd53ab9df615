// How big a North Star tree's text can be: the strategies behind TreeSizing, each trying
// layouts from large to small until one fits.
#include "NorthStarTreeLayout.h"
#include "TreeAttempt.h"
#include "TreeTextWrap.h"

#include <QList>

#include <algorithm>

namespace TreeAttempt {

namespace {

using TreeTextWrap::Overflow;

qreal floorPixels(const QFont& base) {
    return base.pixelSize() > 0    ? base.pixelSize()
           : base.pointSizeF() > 0 ? base.pointSizeF() * 96.0 / 72.0
                                   : 12.0;
}

} // namespace

NorthStarTreeLayout chooseScaled(const NorthStarTree& tree, const QRectF& area, const QFont& base) {
    const qreal floor = floorPixels(base);
    const qreal byArea = 26.0 * std::min(area.width() / 1920.0, area.height() / 1080.0);
    const qreal start = std::max(floor, byArea);
    // Use the room there is: grow the text while nothing gets crowded…
    for (qreal u = start * 1.5; u > start * 1.02; u *= 0.94) {
        Result r = attempt(tree, area, base, u, {});
        if (!r.brokeWord && !r.crowded && r.layout.fits)
            return r.layout;
    }
    // …else shrink towards the base size with whole words only…
    for (qreal u = start; u >= floor - 0.01; u *= 0.92) {
        Result r = attempt(tree, area, base, u, {});
        if (!r.brokeWord && r.layout.fits)
            return r.layout;
    }
    // …then, below it, break words that are wider than a box…
    for (qreal u = std::min(start, floor); u >= SmallestText; u *= 0.92) {
        Result r = attempt(tree, area, base, u, {Overflow::BreakWords});
        if (r.layout.fits)
            return r.layout;
    }
    // …and only in a tiny area elide, keeping the full text in TreeText::text.
    return attempt(tree, area, base, SmallestText, {Overflow::Elide}).layout;
}

NorthStarTreeLayout chooseLegible(const NorthStarTree& tree, const QRectF& area,
                                  const QFont& base) {
    const qreal floor = floorPixels(base);
    Mode mode{Overflow::Reject, floor, true};
    // Grow while nothing gets crowded…
    for (qreal u = floor * 1.5; u > floor * 1.02; u *= 0.94) {
        Result r = attempt(tree, area, base, u, mode);
        if (!r.brokeWord && !r.crowded && r.layout.fits)
            return r.layout;
    }
    // …else shrink the hierarchy until the input names sit on the floor; smaller text is
    // held there, only the metric stays bigger…
    const qreal lowest = floor / InputSize;
    for (qreal u = floor;; u = std::max(lowest, u * 0.94)) {
        Result r = attempt(tree, area, base, u, mode);
        if (!r.brokeWord && r.layout.fits)
            return r.layout;
        if (u <= lowest)
            break;
    }
    // …then, there, bring the metric closer to the inputs' size, break over-long words,
    // shorten the small print, leave it out, and last shorten the names.
    QList<Mode> steps;
    for (qreal metric : {1.7, 1.45}) {
        mode.metricRatio = metric;
        steps.append(mode);
    }
    mode.overflow = Overflow::BreakWords;
    steps.append(mode);
    mode.overflow = Overflow::Elide;
    // Shortening first (names to three lines, definitions and owners to two), then the
    // generic business-results box, which says nothing about this workshop, before a team's
    // words are cut to one line; then what the tree can do without on a short screen, and
    // the owners only at the very end: who owns an input is what the room is asked to agree on.
    const auto add = [&steps, &mode](auto change) {
        change(mode);
        steps.append(mode);
    };
    mode.nameLines = 3;
    add([](Mode& m) { m.detailLines = 2; });
    add([](Mode& m) { m.results = false; });
    // Under a name, in a narrow box, "Owner: Gro…" says less than the whole "Growth team".
    add([](Mode& m) { m.ownerLabel = false; });
    add([](Mode& m) { m.detailLines = 1; });
    add([](Mode& m) { m.metricDefinition = false; });
    add([](Mode& m) { m.kicker = false; });
    add([](Mode& m) { m.tightGaps = true; });
    add([](Mode& m) { m.patterns = false; });
    add([](Mode& m) { m.gameChip = false; }); // the game is on the console and in the report
    add([](Mode& m) { m.nameLines = 2; });
    add([](Mode& m) { m.nameLines = 1; });
    add([](Mode& m) { m.details = false; });
    for (const Mode& step : steps) {
        Result r = attempt(tree, area, base, lowest, step);
        if (r.layout.fits && (step.overflow != Overflow::Reject || !r.brokeWord))
            return r.layout;
    }
    // A space too small for the names at the floor: a complete tree in smaller type beats a
    // clipped one.
    return chooseScaled(tree, area, base);
}

} // namespace TreeAttempt

NorthStarTreeLayout NorthStarTreeLayout::compute(const NorthStarTree& tree, const QRectF& area,
                                                 const QFont& base, TreeSizing sizing) {
    NorthStarTreeLayout layout = sizing == TreeSizing::Legible
                                     ? TreeAttempt::chooseLegible(tree, area, base)
                                     : TreeAttempt::chooseScaled(tree, area, base);
    for (TreeText& text : layout.texts)
        TreeTextWrap::balance(text);
    return layout;
}
