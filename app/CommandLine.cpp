#include "CommandLine.h"

#include "playbook/ExampleWorkshop.h"
#include "storage/Database.h"
#include "storage/TeamConnInfo.h"
#include "storage/WorkshopStore.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QTextStream>

#include <cstdlib>
#include <cstring>

QSize CommandLine::parseScreenSize(const QString& text) {
    const QStringList parts = text.trimmed().toLower().split(u'x');
    if (parts.size() != 2)
        return {};
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts[0].toInt(&okWidth);
    const int height = parts[1].toInt(&okHeight);
    // Below 640x480 no layout can be legible; above 8K is a typo.
    if (!okWidth || !okHeight || width < 640 || height < 480 || width > 7680 || height > 4320)
        return {};
    return {width, height};
}

namespace {

struct Options {
    QCommandLineOption database{
        QStringLiteral("database"),
        CommandLine::tr("Use the library file <path> instead of the default."),
        CommandLine::tr("path")};
    QCommandLineOption list{QStringLiteral("list"),
                            CommandLine::tr("Print every workshop as tab-separated id, title, "
                                            "product, last update, stage and chosen North Star, "
                                            "then exit.")};
    QCommandLineOption example{
        QStringLiteral("example"),
        CommandLine::tr("Create the example workshop and a later revisit of it, print their "
                        "ids (one per line, oldest first), then exit.")};
    QCommandLineOption smoke{QStringLiteral("smoke"),
                             CommandLine::tr("Open the main window, wait for its first frame, "
                                             "print the milliseconds since the process started, "
                                             "then exit.")};
    QCommandLineOption grab{QStringLiteral("grab"),
                            CommandLine::tr("Render the console and the projector for every "
                                            "stage of the workshop given by --workshop to PNG "
                                            "files in <folder>, offscreen, then exit."),
                            CommandLine::tr("folder")};
    QCommandLineOption screen{
        QStringLiteral("screen"),
        CommandLine::tr("With --grab: render the console and the projector at <size>, given as "
                        "WIDTHxHEIGHT in pixels (for example 1280x800; default: the console at "
                        "1600x1000, the projector at 1920x1080)."),
        CommandLine::tr("size")};
    QCommandLineOption workshop{
        QStringLiteral("workshop"),
        CommandLine::tr("The workshop (an id from --list) for --grab, --export and --room."),
        CommandLine::tr("id")};
    QCommandLineOption exportAs{
        QStringLiteral("export"),
        CommandLine::tr("Export the workshop given by --workshop as <format> (pdf, md, csv or "
                        "json) to the file given by --output, without a window, then exit."),
        CommandLine::tr("format")};
    QCommandLineOption output{QStringLiteral("output"),
                              CommandLine::tr("The file --export writes."),
                              CommandLine::tr("file")};
    QCommandLineOption pageSize{
        QStringLiteral("page-size"),
        CommandLine::tr("Paper for a PDF export: a4 or letter (default: from your locale)."),
        CommandLine::tr("size")};
    QCommandLineOption importFrom{
        QStringLiteral("import"),
        CommandLine::tr("Add the workshop in the JSON export <file> to the library, print its "
                        "new id, then exit."),
        CommandLine::tr("file")};

    QCommandLineOption room{
        QStringLiteral("room"),
        CommandLine::tr("Open the room for the workshop given by --workshop without a window: "
                        "phones join it over the network. Prints the join link and the code, "
                        "then serves until interrupted (SIGINT or SIGTERM).")};
    QCommandLineOption listen{
        QStringLiteral("listen"),
        CommandLine::tr("With --room: listen on <address:port> only (port 0: the default port "
                        "47123, or a free one when it is taken)."),
        CommandLine::tr("address:port")};
    QCommandLineOption commands{
        QStringLiteral("commands"),
        CommandLine::tr("With --room: take the facilitator's moves as lines on standard input "
                        "(stage KEY, focus KEY N, reveal KEY on|off, caps DOTS MAX, approve "
                        "NAME, release NAME, remove NAME, lock on|off), each answered by a "
                        "line \"ok\" or \"error: ...\".")};

    QCommandLineOption team{
        QStringLiteral("team"),
        CommandLine::tr("Use the team library at <conninfo> (as PostgreSQL's libpq takes it: "
                        "postgresql://user@host:port/database?sslmode=verify-full, or key=value "
                        "pairs such as \"host=/run/postgresql dbname=lodestar\") with --list, "
                        "--publish, --take or --withdraw."),
        CommandLine::tr("conninfo")};
    QCommandLineOption publish{
        QStringLiteral("publish"),
        CommandLine::tr("With --team: publish the workshop <id> (from --list) to the team "
                        "library and print its team id."),
        CommandLine::tr("id")};
    QCommandLineOption replace{
        QStringLiteral("replace"),
        CommandLine::tr("With --publish: when the team's copy changed since yours was taken or "
                        "last published, publish yours over theirs.")};
    QCommandLineOption asNew{
        QStringLiteral("as-new"),
        CommandLine::tr("With --publish: when the team's copy changed, publish yours as a new "
                        "team workshop.")};
    QCommandLineOption take{
        QStringLiteral("take"),
        CommandLine::tr("With --team: copy the team workshop <team-id> into the library as a "
                        "new workshop and print its id."),
        CommandLine::tr("team-id")};
    QCommandLineOption withdraw{
        QStringLiteral("withdraw"),
        CommandLine::tr("With --team: withdraw the team workshop <team-id> you published; it "
                        "leaves the team's list, and an administrator can bring it back."),
        CommandLine::tr("team-id")};

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(CommandLine::tr(
            "Run a North Star workshop: from opening to one North Star Metric and its inputs."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, list,    example,  smoke,      grab, screen,  workshop,
                           exportAs, output,  pageSize, importFrom, room, listen,  commands,
                           team,     publish, replace,  asNew,      take, withdraw});
    }
};

// --team and its commands; exits 1 (through `refuse`) for a malformed combination.
template <typename Refuse>
void parseTeam(const QCommandLineParser& parser, const Options& options, CommandLine* result,
               const Refuse& refuse) {
    const bool publish = parser.isSet(options.publish);
    const bool take = parser.isSet(options.take);
    const bool withdraw = parser.isSet(options.withdraw);
    const bool replace = parser.isSet(options.replace);
    const bool asNew = parser.isSet(options.asNew);
    if (!parser.isSet(options.team)) {
        if (publish || take || withdraw || replace || asNew)
            refuse(CommandLine::tr("--publish, --take and --withdraw need --team CONNINFO."));
        return;
    }
    result->teamConnInfo = parser.value(options.team);
    QString why;
    if (!TeamConnInfo::parse(result->teamConnInfo, &why))
        refuse(why);
    const bool list = parser.isSet(options.list);
    if (int(list) + int(publish) + int(take) + int(withdraw) != 1)
        refuse(CommandLine::tr("--team needs one of --list, --publish ID, --take TEAM_ID or "
                               "--withdraw TEAM_ID."));
    if ((replace || asNew) && !publish)
        refuse(CommandLine::tr("--replace and --as-new go with --publish."));
    if (replace && asNew)
        refuse(CommandLine::tr("Give --replace or --as-new, not both."));
    bool ok = true;
    if (list) {
        result->action = CommandLine::Action::TeamList;
    } else if (publish) {
        result->action = CommandLine::Action::TeamPublish;
        result->workshopId = parser.value(options.publish).toLongLong(&ok);
        ok = ok && result->workshopId > 0;
        result->teamConflict = replace ? CommandLine::TeamConflict::Replace
                               : asNew ? CommandLine::TeamConflict::AsNew
                                       : CommandLine::TeamConflict::Refuse;
    } else {
        result->action = take ? CommandLine::Action::TeamTake : CommandLine::Action::TeamWithdraw;
        result->teamWorkshopId =
            parser.value(take ? options.take : options.withdraw).toLongLong(&ok);
        ok = ok && result->teamWorkshopId > 0;
    }
    if (!ok)
        refuse(publish ? CommandLine::tr("--publish needs a workshop ID (see --list).")
                       : CommandLine::tr("--take and --withdraw need a TEAM_ID (see --team "
                                         "CONNINFO --list)."));
}

} // namespace

bool CommandLine::needsDisplay(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    // A mistyped command line is reported by the headless path, which needs no display.
    if (!parser.parse(arguments))
        return false;
    return !(parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
             parser.isSet(QStringLiteral("version")) || parser.isSet(options.list) ||
             parser.isSet(options.example) || parser.isSet(options.exportAs) ||
             parser.isSet(options.importFrom) || parser.isSet(options.room) ||
             parser.isSet(options.team) || parser.isSet(options.publish) ||
             parser.isSet(options.take) || parser.isSet(options.withdraw));
}

bool CommandLine::wantsExchange(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* name : {"--export", "--import"})
            if (std::strncmp(argv[i], name, std::strlen(name)) == 0)
                return true;
    return false;
}

bool CommandLine::wantsOffscreen(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--grab") == 0)
            return true;
    return false;
}

CommandLine CommandLine::parse(const QCoreApplication& app) {
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    CommandLine result;
    result.databasePath = parser.value(options.database);
    if (parser.isSet(options.list))
        result.action = Action::List;
    else if (parser.isSet(options.example))
        result.action = Action::Example;
    else if (parser.isSet(options.smoke))
        result.action = Action::Smoke;
    else if (parser.isSet(options.grab))
        result.action = Action::Grab;
    else if (parser.isSet(options.exportAs))
        result.action = Action::Export;
    else if (parser.isSet(options.importFrom))
        result.action = Action::Import;
    else if (parser.isSet(options.room))
        result.action = Action::Room;
    const auto refuse = [](const QString& message) {
        QTextStream(stderr) << message << Qt::endl;
        std::exit(1);
    };
    parseTeam(parser, options, &result, refuse);
    if (result.action == Action::Export) {
        bool ok = false;
        result.exportFormat = parser.value(options.exportAs).trimmed().toLower();
        result.workshopId = parser.value(options.workshop).toLongLong(&ok);
        result.outputPath = parser.value(options.output);
        result.pageSize = parser.value(options.pageSize).trimmed().toLower();
        if (!QStringList{QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("csv"),
                         QStringLiteral("json")}
                 .contains(result.exportFormat))
            refuse(tr("--export takes pdf, md, csv or json, not “%1”.")
                       .arg(parser.value(options.exportAs)));
        if (!ok || result.workshopId <= 0)
            refuse(tr("--export needs --workshop ID (see --list)."));
        if (result.outputPath.isEmpty())
            refuse(tr("--export needs --output FILE."));
        if (!result.pageSize.isEmpty() && result.pageSize != u"a4" && result.pageSize != u"letter")
            refuse(tr("--page-size takes a4 or letter, not “%1”.")
                       .arg(parser.value(options.pageSize)));
    }
    if (result.action == Action::Room) {
        bool ok = false;
        result.workshopId = parser.value(options.workshop).toLongLong(&ok);
        if (!ok || result.workshopId <= 0)
            refuse(tr("--room needs --workshop ID (see --list)."));
        if (!parseListen(parser.value(options.listen), &result.listenAddress, &result.listenPort))
            refuse(tr("--room needs --listen ADDRESS:PORT, for example 192.168.1.20:47123 "
                      "(port 0: the default port, or a free one)."));
        result.roomCommands = parser.isSet(options.commands);
    }
    if (result.action == Action::Import) {
        result.importPath = parser.value(options.importFrom);
        if (result.importPath.isEmpty())
            refuse(tr("--import needs a FILE."));
    }
    if (result.action == Action::Grab) {
        bool ok = false;
        result.grabFolder = parser.value(options.grab);
        result.workshopId = parser.value(options.workshop).toLongLong(&ok);
        if (!ok || result.workshopId <= 0) {
            QTextStream(stderr) << tr("--grab needs --workshop ID (see --list).") << Qt::endl;
            std::exit(1);
        }
        if (parser.isSet(options.screen)) {
            result.grabScreen = parseScreenSize(parser.value(options.screen));
            if (result.grabScreen.isEmpty())
                refuse(tr("--screen takes WIDTHxHEIGHT between 640x480 and 7680x4320, for "
                          "example 1280x800, not “%1”.")
                           .arg(parser.value(options.screen)));
        }
    }
    return result;
}

bool CommandLine::parseListen(const QString& text, QString* address, quint16* port) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon).trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || QHostAddress(host).isNull())
        return false;
    *address = host;
    *port = quint16(number);
    return true;
}

QString CommandLine::libraryPath() const {
    return databasePath.isEmpty() ? Database::defaultPath() : databasePath;
}

int createExample(const QString& libraryPath) {
    Database database(libraryPath);
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return 2;
    }
    WorkshopStore store(database);
    const auto ids = ExampleWorkshop::createWithRevisit(store);
    if (!ids) {
        QTextStream(stderr) << store.lastError() << Qt::endl;
        return 3;
    }
    QTextStream out(stdout);
    for (const qint64 id : *ids)
        out << id << Qt::endl;
    return 0;
}
