#pragma once
// A small workshop at the converge step for the converge tests: four people, their silent
// cards, two pair candidates built from them and one card nobody picked up; a decision
// matrix that "Planned trips" leads and a dot vote that "Trips completed" leads. Whether the
// silent cards were revealed is up to the test.
#include <QStringList>

class WorkshopStore;

struct ConvergeScenario {
    qint64 workshopId = 0;
    qint64 plannedTrips = 0;   // pair candidate, matrix leader, with one input
    qint64 tripsCompleted = 0; // pair candidate, most dots
    qint64 savedRoutes = 0;    // an unmerged silent card
    qint64 eliminated = 0;     // a silent card set aside with a reason
    QStringList cardTexts;     // every name and definition of a draft card

    // Builds it in `store`; QVERIFY-style failures show as a zero workshopId.
    static ConvergeScenario create(WorkshopStore& store, bool revealed);
};
