#pragma once
// A revisit about to be created: a new workshop of the same product with the same people,
// the North Star it revisits entered as the incumbent candidate with its inputs, and the
// revisit's own agenda blocks. RevisitSeed proposes one; the facilitator may edit the title
// and the people; WorkshopStore::createRevisit writes it in one transaction.
#include "Candidate.h"
#include "CustomStage.h"
#include "Input.h"
#include "Participant.h"
#include "Workshop.h"

#include <QList>
#include <QStringList>

struct RevisitPlan {
    qint64 predecessorId = 0;        // the workshop revisited
    Workshop workshop;               // header: title, product, facilitator, game, guardrail...
    QList<Participant> participants; // in order
    Candidate incumbent;             // name, definition, behaviour, measure
    QList<Input> inputs;             // the incumbent's, in order: name, definition, owner...
    QList<CustomStage> stages;       // run first, in this order
    QStringList skippedStages;       // agenda stages the revisit leaves out

    friend bool operator==(const RevisitPlan&, const RevisitPlan&) = default;
};
