#pragma once
// The Team view driven through the real main window, offscreen, against a real PostgreSQL 15
// started by the test (one cluster for the whole binary). TestTeamWindow.cpp: connecting
// through the dialog, the list (search, sort, pages, refresh on NOTIFY), the busy indicator,
// failures. TestTeamWindowActions.cpp: publish, take a copy, conflicts, withdraw, pictures.
// TestTeamWindowColumns.cpp: the laptop list's columns, sorted by the server; the capped count;
// a server on an older team schema. TestTeamWindowProgress.cpp: progress in the status bar
// wherever a request was started, actions off while they run. TestTeamWindowProducts.cpp: a
// product's page spanning the team library.
#include "MainWindow.h"
#include "PostgresCluster.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "team/PasswordVault.h"

#include <QMap>
#include <QObject>

#include <memory>

class ProductPage;
class TeamConnectDialog;
class TeamLibrary;
class TeamView;
struct PastWorkshop;

// The keyring, in memory: the tests run without a keyring daemon.
class MemoryVault : public PasswordVault {
public:
    QMap<QString, QString> entries;

    void read(const QString& key, ReadDone done) override { done(entries.value(key), {}); }
    void write(const QString& key, const QString& password, Done done) override {
        entries.insert(key, password);
        done({});
    }
    void remove(const QString& key, Done done) override {
        entries.remove(key);
        done({});
    }
};

class TestTeamWindow : public QObject {
    Q_OBJECT

    PostgresCluster m_cluster;
    ManualClock m_clock;
    MemoryVault m_vault;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;

    void openWindow();
    TeamView* teamView() const;
    // The window's one busy indicator for team requests (the status bar's).
    QWidget* teamBusy() const;
    // Opens File ▸ Team library ▸ Connect… and fills it in (over the Unix socket, no TLS).
    TeamConnectDialog* fillDialog(const QString& user, const QString& password,
                                  PostgresCluster* cluster = nullptr,
                                  const QString& database = QStringLiteral("lodestar"));
    // Connects as `user` through the dialog and waits for the Team view's first list.
    bool connectAs(const char* user, PostgresCluster* cluster = nullptr);
    // Publishes a new workshop titled `title` from a laptop library of `user`'s own.
    qint64 publishAs(const char* user, const QString& title, TestLibrary* laptop = nullptr,
                     qint64* localId = nullptr);
    std::unique_ptr<TeamLibrary> opened(const char* user);
    // Publishes `past` as `user` from a laptop library of its own; the team id, or 0.
    qint64 publishPastAs(const char* user, const PastWorkshop& past);
    // The laptop's tab, grouped by product, the meal kit's page.
    ProductPage* openMealKit();
    QString server(const QString& sql);
    QStringList shownTitles() const;
    void showTeam();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    // TestTeamWindow.cpp
    void notConnectedShowsOneSentence();
    void connectsThroughTheDialogOverTls();
    void wrongPasswordKeepsTheDialogOpen();
    void listsWhatWasPublishedLiterally();
    void searchAndSortAreTheServers();
    void pagesAsTheListScrolls();
    void othersPublishingRefreshesTheView();
    void busyIndicatorWhileTheServerThinks();
    void remembersTheAddressNotThePassword();
    void aLaterTeamViewShowsTheFailedConnect();
    void disconnectForgets();
    void stoppedServerGivesAPlainMessage();
    // TestTeamWindowActions.cpp
    void publishFromTheWindow();
    void takeACopy();
    void conflictAsks_data();
    void conflictAsks();
    void withdrawOnlyYourOwn();
    void grabsTheTeamViewAndTheDialog();
    // TestTeamWindowColumns.cpp
    void showsTheLaptopListsColumns();
    void sortsByStageAndCandidatesOnTheServer();
    void countSaysMoreThanPastTheCap();
    void olderServerAsksForTheNewScript();
    void northStarColumnKeepsItsRoom();
    // TestTeamWindowProgress.cpp
    void heldUpPublishShowsProgressWhereItStarted();
    void teamActionsAreOffWhileTheyRun();
    // TestTeamWindowProducts.cpp
    void productPageShowsTheTeamsWorkshops();
    void productPageOfflineAndServerGone();
    void productPageSkipsAMalformedTeamRow();
    void productPageComparesATeamWorkshop();
    void productPageTakesACopy();
};

inline QString passwordOf(const char* user) {
    return PostgresCluster::passwordOf(QString::fromLatin1(user));
}
