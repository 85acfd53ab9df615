#pragma once
// Where everything of the North Star tree goes in a given area, computed without painting so
// tests can check the geometry and the painter only draws what is decided here. Fonts scale
// with the area (huge on a projector, small on an A4 page); long text wraps, shrinks down to
// the base font's size, and only then breaks words or elides (the full text stays in `text`).
#include "NorthStarTree.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

enum class TreeTextRole { Ink, Muted, OnAccent };

struct TreeText {
    QString text;      // the full text, even when `lines` is elided
    QStringList lines; // as painted
    QRectF rect;       // the lines' bounding box
    QFont font;
    qreal lineHeight = 0;
    TreeTextRole role = TreeTextRole::Ink;
    Qt::Alignment alignment = Qt::AlignHCenter;
    bool elided = false;
};

struct TreeArrow {
    QPointF from;
    QPointF to;             // the arrowhead's tip
    bool tentative = false; // drawn dashed: towards inputs not chosen yet
};

// How text sizes follow the area.
enum class TreeSizing {
    // Console and PDF: `base` is the label size the text grows from; the small print is
    // smaller than the labels, and in a small area everything may shrink below `base`.
    Scaled,
    // Projector: `base` is a floor for every text, small print included. To fit, the tree
    // tightens its spacing, wraps, shortens definitions and owners (to one line), then on a
    // short screen leaves out the metric's definition, the business-results box, the
    // kicker row, the pattern labels and the game chip, and only then the owners (the full
    // text stays in TreeText::text and NorthStarTree::summary()); it goes below the floor
    // only when even the names alone do not fit.
    Legible,
};

struct NorthStarTreeLayout {
    Q_DECLARE_TR_FUNCTIONS(NorthStarTreeLayout)

public:
    // The tree laid out inside `area` (in the paint device's pixels). `base` gives the family
    // and the smallest comfortable text size (pixel size, or point size at 96 dpi); sizes grow
    // with the area from there.
    static NorthStarTreeLayout compute(const NorthStarTree& tree, const QRectF& area,
                                       const QFont& base, TreeSizing sizing = TreeSizing::Scaled);

    QRectF area;
    QRectF results;
    QRectF metric;
    QRectF star;              // the star glyph inside the metric box
    QRectF gameChip;          // null without a game label
    QList<QRectF> inputs;     // one row, left to right
    QRectF inputsPlaceholder; // null unless there are no inputs
    QRectF guardrail;         // null without a guardrail
    QList<TreeArrow> arrows;
    QList<TreeText> texts;
    qreal unit = 0;   // the label text size in pixels; strokes and radii derive from it
    bool fits = true; // false only when the area is too small even for the smallest text
    // Legible only: definitions or owners were left out for room (see TreeSizing).
    bool omittedDetails = false;

    // results, metric, inputs and guardrail: the boxes that must never overlap.
    QList<QRectF> boxes() const;
    // The smallest rectangle holding every box (a PDF page can reserve just this much).
    QRectF contentBounds() const;
    // The pixel size of the smallest text drawn (0 without texts).
    int smallestPixelSize() const;
};
