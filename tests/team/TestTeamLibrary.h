#pragma once
// The team library against a real PostgreSQL 15 started by the test (one cluster for the
// whole binary). TestTeamLibrary.cpp: connecting both ways, publish → list → take with hostile
// text, versions, conflicts, withdrawing, roles. TestTeamFailures.cpp: every way a server can
// fail or lie — wrong password or CA, no server, no schema or a newer one, a connection lost
// mid-publish, a malformed document. TestTeamColumns.cpp: the list's stage reached and
// candidates (values, server-side sorting, forged values), a server on an older schema.
// TestTeamUpgrade.cpp: a server upgraded to a newer schema while this Lodestar is connected.
// TestTeamProduct.cpp: a product's team workshops, for the laptop's product page.
// TestTeamLimits.cpp: the server's own length checks (team schema 5).
#include "PostgresCluster.h"

#include "storage/TeamLibrary.h"

#include <QObject>

#include <memory>

class TestTeamLibrary : public QObject {
    Q_OBJECT

    PostgresCluster m_cluster;

    QString connInfo(const char* user) const;
    QString count(const QString& where = QStringLiteral("true"));
    // A team library opened as `user` (a warning says why when it does not open).
    std::unique_ptr<TeamLibrary> opened(const char* user);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void connectsBothWays_data();
    void connectsBothWays();
    void hostileTextRoundTrips();
    void republishingBumpsTheVersion();
    void conflictHasThreeOutcomes();
    void withdrawHidesButKeeps();
    void readerMayNotPublish();
    void wrongPasswordIsRefused();
    void tlsChecksTheServer_data();
    void tlsChecksTheServer();
    void absentServerFailsFast_data();
    void absentServerFailsFast();
    void databaseWithoutSchemaIsNamed();
    void newerSchemaIsNeverWritten();
    void serverLostMidPublish_data();
    void serverLostMidPublish();
    void takeKeepsTheCopyWhenTheServerDropsAfterwards();
    void scriptRunsAgainHarmlessly();
    void malformedTeamCopyIsRefused_data();
    void malformedTeamCopyIsRefused();
    void silentServerTimesOut();
    void heldUpServerTimesOut();
    void listSearchesSortsAndPages();
    void othersPublishingIsHeard();
    // TestTeamColumns.cpp
    void listShowsStageAndCandidates();
    void sortsByStageAndCandidatesOnTheServer();
    void stageRankFollowsTheAgenda();
    void olderSchemaIsNeverWritten();
    void forgedColumnsAreRefused();
    void countStopsAtTheCap();
    // TestTeamUpgrade.cpp
    void upgradedWhileConnectedIsNeverUsed_data();
    void upgradedWhileConnectedIsNeverUsed();
    void requestHoldsOffAnUpgrade();
    // TestTeamProduct.cpp
    void productFindsItsTeamWorkshops();
    void productLeavesOutTheLaptopsCopies();
    void productHostileTextRoundTrips();
    void productSkipsAMalformedRow();
    void productNeedsSchemaFour();
    void serverRefusesOverlongText_data();
    void serverRefusesOverlongText();
    void upgradeToFiveKeepsOlderRows();
};

inline QString passwordOf(const char* user) {
    return PostgresCluster::passwordOf(QString::fromLatin1(user));
}
