// bench_seed_library PATH WORKSHOPS [CANDIDATES_EACH]: a seeded library for measuring by
// hand (for instance `lodestar --smoke --database PATH`). The same arguments give the same
// content.
#include "SeededLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_seed_library PATH WORKSHOPS [CANDIDATES_EACH]\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString error =
        SeededLibrary::seed(args[1], args[2].toInt(), args.size() > 3 ? args[3].toInt() : 12);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << args[2] << " workshops seeded in " << timer.elapsed() << " ms"
                        << Qt::endl;
    return 0;
}
