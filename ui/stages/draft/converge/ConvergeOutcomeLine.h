#pragma once
// The one line that says what a revisit decided, shared by the console's "Kept or changed?"
// card and the projector: "★ We kept our North Star: “…”." or "We changed our North Star:
// “…” → “…”." Names are quoted and isolated, so right-to-left text cannot reorder the line.
#include "domain/NorthStarOutcome.h"

#include <QCoreApplication>
#include <QString>

class WorkshopStore;

struct ConvergeOutcomeLine {
    Q_DECLARE_TR_FUNCTIONS(ConvergeOutcomeLine)

public:
    NorthStarOutcome outcome = NorthStarOutcome::NotARevisit;
    QString incumbent; // quoted, isolated; empty when the workshop is not a revisit
    QString text;      // the decision; empty until there is one

    // What workshop `workshopId` decided about the North Star it revisits.
    static ConvergeOutcomeLine read(const WorkshopStore& store, qint64 workshopId);
    // A name as the line shows it: in quotes, isolated, "(no name yet)" when blank.
    static QString quoted(const QString& name);
};
