// A running timer never rebuilds what the room or the facilitator is looking at: on every
// stage of a full example workshop, with the console and the projector open and the timer
// running on an injected clock, ten simulated seconds (fifty ticks, ten saves of the stage's
// time) create no widget at all in either window.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

// Counts the widgets created while it is installed on the application: every new widget is
// added to a parent (ChildAdded) before it can be shown.
class WidgetBirths : public QObject {
public:
    int count = 0;
    QStringList classes;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ChildAdded) {
            auto* child = static_cast<QChildEvent*>(event)->child();
            if (child->isWidgetType()) {
                ++count;
                if (classes.size() < 5)
                    classes << QString::fromLatin1(child->metaObject()->className()) +
                                   QStringLiteral(" in ") +
                                   QString::fromLatin1(watched->metaObject()->className());
            }
        }
        return false;
    }
};

} // namespace

class TestTimerStability : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noWidgetIsCreatedWhileTheTimerRuns_data();
    void noWidgetIsCreatedWhileTheTimerRuns();

private:
    void open();

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestTimerStability::open() {
    if (m_window)
        return;
    m_library = std::make_unique<TestLibrary>();
    m_id = ExampleWorkshop::create(m_library->store()).value_or(0);
    QVERIFY(m_id != 0);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    m_window->openWorkshop(m_id);
    m_window->present();
    QVERIFY(m_window->audienceWindow());
    m_window->audienceWindow()->resize(1920, 1080);
}

void TestTimerStability::noWidgetIsCreatedWhileTheTimerRuns_data() {
    QTest::addColumn<QString>("stage");
    open();
    for (const PlannedStage& stage : m_window->workshopPage()->runner()->stages())
        QTest::newRow(qPrintable(stage.key)) << stage.key;
}

void TestTimerStability::noWidgetIsCreatedWhileTheTimerRuns() {
    QFETCH(QString, stage);
    open();
    AgendaRunner* runner = m_window->workshopPage()->runner();
    QVERIFY(runner->goTo(stage));
    runner->resetTimer();
    QCoreApplication::processEvents();
    // Counted from the press that starts the clock to the one that pauses it (Space, twice).
    WidgetBirths births;
    qApp->installEventFilter(&births);
    runner->startTimer();
    QCoreApplication::processEvents();
    QSignalSpy saved(&m_library->store(), &WorkshopStore::stageClockSaved);
    for (int i = 0; i < 50; ++i) {
        m_clock.advance(200);
        runner->tick();
        QCoreApplication::processEvents();
    }
    QCOMPARE(saved.count(), 10); // the time was saved once a second all along
    runner->pauseTimer();
    QCoreApplication::processEvents();
    qApp->removeEventFilter(&births);
    QVERIFY2(births.count == 0, qPrintable(QStringLiteral("%1 widgets created: %2")
                                               .arg(births.count)
                                               .arg(births.classes.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestTimerStability)
#include "TestTimerStability.moc"
