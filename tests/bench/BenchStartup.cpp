// Start-up to first frame (what `lodestar --smoke` prints) against a bare QMainWindow
// program, with empty, 1,000- and 10,000-workshop libraries, the two started in turn so a
// change in the machine's speed touches both; peak memory of each process; and `--list` of
// 10,000 workshops against `--version`. Prints medians and ratios (budgets: first frame
// 1.5x the bare window, memory 2x, --list 2x --version). A second yardstick, the bare window
// with one line of text, shows what the words alone cost (fontconfig's database, a font). Usage:
//   bench_startup [LODESTAR] [RUNS]
#include "ChildProcess.h"
#include "SeededLibrary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QString ratio(double value) {
    return QString::number(value, 'f', 2) + QLatin1Char('x');
}

struct Series {
    QList<double> ms, ratios, peakMb, peakRatios, textRatios;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString folder = QCoreApplication::applicationDirPath();
    const QStringList args = app.arguments();
    const QString lodestar =
        args.size() > 1 ? args[1] : folder + QStringLiteral("/../../app/lodestar");
    const int runs = args.size() > 2 ? qMax(1, args[2].toInt()) : 15;
    const QString bare = folder + QStringLiteral("/bench_bare_window");
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QList<int> sizes = {0, 1000, 10000};
    QStringList paths;
    QElapsedTimer timer;
    timer.start();
    for (int size : sizes) {
        const QString path = dir.filePath(QStringLiteral("library-%1.sqlite").arg(size));
        const QString error = SeededLibrary::seed(path, size);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        paths.append(path);
    }
    out << "seeded libraries of 0, 1,000 and 10,000 workshops in " << timer.elapsed() << " ms\n";
    out.flush();

    auto smoke = [&](int i) {
        return runChild(lodestar,
                        {QStringLiteral("--smoke"), QStringLiteral("--database"), paths[i]});
    };
    // Warm the file cache so neither side pays for the first load of Qt from disk.
    runChild(bare, {});
    for (int i = 0; i < sizes.size(); ++i)
        smoke(i);

    QList<Series> series(sizes.size());
    QList<double> bareMs, bareMb, textMs, textRatios;
    for (int run = 0; run < runs; ++run)
        for (int i = 0; i < sizes.size(); ++i) {
            const ChildRun a = runChild(bare, {});
            const ChildRun t = runChild(bare, {QStringLiteral("--text")});
            const ChildRun b = smoke(i);
            if (!a.ok || !t.ok || !b.ok) {
                QTextStream(stderr) << "a run failed (size " << sizes[i] << ")\n";
                continue;
            }
            const double aMs = a.output.trimmed().toDouble();
            const double bMs = b.output.trimmed().toDouble();
            const double tMs = t.output.trimmed().toDouble();
            bareMs.append(aMs);
            bareMb.append(a.peakKb / 1024.0);
            textMs.append(tMs);
            textRatios.append(aMs > 0 ? tMs / aMs : 0);
            series[i].textRatios.append(tMs > 0 ? bMs / tMs : 0);
            series[i].ms.append(bMs);
            series[i].ratios.append(aMs > 0 ? bMs / aMs : 0);
            series[i].peakMb.append(b.peakKb / 1024.0);
            series[i].peakRatios.append(a.peakKb > 0 ? double(b.peakKb) / a.peakKb : 0);
        }
    out << "start-up to first frame, offscreen, median of " << runs
        << " runs alternating with the bare window (ratio: median of the pairs)\n";
    out << "  bare QMainWindow:          " << QString::number(median(bareMs), 'f', 0)
        << " ms, peak " << QString::number(median(bareMb), 'f', 1) << " MB\n";
    out << "  with one line of text:     " << QString::number(median(textMs), 'f', 0) << " ms, "
        << ratio(median(textRatios)) << " the bare window\n";
    for (int i = 0; i < sizes.size(); ++i)
        out << "  lodestar, " << QStringLiteral("%1 workshops:").arg(sizes[i], 6)
            << QString::number(median(series[i].ms), 'f', 0).rightJustified(6) << " ms, "
            << ratio(median(series[i].ratios)) << " (budget 1.5x); peak "
            << QString::number(median(series[i].peakMb), 'f', 1) << " MB, "
            << ratio(median(series[i].peakRatios)) << " (budget 2x); "
            << ratio(median(series[i].textRatios)) << " the window with text\n";
    out.flush();

    // --list prints the whole library; --version opens nothing. Whole processes, wall time.
    QList<double> listMs, versionMs, listRatios;
    for (int run = 0; run < runs; ++run) {
        const ChildRun v = runChild(lodestar, {QStringLiteral("--version")});
        const ChildRun l = runChild(
            lodestar, {QStringLiteral("--list"), QStringLiteral("--database"), paths.last()});
        if (!v.ok || !l.ok)
            continue;
        versionMs.append(v.wallMs);
        listMs.append(l.wallMs);
        listRatios.append(l.wallMs / v.wallMs);
    }
    out << "--list of 10,000 workshops against --version, median of " << runs << "\n";
    out << "  --version: " << QString::number(median(versionMs), 'f', 1) << " ms\n";
    out << "  --list:    " << QString::number(median(listMs), 'f', 1) << " ms, "
        << ratio(median(listRatios)) << " (budget 2x)" << Qt::endl;
    return 0;
}
