#pragma once
// One workshop with everything the library keeps about it, read in one go: what the
// exports write and the import reads back. Plain values, no storage handle, so reports and
// serialisers can be tested on documents built in memory.
#include "domain/Candidate.h"
#include "domain/CheckIn.h"
#include "domain/CustomStage.h"
#include "domain/FollowUp.h"
#include "domain/Input.h"
#include "domain/PairGroup.h"
#include "domain/Participant.h"
#include "domain/Scoring.h"
#include "domain/StageState.h"
#include "domain/WarmUpGroup.h"
#include "domain/Workshop.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

class WorkshopStore;

// The workshop a revisit revisits, named by what survives a trip to another library: its
// title and the moment it was created (imports keep both). Ids do not survive.
struct PredecessorRef {
    QString title;
    QDateTime createdAt;

    friend bool operator==(const PredecessorRef&, const PredecessorRef&) = default;
};

struct WorkshopDocument {
    Workshop workshop;
    QList<Participant> participants;
    QList<StageState> stages;
    QList<CustomStage> customStages;
    QHash<QString, QString> questionNotes; // opening question key -> console notes
    QMap<Game, int> gameTally;             // hands raised per game
    QList<WarmUpGroup> warmUpGroups;
    QList<PairGroupRecord> pairGroups;
    QList<Candidate> candidates;        // every kind, in the store's order
    QHash<qint64, QList<Input>> inputs; // by candidate id, in position order
    QList<ChecklistScore> checklistScores;
    QList<MatrixCriterion> matrixCriteria;
    QList<MatrixScore> matrixScores;
    QList<Vote> votes;
    QList<FollowUp> followUps;
    // The history (schema 11, file version 2): why the North Star changed or was kept, and
    // the workshop this one revisits. A revisit's incumbent is the candidate so marked.
    QString changeNote;
    std::optional<PredecessorRef> predecessor;
    // The check-ins on the North Star this workshop chose (schema 12; optional in file
    // version 2), newest first as the store lists them. Each names its candidate and inputs by
    // id, like every other reference in the document.
    QList<CheckIn> checkIns;

    // Reads workshop `id` from the store; nullopt (and a message in `error`) when it is gone.
    static std::optional<WorkshopDocument> load(const WorkshopStore& store, qint64 id,
                                                QString* error = nullptr);

    const Candidate* candidate(qint64 id) const;
    const Participant* participant(qint64 id) const;
    QList<Input> inputsOf(qint64 candidateId) const { return inputs.value(candidateId); }
    const Candidate* northStar() const { return candidate(workshop.northStarId); }
    const Candidate* incumbent() const; // the candidate carried over, if a revisit

    friend bool operator==(const WorkshopDocument&, const WorkshopDocument&) = default;
};
