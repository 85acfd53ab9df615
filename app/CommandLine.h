#pragma once
// Lodestar's command line: what was asked for, and the headless commands that answer
// without a window (--list, --example, --export, --import, --team ...).
#include <QCoreApplication>
#include <QSize>
#include <QString>

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action {
        RunApp,
        List,
        Example,
        Smoke,
        Grab,
        Export,
        Import,
        Room,
        TeamList,
        TeamPublish,
        TeamTake,
        TeamWithdraw
    };
    enum class TeamConflict { Refuse, Replace, AsNew };

    Action action = Action::RunApp;
    QString databasePath; // empty: the default library
    QString grabFolder;
    QSize grabScreen; // --screen WxH; empty: the default sizes
    qint64 workshopId = 0;
    QString exportFormat; // pdf, md, csv or json
    QString outputPath;
    QString pageSize; // a4, letter, or empty for the locale's
    QString importPath;
    QString listenAddress;     // --room: the address to listen on
    quint16 listenPort = 0;    // --room: 0 for the default port, or a free one
    bool roomCommands = false; // --room --commands: the facilitator's moves on standard input
    QString teamConnInfo;      // --team: the team library, as libpq takes it
    qint64 teamWorkshopId = 0; // --take, --withdraw: a team id from --team ... --list
    TeamConflict teamConflict = TeamConflict::Refuse; // --publish: --replace or --as-new

    // Parses the application's arguments; exits the process for --help, --version and
    // malformed command lines, as QCommandLineParser does.
    static CommandLine parse(const QCoreApplication& app);
    // Whether these raw arguments need a display (decided before any QApplication exists).
    static bool needsDisplay(int argc, char** argv);
    // Whether these raw arguments ask for offscreen rendering (--grab).
    static bool wantsOffscreen(int argc, char** argv);
    // Splits "ADDRESS:PORT" ("192.168.1.20:47123", "[::1]:0"); false when malformed.
    static bool parseListen(const QString& text, QString* address, quint16* port);
    // Whether they ask for --export or --import, which run headless but draw (the PDF).
    static bool wantsExchange(int argc, char** argv);
    // "1280x800" → 1280×800; an empty size for anything malformed or out of range.
    static QSize parseScreenSize(const QString& text);

    QString libraryPath() const;
};

// Headless commands: print to stdout, errors to stderr; return the process exit code.
int listWorkshops(const QString& libraryPath);
int createExample(const QString& libraryPath);
int exportWorkshop(const CommandLine& command); // needs a QGuiApplication (fonts)
int importWorkshop(const CommandLine& command);
// --room: serves the workshop's room without a window until SIGTERM or SIGINT.
int runRoom(const CommandLine& command);
// --team CONNINFO with --list, --publish, --take or --withdraw (HeadlessTeam.cpp).
int runTeamCommand(const CommandLine& command);
