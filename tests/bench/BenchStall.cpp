// The longest event-loop stall the facilitator can feel, on a 200-candidate workshop with the
// console and the projector both open: while typing a 200-character card in the silent
// brainstorm (the projector showing the revealed cards), and while the timer runs on each
// stage. A bare window (a line edit and a label) is measured in the same run as the floor.
// Goal: 16 ms, one frame at 60 Hz.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "SeededLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int Candidates = 200;
constexpr int Ticks = 50; // ten seconds at five ticks a second

struct Stalls {
    QList<qint64> ns;
    void add(const QElapsedTimer& timer) { ns.append(timer.nsecsElapsed()); }
    QString line() const {
        QList<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        auto ms = [&](double q) {
            return QString::number(double(sorted[qsizetype(q * (sorted.size() - 1))]) / 1e6, 'f',
                                   2);
        };
        return QStringLiteral("max %1 ms, median %2 ms").arg(ms(1.0), ms(0.5));
    }
};

QString typedText() {
    QString text;
    while (text.size() < Candidates)
        text += QStringLiteral("households cooking ");
    return text.left(200);
}

// One keystroke: the key event and everything the event loop does because of it.
Stalls type(QWidget* editor) {
    Stalls stalls;
    QElapsedTimer timer;
    for (const QChar c : typedText()) {
        timer.start();
        QTest::keyClick(editor, c.toLatin1());
        QCoreApplication::processEvents();
        stalls.add(timer);
    }
    return stalls;
}

void bareReference(QTextStream& out) {
    QMainWindow window;
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    auto* edit = new QLineEdit;
    auto* clockLabel = new QLabel(QStringLiteral("00:00"));
    layout->addWidget(clockLabel);
    layout->addWidget(edit);
    window.setCentralWidget(central);
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    out << "  bare window, typing 200 characters: " << type(edit).line() << '\n';
    Stalls ticks;
    QElapsedTimer timer;
    for (int i = 0; i < Ticks; ++i) {
        timer.start();
        clockLabel->setText(QStringLiteral("00:%1").arg(i / 5, 2, 10, QLatin1Char('0')));
        QCoreApplication::processEvents();
        ticks.add(timer);
    }
    out << "  bare window, clock label ticking:   " << ticks.line() << '\n';
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const QString problem = SeededLibrary::seed(path, 1, Candidates); !problem.isEmpty()) {
        out << problem << Qt::endl;
        return 1;
    }
    Database database(path);
    if (!database.open())
        return 1;
    WorkshopStore store(database);
    const qint64 id = store.workshopSummaries().first().id;
    // The worst case for the projector: the silent brainstorm's cards are on the wall.
    store.setStageRevealed(id, QString(StageKeys::Silent), true);

    out << "event-loop stalls, " << Candidates
        << " candidates, console and projector open (goal 16 ms)\n";
    bareReference(out);
    {
        // The floor under any saved edit: one small committed transaction, synced to disk.
        Stalls commits;
        QElapsedTimer timer;
        for (int i = 0; i < 50; ++i) {
            timer.start();
            store.setStageNotes(id, QStringLiteral("bench"), QString::number(i));
            commits.add(timer);
        }
        out << "  one committed edit alone (no window):  " << commits.line() << '\n';
    }

    ManualClock clock;
    MainWindow window(store, clock);
    window.resize(1600, 1000);
    window.show();
    window.openWorkshop(id);
    window.present();
    window.audienceWindow()->resize(1920, 1080);
    AgendaRunner* runner = window.workshopPage()->runner();

    runner->goTo(QString(StageKeys::Silent));
    QCoreApplication::processEvents();
    auto* silent = qobject_cast<SilentPage*>(window.workshopPage()->stagePage());
    const qint64 person = store.participants(id).first().id;
    silent->addCard(person);
    QCoreApplication::processEvents();
    SilentColumn* column = silent->column(person);
    DraftCardEditor* card = column->editor(column->cardIds().last());
    out << "  typing a 200-character card (silent, revealed): "
        << type(card->behaviourEdit()).line() << '\n';

    const QStringList stages = {StageKeys::Opening,   StageKeys::Game,   StageKeys::GoodBad,
                                StageKeys::Structure, StageKeys::WarmUp, StageKeys::Silent,
                                StageKeys::Pairs,     StageKeys::Score,  StageKeys::Decide,
                                StageKeys::Converge};
    for (const QString& stage : stages) {
        runner->goTo(stage);
        runner->resetTimer();
        runner->startTimer();
        QCoreApplication::processEvents();
        Stalls ticks;
        QElapsedTimer timer;
        for (int i = 0; i < Ticks; ++i) {
            clock.advance(200);
            timer.start();
            runner->tick();
            QCoreApplication::processEvents();
            ticks.add(timer);
        }
        runner->pauseTimer();
        out << "  timer running on " << stage.leftJustified(15) << ticks.line() << '\n';
    }
    out.flush();
    window.endPresenting();
    return 0;
}
