#include "DocumentRecord.h"

#include "exchange/WorkshopDocument.h"

NorthStarRecord DocumentRecord::of(const WorkshopDocument& doc) {
    const Workshop& w = doc.workshop;
    NorthStarRecord r;
    r.title = w.title;
    r.product = w.product;
    r.facilitator = w.facilitator;
    r.date = w.createdAt;
    r.game = w.game;
    r.guardrailName = w.guardrailName;
    r.guardrailDefinition = w.guardrailDefinition;
    r.changeNote = doc.changeNote;
    if (const Candidate* chosen = doc.northStar()) {
        r.northStarId = chosen->id;
        r.metricName = chosen->name;
        r.metricDefinition = chosen->definition;
        r.inputs = doc.inputsOf(chosen->id);
    }
    if (const Candidate* incumbent = doc.incumbent())
        r.incumbentId = incumbent->id;
    return r;
}
