// How long the projector takes to show "decide" with the matrix up: the agenda moves to the
// stage and the projector builds and lays out its page, at 17 and 200 scored candidates, on a
// 1280×720 and a 1920×1080 projector. Medians of a few runs; the figure a facilitator feels
// when they press "next" in front of the room.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "scoring/DecisionMatrix.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

const QString Decide = QStringLiteral("draft.decide");

// A workshop with `count` revealed candidates, the standard criteria and every cell scored.
qint64 seed(TestLibrary& library, int count) {
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Bench"), 6);
    QList<qint64> candidates;
    for (int i = 0; i < count; ++i) {
        Candidate c = makeCandidate(
            id, i % 3 ? QStringLiteral("Candidate %1").arg(i + 1)
                      : QStringLiteral("Weekly households that cook three meals %1").arg(i + 1));
        c.position = i;
        candidates << store.addCandidate(c).value_or(0);
    }
    store.replaceMatrix(id, DecisionMatrix::standardCriteria(), {});
    const QList<MatrixCriterion> criteria = store.matrixCriteria(id);
    for (int i = 0; i < candidates.size(); ++i)
        for (int k = 0; k < criteria.size(); ++k)
            store.setMatrixScore({criteria.at(k).id, candidates.at(i), 1 + (i * 7 + k * 3) % 5});
    store.setStageRevealed(id, QStringLiteral("draft.silent"), true);
    return id;
}

double showMedian(MainWindow& window, const QSize& screen, int runs) {
    window.audienceWindow()->resize(screen);
    AgendaRunner* runner = window.workshopPage()->runner();
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        runner->goTo(QStringLiteral("draft.score"));
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        runner->goTo(Decide);
        QCoreApplication::processEvents(); // the page is laid out and painted
        window.audienceWindow()->grab();   // and what the room sees is drawn
        times << timer.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    return double(times.at(times.size() / 2)) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    QTextStream out(stdout);
    out << "showing decide's matrix on the projector (console and projector open; median of "
        << runs << " runs; the console's page is included)\n";
    for (const int count : {17, 200}) {
        TestLibrary library;
        const qint64 id = seed(library, count);
        ManualClock clock;
        MainWindow window(library.store(), clock);
        window.resize(1600, 1000);
        window.show();
        window.openWorkshop(id);
        window.present();
        for (const QSize screen : {QSize(1280, 720), QSize(1920, 1080)})
            out << "  " << count << " candidates at " << screen.width() << "×" << screen.height()
                << ": " << QString::number(showMedian(window, screen, runs), 'f', 1) << " ms\n";
        out.flush();
        window.endPresenting();
    }
    return 0;
}
