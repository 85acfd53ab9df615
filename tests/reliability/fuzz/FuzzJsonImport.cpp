// libFuzzer target: every input is a file handed to File ▸ Import: JsonExchange::read, then
// WorkshopStore::importWorkshop if it was accepted. See JsonImportCheck.h for the property
// and tests/reliability/README.md for how to run it.
#include "JsonImportCheck.h"

#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// Never destroyed at exit: the QCoreApplication (and QtSql's connection registry) is a
// function-local static that goes first, and closing a connection after it crashes.
QTemporaryDir* folder = nullptr;
Database* database = nullptr;
WorkshopStore* store = nullptr;
int inputs = 0;

// Opening the library again empties its trash, where each imported workshop goes.
void openLibrary() {
    delete store;
    delete database;
    database = new Database(folder->filePath(QStringLiteral("library.sqlite")));
    if (!database->open()) {
        std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(database->errorMessage()));
        std::abort();
    }
    store = new WorkshopStore(*database);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static int qtArgc = 1;
    static QCoreApplication app(qtArgc, *argv); // QtSql finds its SQLite driver through it
    Q_UNUSED(argc);
    folder = new QTemporaryDir;
    if (!folder->isValid())
        return 1;
    openLibrary();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const int before = store->workshopCount();
    const QString problem = JsonImportCheck::checkImport(bytes, *store);
    if (!problem.isEmpty() || store->workshopCount() != before) {
        std::fprintf(stderr, "JSON import property broken: %s\n", qPrintable(problem));
        std::abort();
    }
    if (++inputs % 500 == 0)
        openLibrary();
    return 0;
}
