// Start-up to first frame with a library of 1,000 workshops, against a bare QMainWindow
// program started the same way. Prints medians and the ratio (budget: 1.5x or less).
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

QList<qint64> firstFrameTimes(const QString& program, const QStringList& arguments, int runs) {
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            QTextStream(stderr) << program << " failed: " << process.readAllStandardError();
            continue;
        }
        times.append(process.readAllStandardOutput().trimmed().toLongLong());
    }
    return times;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString folder = QCoreApplication::applicationDirPath();
    const QString lodestar =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : folder + QStringLiteral("/../../app/lodestar");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        Database database(path);
        if (!database.open()) {
            QTextStream(stderr) << database.errorMessage() << Qt::endl;
            return 1;
        }
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        WorkshopStore store(database);
        for (int i = 0; i < 1000; ++i) {
            Workshop w;
            w.title = QStringLiteral("Workshop %1").arg(i);
            w.product = QStringLiteral("Product %1").arg(i % 37);
            w.facilitator = QStringLiteral("Facilitator %1").arg(i % 11);
            store.createWorkshop(w, {{0, 0, QStringLiteral("Ana"), QStringLiteral("product"), 0}});
        }
    }
    const int runs = 7;
    // Warm the file cache so neither side pays for the first load of Qt from disk.
    firstFrameTimes(folder + QStringLiteral("/bench_bare_window"), {}, 1);
    firstFrameTimes(lodestar, {QStringLiteral("--smoke"), QStringLiteral("--database"), path}, 1);
    const qint64 bare =
        median(firstFrameTimes(folder + QStringLiteral("/bench_bare_window"), {}, runs));
    const qint64 ours = median(firstFrameTimes(
        lodestar, {QStringLiteral("--smoke"), QStringLiteral("--database"), path}, runs));
    QTextStream out(stdout);
    out << "start-up to first frame, median of " << runs << " runs\n";
    out << "  bare QMainWindow:                 " << bare << " ms\n";
    out << "  lodestar, 1,000-workshop library: " << ours << " ms\n";
    out << "  ratio: " << QString::number(bare > 0 ? double(ours) / double(bare) : 0.0, 'f', 2)
        << "x (budget 1.5x)" << Qt::endl;
    return 0;
}
