// --team CONNINFO with --list, --publish, --take or --withdraw: the team library without a
// window, for scripts and administrators. Exit codes as every command's: 2 when the laptop's
// library cannot be opened or the team library cannot be used (unreachable, login refused,
// TLS, no schema or a newer one), 3 when the request itself is refused (no such workshop, a
// conflict, a read-only login, a team copy that is not a valid workshop).
#include "CommandLine.h"

#include "storage/Database.h"
#include "storage/TeamLibrary.h"
#include "storage/WorkshopStore.h"

#include <QTextStream>

namespace {

constexpr int LibraryFailed = 2;
constexpr int CommandFailed = 3;

// Tabs and line breaks inside user text would break the tab-separated output.
QString field(QString text) {
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

int failed(const TeamLibrary& team) {
    QTextStream(stderr) << team.lastError() << Qt::endl;
    return team.lastFailure() == TeamLibrary::Failure::Request ? CommandFailed : LibraryFailed;
}

int listTeam(TeamLibrary& team) {
    const auto workshops = team.workshops();
    if (!workshops)
        return failed(team);
    QTextStream out(stdout);
    for (const TeamWorkshopSummary& w : *workshops)
        out << w.teamId << '\t' << field(w.title) << '\t' << field(w.product) << '\t'
            << field(w.facilitator) << '\t' << w.heldAt.toString(Qt::ISODate) << '\t'
            << field(w.northStar) << '\t' << w.version << '\t' << field(w.publishedBy) << '\t'
            << w.publishedAt.toString(Qt::ISODate) << '\t' << field(w.currentStage) << '\t'
            << w.candidateCount << '\n';
    return 0;
}

int publish(TeamLibrary& team, const CommandLine& command) {
    // Only read: publishing works while the app has the library open.
    Database database(command.libraryPath());
    if (!database.open(Database::Mode::ReadOnly)) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return LibraryFailed;
    }
    const WorkshopStore store(database);
    if (!team.open())
        return failed(team);
    const auto onConflict = command.teamConflict == CommandLine::TeamConflict::Replace
                                ? TeamLibrary::OnConflict::Replace
                            : command.teamConflict == CommandLine::TeamConflict::AsNew
                                ? TeamLibrary::OnConflict::AsNew
                                : TeamLibrary::OnConflict::Refuse;
    const auto published = team.publish(store, command.workshopId, onConflict);
    if (!published) {
        const int code = failed(team);
        if (team.lastConflict())
            QTextStream(stderr) << CommandLine::tr("Add --replace to publish yours over theirs, "
                                                   "or --as-new to publish yours as a new team "
                                                   "workshop.")
                                << Qt::endl;
        return code;
    }
    QTextStream(stdout) << published->teamId << Qt::endl;
    return 0;
}

int take(TeamLibrary& team, const CommandLine& command) {
    Database database(command.libraryPath());
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return LibraryFailed;
    }
    WorkshopStore store(database);
    if (!team.open())
        return failed(team);
    const auto taken = team.take(store, command.teamWorkshopId);
    if (!taken)
        return failed(team);
    if (!taken->warning.isEmpty())
        QTextStream(stderr) << taken->warning << Qt::endl;
    QTextStream(stdout) << taken->localId << Qt::endl;
    return 0;
}

} // namespace

int runTeamCommand(const CommandLine& command) {
    TeamLibrary team(command.teamConnInfo);
    switch (command.action) {
    case CommandLine::Action::TeamPublish:
        return publish(team, command);
    case CommandLine::Action::TeamTake:
        return take(team, command);
    default:
        break;
    }
    if (!team.open())
        return failed(team);
    if (command.action == CommandLine::Action::TeamList)
        return listTeam(team);
    return team.withdraw(command.teamWorkshopId) ? 0 : failed(team);
}
