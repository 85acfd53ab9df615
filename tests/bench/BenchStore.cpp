// Storage figures: the median commit of one edit (budget 1 ms) and loading a library of
// 10,000 workshops into the library model's summaries (budget 100 ms).
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
double medianMs(QList<qint64> nanoseconds) {
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? -1 : double(nanoseconds[nanoseconds.size() / 2]) / 1e6;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.open()) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return 1;
    }
    WorkshopStore store(database);
    QTextStream out(stdout);

    const qint64 id = *store.createWorkshop({0, QStringLiteral("Edits")});
    const qint64 candidate =
        *store.addCandidate({0, id, 0, CandidateKind::Own, QStringLiteral("NSM")});
    QList<qint64> notes, renames, scores;
    QElapsedTimer timer;
    for (int i = 0; i < 300; ++i) {
        timer.start();
        store.setStageNotes(id, QStringLiteral("opening"), QStringLiteral("Note %1").arg(i));
        notes.append(timer.nsecsElapsed());
        timer.start();
        store.renameWorkshop(id, QStringLiteral("Edits %1").arg(i));
        renames.append(timer.nsecsElapsed());
        timer.start();
        store.setChecklistScore({candidate, QStringLiteral("value"), 0, ChecklistAnswer(i % 3)});
        scores.append(timer.nsecsElapsed());
    }
    out << "median edit commit (synchronous=FULL, WAL), 300 edits each\n";
    out << "  stage notes:     " << QString::number(medianMs(notes), 'f', 3) << " ms\n";
    out << "  rename:          " << QString::number(medianMs(renames), 'f', 3) << " ms\n";
    out << "  checklist score: " << QString::number(medianMs(scores), 'f', 3)
        << " ms (budget 1 ms)\n";

    // A 10,000-workshop library; written fast, then read the way the library screen does.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    for (int i = 0; i < 10000; ++i)
        store.createWorkshop({0, QStringLiteral("Workshop %1").arg(i), QStringLiteral("Product")});
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    QList<qint64> loads;
    int rows = 0;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        rows = int(store.workshopSummaries().size());
        loads.append(timer.nsecsElapsed());
    }
    out << "load " << rows << " workshop summaries: " << QString::number(medianMs(loads), 'f', 1)
        << " ms median of 5 (budget 100 ms)" << Qt::endl;
    return 0;
}
