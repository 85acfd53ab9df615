#pragma once
// What a product's history shows of one workshop: when it met, who facilitated, and the
// North Star it chose with its inputs, guardrail and the team's note on why it changed.
// Also the library's products (workshops grouped by ProductName::key) and one workshop's
// spelling of its product, which undoing a rename or a merge puts back exactly.
#include "Game.h"
#include "Input.h"
#include "NorthStarOutcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct NorthStarRecord {
    qint64 workshopId = 0;
    QString title;
    QString product;
    QString facilitator;
    QDateTime date; // when the workshop was created (imports keep the document's date)
    Game game = Game::Undecided;
    qint64 northStarId = 0; // the chosen candidate; 0 while the workshop has not chosen
    QString metricName;
    QString metricDefinition;
    QList<Input> inputs; // of the chosen candidate, in their order
    QString guardrailName;
    QString guardrailDefinition;
    QString changeNote; // the team's words on why the North Star changed (or was kept)
    // A revisit's lineage: the workshop it revisits (0 when none, or when that one is in the
    // trash or gone) and the candidate carried over from it (0 when not a revisit).
    qint64 predecessorId = 0;
    QString predecessorTitle;
    QDateTime predecessorDate;
    qint64 incumbentId = 0;

    bool hasNorthStar() const { return northStarId != 0; }
    NorthStarOutcome outcome() const { return northStarOutcome(incumbentId, northStarId); }
    friend bool operator==(const NorthStarRecord&, const NorthStarRecord&) = default;
};

struct ProductSummary {
    QString key;  // ProductName::key; empty for the workshops with no product named
    QString name; // as the newest workshop spells it
    int workshopCount = 0;
    QDateTime latest;          // the newest workshop's date
    QString currentNorthStar;  // the newest chosen North Star's name, empty if none yet
    QList<qint64> workshopIds; // newest first

    friend bool operator==(const ProductSummary&, const ProductSummary&) = default;
};

struct ProductSpelling {
    qint64 workshopId = 0;
    QString product;

    friend bool operator==(const ProductSpelling&, const ProductSpelling&) = default;
};
