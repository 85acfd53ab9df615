// The facilitator's console and the projector, driven offscreen with a hand-moved clock.
#include "AudienceWindow.h"
#include "Grabber.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "stages/common/GeneralStagePage.h"
#include "stages/common/StageRegistry.h"
#include "widgets/CountdownDisplay.h"
#include "widgets/ScriptPanel.h"
#include "widgets/StageRail.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

class TestConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardMovesBetweenStages();
    void railClickGoesToStage();
    void spaceStartsTheTimerButTypesInNotes();
    void spaceNeverPressesAFocusedButton();
    void notesAreSavedAsTyped();
    void bothWindowsShowTheSameTimer();
    void projectorNeverShowsPrivateText();
    void projectorTypeIsLargeEnough();
    void timerColoursPassTheContrastRule();
    void projectorKeys();
    void reopeningRestoresStageAndPausedTime();
    void grabWritesOneImagePerStagePerWindow();
    void everyStageOfTheAgendaHasItsOwnFaces();

private:
    WorkshopPage* page() const { return m_window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestConsole::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsole::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Console test"), 4);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(m_id);
    QVERIFY(runner());
}

void TestConsole::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestConsole::keyboardMovesBetweenStages() {
    page()->rail()->tree()->setFocus();
    QCOMPARE(runner()->current().key, QStringLiteral("opening"));
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(runner()->current().key, QStringLiteral("game"));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(runner()->current().key, QStringLiteral("draft.silent"));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(runner()->current().key, QStringLiteral("warmup"));
    QCOMPARE(m_library->store().workshop(m_id)->currentStage, QStringLiteral("warmup"));
    // The rail follows, and the stage page is the new stage's.
    QVERIFY(page()->rail()->tree()->currentItem()->text(0).contains(QLatin1String("Warm-up")));
    QVERIFY(visibleTexts(page()->stagePage()).join(u' ').contains(QLatin1String("Warm-up")));
}

void TestConsole::railClickGoesToStage() {
    QTreeWidget* tree = page()->rail()->tree();
    QTreeWidgetItem* draft = tree->topLevelItem(5);
    QVERIFY(draft->text(0).contains(QLatin1String("Draft")));
    QTreeWidgetItem* pairs = draft->child(1);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(pairs).center());
    QCOMPARE(runner()->current().key, QStringLiteral("draft.pairs"));
    // A block heading with steps is not a stage of its own.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tree->topLevelItem(5)).center());
    QCOMPARE(runner()->current().key, QStringLiteral("draft.pairs"));
}

void TestConsole::spaceStartsTheTimerButTypesInNotes() {
    page()->rail()->tree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(runner()->countdown().isRunning());
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(!runner()->countdown().isRunning());
    QPlainTextEdit* notes = page()->scriptPanel()->notesEditor();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("a b"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("a b"));
    QVERIFY(!runner()->countdown().isRunning());
}

void TestConsole::spaceNeverPressesAFocusedButton() {
    auto* button = new QPushButton(QStringLiteral("Press me"), page()->stagePage());
    auto* box = new QCheckBox(QStringLiteral("Tick me"), page()->stagePage());
    button->show();
    box->show();
    QSignalSpy clicked(button, &QPushButton::clicked);
    // Space is the timer's key wherever the focus is, a button or a tick box included.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(clicked.count(), 0);
    QVERIFY(runner()->countdown().isRunning());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!box->isChecked());
    QVERIFY(!runner()->countdown().isRunning());
    // Enter presses them instead.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(box->isChecked());
    QVERIFY(!runner()->countdown().isRunning());
}

void TestConsole::notesAreSavedAsTyped() {
    QPlainTextEdit* notes = page()->scriptPanel()->notesEditor();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Finance fears a scorecard"));
    QCOMPARE(m_library->store().stageState(m_id, QStringLiteral("opening")).notes,
             QStringLiteral("Finance fears a scorecard"));
    runner()->next();
    QVERIFY(notes->toPlainText().isEmpty());
    runner()->previous();
    QCOMPARE(notes->toPlainText(), QStringLiteral("Finance fears a scorecard"));
}

void TestConsole::bothWindowsShowTheSameTimer() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    QVERIFY(projector);
    runner()->startTimer();
    m_clock.advance(12 * 60'000 + 500);
    runner()->tick();
    auto* console = page()->findChild<CountdownDisplay*>();
    auto* big = projector->findChild<CountdownDisplay*>();
    QCOMPARE(console->text(), QStringLiteral("03:00"));
    QCOMPARE(big->text(), console->text());
    m_clock.advance(4 * 60'000);
    runner()->tick();
    QCOMPARE(big->text(), QStringLiteral("+01:00"));
    QVERIFY(big->accessibleDescription().contains(QLatin1String("over")));
}

void TestConsole::projectorNeverShowsPrivateText() {
    const QString secret = QStringLiteral("SECRET-NOTE-7731");
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    for (const PlannedStage& stage : runner()->stages()) {
        QVERIFY(runner()->goTo(stage.key));
        runner()->setNotes(stage.key, secret + stage.key);
        page()->scriptPanel()->notesEditor()->setPlainText(secret + stage.key);
        const QString shown = visibleTexts(projector).join(u'\n');
        QVERIFY2(shown.contains(stage.title), qPrintable(stage.key));
        QVERIFY2(!shown.contains(secret), qPrintable(stage.key));
        if (!stage.script.isEmpty())
            QVERIFY2(!shown.contains(stage.script), qPrintable(stage.key));
        if (!stage.tip.isEmpty())
            QVERIFY2(!shown.contains(stage.tip), qPrintable(stage.key));
    }
    projector->setChecklistShown(true);
    QVERIFY(!visibleTexts(projector).join(u'\n').contains(secret));
}

void TestConsole::projectorTypeIsLargeEnough() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1920, 1080);
    auto* title = projector->findChild<QLabel*>(QStringLiteral("projectorTitle"));
    QVERIFY(title->font().pointSizeF() >= 48);
    for (QLabel* label : projector->findChildren<QLabel*>())
        if (label->isVisibleTo(projector) && !label->text().isEmpty())
            QVERIFY2(label->font().pointSizeF() >= 28, qPrintable(label->objectName()));
    auto* timer = projector->findChild<CountdownDisplay*>();
    QVERIFY(timer->sizeHint().height() >= 96); // 72 pt at 96 dpi
}

void TestConsole::timerColoursPassTheContrastRule() {
    // WCAG contrast of two opaque colours.
    const auto contrast = [](const QColor& a, const QColor& b) {
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    using S = CountdownDisplay::Surface;
    const QList<std::tuple<S, QColor, double>> surfaces{
        {S::Console, Qt::white, 4.5},
        {S::ProjectorDark, Theme::color(Theme::Role::Night), 7.0},
        {S::ProjectorLight, Theme::color(Theme::Role::Paper), 7.0}};
    CountdownDisplay timer;
    for (const auto& [surface, background, minimum] : surfaces) {
        timer.setSurface(surface);
        for (auto phase : {Countdown::Phase::Calm, Countdown::Phase::Amber, Countdown::Phase::Red,
                           Countdown::Phase::Overrun}) {
            timer.setTime(60'000, phase, true);
            const double ratio = contrast(timer.colour(), background);
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3")
                                                      .arg(timer.colour().name(), background.name())
                                                      .arg(ratio)));
        }
    }
}

void TestConsole::projectorKeys() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    QTest::keyClick(projector, Qt::Key_B);
    QVERIFY(projector->isBlank());
    QTest::keyClick(projector, Qt::Key_B);
    QVERIFY(!projector->isBlank());
    QTest::keyClick(projector, Qt::Key_C);
    QVERIFY(projector->isChecklistShown());
    QTest::keyClick(projector, Qt::Key_C);
    QVERIFY(!projector->isChecklistShown());
    // The console's keys reach the projector too.
    page()->rail()->tree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QVERIFY(projector->isBlank());
    QTest::keyClick(projector, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->audienceWindow());
}

void TestConsole::reopeningRestoresStageAndPausedTime() {
    runner()->goTo(QStringLiteral("structure"));
    runner()->startTimer();
    m_clock.advance(6 * 60'000 + 10'000);
    runner()->tick();
    m_window.reset(); // quitting mid-stage
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->openWorkshop(m_id);
    QCOMPARE(runner()->current().key, QStringLiteral("structure"));
    QVERIFY(!runner()->countdown().isRunning());
    QCOMPARE(page()->findChild<CountdownDisplay*>()->text(), QStringLiteral("08:50"));
}

void TestConsole::grabWritesOneImagePerStagePerWindow() {
    QTemporaryDir dir;
    QString error;
    const QStringList files =
        Grabber::grabWorkshop(m_library->store(), m_clock, m_id, dir.path(), &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));
    // Per stage: the console, the projector dark and light; then the join card and the
    // examples, each dark and light.
    QCOMPARE(files.size(), 3 * runner()->stages().size() + 4);
    for (const QString& file : files) {
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(file)); // not a blank image
        if (file.contains(QLatin1String("projector")))
            QCOMPARE(image.size(), QSize(1920, 1080));
    }
    // Grabbing is a preview: the workshop did not move, and no stage made anything.
    QCOMPARE(m_library->store().workshop(m_id)->currentStage, QString());
    QVERIFY(m_library->store().warmUpGroups(m_id).isEmpty());
    QVERIFY(m_library->store().stageStates(m_id).isEmpty());
    QVERIFY(!Grabber::grabWorkshop(m_library->store(), m_clock, 9999, dir.path(), &error).size());
    QVERIFY(error.contains(QLatin1String("9999")));
}

void TestConsole::everyStageOfTheAgendaHasItsOwnFaces() {
    // One row per key, each key once, and every stage of the bundled agenda has a row: a
    // stage falling back to the general page would lose its tools without a word.
    QSet<QString> keys;
    for (const StageFaces& faces : StageRegistry::all()) {
        QVERIFY2(!keys.contains(faces.key), qPrintable(faces.key));
        keys.insert(faces.key);
        QVERIFY(faces.console);
    }
    QCOMPARE(keys.size(), 10);
    QVERIFY(keys.contains(StageKeys::Converge));
    QVERIFY(!StageRegistry::find(QStringLiteral("custom.discussion")));
    for (const PlannedStage& stage : runner()->stages()) {
        QVERIFY2(StageRegistry::find(stage.key), qPrintable(stage.key));
        QVERIFY(runner()->goTo(stage.key));
        QVERIFY2(!page()->findChild<GeneralStagePage*>(), qPrintable(stage.key));
    }
}

QTEST_MAIN(TestConsole)
#include "TestConsole.moc"
