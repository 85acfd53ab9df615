// --export and --import: a workshop leaves or joins the library without a window.
#include "CommandLine.h"

#include "exchange/WorkshopExchange.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QDateTime>
#include <QTextStream>

namespace {

// Exit codes shared by the headless commands: 2 the library, 3 the file.
constexpr int LibraryFailed = 2;
constexpr int FileFailed = 3;

} // namespace

int exportWorkshop(const CommandLine& command) {
    // Read-only: works while the app has the library open, and never changes it.
    Database database(command.libraryPath());
    if (!database.open(Database::Mode::ReadOnly)) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return LibraryFailed;
    }
    const WorkshopStore store(database);
    ReportOptions options;
    options.pageSize = command.pageSize == u"letter" ? QPageSize::Letter
                       : command.pageSize == u"a4"   ? QPageSize::A4
                                                     : defaultReportPageSize();
    options.exportedAt = QDateTime::currentDateTime();
    QString error;
    const auto format = WorkshopExchange::formatFromKey(command.exportFormat);
    if (!format || !WorkshopExchange::exportWorkshop(store, command.workshopId, *format,
                                                     command.outputPath, options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return FileFailed;
    }
    return 0;
}

int importWorkshop(const CommandLine& command) {
    Database database(command.libraryPath());
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return LibraryFailed;
    }
    WorkshopStore store(database);
    QString error;
    const auto id = WorkshopExchange::importFile(store, command.importPath, &error);
    if (!id) {
        QTextStream(stderr) << error << Qt::endl;
        return FileFailed;
    }
    QTextStream(stdout) << *id << Qt::endl;
    return 0;
}
