#pragma once
// Lodestar's command line: what was asked for, and the headless commands that answer
// without a window (--list, --example).
#include <QCoreApplication>
#include <QString>

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { RunApp, List, Example, Smoke };

    Action action = Action::RunApp;
    QString databasePath; // empty: the default library

    // Parses the application's arguments; exits the process for --help, --version and
    // malformed command lines, as QCommandLineParser does.
    static CommandLine parse(const QCoreApplication& app);
    // Whether these raw arguments need a display (decided before any QApplication exists).
    static bool needsDisplay(int argc, char** argv);

    QString libraryPath() const;
};

// Headless commands: print to stdout, errors to stderr; return the process exit code.
int listWorkshops(const QString& libraryPath);
int createExample(const QString& libraryPath);
