// One import into an empty library against one into a 10,000-workshop library (budget:
// 1.2x), in this process (the store's own work, at full synchronisation) and as a whole
// `lodestar --import` process. The workshop is the Harvest Box example (17 candidates) and a
// synthetic 200-candidate workshop. Usage: bench_import [LODESTAR] [RUNS]
#include "ChildProcess.h"
#include "ReportFixtures.h"
#include "SeededLibrary.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Median milliseconds of `runs` imports of `doc` into the library at `path`, each in a
// freshly opened library as the app would do it.
double importMs(const QString& path, const WorkshopDocument& doc, int runs) {
    QList<double> times;
    Database database(path);
    if (!database.open())
        return -1;
    WorkshopStore store(database);
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        if (!store.importWorkshop(doc)) {
            QTextStream(stderr) << "import failed: " << store.lastError() << Qt::endl;
            return -1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

QString fixed(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString lodestar = args.size() > 1 ? args[1]
                                             : QCoreApplication::applicationDirPath() +
                                                   QStringLiteral("/../../app/lodestar");
    const int runs = args.size() > 2 ? qMax(1, args[2].toInt()) : 11;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.sqlite"));
    if (const QString error = SeededLibrary::seed(big, 10000); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    std::optional<WorkshopDocument> example;
    {
        Database scratch(dir.filePath(QStringLiteral("scratch.sqlite")));
        if (!scratch.open())
            return 1;
        WorkshopStore store(scratch);
        example = exampleDocument(store);
    }
    if (!example)
        return 1;
    const WorkshopDocument large = syntheticWorkshop(200);

    out << "one import, in this process, median of " << runs << " (each into the library as "
        << "it has grown by then)\n";
    int n = 0;
    for (const auto& [name, doc] : {std::pair{"example, 17 candidates", *example},
                                    std::pair{"synthetic, 200 candidates", large}}) {
        const QString emptyPath = dir.filePath(QStringLiteral("empty-%1.sqlite").arg(n++));
        const double empty = importMs(emptyPath, doc, runs);
        const double full = importMs(big, doc, runs);
        out << "  " << name << ": empty library " << fixed(empty, 2) << " ms, 10,000 workshops "
            << fixed(full, 2) << " ms, " << fixed(full / empty, 2) << "x (budget 1.2x)\n";
    }
    out.flush();

    // The whole command, alternating: open, check, import, close.
    const QString json = dir.filePath(QStringLiteral("example.json"));
    QFile file(json);
    if (!file.open(QIODevice::WriteOnly) || file.write(JsonExchange::write(*example)) < 0)
        return 1;
    file.close();
    const QString emptyPath = dir.filePath(QStringLiteral("process-empty.sqlite"));
    QList<double> emptyMs, fullMs, ratios;
    for (int run = 0; run < runs; ++run) {
        const ChildRun a = runChild(
            lodestar, {QStringLiteral("--import"), json, QStringLiteral("--database"), emptyPath});
        const ChildRun b = runChild(
            lodestar, {QStringLiteral("--import"), json, QStringLiteral("--database"), big});
        if (!a.ok || !b.ok)
            continue;
        emptyMs.append(a.wallMs);
        fullMs.append(b.wallMs);
        ratios.append(b.wallMs / a.wallMs);
    }
    out << "lodestar --import (whole process, example), median of " << runs << "\n";
    out << "  into an empty library: " << fixed(median(emptyMs)) << " ms\n";
    out << "  into 10,000 workshops: " << fixed(median(fullMs)) << " ms, "
        << fixed(median(ratios), 2) << "x" << Qt::endl;
    return 0;
}
