#include "CommandLine.h"

#include "playbook/ExampleWorkshop.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace {

// Tabs and line breaks inside user text would break the tab-separated output.
QString field(QString text)
{
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

} // namespace

bool CommandLine::needsDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* headless : {"--list", "--example", "--help", "-h", "--help-all",
                                     "--version", "-v"})
            if (std::strcmp(argv[i], headless) == 0)
                return false;
    return true;
}

CommandLine CommandLine::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a North Star workshop: from opening to one North Star Metric and its inputs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Use the library file <path> instead of the default."),
                                      tr("path"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  tr("Print every workshop as tab-separated id, title, product, "
                                     "last update, stage and chosen North Star, then exit."));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Create the example workshop, print its id, then exit."));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   tr("Open the main window, wait for its first frame, print the "
                                      "milliseconds since the process started, then exit."));
    parser.addOptions({database, list, example, smoke});
    parser.process(app);

    CommandLine result;
    result.databasePath = parser.value(database);
    if (parser.isSet(list))
        result.action = Action::List;
    else if (parser.isSet(example))
        result.action = Action::Example;
    else if (parser.isSet(smoke))
        result.action = Action::Smoke;
    return result;
}

QString CommandLine::libraryPath() const
{
    return databasePath.isEmpty() ? Database::defaultPath() : databasePath;
}

int listWorkshops(const QString& libraryPath)
{
    Database database(libraryPath);
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return 2;
    }
    WorkshopStore store(database);
    QTextStream out(stdout);
    for (const WorkshopSummary& w : store.workshopSummaries())
        out << w.id << '\t' << field(w.title) << '\t' << field(w.product) << '\t'
            << w.updatedAt.toString(Qt::ISODate) << '\t' << field(w.currentStage) << '\t'
            << field(w.northStar) << '\n';
    return 0;
}

int createExample(const QString& libraryPath)
{
    Database database(libraryPath);
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return 2;
    }
    WorkshopStore store(database);
    const auto id = ExampleWorkshop::create(store);
    if (!id) {
        QTextStream(stderr) << store.lastError() << Qt::endl;
        return 3;
    }
    QTextStream(stdout) << *id << Qt::endl;
    return 0;
}
