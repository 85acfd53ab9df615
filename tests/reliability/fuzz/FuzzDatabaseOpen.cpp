// libFuzzer target: every input is a library file handed to Database::open(). A refused
// file must come back byte-identical, with a message; see tests/reliability/README.md.
#include "OpenCheck.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
QTemporaryDir* folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static int qtArgc = 1;
    static QCoreApplication app(qtArgc, *argv); // QtSql finds its SQLite driver through it
    Q_UNUSED(argc);
    folder = new QTemporaryDir;
    return folder->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString problem = OpenCheck::checkOpen(bytes, folder->path());
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "Database::open property broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
