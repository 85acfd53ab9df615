// The UI-thread cost of one timer tick with the console and the projector both open:
// the runner's tick plus the repaint it causes, on the opening and on every draft stage.
// Budget: under 2 ms.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "playbook/ExampleWorkshop.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    const qint64 id = *ExampleWorkshop::create(store);
    ManualClock clock;
    MainWindow window(store, clock);
    window.resize(1600, 1000);
    window.show();
    window.openWorkshop(id);
    window.present();
    window.audienceWindow()->resize(1920, 1080);
    AgendaRunner* runner = window.workshopPage()->runner();
    QTextStream out(stdout);
    out << "timer tick with console and projector open (300 ticks a stage, one minute "
           "simulated; one in five changes the seconds, budget 2 ms)\n";
    const QStringList stages = {StageKeys::Opening, StageKeys::Silent, StageKeys::Pairs,
                                StageKeys::Score,   StageKeys::Decide, StageKeys::Converge};
    for (const QString& stage : stages) {
        runner->goTo(stage);
        runner->resetTimer();
        runner->startTimer();
        QCoreApplication::processEvents();
        QList<qint64> ticks;
        QElapsedTimer timer;
        for (int i = 0; i < 300; ++i) {
            clock.advance(200); // the runner ticks five times a second
            timer.start();
            runner->tick();
            QCoreApplication::processEvents(); // the repaints the tick asked for
            ticks.append(timer.nsecsElapsed());
        }
        runner->pauseTimer();
        std::sort(ticks.begin(), ticks.end());
        auto ms = [&](double q) {
            return QString::number(double(ticks[qsizetype(q * (ticks.size() - 1))]) / 1e6, 'f', 3);
        };
        out << "  " << stage.leftJustified(15) << "median " << ms(0.5) << " ms, p90 " << ms(0.9)
            << " ms, max " << ms(1.0) << " ms" << Qt::endl;
    }
    window.endPresenting();
    return 0;
}
