// Agenda blocks 1–5 on the console and the projector: the opening questions, the game, the
// anti-examples and the warm-up worksheets, driven through their widgets offscreen.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"
#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/game/GamePage.h"
#include "stages/goodbad/GoodBadPage.h"
#include "stages/opening/OpeningPage.h"
#include "stages/warmup/WarmUpGroupCard.h"
#include "stages/warmup/WarmUpPage.h"
#include "widgets/NorthStarTreeView.h"
#include "widgets/StageRail.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

QString projectorText(AudienceWindow* projector) {
    return visibleTexts(projector).join(u'\n');
}

QList<QPointer<QWidget>> widgetsOf(QWidget* view) {
    QList<QPointer<QWidget>> widgets;
    for (QWidget* w : view->findChildren<QWidget*>())
        widgets << w;
    return widgets;
}

int goneCount(const QList<QPointer<QWidget>>& widgets) {
    return int(std::count_if(widgets.begin(), widgets.end(),
                             [](const QPointer<QWidget>& w) { return w.isNull(); }));
}

QLabel* labelShowing(QWidget* view, const QString& objectName, const QString& text) {
    for (QLabel* label : view->findChildren<QLabel*>(objectName))
        if (label->text().contains(text))
            return label;
    return nullptr;
}

// A font's size in points on `widget`'s screen, whether it was set in points or pixels.
qreal points(const QFont& font, const QWidget* widget) {
    return font.pointSizeF() > 0 ? font.pointSizeF()
                                 : font.pixelSize() * 72.0 / widget->logicalDpiY();
}

// The projector at the size of a 1920 × 1080 projector, on `key`'s stage.
AudienceWindow* projectorAt1080p(MainWindow* window, AgendaRunner* runner, const QString& key) {
    window->present();
    AudienceWindow* projector = window->audienceWindow();
    projector->resize(1920, 1080);
    runner->goTo(key);
    QCoreApplication::processEvents();
    return projector;
}
} // namespace

class TestTeachingPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openingQuestionAdvancesOnBothWindows();
    void gameChoicePersistsAndChanges();
    void antiExamplesRoundTripAndUndo();
    void worksheetsRoundTripAndUndo();
    void antiExamplesUpdateInPlaceOnTheProjector();
    void worksheetUpdatesInPlaceOnTheProjector();
    void handsCountUpdatesInPlaceOnTheProjector();
    void projectorNeverShowsConsoleNotes();
    void examplesKeyOpensTheCheatSheetOnBothWindows();
    void projectorCheatSheetIsShortAndLarge();
    void structureTreeIsLegibleFromTheBackRow();

private:
    void open(qint64 id);
    // The stage's console page, or nullptr when it is not a Page.
    template <typename Page> Page* goTo(const QString& key) {
        runner()->goTo(key);
        return qobject_cast<Page*>(page()->stagePage());
    }
    WorkshopPage* page() const { return m_window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }
    WorkshopStore& store() const { return m_library->store(); }
    QUndoStack& undoStack() const { return page()->context()->undoStack; }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestTeachingPages::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTeachingPages::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Teaching test"), 4);
    open(m_id);
}

void TestTeachingPages::open(qint64 id) {
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(id);
    QVERIFY(runner());
}

void TestTeachingPages::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestTeachingPages::openingQuestionAdvancesOnBothWindows() {
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    QVERIFY(questions.size() >= 4);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* opening = goTo<OpeningPage>(QStringLiteral("opening"));
    QVERIFY(opening);
    auto* shown = projector->findChild<QLabel*>(QStringLiteral("projectorQuestion"));
    QVERIFY(shown);
    QCOMPARE(shown->text(), questions.at(0).question);

    opening->notesEditor()->setFocus();
    QTest::keyClicks(opening->notesEditor(), QStringLiteral("Growth stalled"));
    QCOMPARE(store().questionNotes(m_id).value(questions.at(0).key),
             QStringLiteral("Growth stalled"));
    QTest::keyClick(opening->notesEditor(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(opening->currentQuestion(), 1);
    QCOMPARE(store().stageState(m_id, QStringLiteral("opening")).focus, 1);
    shown = projector->findChild<QLabel*>(QStringLiteral("projectorQuestion"));
    QCOMPARE(shown->text(), questions.at(1).question);
    QVERIFY(opening->notesEditor()->toPlainText().isEmpty()); // each question its own notes
    QTest::keyClick(opening->notesEditor(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(opening->notesEditor()->toPlainText(), QStringLiteral("Growth stalled"));
    QCOMPARE(shown->text(), questions.at(0).question);
    QVERIFY(!projectorText(projector).contains(QLatin1String("Growth stalled")));

    // The place is remembered: leaving and coming back shows the same question.
    QTest::keyClick(opening, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(opening, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(runner()->goTo(QStringLiteral("game")));
    opening = goTo<OpeningPage>(QStringLiteral("opening"));
    QCOMPARE(opening->currentQuestion(), 2);
    shown = projector->findChild<QLabel*>(QStringLiteral("projectorQuestion"));
    QCOMPARE(shown->text(), questions.at(2).question);
    // The keys work wherever the focus is in the console, not only on the page.
    page()->rail()->tree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(opening->currentQuestion(), 3);
    QCOMPARE(projector->findChild<QLabel*>(QStringLiteral("projectorQuestion"))->text(),
             questions.at(3).question);
}

void TestTeachingPages::gameChoicePersistsAndChanges() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* game = goTo<GamePage>(QStringLiteral("game"));
    QVERIFY(game);
    QTest::mouseClick(game->choiceButton(Game::Transaction), Qt::LeftButton);
    QCOMPARE(store().workshop(m_id)->game, Game::Transaction);
    QVERIFY(projectorText(projector).contains(QStringLiteral("★ Transaction")));
    QTest::mouseClick(game->choiceButton(Game::Attention), Qt::LeftButton);
    QCOMPARE(store().workshop(m_id)->game, Game::Attention);
    QVERIFY(projectorText(projector).contains(QStringLiteral("★ Attention")));
    QVERIFY(!projectorText(projector).contains(QStringLiteral("★ Transaction")));

    game->handsBox(Game::Attention)->setValue(4);
    QCOMPARE(store().gameTally(m_id).value(Game::Attention), 4);
    QVERIFY(projectorText(projector).contains(QStringLiteral("4 hand")));
    QTest::keyClicks(game->valueExchangeEditor(), QStringLiteral("When the show starts"));
    QTest::keyClicks(game->rationaleEditor(), QStringLiteral("We sell time well spent"));

    // A restart brings it all back into the widgets.
    m_window.reset();
    QVERIFY(m_library->reopen());
    open(m_id);
    game = goTo<GamePage>(QStringLiteral("game"));
    QVERIFY(game->choiceButton(Game::Attention)->isChecked());
    QCOMPARE(game->handsBox(Game::Attention)->value(), 4);
    QCOMPARE(game->valueExchangeEditor()->text(), QStringLiteral("When the show starts"));
    QCOMPARE(game->rationaleEditor()->toPlainText(), QStringLiteral("We sell time well spent"));
    QCOMPARE(store().workshop(m_id)->valueExchange, QStringLiteral("When the show starts"));

    // Thinking again: back to "not decided yet"; nothing else is lost.
    QTest::mouseClick(game->findChild<QPushButton*>(QStringLiteral("gameUndecided")),
                      Qt::LeftButton);
    QCOMPARE(store().workshop(m_id)->game, Game::Undecided);
    QVERIFY(!game->choiceButton(Game::Attention)->isChecked());
    QCOMPARE(store().workshop(m_id)->valueExchange, QStringLiteral("When the show starts"));
}

void TestTeachingPages::antiExamplesRoundTripAndUndo() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* goodBad = goTo<GoodBadPage>(QStringLiteral("goodbad"));
    QVERIFY(goodBad);
    goodBad->entry()->setFocus();
    QTest::keyClicks(goodBad->entry(), QStringLiteral("Page views"));
    QTest::keyClick(goodBad->entry(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClicks(goodBad->entry(), QStringLiteral("Revenue this quarter"));
    QTest::keyClick(goodBad->entry(), Qt::Key_Return);
    QCOMPARE(goodBad->shownIds().size(), 2);
    QVERIFY(goodBad->entry()->text().isEmpty());
    const qint64 pageViews = goodBad->shownIds().at(0);
    QCOMPARE(store().candidate(pageViews)->kind, CandidateKind::AntiExample);
    QCOMPARE(store().candidate(pageViews)->name, QStringLiteral("Page views"));

    QComboBox* box = goodBad->criterionBox(pageViews);
    const int vanity = box->findData(QStringLiteral("not_vanity"));
    QVERIFY(vanity > 0);
    box->setFocus();
    box->setCurrentIndex(vanity);
    emit box->activated(vanity);
    QCOMPARE(store().candidate(pageViews)->breaksCriterion, QStringLiteral("not_vanity"));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Page views")));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Revenue this quarter")));
    // The tag is the point as broken: beside a terrible North Star the checklist's own title
    // ("Not a vanity metric") would read as praise, on either window.
    QCOMPARE(box->currentText(), QStringLiteral("Is a vanity metric"));
    QCOMPARE(box->itemText(0), QStringLiteral("Which point does it break?"));
    for (int i = 1; i < box->count(); ++i) {
        const auto criterion = Playbook::standard().criterion(box->itemData(i).toString());
        QVERIFY(criterion);
        QVERIFY2(box->itemText(i) != criterion->title, qPrintable(box->itemText(i)));
    }
    QVERIFY(projectorText(projector).contains(QStringLiteral("Page views · Is a vanity metric")));
    // (The checklist beside it keeps the points' own titles.)
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Page views · Not a vanity")));

    QTest::mouseClick(goodBad->removeButton(pageViews), Qt::LeftButton);
    QVERIFY(!store().candidate(pageViews));
    QCOMPARE(goodBad->shownIds().size(), 1);
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Page views")));
    undoStack().undo();
    const auto back = store().candidate(pageViews); // the same id, the same tag
    QVERIFY(back);
    QCOMPARE(back->breaksCriterion, QStringLiteral("not_vanity"));
    QVERIFY(goodBad->shownIds().contains(pageViews));
    QCOMPARE(goodBad->criterionBox(pageViews)->currentData().toString(),
             QStringLiteral("not_vanity"));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Page views")));
    undoStack().redo();
    QVERIFY(!store().candidate(pageViews));
}

void TestTeachingPages::worksheetsRoundTripAndUndo() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* warmUp = goTo<WarmUpPage>(QStringLiteral("warmup"));
    QVERIFY(warmUp);
    // Two groups on the first visit, the four people split two and two.
    const QList<WarmUpGroup> groups = store().warmUpGroups(m_id);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).members.size(), 2);
    QCOMPARE(groups.at(1).members.size(), 2);
    QCOMPARE(warmUp->groupCards().size(), 2);

    WarmUpGroupCard* first = warmUp->groupCards().at(0);
    first->metricNameEdit()->setFocus();
    QTest::keyClicks(first->metricNameEdit(), QStringLiteral("Seated diners"));
    const qint64 worksheet = store().warmUpGroups(m_id).at(0).candidateId;
    QVERIFY(worksheet != 0);
    QCOMPARE(store().candidate(worksheet)->name, QStringLiteral("Seated diners"));
    QCOMPARE(store().candidate(worksheet)->kind, CandidateKind::WarmUp);
    for (const QString& name : {QStringLiteral("Diners who book"), QStringLiteral("Bookings each"),
                                QStringLiteral("Show-up rate")}) {
        QTest::mouseClick(first->addInputButton(), Qt::LeftButton);
        QTest::keyClicks(first->inputNameEdit(first->inputIds().last()), name);
    }
    QCOMPARE(store().inputs(worksheet).size(), 3);
    QCOMPARE(store().inputs(worksheet).at(1).name, QStringLiteral("Bookings each"));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Seated diners")));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Show-up rate")));

    // Removing an input, then the whole group, comes back with undo.
    const qint64 second = first->inputIds().at(1);
    QTest::mouseClick(first->removeInputButton(second), Qt::LeftButton);
    QCOMPARE(store().inputs(worksheet).size(), 2);
    undoStack().undo();
    QCOMPARE(store().inputs(worksheet).size(), 3);
    QCOMPARE(store().inputs(worksheet).at(1).id, second);
    QTest::mouseClick(first->removeGroupButton(), Qt::LeftButton);
    QCOMPARE(store().warmUpGroups(m_id).size(), 1);
    QVERIFY(!store().candidate(worksheet));
    undoStack().undo();
    QCOMPARE(store().warmUpGroups(m_id).size(), 2);
    QCOMPARE(store().warmUpGroups(m_id).at(0).id, groups.at(0).id);
    QCOMPARE(store().warmUpGroups(m_id).at(0).candidateId, worksheet);
    QCOMPARE(store().inputs(worksheet).size(), 3);
    QCOMPARE(warmUp->groupCards().size(), 2);

    // Share-out: the projector shows one group at a time.
    QVERIFY(projectorText(projector).contains(QStringLiteral("Seated diners")));
    QTest::mouseClick(warmUp->showNextButton(), Qt::LeftButton);
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Seated diners")));
    QVERIFY(projectorText(projector).contains(store().warmUpGroups(m_id).at(1).name));
    QTest::mouseClick(warmUp->showNextButton(), Qt::LeftButton);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Seated diners")));

    // Moving someone to the other group.
    const qint64 person = groups.at(0).members.at(0);
    QComboBox* box = warmUp->memberBox(person);
    const int other = box->findData(groups.at(1).id);
    box->setCurrentIndex(other);
    emit box->activated(other);
    QVERIFY(store().warmUpGroups(m_id).at(1).members.contains(person));
    QVERIFY(!store().warmUpGroups(m_id).at(0).members.contains(person));
}

void TestTeachingPages::projectorNeverShowsConsoleNotes() {
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    open(*example);
    QStringList secrets;
    for (const QString& note : store().questionNotes(*example))
        secrets << note;
    for (const OpeningQuestion& q : Playbook::standard().openingQuestions())
        secrets << q.note;
    secrets << Playbook::standard().gameCoaching();
    QVERIFY(secrets.size() > 5);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    // Full HD shows every anti-example; a smaller projector shows the latest that fit.
    projector->resize(1920, 1080);
    const QStringList keys = {QStringLiteral("opening"), QStringLiteral("game"),
                              QStringLiteral("goodbad"), QStringLiteral("structure"),
                              QStringLiteral("warmup")};
    for (const QString& key : keys) {
        QVERIFY(runner()->goTo(key));
        const QString notes = store().stageState(*example, key).notes;
        const QString shown = projectorText(projector);
        for (const QString& secret : secrets + QStringList{notes})
            if (!secret.isEmpty())
                QVERIFY2(!shown.contains(secret), qPrintable(key + QStringLiteral(": ") + secret));
        if (key == QLatin1String("goodbad"))
            QVERIFY(shown.contains(QStringLiteral("Boxes shipped")));
        if (key == QLatin1String("warmup"))
            QVERIFY(shown.contains(QStringLiteral("Seated diners per month")));
    }
    // Every opening question, one at a time.
    QVERIFY(runner()->goTo(QStringLiteral("opening")));
    auto* opening = qobject_cast<OpeningPage*>(page()->stagePage());
    for (int i = 0; i < Playbook::standard().openingQuestions().size(); ++i) {
        opening->showQuestion(i);
        const QString shown = projectorText(projector);
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!shown.contains(secret), qPrintable(secret));
    }
}

void TestTeachingPages::examplesKeyOpensTheCheatSheetOnBothWindows() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    page()->rail()->tree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_E);
    QVERIFY(projector->isExamplesShown());
    const QString company = Playbook::standard().projectorExamples().at(0).company;
    QVERIFY(projectorText(projector).contains(company));
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("examplesDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClick(projector, Qt::Key_E);
    QVERIFY(!projector->isExamplesShown());
    QVERIFY(!dialog->isVisible());
    QTest::keyClick(projector, Qt::Key_C); // the checklist is fed from the playbook
    QVERIFY(projectorText(projector).contains(Playbook::standard().checklist().at(0).title));
}

void TestTeachingPages::projectorCheatSheetIsShortAndLarge() {
    AudienceWindow* projector = projectorAt1080p(m_window.get(), runner(), QStringLiteral("game"));
    projector->setExamplesShown(true);
    auto* sheet = projector->findChild<QWidget*>(QStringLiteral("projectorExamples"));
    QVERIFY(sheet && sheet->isVisible());
    // What the room reads: about 40 words for a projector screen.
    const QStringList texts = visibleTexts(sheet);
    const qsizetype words = texts.join(u' ').split(u' ', Qt::SkipEmptyParts).size();
    qInfo("projector cheat sheet: %lld words", qlonglong(words));
    QVERIFY2(words <= 45, qPrintable(texts.join(u" | ")));
    const QList<QLabel*> labels = sheet->findChildren<QLabel*>();
    QVERIFY(labels.size() > 4);
    for (QLabel* label : labels) {
        QVERIFY2(label->isVisibleTo(sheet), qPrintable(label->text()));
        QVERIFY2(points(label->font(), label) >= 28, qPrintable(label->text()));
        QVERIFY2(label->geometry().bottom() < sheet->height(), qPrintable(label->text()));
    }
    // Company and the short line only; the full wording stays on the console's list.
    for (const ReferenceExample& e : Playbook::standard().projectorExamples()) {
        QVERIFY(texts.contains(e.company));
        QVERIFY(texts.contains(e.projectorLine));
        QVERIFY(e.metric == e.projectorLine || !texts.contains(e.metric));
    }
    QTest::keyClick(m_window.get(), Qt::Key_E); // the console's dialog keeps the detail
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("examplesDialog"));
    QVERIFY(dialog);
    const QString full = visibleTexts(dialog).join(u'\n');
    for (const ReferenceExample& e : Playbook::standard().referenceExamples())
        QVERIFY2(full.contains(e.metric), qPrintable(e.company));
}

void TestTeachingPages::structureTreeIsLegibleFromTheBackRow() {
    AudienceWindow* projector =
        projectorAt1080p(m_window.get(), runner(), QStringLiteral("structure"));
    auto* view = projector->findChild<NorthStarTreeView*>(QStringLiteral("projectorWorkedExample"));
    QVERIFY(view && view->isVisible());
    // The title says it; the tree gets the prompt's room.
    auto* prompt = projector->findChild<QLabel*>(QStringLiteral("projectorPrompt"));
    QVERIFY(prompt && !prompt->isVisible());
    const NorthStarTreeLayout& layout = view->treeLayout();
    qInfo("projector tree area %gx%g at %d dpi; smallest text %d px", layout.area.width(),
          layout.area.height(), view->logicalDpiY(), layout.smallestPixelSize());
    QVERIFY(layout.area.width() >= 1700 && layout.area.height() >= 650);
    QVERIFY(layout.fits);
    // 28 pt on this screen, in the pixels the layout draws with.
    const qreal floor = 28 * view->logicalDpiY() / 72.0;
    QVERIFY2(layout.smallestPixelSize() >= floor,
             qPrintable(QString::number(layout.smallestPixelSize())));
    const NorthStarTree& tree = view->tree();
    int inputSize = 0, metricSize = 0;
    for (const TreeText& text : layout.texts) {
        QVERIFY2(!text.elided, qPrintable(text.text)); // the worked example fits whole
        if (text.text == tree.metricName)
            metricSize = text.font.pixelSize();
        for (const NorthStarTreeInput& input : tree.inputs)
            if (text.text == input.name)
                inputSize =
                    inputSize ? std::min(inputSize, text.font.pixelSize()) : text.font.pixelSize();
    }
    QVERIFY(inputSize >= floor);
    QVERIFY(metricSize > inputSize * 1.3);
    QVERIFY(!layout.omittedDetails); // nothing left out for room
    // About 40 words on the screen: the title and the tree.
    auto* title = projector->findChild<QLabel*>(QStringLiteral("projectorTitle"));
    QStringList words = title->text().split(u' ', Qt::SkipEmptyParts);
    for (const TreeText& text : layout.texts)
        words += text.lines.join(u' ').split(u' ', Qt::SkipEmptyParts);
    qInfo("structure on the projector: %lld words", qlonglong(words.size()));
    QVERIFY2(words.size() <= 45, qPrintable(words.join(u' ')));
    // Dark by default; the light look for bright rooms: the tree follows it, and back.
    QCOMPARE(view->colors().background, TreeColors::projector().background);
    projector->setLook(AudienceWindow::Look::Light);
    QCOMPARE(view->colors().background, TreeColors::projectorLight().background);
    projector->setLook(AudienceWindow::Look::Dark);
    QCOMPARE(view->colors().background, TreeColors::projector().background);
}

// An anti-example tagged or renamed on the console changes its line in the label the
// projector has; the other lines stay; one added or removed shows (issue #15).
void TestTeachingPages::antiExamplesUpdateInPlaceOnTheProjector() {
    QList<qint64> ids;
    for (const QString& name : {QStringLiteral("Page views"), QStringLiteral("Revenue")}) {
        Candidate c = makeCandidate(m_id, name, CandidateKind::AntiExample);
        c.position = int(ids.size());
        ids << store().addCandidate(c).value_or(0);
    }
    AudienceWindow* projector =
        projectorAt1080p(m_window.get(), runner(), QStringLiteral("goodbad"));
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("goodBadView"));
    QVERIFY(view);
    QPointer<QLabel> tagged =
        labelShowing(view, QStringLiteral("projectorAntiExample"), QStringLiteral("Page views"));
    QPointer<QLabel> other =
        labelShowing(view, QStringLiteral("projectorAntiExample"), QStringLiteral("Revenue"));
    QVERIFY(tagged);
    QVERIFY(other);
    const QList<QPointer<QWidget>> before = widgetsOf(view);

    Candidate c = *store().candidate(ids.at(0));
    c.breaksCriterion = QStringLiteral("not_vanity");
    c.name = QStringLiteral("Page views a day");
    QVERIFY(store().updateCandidate(c));
    QVERIFY(tagged);
    QVERIFY(tagged->text().contains(QStringLiteral("Page views a day · Is a vanity metric")));
    QVERIFY(other);
    QCOMPARE(goneCount(before), 0);
    const QString text = projectorText(projector);
    QVERIFY(store().setStageNotes(m_id, QStringLiteral("goodbad"), QStringLiteral("Ask why")));
    QCOMPARE(goneCount(before), 0);
    QCOMPARE(projectorText(projector), text);

    const qint64 added = store()
                             .addCandidate(makeCandidate(m_id, QStringLiteral("Signups"),
                                                         CandidateKind::AntiExample))
                             .value_or(0);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Signups")));
    QVERIFY(store().removeCandidate(added));
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Signups")));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Page views a day")));
}

// The worksheet typed on the console reaches the projector in the labels it has; an input
// added shows (issue #15).
void TestTeachingPages::worksheetUpdatesInPlaceOnTheProjector() {
    auto* warmUp = goTo<WarmUpPage>(QStringLiteral("warmup"));
    QVERIFY(warmUp);
    WarmUpGroupCard* first = warmUp->groupCards().at(0);
    first->metricNameEdit()->setFocus();
    QTest::keyClicks(first->metricNameEdit(), QStringLiteral("Seated"));
    QTest::mouseClick(first->addInputButton(), Qt::LeftButton);
    QTest::keyClicks(first->inputNameEdit(first->inputIds().last()), QStringLiteral("Bookings"));
    AudienceWindow* projector =
        projectorAt1080p(m_window.get(), runner(), QStringLiteral("warmup"));
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("warmUpView"));
    QVERIFY(view);
    QPointer<QLabel> metric = view->findChild<QLabel*>(QStringLiteral("projectorWorksheetMetric"));
    QPointer<QLabel> input = view->findChild<QLabel*>(QStringLiteral("projectorWorksheetInput"));
    QVERIFY(metric);
    QVERIFY(input);
    QVERIFY(metric->text().contains(QStringLiteral("Seated")));
    const QList<QPointer<QWidget>> before = widgetsOf(view);

    warmUp = qobject_cast<WarmUpPage*>(page()->stagePage());
    first = warmUp->groupCards().at(0);
    first->metricNameEdit()->setFocus();
    QTest::keyClicks(first->metricNameEdit(), QStringLiteral(" diners"));
    QTest::keyClicks(first->inputNameEdit(first->inputIds().last()), QStringLiteral(" each"));
    QVERIFY(metric);
    QVERIFY(metric->text().contains(QStringLiteral("Seated diners")));
    QVERIFY(input);
    QCOMPARE(input->text(), QStringLiteral("Bookings each"));
    QCOMPARE(goneCount(before), 0);

    QTest::mouseClick(first->addInputButton(), Qt::LeftButton);
    QTest::keyClicks(first->inputNameEdit(first->inputIds().last()), QStringLiteral("Show-up"));
    QCOMPARE(view->findChildren<QLabel*>(QStringLiteral("projectorWorksheetInput")).size(), 2);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Show-up")));
}

// Hands counted for a game change the count in the label the projector has; none left
// takes the count away (issue #15).
void TestTeachingPages::handsCountUpdatesInPlaceOnTheProjector() {
    QVERIFY(store().setGameHands(m_id, Game::Attention, 2));
    AudienceWindow* projector = projectorAt1080p(m_window.get(), runner(), QStringLiteral("game"));
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("gameView"));
    QVERIFY(view);
    QPointer<QLabel> hands = view->findChild<QLabel*>(QStringLiteral("projectorGameHands"));
    QVERIFY(hands);
    QCOMPARE(hands->text(), QStringLiteral("2 hands"));
    const QList<QPointer<QWidget>> before = widgetsOf(view);
    QVERIFY(store().setGameHands(m_id, Game::Attention, 3));
    QVERIFY(hands);
    QCOMPARE(hands->text(), QStringLiteral("3 hands"));
    QCOMPARE(goneCount(before), 0);
    QVERIFY(store().setGameHands(m_id, Game::Attention, 0));
    QVERIFY(!view->findChild<QLabel*>(QStringLiteral("projectorGameHands")));
}

QTEST_MAIN(TestTeachingPages)
#include "TestTeachingPages.moc"
