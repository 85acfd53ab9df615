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
#include <memory>

namespace {
QTemporaryDir* folder = nullptr;
std::unique_ptr<Database> database;
std::unique_ptr<WorkshopStore> store;
int imports = 0;

// Opening the library again empties its trash, where each imported workshop goes.
void openLibrary() {
    store.reset();
    database.reset();
    database = std::make_unique<Database>(folder->filePath(QStringLiteral("library.sqlite")));
    if (!database->open()) {
        std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(database->errorMessage()));
        std::abort();
    }
    store = std::make_unique<WorkshopStore>(*database);
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
    if (++imports % 500 == 0)
        openLibrary();
    return 0;
}
