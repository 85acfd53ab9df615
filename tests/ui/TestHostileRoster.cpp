// The hostile roster through every stage: the real main window and projector open on a
// workshop whose every name, card and note mixes accents, Arabic, Hebrew, Chinese, quotes,
// `<b>` markup and emoji (tests/support/HostileWorkshop). On every console page and every
// projector view, no label or tooltip may render that text as rich text, the markup shows
// as typed, and walking the pages writes nothing and makes no undo step.
// LODESTAR_SHOTS=<folder> also saves each stage's console and projector as PNG files.
#include "AudienceWindow.h"
#include "HostileWorkshop.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "exchange/WorkshopDocument.h"
#include "stages/common/StageContext.h"
#include "stages/draft/decide/DecidePage.h"
#include "storage/WorkshopStore.h"

#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

namespace {

bool holdsUserMarkup(const QString& text) {
    for (const QString& fragment : HostileWorkshop::markupFragments())
        if (text.contains(fragment))
            return true;
    return false;
}

// Every label and tooltip under `root` that would render text as rich text when it holds the
// users' markup, or could take any text for markup (AutoText that looks like rich text).
QStringList richRenderings(QWidget* root, const QString& where) {
    QStringList found;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root))
            continue;
        const QString text = label->text();
        const Qt::TextFormat format = label->textFormat();
        const bool autoRich = format == Qt::AutoText && Qt::mightBeRichText(text);
        const bool rich = format == Qt::RichText || format == Qt::MarkdownText;
        if (autoRich || (rich && holdsUserMarkup(text)))
            found << QStringLiteral("%1: label “%2” (%3)")
                         .arg(where, text.left(80), label->objectName());
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const QString tip = widget->toolTip();
        if (widget->isVisibleTo(root) && Qt::mightBeRichText(tip) && holdsUserMarkup(tip))
            found << QStringLiteral("%1: tooltip “%2”").arg(where, tip.left(80));
    }
    return found;
}

} // namespace

class TestHostileRoster : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStageShowsTheRosterAsTyped();

private:
    void look(const QString& stage, QStringList* problems);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
    QString m_shots;
};

void TestHostileRoster::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_shots = qEnvironmentVariable("LODESTAR_SHOTS");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
    m_library = std::make_unique<TestLibrary>();
    m_id = HostileWorkshop::create(m_library->store()).value_or(0);
    QVERIFY2(m_id, qPrintable(m_library->store().lastError()));
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(m_id);
    m_window->present();
    QVERIFY(m_window->audienceWindow());
    m_window->audienceWindow()->resize(1280, 778);
}

void TestHostileRoster::cleanupTestCase() {
    m_window.reset();
    m_library.reset();
}

void TestHostileRoster::look(const QString& stage, QStringList* problems) {
    QCoreApplication::processEvents(); // the pages deleted on the way are gone
    *problems << richRenderings(m_window.get(), QStringLiteral("console at ") + stage);
    *problems << richRenderings(m_window->audienceWindow(),
                                QStringLiteral("projector at ") + stage);
    if (!m_shots.isEmpty()) {
        m_window->grab().save(QDir(m_shots).filePath(QStringLiteral("console-%1.png").arg(stage)));
        m_window->audienceWindow()->grab().save(
            QDir(m_shots).filePath(QStringLiteral("projector-%1.png").arg(stage)));
    }
}

void TestHostileRoster::everyStageShowsTheRosterAsTyped() {
    WorkshopStore& store = m_library->store();
    AgendaRunner* runner = m_window->workshopPage()->runner();
    QUndoStack& undo = m_window->workshopPage()->context()->undoStack;
    const auto before = WorkshopDocument::load(store, m_id);
    QVERIFY(before);
    QStringList problems;
    int stages = 0;
    bool sawTheRoster = false;
    const QList<PlannedStage> plan = runner->stages(); // a copy: moving on rebuilds the plan
    for (const PlannedStage& stage : plan) {
        if (stage.skipped)
            continue;
        QVERIFY2(runner->goTo(stage.key), qPrintable(stage.key));
        ++stages;
        look(stage.key, &problems);
        if (auto* decide = qobject_cast<DecidePage*>(m_window->workshopPage()->stagePage())) {
            decide->tabs()->setCurrentIndex(1); // the dot vote, then the matrix again
            look(stage.key + QStringLiteral("-vote"), &problems);
            decide->tabs()->setCurrentIndex(0);
        }
        const QString console = visibleTexts(m_window->workshopPage()).join(u'\n');
        if (stage.key == QStringLiteral("warmup")) {
            // Who is in which group: the names exactly as typed, tags and all.
            for (const QString& name : HostileWorkshop::roster())
                QVERIFY2(console.contains(name), qPrintable(name));
            sawTheRoster = true;
        }
    }
    QVERIFY(stages >= 10);
    QVERIFY(sawTheRoster);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Walking the pages changed no user text and made no undo step.
    QCOMPARE(undo.count(), 0);
    const auto after = WorkshopDocument::load(store, m_id);
    QVERIFY(after);
    QCOMPARE(after->participants, before->participants);
    QCOMPARE(after->candidates, before->candidates);
    QCOMPARE(after->inputs, before->inputs);
    QCOMPARE(after->warmUpGroups, before->warmUpGroups);
    QCOMPARE(after->followUps, before->followUps);
    QCOMPARE(after->matrixCriteria, before->matrixCriteria);
    QCOMPARE(after->workshop.guardrailName, before->workshop.guardrailName);
    QCOMPARE(after->workshop.valueExchange, before->workshop.valueExchange);
}

QTEST_MAIN(TestHostileRoster)
#include "TestHostileRoster.moc"
