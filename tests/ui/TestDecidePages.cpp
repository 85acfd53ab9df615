// Block 6, steps 3 and 4 on the console and the projector: sharing and scoring candidates
// against the checklist, the decision matrix and the dot vote, driven through their widgets
// offscreen on a real temporary library.
#include "AudienceWindow.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "playbook/Playbook.h"
#include "scoring/ChecklistTally.h"
#include "scoring/DotVote.h"
#include "stages/common/StageContext.h"
#include "stages/draft/CandidateBrief.h"
#include "stages/draft/decide/DecideData.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DotVotePanel.h"
#include "stages/draft/decide/MatrixBoard.h"
#include "stages/draft/decide/MatrixModel.h"
#include "stages/draft/decide/MatrixPanel.h"
#include "stages/draft/decide/MatrixTableView.h"
#include "stages/draft/decide/VoteChart.h"
#include "stages/draft/score/ChecklistScorer.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/score/ScoreTotalsBar.h"
#include <QPushButton>
#include <QRegularExpression>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace {
const QString Silent = QStringLiteral("draft.silent");
const QString Score = QStringLiteral("draft.score");
const QString Decide = QStringLiteral("draft.decide");

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

QString projectorText(AudienceWindow* projector) {
    return visibleTexts(projector).join(u'\n');
}

// The projector's painted matrix, when it shows.
MatrixBoard* board(AudienceWindow* projector) {
    auto* b = projector->findChild<MatrixBoard*>();
    return b && b->isVisible() ? b : nullptr;
}

QStringList boardNames(AudienceWindow* projector) {
    QStringList names;
    if (MatrixBoard* b = board(projector))
        for (const MatrixBoardRow& row : b->page().rows)
            names << row.name;
    return names;
}

// The board's page and its surroundings: nothing cut, nothing overlapping, nothing below
// the projector's 28 pt.
QStringList layoutProblems(AudienceWindow* projector) {
    QStringList problems = LayoutCheck::problems(projector);
    problems << LayoutCheck::textSmallerThan(projector, 28);
    if (MatrixBoard* b = board(projector)) {
        if (b->smallestPoints() < 28)
            problems << QStringLiteral("the board's text is under 28 pt");
        if (b->sizeHint().height() > b->height() + 2 || b->sizeHint().width() > b->width() + 2)
            problems << QStringLiteral("the board needs %1×%2, has %3×%4")
                            .arg(b->sizeHint().width())
                            .arg(b->sizeHint().height())
                            .arg(b->width())
                            .arg(b->height());
    }
    return problems;
}
} // namespace

class TestDecidePages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void projectorShowsNoCardTextBeforeReveal();
    void projectorShowsTheIncumbentBeforeReveal();
    void voteStaysBlindUntilClosed();
    void checklistByConsensusWithKeys();
    void checklistPerPersonShowsTheAggregate();
    void projectorKeepsPerPersonAnswersUntilShown();
    void lintHintsSitBesideAVanityName();
    void eliminationNeedsAReasonAndRestores();
    void candidatesFollowOnTheProjector();
    void matrixModelPassesTheTester();
    void matrixTotalsRanksTiesAndFlip_data();
    void matrixTotalsRanksTiesAndFlip();
    void digitsScoreAndMoveOnAndPersist();
    void criteriaEditsUndoAndRedo();
    void switchingToTheChecklistAsksFirst();
    void voteCapsRefuseWithTheReason();
    void closedVoteShowsTiesInTheChart();
    void hostileNamesStayPlainText();
    void projectorMatrixFollowsTheConsoleCell();
    void projectorMatrixFitsAtEverySize();
    void projectorMatrixShowsHostileNamesAsTyped();
    void scoreProjectorUpdatesTheCandidateInPlace();
    void decideProjectorUpdatesTheBoardInPlace();
    void decideProjectorUpdatesTheOpenVoteInPlace();
    void projectorPagesALongBallot();

private:
    void open(qint64 id);
    template <typename Page> Page* goTo(const QString& key) {
        runner()->goTo(key);
        return qobject_cast<Page*>(page()->stagePage());
    }
    WorkshopPage* page() const { return m_window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }
    WorkshopStore& store() const { return m_library->store(); }
    QUndoStack& undoStack() const { return page()->context()->undoStack; }
    qint64 addCandidate(const QString& name, CandidateKind kind = CandidateKind::Own,
                        const QString& definition = {});
    QList<qint64> people() const;
    MatrixPanel* openMatrix();
    DotVotePanel* openVote();
    void setCell(MatrixModel* model, int row, int column, int value);

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
    QList<qint64> m_candidates;
};

void TestDecidePages::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestDecidePages::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Decide test"), 4);
    m_candidates.clear();
    m_candidates << addCandidate(QStringLiteral("Households cooking three meals a week"),
                                 CandidateKind::Pair,
                                 QStringLiteral("Households that cook 3+ kit meals in a week"));
    m_candidates << addCandidate(QStringLiteral("Daily active users"));
    m_candidates << addCandidate(QStringLiteral("Boxes delivered complete and on time"));
    open(m_id);
}

void TestDecidePages::open(qint64 id) {
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(id);
    QVERIFY(runner());
}

void TestDecidePages::cleanup() {
    m_window.reset();
    m_library.reset();
}

qint64 TestDecidePages::addCandidate(const QString& name, CandidateKind kind,
                                     const QString& definition) {
    Candidate c = makeCandidate(m_id, name, kind);
    c.definition = definition;
    c.behaviour = QStringLiteral("home cooking from %1").arg(name.toLower());
    c.measure = QStringLiteral("counting %1").arg(name.toLower());
    c.position = int(m_candidates.size());
    return store().addCandidate(c).value_or(0);
}

QList<qint64> TestDecidePages::people() const {
    QList<qint64> ids;
    for (const Participant& p : m_library->store().participants(m_id))
        ids << p.id;
    return ids;
}

MatrixPanel* TestDecidePages::openMatrix() {
    auto* decide = goTo<DecidePage>(Decide);
    if (!decide)
        return nullptr;
    decide->tabs()->setCurrentIndex(0);
    return decide->matrixPanel();
}

DotVotePanel* TestDecidePages::openVote() {
    auto* decide = goTo<DecidePage>(Decide);
    if (!decide)
        return nullptr;
    decide->tabs()->setCurrentIndex(1);
    return decide->votePanel();
}

void TestDecidePages::setCell(MatrixModel* model, int row, int column, int value) {
    QVERIFY(model->setData(model->index(row, column), value));
}

void TestDecidePages::projectorShowsNoCardTextBeforeReveal() {
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    QStringList secrets;
    for (const Candidate& c : store().candidates(m_id))
        secrets << c.name << c.definition << c.behaviour << c.measure;
    secrets.removeAll(QString());
    const auto checkPrivate = [&](const QString& where) {
        const QString shown = projectorText(projector);
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!shown.contains(secret), qPrintable(where + QStringLiteral(": ") + secret));
        QVERIFY2(shown.contains(QStringLiteral("Cards not revealed yet")), qPrintable(where));
    };
    QVERIFY(goTo<ScorePage>(Score));
    checkPrivate(QStringLiteral("score"));
    // Scores and a closed vote do not open the cards either.
    store().setChecklistScore(
        {m_candidates.at(0), QStringLiteral("value"), 0, ChecklistAnswer::Yes});
    checkPrivate(QStringLiteral("score, scored"));
    MatrixPanel* matrix = openMatrix();
    QVERIFY(matrix);
    setCell(matrix->model(), 0, 0, 5);
    checkPrivate(QStringLiteral("matrix"));
    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    vote->addDot();
    checkPrivate(QStringLiteral("vote"));
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    QVERIFY(store().stageState(m_id, Decide).revealed);
    checkPrivate(QStringLiteral("closed vote"));
    QVERIFY(!projector->findChild<VoteChart*>());

    // Reveal: now the room sees them.
    store().setStageRevealed(m_id, Silent, true);
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QVERIFY(chart->labels().contains(QStringLiteral("Daily active users")));
    goTo<ScorePage>(Score);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Households cooking three meals")));
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Cards not revealed yet")));
}

// A revisit carries its North Star over as a room candidate: it was chosen in the open, so
// the projector scores and votes on it before the silent cards are revealed — the cards
// themselves stay private.
void TestDecidePages::projectorShowsTheIncumbentBeforeReveal() {
    QStringList secrets;
    for (const Candidate& c : store().candidates(m_id))
        secrets << c.name << c.definition << c.behaviour;
    secrets.removeAll(QString());
    const QString kept = QStringLiteral("Weekly cooked meals per active household");
    const qint64 incumbent = addCandidate(kept, CandidateKind::Room,
                                          QStringLiteral("Meals cooked from a box, per week"));
    QVERIFY(incumbent);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    const auto checkShown = [&](const QString& where) {
        const QString shown = projectorText(projector);
        QVERIFY2(shown.contains(kept), qPrintable(where + QStringLiteral(": ") + shown));
        QVERIFY2(!shown.contains(QStringLiteral("Cards not revealed yet")), qPrintable(where));
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!shown.contains(secret), qPrintable(where + QStringLiteral(": ") + secret));
    };
    QVERIFY(goTo<ScorePage>(Score));
    checkShown(QStringLiteral("score"));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Candidate 1 of 1")));
    QVERIFY(projectorText(projector).contains(QStringLiteral("more after the reveal")));
    // The console puts a private card up: the projector keeps to what the room may see.
    store().setStageFocus(m_id, Score, int(m_candidates.at(1)));
    checkShown(QStringLiteral("score, a silent card in focus"));

    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    vote->selectPerson(people().at(0));
    vote->selectCandidate(incumbent);
    vote->addDot();
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    checkShown(QStringLiteral("closed vote"));
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->labels().size(), 1);

    store().setStageRevealed(m_id, Silent, true);
    QCOMPARE(projector->findChild<VoteChart*>()->labels().size(), 4);
}

void TestDecidePages::voteStaysBlindUntilClosed() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1920, 1080); // the whole ballot on one page
    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    QCOMPARE(store().stageState(m_id, Decide).focus, 1); // the projector follows the tab
    const QList<qint64> voters = people();
    // Person 1 puts two dots on the first candidate and one on the second.
    vote->selectPerson(voters.at(0));
    vote->selectCandidate(m_candidates.at(0));
    vote->ballot()->setFocus();
    QTest::keyClick(vote->ballot(), Qt::Key_Plus);
    QTest::keyClick(vote->ballot(), Qt::Key_Right);
    vote->selectCandidate(m_candidates.at(1));
    QTest::mouseClick(vote->addDotButton(), Qt::LeftButton);
    QCOMPARE(store().votes(m_id).size(), 2);
    QVERIFY(projectorText(projector).contains(QStringLiteral("✓ Person 1")));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Person 2 · 3 left")));

    // Blind: no chart, and every candidate name on the projector stands alone, with no count.
    QVERIFY(!projector->findChild<VoteChart*>());
    int names = 0;
    for (QLabel* label : projector->findChildren<QLabel*>()) {
        for (qint64 id : std::as_const(m_candidates)) {
            const QString name = store().candidate(id)->name;
            if (!label->text().contains(name))
                continue;
            QCOMPARE(label->objectName(), QStringLiteral("projectorBallotName"));
            QCOMPARE(label->text(), name);
            ++names;
        }
        QVERIFY2(!label->text().contains(QStringLiteral("dots:")), qPrintable(label->text()));
    }
    QCOMPARE(names, 3);

    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->values(), (QList<int>{2, 1, 0}));
    QCOMPARE(chart->labels().at(0), store().candidate(m_candidates.at(0))->name);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Most dots")));
    // Closed: the ballot refuses new dots until the vote is reopened.
    QVERIFY(!vote->addDotButton()->isEnabled());
    undoStack().undo();
    QVERIFY(!store().stageState(m_id, Decide).revealed);
    QVERIFY(!projector->findChild<VoteChart*>());
    undoStack().redo();
    QVERIFY(projector->findChild<VoteChart*>());
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton); // reopen
    QVERIFY(!store().stageState(m_id, Decide).revealed);
    QVERIFY(!projector->findChild<VoteChart*>());
    QVERIFY(vote->addDotButton()->isEnabled());
}

void TestDecidePages::checklistByConsensusWithKeys() {
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    QVERIFY(score->consensusButton()->isChecked());
    QVERIFY(!score->personBox()->isVisible());
    ChecklistScorer* scorer = score->scorer();
    scorer->setFocus();
    QCOMPARE(scorer->currentRow(), 0);
    QTest::keyClick(scorer, Qt::Key_Y);
    QTest::keyClick(scorer, Qt::Key_P);
    QTest::keyClick(scorer, Qt::Key_N);
    QCOMPARE(scorer->currentRow(), 3);
    const qint64 id = m_candidates.at(0);
    QCOMPARE(score->currentCandidateId(), id);
    const QList<ChecklistScore> scores = store().checklistScores(m_id);
    QCOMPARE(scores.size(), 3);
    for (const ChecklistScore& s : scores) {
        QCOMPARE(s.participantId, 0);
        QCOMPARE(s.candidateId, id);
    }
    QVERIFY(scorer->answerButton(0, ChecklistAnswer::Yes)->isChecked());
    QVERIFY(scorer->answerButton(1, ChecklistAnswer::Partly)->isChecked());
    QVERIFY(scorer->answerButton(2, ChecklistAnswer::No)->isChecked());
    QVERIFY(score->totalLabel()->text().contains(QStringLiteral("Total 3 of 14")));
    QVERIFY(score->candidateList()->item(0)->text().contains(QStringLiteral("3/14")));

    // Clicking a button answers too; clicking the chosen answer again clears it.
    QTest::mouseClick(scorer->answerButton(6, ChecklistAnswer::Yes), Qt::LeftButton);
    QCOMPARE(store().checklistScores(m_id).size(), 4);
    QTest::mouseClick(scorer->answerButton(6, ChecklistAnswer::Yes), Qt::LeftButton);
    QCOMPARE(store().checklistScores(m_id).size(), 3);
    scorer->setFocus();
    scorer->setCurrentRow(1);
    QTest::keyClick(scorer, Qt::Key_Delete);
    QCOMPARE(store().checklistScores(m_id).size(), 2);

    // Undo walks back, one answer at a time; redo again.
    undoStack().undo(); // the delete
    QCOMPARE(store().checklistScores(m_id).size(), 3);
    QVERIFY(scorer->answerButton(1, ChecklistAnswer::Partly)->isChecked());
    undoStack().undo(); // the cleared click
    undoStack().undo(); // the click
    undoStack().undo(); // N
    QCOMPARE(store().checklistScores(m_id).size(), 2);
    QVERIFY(!scorer->answerButton(2, ChecklistAnswer::No)->isChecked());
    undoStack().redo();
    QVERIFY(scorer->answerButton(2, ChecklistAnswer::No)->isChecked());

    // The answers survive a restart.
    m_window.reset();
    QVERIFY(m_library->reopen());
    open(m_id);
    score = goTo<ScorePage>(Score);
    QVERIFY(score->scorer()->answerButton(0, ChecklistAnswer::Yes)->isChecked());
    QVERIFY(score->scorer()->answerButton(2, ChecklistAnswer::No)->isChecked());
}

void TestDecidePages::checklistPerPersonShowsTheAggregate() {
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    QTest::mouseClick(score->perPersonButton(), Qt::LeftButton);
    QVERIFY(store().workshop(m_id)->checklistPerPerson);
    QVERIFY(score->perPersonButton()->isChecked());
    QVERIFY(score->personBox()->isVisible());
    QCOMPARE(score->personBox()->count(), 4);
    undoStack().undo();
    QVERIFY(!store().workshop(m_id)->checklistPerPerson);
    QVERIFY(score->consensusButton()->isChecked());
    undoStack().redo();
    QVERIFY(store().workshop(m_id)->checklistPerPerson);

    // Person 1 answers all seven with Y; the keys then move on to person 2.
    ChecklistScorer* scorer = score->scorer();
    scorer->setFocus();
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(scorer, Qt::Key_Y);
    QCOMPARE(score->personBox()->currentIndex(), 1);
    QCOMPARE(scorer->currentRow(), 0);
    QTest::keyClick(scorer, Qt::Key_P);
    const QList<qint64> voters = people();
    int first = 0;
    int second = 0;
    for (const ChecklistScore& s : store().checklistScores(m_id)) {
        first += s.participantId == voters.at(0) ? 1 : 0;
        second += s.participantId == voters.at(1) ? 1 : 0;
        QVERIFY(s.participantId != 0);
    }
    QCOMPARE(first, 7);
    QCOMPARE(second, 1);
    // The aggregate beside the first criterion: one yes, one partly, split.
    const QString summary = scorer->summaryLabel(0)->text();
    QVERIFY2(summary.contains(QStringLiteral("1 yes · 1 partly · 0 no")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("split")));
    QCOMPARE(scorer->summaryLabel(1)->text(), QStringLiteral("1 yes · 0 partly · 0 no"));
    // Points: criterion 1 averages 1.5, the other six 2 each.
    QVERIFY2(score->totalLabel()->text().contains(QStringLiteral("13.5 of 14")),
             qPrintable(score->totalLabel()->text()));
    // Back to person 1 shows their own answers.
    score->personBox()->setCurrentIndex(0);
    emit score->personBox()->activated(0);
    QVERIFY(scorer->answerButton(0, ChecklistAnswer::Yes)->isChecked());
    undoStack().undo(); // person 2's P
    QCOMPARE(store().checklistScores(m_id).size(), 7);
    QVERIFY(!scorer->summaryLabel(0)->text().contains(QStringLiteral("split")));
}

void TestDecidePages::projectorKeepsPerPersonAnswersUntilShown() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    const auto shown = [projector](const char* name) {
        auto* label = projector->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    };
    // By consensus the projector shows the result as the group gives it.
    QVERIFY(!score->totalsBar()->isVisible());
    QVERIFY(!shown("projectorChecklistTotal").isEmpty());
    QTest::mouseClick(score->perPersonButton(), Qt::LeftButton);
    QVERIFY(score->totalsBar()->isVisible());
    QCOMPARE(shown("projectorChecklistAnswered"), QStringLiteral("0 of 4 have answered"));
    QVERIFY(shown("projectorChecklistTotal").isEmpty());

    // One person answers all seven points, another only one: one has answered.
    const QList<qint64> voters = people();
    const qint64 first = m_candidates.at(0);
    for (const QString& key : ChecklistTally::standardCriteria())
        store().setChecklistScore({first, key, voters.at(0), ChecklistAnswer::No});
    store().setChecklistScore({first, QStringLiteral("value"), voters.at(1), ChecklistAnswer::Yes});
    QCOMPARE(shown("projectorChecklistAnswered"), QStringLiteral("1 of 4 have answered"));
    QCOMPARE(score->totalsBar()->answeredLabel()->text(),
             QStringLiteral("1 of 4 have answered every point"));
    const QString before = projectorText(projector);
    QVERIFY2(!before.contains(QStringLiteral("✗")) && !before.contains(QStringLiteral("✓")),
             qPrintable(before));

    // Shown: the marks and the total appear; undo hides them again.
    QTest::mouseClick(score->totalsBar()->totalsButton(), Qt::LeftButton);
    QVERIFY(store().stageState(m_id, Score).revealed);
    QVERIFY(shown("projectorChecklistAnswered").isEmpty());
    QVERIFY(!shown("projectorChecklistTotal").isEmpty());
    QVERIFY(projectorText(projector).contains(QStringLiteral("✗")));
    QVERIFY(score->totalsBar()->totalsButton()->isChecked());
    undoStack().undo();
    QVERIFY(!store().stageState(m_id, Score).revealed);
    QVERIFY(!shown("projectorChecklistAnswered").isEmpty());
    undoStack().redo();
    // The next candidate starts hidden.
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(!store().stageState(m_id, Score).revealed);
    QCOMPARE(shown("projectorChecklistAnswered"), QStringLiteral("0 of 4 have answered"));
    QVERIFY(!score->totalsBar()->totalsButton()->isChecked());
}

void TestDecidePages::lintHintsSitBesideAVanityName() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    QVERIFY(score->brief()->hintsLabel()->isHidden() ||
            score->brief()->hintsLabel()->text().isEmpty());
    QListWidget* list = score->candidateList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QCOMPARE(score->currentCandidateId(), m_candidates.at(1));
    QLabel* hints = score->brief()->hintsLabel();
    QVERIFY(!hints->isHidden());
    QVERIFY2(hints->text().contains(u'⚠'), qPrintable(hints->text()));
    QVERIFY(!projector->findChildren<QLabel*>(QStringLiteral("projectorLintHint")).isEmpty());
    // A hint, never a block: the candidate can still be scored.
    score->scorer()->setFocus();
    QTest::keyClick(score->scorer(), Qt::Key_Y);
    QCOMPARE(store().checklistScores(m_id).size(), 1);
}

void TestDecidePages::eliminationNeedsAReasonAndRestores() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    score->showNext();
    const qint64 id = m_candidates.at(1);
    QCOMPARE(score->currentCandidateId(), id);
    QTest::mouseClick(score->eliminateButton(), Qt::LeftButton);
    QVERIFY(!score->problemLabel()->isHidden());
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Active);
    QCOMPARE(undoStack().count(), 0);
    QTest::keyClicks(score->reasonEdit(), QStringLiteral("   "));
    QTest::keyClick(score->reasonEdit(), Qt::Key_Return);
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Active);

    score->reasonEdit()->clear();
    QTest::keyClicks(score->reasonEdit(), QStringLiteral("Vanity: rises with sign-ups, not value"));
    QTest::mouseClick(score->eliminateButton(), Qt::LeftButton);
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Eliminated);
    QCOMPARE(store().candidate(id)->eliminationReason,
             QStringLiteral("Vanity: rises with sign-ups, not value"));
    QVERIFY(score->problemLabel()->isHidden());
    // It stays on the list, struck through, and the projector says why.
    QListWidgetItem* item = score->candidateList()->item(1);
    QVERIFY(item->font().strikeOut());
    QVERIFY(score->brief()->nameLabel()->font().strikeOut());
    QVERIFY(!score->restoreButton()->isHidden());
    QVERIFY(score->eliminateButton()->isHidden());
    QVERIFY(projectorText(projector).contains(QStringLiteral("rises with sign-ups")));
    // Survivors leave it out of the matrix and the vote.
    MatrixPanel* matrix = openMatrix();
    QCOMPARE(matrix->model()->rowCount(), 2);
    score = goTo<ScorePage>(Score);

    undoStack().undo();
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Active);
    QVERIFY(!score->candidateList()->item(1)->font().strikeOut());
    undoStack().redo();
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Eliminated);
    QTest::mouseClick(score->restoreButton(), Qt::LeftButton);
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Active);
    QVERIFY(store().candidate(id)->eliminationReason.isEmpty());
    undoStack().undo();
    QCOMPARE(store().candidate(id)->status, CandidateStatus::Eliminated);
    QCOMPARE(store().candidate(id)->eliminationReason,
             QStringLiteral("Vanity: rises with sign-ups, not value"));
}

void TestDecidePages::candidatesFollowOnTheProjector() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    auto shownName = [projector] {
        auto* name = projector->findChild<QLabel*>(QStringLiteral("projectorCandidateName"));
        return name ? name->text() : QString();
    };
    QCOMPARE(shownName(), store().candidate(m_candidates.at(0))->name);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(shownName(), store().candidate(m_candidates.at(1))->name);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(shownName(), store().candidate(m_candidates.at(2))->name);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier); // stays on the last
    QCOMPARE(shownName(), store().candidate(m_candidates.at(2))->name);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(score->currentCandidateId(), m_candidates.at(1));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Candidate 2 of 3")));
    // A restart comes back to the same candidate.
    m_window.reset();
    QVERIFY(m_library->reopen());
    open(m_id);
    score = goTo<ScorePage>(Score);
    QCOMPARE(score->currentCandidateId(), m_candidates.at(1));
    QCOMPARE(score->candidateList()->currentRow(), 1);
}

void TestDecidePages::matrixModelPassesTheTester() {
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    MatrixModel* model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 4 + 2); // the four standard criteria, total, rank
    setCell(model, 0, 0, 4);
    setCell(model, 1, 2, 5);
    QVERIFY(!model->setData(model->index(0, 0), 6));
    QVERIFY(!model->setData(model->index(0, model->totalColumn()), 3));
    QTest::mouseClick(panel->addCriterionButton(), Qt::LeftButton);
    QCOMPARE(model->columnCount(), 7);
    addCandidate(QStringLiteral("Weekly recipes cooked"), CandidateKind::Room);
    QCOMPARE(model->rowCount(), 4);
    undoStack().undo(); // the new criterion
    QCOMPARE(model->columnCount(), 6);
    store().removeCandidate(m_candidates.at(1));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(),
             store().candidate(m_candidates.at(0))->name);
}

void TestDecidePages::matrixTotalsRanksTiesAndFlip_data() {
    QTest::addColumn<QList<int>>("weights");      // four criteria
    QTest::addColumn<QList<QList<int>>>("cells"); // per candidate
    QTest::addColumn<QList<int>>("totals");
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QList<bool>>("tied");
    QTest::addColumn<QString>("flipMentions"); // a name the flip sentence names

    QTest::newRow("published example")
        << QList<int>{1, 1, 1, 1} << QList<QList<int>>{{5, 5, 4, 5}, {4, 4, 4, 4}, {3, 3, 3, 3}}
        << QList<int>{19, 16, 12} << QList<int>{1, 2, 3} << QList<bool>{false, false, false}
        << QStringLiteral("Households cooking three meals a week");
    QTest::newRow("weights change it")
        << QList<int>{3, 1, 1, 1} << QList<QList<int>>{{2, 5, 5, 5}, {5, 3, 3, 3}, {1, 1, 1, 1}}
        << QList<int>{21, 24, 6} << QList<int>{2, 1, 3} << QList<bool>{false, false, false}
        << QStringLiteral("Daily active users");
    QTest::newRow("tie at the top")
        << QList<int>{1, 2, 1, 1} << QList<QList<int>>{{4, 4, 4, 4}, {4, 4, 4, 4}, {2, 2, 2, 2}}
        << QList<int>{20, 20, 10} << QList<int>{1, 1, 3} << QList<bool>{true, true, false}
        << QStringLiteral("lead");
}

void TestDecidePages::matrixTotalsRanksTiesAndFlip() {
    QFETCH(QList<int>, weights);
    QFETCH(QList<QList<int>>, cells);
    QFETCH(QList<int>, totals);
    QFETCH(QList<int>, ranks);
    QFETCH(QList<bool>, tied);
    QFETCH(QString, flipMentions);
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    MatrixModel* model = panel->model();
    const QList<qint64> criteria = panel->criterionIds();
    QCOMPARE(criteria.size(), weights.size());
    for (int i = 0; i < weights.size(); ++i)
        panel->weightBox(criteria.at(i))->setValue(weights.at(i));
    for (int row = 0; row < cells.size(); ++row)
        for (int column = 0; column < cells.at(row).size(); ++column)
            setCell(model, row, column, cells.at(row).at(column));
    for (int row = 0; row < totals.size(); ++row) {
        QCOMPARE(model->data(model->index(row, model->totalColumn())).toInt(), totals.at(row));
        QCOMPARE(model->data(model->index(row, 0), MatrixModel::RankRole).toInt(), ranks.at(row));
        QCOMPARE(model->data(model->index(row, 0), MatrixModel::TiedRole).toBool(), tied.at(row));
        QCOMPARE(model->data(model->index(row, 0), MatrixModel::LeaderRole).toBool(),
                 ranks.at(row) == 1);
        const QString rank = model->data(model->index(row, model->rankColumn())).toString();
        QCOMPARE(rank.contains(QStringLiteral("tie")), tied.at(row));
    }
    const QString flip = panel->flipLabel()->text();
    QCOMPARE(model->flipSentence().isEmpty(), flipMentions.isEmpty());
    if (!flipMentions.isEmpty()) {
        QVERIFY2(flip.contains(flipMentions), qPrintable(flip));
        QVERIFY(flip.contains(model->flipSentence()));
    }
    // The projector shows the same totals and ranks, the leader marked.
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    // A full-HD projector holds the whole matrix on one page (a small one pages it; the
    // layout test covers that).
    projector->resize(1920, 1080);
    QCoreApplication::processEvents();
    MatrixBoard* shown = board(projector);
    QVERIFY(shown);
    QStringList shownTotals, shownRanks;
    bool leaderFramed = false;
    for (const MatrixBoardRow& row : shown->page().rows) {
        shownTotals << row.total;
        shownRanks << MatrixBoard::rankText(row.rank, row.tied);
        leaderFramed = leaderFramed || (row.leader && row.name.startsWith(u'★'));
    }
    QStringList expected, expectedRanks;
    for (int i = 0; i < totals.size(); ++i) {
        expected << QString::number(totals.at(i));
        expectedRanks << MatrixBoard::rankText(ranks.at(i), tied.at(i));
    }
    QCOMPARE(shownTotals, expected);
    QCOMPARE(shownRanks, expectedRanks);
    QVERIFY(leaderFramed);
    if (!flipMentions.isEmpty())
        QVERIFY(projectorText(projector).contains(model->flipSentence()));
}

void TestDecidePages::digitsScoreAndMoveOnAndPersist() {
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    MatrixTableView* table = panel->table();
    MatrixModel* model = panel->model();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    for (int key : {Qt::Key_5, Qt::Key_4, Qt::Key_3, Qt::Key_2, Qt::Key_1})
        QTest::keyClick(table, Qt::Key(key));
    // Four criteria: the fifth digit went to the second row's first cell.
    QCOMPARE(table->currentIndex(), model->index(1, 1));
    QCOMPARE(store().matrixScores(m_id).size(), 5);
    QCOMPARE(model->data(model->index(0, 3)).toInt(), 2);
    QCOMPARE(model->data(model->index(1, 0)).toInt(), 1);
    QCOMPARE(model->data(model->index(0, model->totalColumn())).toInt(), 14);
    // Not a score: nothing stored, the cursor stays.
    QTest::keyClick(table, Qt::Key_8);
    QCOMPARE(table->currentIndex(), model->index(1, 1));
    QCOMPARE(store().matrixScores(m_id).size(), 5);
    // Delete clears without moving; undo brings it back.
    table->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(store().matrixScores(m_id).size(), 4);
    undoStack().undo();
    QCOMPARE(model->data(model->index(1, 0)).toInt(), 1);
    undoStack().undo();
    undoStack().undo();
    QVERIFY(!model->data(model->index(0, 3)).isValid());
    undoStack().redo();

    m_window.reset();
    QVERIFY(m_library->reopen());
    open(m_id);
    panel = openMatrix();
    model = panel->model();
    QCOMPARE(model->data(model->index(0, 0)).toInt(), 5);
    QCOMPARE(model->data(model->index(0, 3)).toInt(), 2);
    QVERIFY(!model->data(model->index(1, 0)).isValid()); // undone before the restart
    QCOMPARE(panel->criterionIds().size(), 4);           // not set up a second time
}

void TestDecidePages::criteriaEditsUndoAndRedo() {
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    MatrixModel* model = panel->model();
    const QList<qint64> ids = panel->criterionIds();
    QCOMPARE(ids.size(), 4);
    setCell(model, 0, 1, 5);
    setCell(model, 1, 1, 3);

    // Add, then name it by typing: one undo step for the typing.
    QTest::mouseClick(panel->addCriterionButton(), Qt::LeftButton);
    QCOMPARE(panel->criterionIds().size(), 5);
    const qint64 added = panel->criterionIds().last();
    QLineEdit* name = panel->nameEdit(added);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Cheap to measure"));
    QCOMPARE(store().matrixCriteria(m_id).last().name, QStringLiteral("Cheap to measure"));
    QVERIFY(model->headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("Cheap")));
    undoStack().undo();
    QCOMPARE(store().matrixCriteria(m_id).last().name, QStringLiteral("New criterion"));
    undoStack().undo();
    QCOMPARE(store().matrixCriteria(m_id).size(), 4);
    undoStack().redo();
    undoStack().redo();
    QCOMPARE(store().matrixCriteria(m_id).size(), 5);
    QCOMPARE(store().matrixCriteria(m_id).last().id, added); // the same id again
    QCOMPARE(store().matrixCriteria(m_id).last().name, QStringLiteral("Cheap to measure"));

    // Weight.
    panel->weightBox(ids.at(1))->setValue(4);
    QCOMPARE(store().matrixCriteria(m_id).at(1).weight, 4);
    QCOMPARE(model->data(model->index(0, model->totalColumn())).toInt(), 20);
    QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("×4")));
    undoStack().undo();
    QCOMPARE(store().matrixCriteria(m_id).at(1).weight, 1);
    QCOMPARE(panel->weightBox(ids.at(1))->value(), 1);
    undoStack().redo();
    QCOMPARE(panel->weightBox(ids.at(1))->value(), 4);

    // Rename an existing one; an emptied name is not stored.
    QLineEdit* second = panel->nameEdit(ids.at(1));
    second->setFocus();
    second->selectAll();
    QTest::keyClick(second, Qt::Key_Backspace);
    QCOMPARE(store().matrixCriteria(m_id).at(1).name, QStringLiteral("Predicts revenue"));
    QTest::keyClicks(second, QStringLiteral("Predicts <b>revenue</b> "));
    QTest::sendKeyEvent(QTest::Click, second, Qt::Key_unknown, QStringLiteral("☕"), Qt::NoModifier);
    QCOMPARE(store().matrixCriteria(m_id).at(1).name, QStringLiteral("Predicts <b>revenue</b> ☕"));

    // Remove: the column and its scores go; undo brings both back with the same ids.
    QTest::mouseClick(panel->removeButton(ids.at(1)), Qt::LeftButton);
    QCOMPARE(store().matrixCriteria(m_id).size(), 4);
    QCOMPARE(store().matrixScores(m_id).size(), 0);
    QCOMPARE(model->columnCount(), 6);
    undoStack().undo();
    QCOMPARE(store().matrixCriteria(m_id).size(), 5);
    QCOMPARE(store().matrixCriteria(m_id).at(1).id, ids.at(1));
    QCOMPARE(store().matrixScores(m_id).size(), 2);
    QCOMPARE(model->data(model->index(0, 1)).toInt(), 5);
    undoStack().redo();
    QCOMPARE(store().matrixScores(m_id).size(), 0);
}

void TestDecidePages::switchingToTheChecklistAsksFirst() {
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    MatrixModel* model = panel->model();
    const QList<MatrixCriterion> before = store().matrixCriteria(m_id);
    setCell(model, 0, 0, 5);
    setCell(model, 2, 3, 2);
    const int steps = undoStack().count();
    QTest::mouseClick(panel->checklistButton(), Qt::LeftButton);
    QVERIFY(!panel->confirmBar()->isHidden());
    QCOMPARE(store().matrixCriteria(m_id), before); // nothing yet
    QTest::mouseClick(panel->keepButton(), Qt::LeftButton);
    QVERIFY(panel->confirmBar()->isHidden());
    QCOMPARE(undoStack().count(), steps);
    QTest::mouseClick(panel->checklistButton(), Qt::LeftButton);
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    QCOMPARE(store().matrixCriteria(m_id).size(), 7);
    QCOMPARE(store().matrixScores(m_id).size(), 0);
    QCOMPARE(model->columnCount(), 9);
    QCOMPARE(panel->criterionIds().size(), 7);
    const QList<MatrixCriterion> checklist = store().matrixCriteria(m_id);
    setCell(model, 1, 6, 4); // a score on a new criterion, to redo later
    undoStack().undo();
    undoStack().undo();
    QCOMPARE(store().matrixCriteria(m_id), before);
    QCOMPARE(store().matrixScores(m_id).size(), 2);
    QCOMPARE(model->data(model->index(2, 3)).toInt(), 2);
    undoStack().redo();
    undoStack().redo();
    QCOMPARE(store().matrixCriteria(m_id), checklist); // the same ids on every redo
    QCOMPARE(store().matrixScores(m_id).size(), 1);
    // Without scores there is nothing to lose, so no question.
    QTest::mouseClick(panel->standardButton(), Qt::LeftButton);
    QVERIFY(!panel->confirmBar()->isHidden());
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    QTest::mouseClick(panel->checklistButton(), Qt::LeftButton);
    QVERIFY(panel->confirmBar()->isHidden());
    QCOMPARE(store().matrixCriteria(m_id).size(), 7);
}

void TestDecidePages::voteCapsRefuseWithTheReason() {
    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    QCOMPARE(vote->dotsBox()->value(), 3);
    QCOMPARE(vote->maxBox()->value(), 2);
    const qint64 ana = people().at(0);
    vote->selectPerson(ana);
    vote->selectCandidate(m_candidates.at(0));
    vote->ballot()->setFocus();
    QTest::keyClick(vote->ballot(), Qt::Key_Plus);
    QTest::keyClick(vote->ballot(), Qt::Key_Plus);
    QCOMPARE(store().votes(m_id).size(), 1);
    QCOMPARE(store().votes(m_id).at(0).dots, 2);
    // A third dot on the same candidate: refused, with the reason, nothing stored.
    const int steps = undoStack().count();
    DotVote rules(3, 2);
    rules.setVotes(store().votes(m_id));
    const QString expected =
        rules.placementProblem(ana, QStringLiteral("Person 1"), m_candidates.at(0));
    QVERIFY(!expected.isEmpty());
    QTest::keyClick(vote->ballot(), Qt::Key_Plus);
    QCOMPARE(store().votes(m_id).at(0).dots, 2);
    QCOMPARE(undoStack().count(), steps);
    QVERIFY(!vote->problemLabel()->isHidden());
    QCOMPARE(vote->problemLabel()->text(), expected);
    // The last dot elsewhere, then one too many.
    vote->selectCandidate(m_candidates.at(1));
    QTest::keyClick(vote->ballot(), Qt::Key_Plus);
    QVERIFY(vote->problemLabel()->isHidden());
    vote->selectPerson(ana);
    vote->selectCandidate(m_candidates.at(2));
    QTest::mouseClick(vote->addDotButton(), Qt::LeftButton);
    rules.setVotes(store().votes(m_id));
    QCOMPARE(vote->problemLabel()->text(),
             rules.placementProblem(ana, QStringLiteral("Person 1"), m_candidates.at(2)));
    QVERIFY(vote->problemLabel()->text().contains(QStringLiteral("Person 1")));
    QCOMPARE(store().votes(m_id).size(), 2);
    QVERIFY(vote->people()->item(0)->text().contains(QStringLiteral("done")));

    // Taking one back, undo and redo.
    vote->selectCandidate(m_candidates.at(0));
    QTest::keyClick(vote->ballot(), Qt::Key_Minus);
    QCOMPARE(store().votes(m_id).at(0).dots, 1);
    undoStack().undo();
    QCOMPARE(store().votes(m_id).at(0).dots, 2);
    undoStack().redo();
    QCOMPARE(store().votes(m_id).at(0).dots, 1);

    // Raising the limits lets more dots in; the change itself can be undone.
    vote->dotsBox()->setValue(5);
    vote->maxBox()->setValue(3);
    QCOMPARE(store().workshop(m_id)->dotsPerPerson, 5);
    QCOMPARE(store().workshop(m_id)->maxDotsPerCandidate, 3);
    undoStack().undo();
    QCOMPARE(store().workshop(m_id)->dotsPerPerson, 3);
    QCOMPARE(store().workshop(m_id)->maxDotsPerCandidate, 2);
    QCOMPARE(vote->dotsBox()->value(), 3);
    undoStack().redo();
    QCOMPARE(vote->maxBox()->value(), 3);
}

void TestDecidePages::closedVoteShowsTiesInTheChart() {
    store().setStageRevealed(m_id, Silent, true);
    const QList<qint64> voters = people();
    // Two and two on the first two candidates, one on the third: a tie at the top.
    store().setVote({voters.at(0), m_candidates.at(0), 2});
    store().setVote({voters.at(1), m_candidates.at(1), 2});
    store().setVote({voters.at(2), m_candidates.at(2), 1});
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->values(), (QList<int>{2, 2, 1}));
    const QStringList labels = chart->labels();
    QVERIFY2(labels.at(0).contains(QStringLiteral("tie")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.at(1).contains(QStringLiteral("tie")));
    QVERIFY(!labels.at(2).contains(QStringLiteral("tie")));
    const QList<QColor> colours = chart->barColours();
    QCOMPARE(colours.at(0), colours.at(1));
    QVERIFY(colours.at(0) != colours.at(2));
    QVERIFY(projectorText(projector).contains(QStringLiteral("A tie at the top")));
    auto* decide = qobject_cast<DecidePage*>(page()->stagePage());
    QVERIFY(decide->voteLeaderLabel()->text().startsWith(QStringLiteral("Tie:")));
    // The light look keeps the chart readable: dark text on the light background.
    projector->setLook(AudienceWindow::Look::Light);
    chart = projector->findChild<VoteChart*>();
    QVERIFY(chart->textColour().lightness() < 128);
    projector->setLook(AudienceWindow::Look::Dark);
    QVERIFY(chart->textColour().lightness() > 128);
}

void TestDecidePages::hostileNamesStayPlainText() {
    const QString hostile = QStringLiteral("<b>Bold</b> مرحبا 🍲 %1 & \"quotes\"");
    const qint64 id = addCandidate(hostile, CandidateKind::Room);
    store().setStageRevealed(m_id, Silent, true);
    store().setVote({people().at(0), id, 1});
    store().setStageRevealed(m_id, Decide, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    auto* score = goTo<ScorePage>(Score);
    QVERIFY(score);
    score->candidateList()->setCurrentRow(3);
    QCOMPARE(score->currentCandidateId(), id);
    QVERIFY(projectorText(projector).contains(hostile));
    MatrixPanel* matrix = openMatrix();
    QCOMPARE(matrix->model()->headerData(3, Qt::Vertical).toString(), hostile);
    // The projector's matrix paints the name as plain text, whole where it fits; the whole
    // name, as typed, is in the board's accessible description.
    projector->resize(1920, 1080);
    QCoreApplication::processEvents();
    MatrixBoard* shown = board(projector);
    QVERIFY(shown);
    const int row = int(boardNames(projector).indexOf(hostile));
    QVERIFY2(row >= 0, qPrintable(boardNames(projector).join(u'|')));
    QCOMPARE(shown->nameLines(row).join(u' '), hostile);
    QVERIFY(shown->accessibleDescription().contains(hostile));
    openVote();
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QVERIFY2(chart->labels().contains(hostile), qPrintable(chart->labels().join(u'|')));
}

// The candidate on show is edited on the console: the projector shows the new text in the
// labels it has; its checklist follows a new answer the same way; a change it does not show
// touches nothing; a candidate added or removed still counts (issue #15).
void TestDecidePages::scoreProjectorUpdatesTheCandidateInPlace() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1920, 1080);
    QVERIFY(goTo<ScorePage>(Score));
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("scoreView"));
    QVERIFY(view);
    QPointer<QLabel> name = view->findChild<QLabel*>(QStringLiteral("projectorCandidateName"));
    QPointer<QLabel> total = view->findChild<QLabel*>(QStringLiteral("projectorChecklistTotal"));
    QVERIFY(name);
    QVERIFY(total);
    QCOMPARE(name->text(), store().candidate(m_candidates.at(0))->name);
    const QList<QPointer<QWidget>> before = widgetsOf(view);

    Candidate shown = *store().candidate(m_candidates.at(0));
    shown.name += QStringLiteral(" at home");
    QVERIFY(store().updateCandidate(shown));
    QVERIFY(name);
    QCOMPARE(name->text(), shown.name);
    QCOMPARE(goneCount(before), 0);

    const QString totalBefore = total->text();
    const QString point = Playbook::standard().checklist().first().key;
    QVERIFY(store().setChecklistScore({shown.id, point, 0, ChecklistAnswer::Yes}));
    QVERIFY(total);
    QVERIFY(total->text() != totalBefore);
    QCOMPARE(goneCount(before), 0);

    // Not on show, or not shown at all: nothing changes.
    const QString text = projectorText(projector);
    Candidate other = *store().candidate(m_candidates.at(1));
    other.name += QStringLiteral(" today");
    QVERIFY(store().updateCandidate(other));
    QVERIFY(store().setStageNotes(m_id, Score, QStringLiteral("Ask the room")));
    QCOMPARE(goneCount(before), 0);
    QCOMPARE(projectorText(projector), text);

    const qint64 added = addCandidate(QStringLiteral("Meals rated"), CandidateKind::Room);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Candidate 1 of 4")));
    QVERIFY(store().removeCandidate(added));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Candidate 1 of 3")));
    QCOMPARE(name->text(), shown.name);
}

// Scores and names typed on the console reach the projector's board without a new board;
// a candidate added or removed shows; a change the matrix does not show touches nothing.
void TestDecidePages::decideProjectorUpdatesTheBoardInPlace() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1920, 1080);
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    QCoreApplication::processEvents();
    QPointer<MatrixBoard> shown = board(projector);
    QVERIFY(shown);
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("decideView"));
    QVERIFY(view);
    const QList<QPointer<QWidget>> before = widgetsOf(view);
    QCOMPARE(shown->page().rows.value(0).cells.value(0), QStringLiteral("–"));

    setCell(panel->model(), 0, 0, 4);
    QVERIFY(shown);
    QCOMPARE(shown->page().rows.value(0).cells.value(0), QStringLiteral("4"));
    QCOMPARE(goneCount(before), 0);

    Candidate renamed = *store().candidate(m_candidates.at(1));
    renamed.name = QStringLiteral("Weekly active cooks");
    QVERIFY(store().updateCandidate(renamed));
    QVERIFY(shown);
    QVERIFY(boardNames(projector).contains(QStringLiteral("Weekly active cooks")));
    QCOMPARE(goneCount(before), 0);

    const QString text = projectorText(projector);
    QVERIFY(store().setStageNotes(m_id, Decide, QStringLiteral("Ask the room")));
    QCOMPARE(goneCount(before), 0);
    QCOMPARE(projectorText(projector), text);

    const qint64 added = addCandidate(QStringLiteral("Meals rated"), CandidateKind::Room);
    QVERIFY(boardNames(projector).contains(QStringLiteral("Meals rated")));
    QVERIFY(store().removeCandidate(added));
    QVERIFY(!boardNames(projector).contains(QStringLiteral("Meals rated")));
    QCOMPARE(boardNames(projector).size(), 3);
}

// A dot placed changes who has dots left in the labels the projector has; a rename on the
// ballot too; a candidate added to the ballot shows; once closed, the chart takes new bars.
void TestDecidePages::decideProjectorUpdatesTheOpenVoteInPlace() {
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1920, 1080);
    QVERIFY(openVote());
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("decideView"));
    QVERIFY(view);
    const QList<QPointer<QWidget>> before = widgetsOf(view);
    const auto voterLabel = [view](const QString& text) -> QLabel* {
        for (QLabel* label : view->findChildren<QLabel*>(QStringLiteral("projectorVoter")))
            if (label->text() == text)
                return label;
        return nullptr;
    };
    QPointer<QLabel> second = voterLabel(QStringLiteral("Person 2 · 3 left"));
    QVERIFY2(second, qPrintable(projectorText(projector)));

    QVERIFY(store().setVote({people().at(1), m_candidates.at(0), 1}));
    QVERIFY(second);
    QCOMPARE(second->text(), QStringLiteral("Person 2 · 2 left"));
    QCOMPARE(goneCount(before), 0);

    Candidate renamed = *store().candidate(m_candidates.at(1));
    renamed.name = QStringLiteral("Weekly active cooks");
    QVERIFY(store().updateCandidate(renamed));
    QVERIFY(projectorText(projector).contains(QStringLiteral("Weekly active cooks")));
    QCOMPARE(goneCount(before), 0);

    const qint64 added = addCandidate(QStringLiteral("Meals rated"), CandidateKind::Room);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Meals rated")));
    QVERIFY(store().removeCandidate(added));
    QVERIFY(!projectorText(projector).contains(QStringLiteral("Meals rated")));
    QCOMPARE(view->findChildren<QLabel*>(QStringLiteral("projectorBallotName")).size(), 3);

    // Closed: a dot moved afterwards (undo on the console) gives the same chart new bars.
    QVERIFY(store().setStageRevealed(m_id, Decide, true));
    QPointer<VoteChart> chart = view->findChild<VoteChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->values().first(), 1);
    QVERIFY(store().setVote({people().at(1), m_candidates.at(0), 2}));
    QVERIFY(chart);
    QCOMPARE(chart->values().first(), 2);
    QVERIFY(projectorText(projector).contains(QStringLiteral("Most dots")));
}

// 200 candidates on the ballot: the projector shows a page of them in type the back row reads,
// says which page, and turns to the page that holds the console's candidate; every survivor
// is on a page, hostile names as typed, and a dot updates the page in place.
void TestDecidePages::projectorPagesALongBallot() {
    const QStringList hostile{QStringLiteral("محمد علي — عدد الطلبات الأسبوعية"),
                              QStringLiteral("每周完成三顿饭的家庭🍲"),
                              QStringLiteral("<b>Bold</b> & <i>households</i>")};
    for (int i = 0; i < 197; ++i)
        addCandidate(i % 60 == 30 ? hostile.at(i / 60)
                                  : QStringLiteral("Ballot candidate %1").arg(i),
                     CandidateKind::Room);
    store().setStageRevealed(m_id, Silent, true);
    QStringList everyone;
    for (const Candidate& c : DecideData::survivors(store(), m_id))
        everyone << c.name;
    QVERIFY(everyone.size() >= 200);
    for (const QString& name : hostile)
        QVERIFY(everyone.contains(name));
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    DotVotePanel* vote = openVote();
    QVERIFY(vote);
    const auto pageLabel = [projector]() -> QLabel* {
        auto* where = projector->findChild<QLabel*>(QStringLiteral("projectorBallotPage"));
        return where && where->isVisible() ? where : nullptr;
    };
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        projector->resize(size);
        QCoreApplication::processEvents();
        const QString at = QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
        QWidget* view = projector->findChild<QWidget*>(QStringLiteral("decideView"));
        QVERIFY2(view, qPrintable(at));
        QVERIFY2(view->findChildren<QWidget*>().size() < 60,
                 qPrintable(at + QString::number(view->findChildren<QWidget*>().size())));
        QListWidget* ballot = vote->ballot();
        ballot->setFocus();
        QTest::keyClick(ballot, Qt::Key_Home);
        QCoreApplication::processEvents();
        QVERIFY2(pageLabel(), qPrintable(at + u'\n' + projectorText(projector)));
        const QRegularExpression pageOf(QStringLiteral("^Page (\\d+) of (\\d+)$"));
        const auto page = [&]() {
            QCoreApplication::processEvents(); // a page that is built anew shows on the next turn
            const QRegularExpressionMatch m =
                pageOf.match(pageLabel() ? pageLabel()->text() : QString());
            return m.hasMatch() ? std::pair(m.captured(1).toInt(), m.captured(2).toInt())
                                : std::pair(0, 0);
        };
        QCOMPARE(page().first, 1);
        const int pages = page().second;
        QVERIFY2(pages >= 2 && pages < 60, qPrintable(pageLabel()->text()));
        // Down through the ballot: the pages turn one by one, each seen once, in order.
        QStringList seen;
        QList<int> turned{1};
        for (int row = 0; row < everyone.size(); ++row) {
            if (row > 0)
                QTest::keyClick(ballot, Qt::Key_Down);
            if (page().first == turned.last() && row > 0)
                continue;
            if (row > 0)
                turned << page().first;
            const QStringList problems =
                LayoutCheck::problems(projector) + LayoutCheck::textSmallerThan(projector, 28);
            QVERIFY2(problems.isEmpty(), qPrintable(at + u'\n' + problems.join(u'\n')));
            for (QLabel* name :
                 view->findChildren<QLabel*>(QStringLiteral("projectorBallotName"))) {
                QCOMPARE(name->textFormat(), Qt::PlainText);
                seen << name->text();
            }
        }
        QCOMPARE(turned.size(), pages);
        QCOMPARE(turned.last(), pages);
        QCOMPARE(seen, everyone);
        // Page Up, Home and End turn the room's page with the console's.
        QTest::keyClick(ballot, Qt::Key_PageUp);
        QVERIFY2(page().first < pages, qPrintable(pageLabel()->text()));
        QTest::keyClick(ballot, Qt::Key_Home);
        QCOMPARE(page().first, 1);
        QTest::keyClick(ballot, Qt::Key_End);
        QCOMPARE(page().first, pages);

        // A dot on this page changes who has dots left in place.
        const QList<QPointer<QWidget>> before = widgetsOf(view);
        vote->selectPerson(people().at(1));
        QTest::keyClick(ballot, Qt::Key_Plus);
        QVERIFY(projectorText(projector).contains(QStringLiteral("Person 2 · 2 left")));
        QCOMPARE(goneCount(before), 0);
        undoStack().undo();
        QVERIFY(projectorText(projector).contains(QStringLiteral("Person 2 · 3 left")));
    }

    // Closed: bars only for the candidates that got dots, best first, the rest counted in one
    // line; a few of a crowd tied at the top are named.
    QTest::keyClick(vote->ballot(), Qt::Key_Home);
    const QList<Candidate> survivors = DecideData::survivors(store(), m_id);
    for (int i = 0; i < people().size(); ++i) // tied at the top, one dot each
        QVERIFY(store().setVote({people().at(i), survivors.at(i * 40).id, 1}));
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    auto* chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->labels().size(), people().size());
    QVERIFY(!projector->findChild<QLabel*>(QStringLiteral("projectorResultPage")));
    const auto noDots = [projector] {
        auto* line = projector->findChild<QLabel*>(QStringLiteral("projectorNoDots"));
        return line ? line->text() : QString();
    };
    QCOMPARE(
        noDots(),
        QStringLiteral("%1 other candidates got no dots.").arg(survivors.size() - people().size()));
    const QString leaders =
        projector->findChild<QLabel*>(QStringLiteral("projectorVoteLeaders"))->text();
    QCOMPARE(
        leaders,
        QStringLiteral("A tie at the top: %1 candidates with 1 dot each").arg(people().size()));

    // More candidates with dots than a small projector's page holds: pages of them.
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton); // reopened
    for (int i = 0; i < people().size(); ++i)
        for (int d = 1; d < 3; ++d)
            QVERIFY(store().setVote({people().at(i), survivors.at(i * 40 + d * 7).id, 1}));
    projector->resize(1280, 720);
    QTest::mouseClick(vote->closeButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    chart = projector->findChild<VoteChart*>();
    QVERIFY(chart);
    QVERIFY2(chart->labels().size() >= 3 && chart->labels().size() < 3 * people().size(),
             qPrintable(QString::number(chart->labels().size())));
    auto* resultPage = projector->findChild<QLabel*>(QStringLiteral("projectorResultPage"));
    QVERIFY(resultPage);
    QVERIFY2(resultPage->text().startsWith(QStringLiteral("Page 1 of ")),
             qPrintable(resultPage->text()));
    QCOMPARE(noDots(), QStringLiteral("%1 other candidates got no dots.")
                           .arg(survivors.size() - 3 * people().size()));
    QTest::keyClick(vote->ballot(), Qt::Key_End);
    QCoreApplication::processEvents();
    resultPage = projector->findChild<QLabel*>(QStringLiteral("projectorResultPage"));
    QVERIFY(resultPage);
    const QString last = resultPage->text().section(u' ', 3);
    QCOMPARE(resultPage->text(), QStringLiteral("Page %1 of %1").arg(last));
    // Every bar keeps its whole name at this size, wrapped, never cut.
    chart = projector->findChild<VoteChart*>();
    const QStringList drawn = chart->drawnLabels();
    QCOMPARE(drawn.size(), chart->labels().size());
    for (int i = 0; i < drawn.size(); ++i)
        QCOMPARE(QString(drawn.at(i)).replace(u'\n', u' '), chart->labels().at(i));
    // Every page's bars have dots: no row of zeros.
    for (int value : projector->findChild<VoteChart*>()->values())
        QVERIFY(value > 0);
    const QStringList problems =
        LayoutCheck::problems(projector) + LayoutCheck::textSmallerThan(projector, 28);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestDecidePages)
// A small projector shows the matrix a page at a time: the page that holds the cell the
// console is on, and says which page it is.
void TestDecidePages::projectorMatrixFollowsTheConsoleCell() {
    for (int i = 0; i < 12; ++i)
        addCandidate(QStringLiteral("Extra candidate %1").arg(i + 1), CandidateKind::Room);
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1280, 720);
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    QCoreApplication::processEvents();
    const auto page = [projector] {
        MatrixBoard* b = board(projector);
        return b ? b->page().where : QString();
    };
    const auto names = [projector] { return boardNames(projector); };
    QVERIFY2(page().startsWith(QStringLiteral("Page 1 of ")), qPrintable(page()));
    const int rows = panel->model()->rowCount();
    QVERIFY(!names().contains(panel->model()->headerData(rows - 1, Qt::Vertical).toString()));
    panel->table()->setCurrentIndex(panel->model()->index(rows - 1, 0));
    QCoreApplication::processEvents();
    QVERIFY2(!page().startsWith(QStringLiteral("Page 1 of ")), qPrintable(page()));
    QVERIFY(names().contains(panel->model()->headerData(rows - 1, Qt::Vertical).toString()));
    QCOMPARE(DecideData::focus(store(), m_id), DecideData::Focus::Matrix);
}

// At 1280×720 the painted matrix shows at least four cells and two candidates a page at
// 28 pt (the page line says where the rest are), names wrapped to two lines, never cut or
// overlapping; a full-HD projector holds a normal matrix whole.
void TestDecidePages::projectorMatrixFitsAtEverySize() {
    m_candidates << addCandidate(QStringLiteral("Weekly active cooks"), CandidateKind::Room);
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    projector->resize(1280, 720);
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 4; ++column)
            setCell(panel->model(), row, column, 1 + (row + column) % 5);
    panel->table()->setCurrentIndex(panel->model()->index(3, 0)); // "Weekly active cooks"
    QCoreApplication::processEvents();
    MatrixBoard* shown = board(projector);
    QVERIFY(shown);
    // At least twice the cells of the old grid of labels (one criterion by two candidates).
    const auto cells = shown->page().criteria.size() * shown->page().rows.size();
    QVERIFY2(cells >= 4 && shown->page().rows.size() >= 2,
             qPrintable(shown->accessibleDescription()));
    // "What would flip it" is a page of its own on a small projector (TestDecideBoard).
    QVERIFY(!projector->findChild<QLabel*>(QStringLiteral("projectorFlip")));
    QStringList problems = layoutProblems(projector);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // "Weekly active cooks" is whole (on two lines if need be), not "Weekly…"; a name longer
    // than two lines ends in "…" on its second line.
    for (int row = 0; row < shown->page().rows.size(); ++row) {
        const QString name = shown->page().rows.at(row).name;
        const QStringList lines = shown->nameLines(row);
        QVERIFY2(lines.size() <= 2, qPrintable(lines.join(u'|')));
        if (lines.join(u' ') != name) // cut: visibly
            QVERIFY2(lines.last().endsWith(u'…'), qPrintable(lines.join(u'|')));
        QVERIFY(shown->accessibleDescription().contains(name));
    }
    const int weekly = int(boardNames(projector).indexOf(QStringLiteral("Weekly active cooks")));
    QVERIFY(weekly >= 0);
    QCOMPARE(shown->nameLines(weekly).join(u' '), QStringLiteral("Weekly active cooks"));

    // A normal matrix, eight candidates, is whole on a full-HD projector.
    for (int i = 0; i < 4; ++i)
        addCandidate(QStringLiteral("Extra candidate number %1").arg(i + 1), CandidateKind::Room);
    projector->resize(1920, 1080);
    QCoreApplication::processEvents();
    shown = board(projector);
    QVERIFY(shown);
    QCOMPARE(shown->page().rows.size(), 8);
    QCOMPARE(shown->page().criteria.size(), 4);
    problems = layoutProblems(projector);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Right-to-left, Chinese, an emoji and markup in a name: painted as typed, the markup shown
// as its characters, at every projector size.
void TestDecidePages::projectorMatrixShowsHostileNamesAsTyped() {
    const QString arabic = QStringLiteral("محمد علي عبد الرحمن — عدد الطلبات الأسبوعية");
    const QString chinese = QStringLiteral("每周完成三顿饭的家庭数量🍲");
    const QString markup = QStringLiteral("<b>Bold</b> & <i>households</i>");
    for (const QString& name : {arabic, chinese, markup})
        addCandidate(name, CandidateKind::Room);
    store().setStageRevealed(m_id, Silent, true);
    m_window->present();
    AudienceWindow* projector = m_window->audienceWindow();
    MatrixPanel* panel = openMatrix();
    QVERIFY(panel);
    for (const QSize size :
         {QSize(1280, 720), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)}) {
        projector->resize(size);
        QCoreApplication::processEvents();
        const QString where = QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
        MatrixBoard* shown = board(projector);
        QVERIFY2(shown, qPrintable(where));
        const QStringList names = boardNames(projector);
        for (const QString& name : {arabic, chinese, markup}) {
            const int row = int(names.indexOf(name));
            if (row < 0 && size.height() < 1000)
                continue; // on a later page of a small projector
            QVERIFY2(row >= 0, qPrintable(where + u' ' + names.join(u'|')));
            const QString painted = shown->nameLines(row).join(QString());
            // Whole, or cut after its second line: what is painted is the name's own start.
            QVERIFY2(shown->nameLines(row).size() <= 2, qPrintable(where));
            QVERIFY2(painted.startsWith(name.left(4)), qPrintable(where + u' ' + painted));
            QVERIFY(shown->accessibleDescription().contains(name));
        }
        if (const int row = int(names.indexOf(markup)); row >= 0)
            QVERIFY2(shown->nameLines(row).join(u' ').startsWith(QStringLiteral("<b>Bold</b>")),
                     qPrintable(shown->nameLines(row).join(u'|')));
        const QStringList problems = layoutProblems(projector);
        QVERIFY2(problems.isEmpty(), qPrintable(where + u'\n' + problems.join(u'\n')));
    }
}

#include "TestDecidePages.moc"
