#pragma once
// What the North Star tree shows, as plain text already chosen by the caller: business
// results on top, the North Star Metric, its inputs and an optional guardrail. The stage
// pages, offscreen grabs and the PDF all fill this and hand it to NorthStarTreePainter.
#include <QList>
#include <QString>

struct NorthStarTreeInput {
    QString name;
    QString patternLabel; // "Breadth", "Depth"…; may be empty
    QString owner;        // a team or a person; may be empty
    QString definition;   // may be empty

    friend bool operator==(const NorthStarTreeInput&, const NorthStarTreeInput&) = default;
};

struct NorthStarTree {
    QString resultsLabel; // empty: "business results (lagging)"
    QString metricName;   // empty: drawn as "North Star Metric to be chosen"
    QString metricDefinition;
    QString gameLabel;                // e.g. "Transaction game"; may be empty
    QList<NorthStarTreeInput> inputs; // designed for 0–5
    QString guardrailName;            // empty: no guardrail line
    QString guardrailDefinition;

    bool hasGuardrail() const { return !guardrailName.trimmed().isEmpty(); }
    // The tree in one paragraph of words, for screen readers and the PDF's alternative text.
    QString summary() const;

    friend bool operator==(const NorthStarTree&, const NorthStarTree&) = default;
};
