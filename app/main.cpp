// Lodestar's composition root: the application object, the command line, the library
// file, and the main window. Nothing else lives here.
#include "CommandLine.h"
#include "FirstFrameProbe.h"
#include "Grabber.h"
#include "LibraryProblemDialog.h"
#include "MainWindow.h"
#include "ProcessClock.h"
#include "Theme.h"
#include "agenda/Clock.h"
#include "storage/BackupPolicy.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"
#include "widgets/NoticeBar.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Lodestar"));
    QCoreApplication::setApplicationName(QStringLiteral("Lodestar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LODESTAR_VERSION));
    // Matches the installed .desktop file, so desktops pair the window with its menu entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lodestar.Lodestar"));
}

// The library chosen last time the facilitator had to pick one, else the default.
QString rememberedLibrary(const CommandLine& command) {
    if (!command.databasePath.isEmpty())
        return command.databasePath;
    return QSettings().value(QStringLiteral("library/path"), Database::defaultPath()).toString();
}

QString freshLibraryPath() {
    const QDir folder = QFileInfo(Database::defaultPath()).dir();
    return folder.filePath(
        QStringLiteral("lodestar-%1.sqlite")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

// Opens a library, asking the facilitator what to do when it cannot be opened.
std::unique_ptr<Database> openLibrary(QString path, bool interactive) {
    for (;;) {
        auto database = std::make_unique<Database>(path);
        // Only the app itself writes; --smoke and --grab look and never change the library.
        if (database->open(interactive ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
            return database;
        if (!interactive) {
            QTextStream(stderr) << database->errorMessage() << Qt::endl;
            return nullptr;
        }
        LibraryProblemDialog dialog(database->errorMessage());
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        path = dialog.choice() == LibraryProblemDialog::Choice::NewLibrary ? freshLibraryPath()
                                                                           : dialog.chosenPath();
        QSettings().setValue(QStringLiteral("library/path"), path);
    }
}

int runHeadless(int argc, char** argv) {
    // A PDF needs fonts, and fonts need a QGuiApplication; offscreen, so no display is used.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::wantsExchange(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    const CommandLine command = CommandLine::parse(*app);
    switch (command.action) {
    case CommandLine::Action::List:
        return listWorkshops(rememberedLibrary(command));
    case CommandLine::Action::Example:
        return createExample(rememberedLibrary(command));
    case CommandLine::Action::Room: {
        CommandLine withLibrary = command;
        withLibrary.databasePath = rememberedLibrary(command);
        return runRoom(withLibrary);
    }
    case CommandLine::Action::TeamList:
    case CommandLine::Action::TeamPublish:
    case CommandLine::Action::TeamTake:
    case CommandLine::Action::TeamWithdraw: {
        CommandLine withLibrary = command;
        withLibrary.databasePath = rememberedLibrary(command);
        return runTeamCommand(withLibrary);
    }
    case CommandLine::Action::Export:
    case CommandLine::Action::Import: {
        CommandLine withLibrary = command;
        withLibrary.databasePath = rememberedLibrary(command);
        return command.action == CommandLine::Action::Export ? exportWorkshop(withLibrary)
                                                             : importWorkshop(withLibrary);
    }
    default:
        return 0;
    }
}

} // namespace

int main(int argc, char** argv) {
    ProcessClock::markMainEntered();
    if (!CommandLine::needsDisplay(argc, argv))
        return runHeadless(argc, argv);

    if (CommandLine::wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lodestar.svg")));
    const CommandLine command = CommandLine::parse(app);
    Theme::applyConsoleTheme(app);

    const bool interactive = command.action == CommandLine::Action::RunApp;
    std::unique_ptr<Database> database = openLibrary(rememberedLibrary(command), interactive);
    if (!database)
        return 2;
    WorkshopStore store(*database);
    SteadyClock clock;
    if (command.action == CommandLine::Action::Grab) {
        QString error;
        const QStringList files = Grabber::grabWorkshop(
            store, clock, command.workshopId, command.grabFolder, &error, command.grabScreen);
        if (files.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 3;
        }
        QTextStream(stdout) << files.join(u'\n') << Qt::endl;
        return 0;
    }
    const bool smoke = command.action == CommandLine::Action::Smoke;
    MainWindow window(store, clock);
    BackupPolicy backups(*database);
    window.setBackupPolicy(&backups);
    // The day's backup (a full copy of the file) waits until the window is on screen, so
    // start-up never pays for it.
    if (!smoke)
        QTimer::singleShot(0, &window, [&window, &backups] {
            QString error;
            if (!backups.backUpIfDue(&error))
                window.noticeBar()->showProblem(
                    QCoreApplication::translate("main", "Today's automatic backup could not be "
                                                        "taken (%1). Your library itself is fine.")
                        .arg(error));
        });
    // The full check of the library file reads every page; it runs once the window is on
    // screen, and the first edit waits for it (Database::mayWrite).
    QTimer::singleShot(0, &window, [&database] { database->startIntegrityCheck(); });
    FirstFrameProbe probe;
    if (smoke)
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
