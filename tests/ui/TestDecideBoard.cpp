// The decide stage's projector on small screens (issue 13, item 6): the example's matrix,
// four criteria by four candidates, on one page at 1280×720 with the title and the timer on
// one short line; "what would flip it" as a page of its own after the matrix's, which the
// console turns to and leaves by moving its cursor; the page still follows the console's cell.
#include "AudienceWindow.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "playbook/ExampleWorkshop.h"
#include "stages/draft/CandidateText.h"
#include "stages/draft/decide/DecideData.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/MatrixBoard.h"
#include "stages/draft/decide/MatrixModel.h"
#include "stages/draft/decide/MatrixPanel.h"
#include "stages/draft/decide/MatrixTableView.h"
#include "widgets/CountdownDisplay.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {
const QString Decide = QStringLiteral("draft.decide");
const QString Silent = QStringLiteral("draft.silent");

MatrixBoard* board(AudienceWindow* projector) {
    auto* b = projector->findChild<MatrixBoard*>();
    return b && b->isVisible() ? b : nullptr;
}

QLabel* visibleLabel(AudienceWindow* projector, const QString& name) {
    auto* l = projector->findChild<QLabel*>(name);
    return l && l->isVisible() ? l : nullptr;
}

QStringList layoutProblems(AudienceWindow* projector) {
    QStringList problems = LayoutCheck::problems(projector);
    problems << LayoutCheck::textSmallerThan(projector, 28);
    if (MatrixBoard* b = board(projector)) {
        if (b->sizeHint().height() > b->height() + 2 || b->sizeHint().width() > b->width() + 2)
            problems << QStringLiteral("the board needs %1×%2, has %3×%4")
                            .arg(b->sizeHint().width())
                            .arg(b->sizeHint().height())
                            .arg(b->width())
                            .arg(b->height());
    }
    return problems;
}

QString sizeName(const QSize& size) {
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}
} // namespace

class TestDecideBoard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exampleMatrixOnOnePage_data();
    void exampleMatrixOnOnePage();
    void flipSentenceIsItsOwnPage();
    void flipPageKeepsTheConsoleCell();

private:
    MatrixPanel* present(const QSize& screen);
    WorkshopStore& store() const { return m_library->store(); }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestDecideBoard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestDecideBoard::init() {
    m_library = std::make_unique<TestLibrary>();
    const auto example = ExampleWorkshop::create(store());
    QVERIFY(example);
    m_id = *example;
    store().setStageFocus(m_id, Decide, int(DecideData::Focus::Matrix));
}

void TestDecideBoard::cleanup() {
    m_window.reset();
    m_library.reset();
}

// The example open at "decide" with the matrix up, its projector at `screen`.
MatrixPanel* TestDecideBoard::present(const QSize& screen) {
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    m_window->openWorkshop(m_id);
    m_window->present();
    m_window->audienceWindow()->resize(screen);
    m_window->workshopPage()->runner()->goTo(Decide);
    auto* decide = qobject_cast<DecidePage*>(m_window->workshopPage()->stagePage());
    if (!decide)
        return nullptr;
    decide->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    return decide->matrixPanel();
}

void TestDecideBoard::exampleMatrixOnOnePage_data() {
    QTest::addColumn<QSize>("screen");
    for (const QSize size :
         {QSize(1280, 720), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)})
        QTest::newRow(qPrintable(sizeName(size))) << size;
}

// Every shortlisted candidate and every criterion on the first page, names whole on at most
// two lines, nothing under 28 pt, cut or overlapping; the sentence under the matrix on a
// full-HD projector, a page of its own ("Page 1 of 2") on the small ones.
void TestDecideBoard::exampleMatrixOnOnePage() {
    QFETCH(QSize, screen);
    MatrixPanel* panel = present(screen);
    QVERIFY(panel);
    AudienceWindow* projector = m_window->audienceWindow();
    MatrixBoard* shown = board(projector);
    QVERIFY(shown);
    const int candidates = panel->model()->rowCount();
    const int criteria = int(store().matrixCriteria(m_id).size());
    QCOMPARE(candidates, 4);
    QCOMPARE(criteria, 4);
    QCOMPARE(shown->page().rows.size(), candidates);
    QCOMPARE(shown->page().criteria.size(), criteria);
    for (int row = 0; row < candidates; ++row) {
        const QStringList lines = shown->nameLines(row);
        QVERIFY2(lines.size() <= 2, qPrintable(lines.join(u'|')));
        const QString name = shown->page().rows.at(row).name;
        if (lines.join(u' ') != name) // a long name cut after its second line, visibly
            QVERIFY2(lines.size() == 2 && lines.last().endsWith(u'…'),
                     qPrintable(lines.join(u'|')));
        QVERIFY(shown->accessibleDescription().contains(name));
    }
    const bool small = screen.height() < 900;
    QCOMPARE(shown->page().where, small ? QStringLiteral("Page 1 of 2") : QString());
    QCOMPARE(visibleLabel(projector, QStringLiteral("projectorFlip")) != nullptr, !small);
    // The title row hugs the timer's figures on a small projector.
    QCOMPARE(projector->findChild<CountdownDisplay*>()->isTight(), small);
    const QStringList problems = layoutProblems(projector);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The console's "next page" button turns the room to the sentence, whole, its names in
// full; the button again, or a move of the cursor, turns back to the matrix.
void TestDecideBoard::flipSentenceIsItsOwnPage() {
    MatrixPanel* panel = present(QSize(1280, 720));
    QVERIFY(panel);
    AudienceWindow* projector = m_window->audienceWindow();
    QAbstractButton* next = panel->flipPageButton();
    QVERIFY(next->isVisible());
    QVERIFY(!next->accessibleName().isEmpty());
    QTest::mouseClick(next, Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(DecideData::matrixCursor(store(), m_id).flipPage);
    QVERIFY(!board(projector));
    QLabel* sentence = visibleLabel(projector, QStringLiteral("projectorFlip"));
    QVERIFY(sentence);
    const QList<Candidate> survivors = DecideData::survivors(store(), m_id);
    const auto flip =
        DecideData::matrix(store(), m_id, survivors).whatWouldFlip(CandidateText::names(survivors));
    QVERIFY(flip);
    QCOMPARE(sentence->text(), flip->sentence);
    QCOMPARE(visibleLabel(projector, QStringLiteral("projectorFlipWhere"))->text(),
             QStringLiteral("Page 2 of 2"));
    QStringList problems = layoutProblems(projector);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    QTest::mouseClick(next, Qt::LeftButton); // back
    QCoreApplication::processEvents();
    QVERIFY(board(projector));
    QVERIFY(!visibleLabel(projector, QStringLiteral("projectorFlip")));

    QTest::mouseClick(next, Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(!board(projector));
    panel->table()->setCurrentIndex(panel->model()->index(1, 1)); // the cursor moves
    QCoreApplication::processEvents();
    QVERIFY(board(projector));
    QVERIFY(!next->isChecked());
    QVERIFY(!DecideData::matrixCursor(store(), m_id).flipPage);
}

// With more candidates than a page holds, the page follows the console's cell; the flip page
// keeps that cell, so turning back shows the same page; a reopened console remembers it.
void TestDecideBoard::flipPageKeepsTheConsoleCell() {
    const QList<Candidate> existing = store().candidates(m_id);
    for (int i = 0; i < 10; ++i) {
        Candidate c = makeCandidate(m_id, QStringLiteral("Extra candidate %1").arg(i + 1),
                                    CandidateKind::Room);
        c.position = int(existing.size()) + i;
        QVERIFY(store().addCandidate(c));
    }
    MatrixPanel* panel = present(QSize(1280, 720));
    QVERIFY(panel);
    AudienceWindow* projector = m_window->audienceWindow();
    const int last = panel->model()->rowCount() - 1;
    const QString lastName = panel->model()->headerData(last, Qt::Vertical).toString();
    const auto names = [projector] {
        QStringList n;
        if (MatrixBoard* b = board(projector))
            for (const MatrixBoardRow& row : b->page().rows)
                n << row.name;
        return n;
    };
    QVERIFY(board(projector)->page().where.startsWith(QStringLiteral("Page 1 of ")));
    QVERIFY(!names().contains(lastName));
    panel->table()->setCurrentIndex(panel->model()->index(last, 2));
    QCoreApplication::processEvents();
    QVERIFY2(names().contains(lastName), qPrintable(names().join(u'|')));
    const QString where = board(projector)->page().where;
    QVERIFY(!where.startsWith(QStringLiteral("Page 1 of ")));

    QTest::mouseClick(panel->flipPageButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(!board(projector));
    const DecideData::MatrixCursor cursor = DecideData::matrixCursor(store(), m_id);
    QCOMPARE(cursor.row, last);
    QCOMPARE(cursor.column, 2);
    QVERIFY(cursor.flipPage);
    const QString total = where.section(u' ', -1);
    QCOMPARE(visibleLabel(projector, QStringLiteral("projectorFlipWhere"))->text(),
             QStringLiteral("Page %1 of %1").arg(total));

    // A console opened again shows the flip page's button pressed.
    m_window.reset();
    panel = present(QSize(1280, 720));
    QVERIFY(panel);
    QVERIFY(panel->flipPageButton()->isChecked());
    projector = m_window->audienceWindow();
    QVERIFY(!board(projector));

    QTest::mouseClick(panel->flipPageButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(board(projector));
    QCOMPARE(DecideData::matrixCursor(store(), m_id).row, last);
}

QTEST_MAIN(TestDecideBoard)
#include "TestDecideBoard.moc"
