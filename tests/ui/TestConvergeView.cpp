// The converge step on the projector: the North Star tree follows the console as it types,
// nothing of a draft card shows before the silent brainstorm's Reveal, console notes never
// show, and the tree takes the projector's dark and light looks. With LODESTAR_GRAB_DIR set,
// it also writes the page and the projector as PNGs for a human to look at.
#include "AudienceWindow.h"
#include "ConvergeScenario.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/converge/ConvergeChoiceCard.h"
#include "stages/draft/converge/ConvergeGuardrailCard.h"
#include "stages/draft/converge/ConvergeInputsCard.h"
#include "stages/draft/converge/ConvergeMetricCard.h"
#include "stages/draft/converge/ConvergePage.h"
#include "stages/draft/converge/ConvergeView.h"
#include "widgets/NorthStarTreeView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace {
QString projectorText(AudienceWindow* projector) {
    return visibleTexts(projector).join(u'\n');
}
} // namespace

class TestConvergeView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void treeFollowsTheConsoleLive();
    void nothingOfTheCardsBeforeReveal();
    void noConsoleNotesOnTheProjector();
    void darkAndLightLooks();
    void guardrailShowsAsWritten();
    void treeSurvivesClosingAndReopeningTheLibrary();
    void projectorKeepsTheOwners_data();
    void projectorKeepsTheOwners();

private:
    void open(qint64 id);
    ConvergePage* converge();
    ConvergeView* view() const;
    WorkshopPage* page() const { return m_window->workshopPage(); }
    WorkshopStore& store() const { return m_library->store(); }
    AudienceWindow* projector() const { return m_window->audienceWindow(); }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestConvergeView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestConvergeView::init() {
    m_library = std::make_unique<TestLibrary>();
}

void TestConvergeView::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestConvergeView::open(qint64 id) {
    m_window.reset();
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1600, 1000);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(id);
    QVERIFY(page()->runner());
    m_window->present();
    projector()->resize(1920, 1080);
}

ConvergePage* TestConvergeView::converge() {
    page()->runner()->goTo(QStringLiteral("draft.converge"));
    return qobject_cast<ConvergePage*>(page()->stagePage());
}

ConvergeView* TestConvergeView::view() const {
    return projector()->findChild<ConvergeView*>();
}

void TestConvergeView::treeFollowsTheConsoleLive() {
    const ConvergeScenario s = ConvergeScenario::create(store(), true);
    open(s.workshopId);
    ConvergePage* p = converge();
    QVERIFY(p && view());
    QVERIFY(!view()->isTreeShown()); // nothing chosen yet
    QTest::mouseClick(p->choice()->chooseButton(s.plannedTrips), Qt::LeftButton);
    QVERIFY(view()->isTreeShown());
    const NorthStarTree& tree = view()->tree()->tree();
    QCOMPARE(tree.metricName, QStringLiteral("Planned trips"));
    QCOMPARE(tree.inputs.size(), 1);
    QCOMPARE(tree.inputs.at(0).patternLabel, QStringLiteral("Breadth"));

    QLineEdit* name = p->metric()->nameEdit();
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" a week"));
    QCOMPARE(view()->tree()->tree().metricName, QStringLiteral("Planned trips a week"));
    QTest::keyClicks(p->metric()->definitionEdit(), QStringLiteral(" or two"));
    QVERIFY(view()->tree()->tree().metricDefinition.endsWith(QStringLiteral(" or two")));
    QTest::mouseClick(p->inputs()->addButton(), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Trips per rider"));
    QCOMPARE(view()->tree()->tree().inputs.size(), 2);
    QCOMPARE(view()->tree()->tree().inputs.at(1).name, QStringLiteral("Trips per rider"));
    QTest::keyClicks(p->guardrail()->guardrailNameEdit(), QStringLiteral("Broken bikes"));
    QCOMPARE(view()->tree()->tree().guardrailName, QStringLiteral("Broken bikes"));
    QVERIFY(projectorText(projector()).contains(QStringLiteral("Broken bikes")));
    // Owners show, as on the PDF's tree; input definitions stay on the console, so the names
    // can be large.
    QCOMPARE(view()->tree()->tree().inputs.at(0).owner, QStringLiteral("Growth"));
    QVERIFY(!projectorText(projector()).contains(QStringLiteral("Riders who plan a trip")));

    // Undo on the console is undone on the projector too.
    QUndoStack& undo = page()->context()->undoStack;
    while (undo.canUndo())
        undo.undo();
    QVERIFY(!view()->isTreeShown());
    QVERIFY(!projectorText(projector()).contains(QStringLiteral("Planned trips")));
}

void TestConvergeView::nothingOfTheCardsBeforeReveal() {
    const ConvergeScenario s = ConvergeScenario::create(store(), false);
    open(s.workshopId);
    ConvergePage* p = converge();
    QVERIFY(p && view());
    QVERIFY(!view()->isTreeShown());
    QString shown = projectorText(projector());
    QVERIFY(shown.contains(QStringLiteral("The North Star will appear here")));
    for (const QString& secret : s.cardTexts)
        QVERIFY2(!shown.contains(secret), qPrintable(secret));

    // Choosing is done in front of the room, so the chosen North Star shows even though the
    // cards are hidden (a workshop whose cards were hidden again after the reveal used to keep
    // a blank projector at Converge, also after a reopen) — and nothing of the other cards.
    store().setNorthStar(s.workshopId, s.plannedTrips);
    QVERIFY(view()->isTreeShown());
    shown = projectorText(projector());
    QVERIFY(shown.contains(QStringLiteral("Planned trips")));
    const QStringList chosenTexts = {
        QStringLiteral("Planned trips"),
        QStringLiteral("Trips planned in the app and ridden within a day"),
        QStringLiteral("Riders planning")};
    for (const QString& secret : s.cardTexts)
        if (!chosenTexts.contains(secret))
            QVERIFY2(!shown.contains(secret), qPrintable(secret));
    QTest::keyClicks(p->metric()->nameEdit(), QStringLiteral(" SECRET"));
    QVERIFY(projectorText(projector()).contains(QStringLiteral("Planned trips SECRET")));

    // The same after closing and reopening the library.
    m_window.reset();
    QVERIFY(m_library->reopen());
    open(s.workshopId);
    QVERIFY(converge() && view());
    QVERIFY(view()->isTreeShown());
    QVERIFY(projectorText(projector()).contains(QStringLiteral("Planned trips SECRET")));

    // Revealing the cards changes nothing for the chosen North Star.
    store().setStageRevealed(s.workshopId, QStringLiteral("draft.silent"), true);
    QVERIFY(view()->isTreeShown());
}

void TestConvergeView::noConsoleNotesOnTheProjector() {
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    open(*example);
    ConvergePage* p = converge();
    QVERIFY(p && view());
    QVERIFY(view()->isTreeShown());
    const QString shown = projectorText(projector());
    const Workshop w = *store().workshop(*example);
    QVERIFY(shown.contains(store().candidate(w.northStarId)->name));
    QStringList secrets = {store().stageState(*example, QStringLiteral("draft.converge")).notes,
                           w.guardrailDefinition};
    for (const FollowUp& f : store().followUps(*example))
        secrets << f.text;
    for (const Input& input : store().inputs(w.northStarId))
        secrets << input.definition;
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!shown.contains(secret), qPrintable(secret));
    }
    // What the room should see: the metric, every input with its owner, and the guardrail.
    QCoreApplication::processEvents();
    // Owners are in the tree the projector holds (drawn where they fit, and read out).
    const QString summary = view()->tree()->tree().summary();
    for (const Input& input : store().inputs(w.northStarId)) {
        QVERIFY2(shown.contains(input.name), qPrintable(input.name));
        QVERIFY2(summary.contains(QStringLiteral("owner %1").arg(input.owner)),
                 qPrintable(summary));
    }
    QVERIFY(shown.contains(w.guardrailName));
}

void TestConvergeView::guardrailShowsAsWritten() {
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    Workshop w = *store().workshop(*example);
    w.guardrailName = QStringLiteral("Query latency p95 stays under 3 s");
    QVERIFY(store().updateWorkshop(w));
    open(*example);
    QVERIFY(converge() && view());
    QCoreApplication::processEvents();
    QStringList drawn;
    for (const TreeText& text : view()->tree()->treeLayout().texts)
        drawn << text.text;
    // The team's sentence as typed, under a short label; nothing built around it.
    QVERIFY2(drawn.contains(QStringLiteral("Guardrail: Query latency p95 stays under 3 s")),
             qPrintable(drawn.join(u'|')));
    const QString shown = projectorText(projector()) + drawn.join(u'\n');
    QVERIFY(!shown.contains(QStringLiteral("3 s must not fall")));
    QVERIFY(!view()->tree()->treeLayout().guardrail.isNull());
}

void TestConvergeView::darkAndLightLooks() {
    const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR");
    if (!folder.isEmpty()) // look as the app looks
        Theme::applyConsoleTheme(*qApp);
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    open(*example);
    ConvergePage* p = converge();
    QVERIFY(p && view());
    QCOMPARE(projector()->look(), AudienceWindow::Look::Dark);
    QVERIFY(view()->tree()->colors().background.lightness() < 100);
    // Legible from the back row: nothing below the projector's 28 pt floor, nothing cut but
    // an owner shortened to its line (the owners stay on the tree; the tooltip has them whole).
    QCoreApplication::processEvents();
    for (const TreeText& text : view()->tree()->treeLayout().texts) {
        QVERIFY2(text.font.pixelSize() >= 28 * 96 / 72, qPrintable(text.text));
        QVERIFY2(!text.elided || text.text.startsWith(QStringLiteral("Owner: ")),
                 qPrintable(text.text));
    }
    auto grab = [&](const QString& name, QWidget* widget) {
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    };
    if (!folder.isEmpty())
        QDir().mkpath(folder);
    QCoreApplication::processEvents();
    grab(QStringLiteral("converge-projector-dark.png"), projector());
    projector()->setLook(AudienceWindow::Look::Light);
    QVERIFY(view()->tree()->colors().background.lightness() > 200);
    grab(QStringLiteral("converge-projector-light.png"), projector());
    projector()->setLook(AudienceWindow::Look::Dark);
    QVERIFY(view()->tree()->colors().background.lightness() < 100);

    // The whole console column, not only what fits the window.
    auto* scroll = p->findChild<QScrollArea*>();
    QVERIFY(scroll);
    grab(QStringLiteral("converge-console.png"), m_window.get());
    QWidget* column = scroll->widget();
    column->resize(column->width(), column->sizeHint().height());
    grab(QStringLiteral("converge-console-column.png"), column);
}

void TestConvergeView::treeSurvivesClosingAndReopeningTheLibrary() {
    // Issue 13, item 3: a finished workshop reopened at converge, projector opened after.
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    open(*example);
    QVERIFY(converge() && view());
    QVERIFY(view()->isTreeShown());
    m_window.reset();
    QVERIFY(m_library->reopen());
    open(*example);
    QCOMPARE(page()->runner()->current().key, QStringLiteral("draft.converge"));
    QVERIFY(view());
    QVERIFY(view()->isTreeShown());
    const Workshop w = *store().workshop(*example);
    QVERIFY(projectorText(projector()).contains(store().candidate(w.northStarId)->name));
    QVERIFY(!projectorText(projector()).contains(QStringLiteral("will appear here")));
}

void TestConvergeView::projectorKeepsTheOwners_data() {
    QTest::addColumn<QSize>("screen");
    for (const QSize size :
         {QSize(1280, 720), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)})
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
}

// Every input's owner is drawn on the projector's tree (on one line, shortened if need be)
// at every projector size, and no text of the tree goes under 28 pt to make room.
void TestConvergeView::projectorKeepsTheOwners() {
    QFETCH(QSize, screen);
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    open(*example);
    QVERIFY(converge() && view());
    projector()->resize(screen);
    QCoreApplication::processEvents();
    QVERIFY(view()->isTreeShown());
    const NorthStarTreeLayout& layout = view()->tree()->treeLayout();
    QVERIFY(layout.fits);
    const qreal floor = StageWidgets::ProjectorFloor * view()->logicalDpiY() / 72.0;
    QVERIFY2(
        layout.smallestPixelSize() >= floor,
        qPrintable(QStringLiteral("%1 px < %2 px").arg(layout.smallestPixelSize()).arg(floor)));
    const Workshop w = *store().workshop(*example);
    const QList<Input> inputs = store().inputs(w.northStarId);
    QVERIFY(!inputs.isEmpty());
    for (const Input& input : inputs) {
        QVERIFY(!input.owner.isEmpty());
        const auto drawn =
            std::find_if(layout.texts.begin(), layout.texts.end(), [&](const TreeText& t) {
                // With its label, or — in a narrow box — the owner's name alone.
                return t.text == QStringLiteral("Owner: %1").arg(input.owner) ||
                       t.text == input.owner;
            });
        QVERIFY2(drawn != layout.texts.end(), qPrintable(input.owner));
        QVERIFY(!drawn->lines.isEmpty() && !drawn->lines.first().isEmpty());
        QVERIFY(drawn->rect.bottom() <= view()->tree()->height());
    }
    // The boxes stay apart and inside the view.
    const QList<QRectF> boxes = layout.boxes();
    const QRectF area = view()->tree()->rect().adjusted(-1, -1, 1, 1);
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY(area.contains(boxes.at(i)));
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes.at(i).adjusted(1, 1, -1, -1).intersects(boxes.at(j)));
    }
}

QTEST_MAIN(TestConvergeView)
#include "TestConvergeView.moc"
