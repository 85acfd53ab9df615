#pragma once
// A workshop as the library and the console see it: who met, about what, how far they got.
#include "Game.h"

#include <QDateTime>
#include <QString>

enum class WorkshopStatus { Planned, Running, Finished };

QString workshopStatusKey(WorkshopStatus status);
WorkshopStatus workshopStatusFromKey(const QString& key);

struct Workshop {
    qint64 id = 0;
    QString title;
    QString product;
    QString facilitator;
    QString vision;
    int agendaMinutes = 120; // 60, 90 or 120
    QDateTime createdAt;
    QDateTime updatedAt;
    QString currentStage; // a stage key from the agenda; empty before the first stage
    Game game = Game::Undecided;
    QString gameRationale;
    QString valueExchange; // the moment customers get value, named in the game block
    WorkshopStatus status = WorkshopStatus::Planned;
    bool anonymous = false; // authors are left out of reports
    qint64 northStarId = 0; // the chosen candidate, 0 while undecided
    QString guardrailName;
    QString guardrailDefinition;
    quint64 pairSeed = 0;            // the seed of the current pair-and-share draw
    int dotsPerPerson = 3;           // dot vote: dots each person may place
    int maxDotsPerCandidate = 2;     // dot vote: at most this many from one person on one card
    bool checklistPerPerson = false; // score the checklist per person, not by consensus

    friend bool operator==(const Workshop&, const Workshop&) = default;
};

// One row of the workshop library: enough to find a past workshop without loading it.
struct WorkshopSummary {
    qint64 id = 0;
    QString title;
    QString product;
    QString facilitator;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString currentStage;
    QString northStar; // name of the chosen North Star Metric, empty if none yet
    int candidateCount = 0;

    friend bool operator==(const WorkshopSummary&, const WorkshopSummary&) = default;
};
