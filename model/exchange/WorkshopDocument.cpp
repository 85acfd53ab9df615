#include "exchange/WorkshopDocument.h"

#include "storage/WorkshopStore.h"

#include <QCoreApplication>

std::optional<WorkshopDocument> WorkshopDocument::load(const WorkshopStore& store, qint64 id,
                                                       QString* error) {
    const auto workshop = store.workshop(id);
    if (!workshop) {
        if (error)
            *error = QCoreApplication::translate("WorkshopDocument",
                                                 "There is no workshop %1 in this library.")
                         .arg(id);
        return std::nullopt;
    }
    WorkshopDocument doc;
    doc.workshop = *workshop;
    doc.participants = store.participants(id);
    doc.stages = store.stageStates(id);
    doc.customStages = store.customStages(id);
    doc.questionNotes = store.questionNotes(id);
    doc.gameTally = store.gameTally(id);
    doc.warmUpGroups = store.warmUpGroups(id);
    doc.pairGroups = store.pairGroups(id);
    doc.candidates = store.candidates(id);
    for (const Candidate& c : std::as_const(doc.candidates)) {
        const QList<Input> list = store.inputs(c.id);
        if (!list.isEmpty())
            doc.inputs.insert(c.id, list);
    }
    doc.checklistScores = store.checklistScores(id);
    doc.matrixCriteria = store.matrixCriteria(id);
    doc.matrixScores = store.matrixScores(id);
    doc.votes = store.votes(id);
    doc.followUps = store.followUps(id);
    if (const std::optional<NorthStarRecord> record = store.northStarRecord(id)) {
        doc.changeNote = record->changeNote;
        if (record->predecessorId != 0)
            doc.predecessor = PredecessorRef{record->predecessorTitle, record->predecessorDate};
    }
    // Check-ins left behind when the North Star was cleared are shown nowhere (the history
    // page lists check-ins under a chosen North Star) and the file format refuses them.
    if (doc.workshop.northStarId != 0)
        doc.checkIns = store.checkIns(id);
    return doc;
}

const Candidate* WorkshopDocument::candidate(qint64 id) const {
    if (id == 0)
        return nullptr;
    for (const Candidate& c : candidates)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Participant* WorkshopDocument::participant(qint64 id) const {
    if (id == 0)
        return nullptr;
    for (const Participant& p : participants)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Candidate* WorkshopDocument::incumbent() const {
    for (const Candidate& c : candidates)
        if (c.incumbent)
            return &c;
    return nullptr;
}
