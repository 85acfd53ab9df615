// Text in front of a real room, through the real window on the hostile workshop: every free-
// text field saves what a screen reader or dictation sets (no key events), a long text is cut
// to what the library keeps and the facilitator is told so however it arrived, the agenda
// keeps its ticks across a reopen when no time was recorded, and a right-to-left name keeps
// to itself in undo steps and in the text exports.
#include "Facilitator.h"
#include "HostileWorkshop.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/TextLimits.h"
#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "exchange/WorkshopDocument.h"
#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DotVotePanel.h"
#include "storage/WorkshopStore.h"
#include "widgets/NoticeBar.h"
#include "widgets/StageRail.h"
#include "widgets/TextLimit.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleEditableTextInterface>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

namespace {

const QStringList Stages{QStringLiteral("opening"),       QStringLiteral("game"),
                         QStringLiteral("goodbad"),       QStringLiteral("warmup"),
                         QStringLiteral("draft.silent"),  QStringLiteral("draft.pairs"),
                         QStringLiteral("draft.score"),   QStringLiteral("draft.decide"),
                         QStringLiteral("draft.converge")};

// Boxes that only hold text on its way to a button (a new terrible North Star, the reason
// given when eliminating), not a field of the library.
const QStringList EntryBoxes{QStringLiteral("A terrible North Star to add"),
                             QStringLiteral("Why this candidate is eliminated")};

QString isolated(const QString& text) {
    return QChar(u'\u2068') + text + QChar(u'\u2069');
}

bool editable(QWidget* w) {
    if (!w->isEnabled() || EntryBoxes.contains(w->accessibleName()))
        return false;
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return !line->isReadOnly() && !qobject_cast<QAbstractSpinBox*>(line->parentWidget()) &&
               !qobject_cast<QComboBox*>(line->parentWidget());
    if (auto* box = qobject_cast<QPlainTextEdit*>(w))
        return !box->isReadOnly();
    return false;
}

// The free-text fields under `root`, each as (accessible name, how many came before it with
// that name), so it can be found again after a page rebuilds itself.
QList<std::pair<QString, int>> textFields(QWidget* root) {
    QList<std::pair<QString, int>> fields;
    QHash<QString, int> seen;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (editable(w))
            fields.append({w->accessibleName(), seen[w->accessibleName()]++});
    return fields;
}

QWidget* field(QWidget* root, const std::pair<QString, int>& which) {
    int n = 0;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (editable(w) && w->accessibleName() == which.first && n++ == which.second)
            return w;
    return nullptr;
}

QString textOf(QWidget* w) {
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    return qobject_cast<QPlainTextEdit*>(w)->toPlainText();
}

} // namespace

class TestRoomText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void everyFieldSavesTextSetThroughAccessibility();
    void longTextIsCutAndSaidHoweverItArrives_data();
    void longTextIsCutAndSaidHoweverItArrives();
    void aLongDictatedCardNamesItsUndoStep();
    void stagesDoneStayDoneAfterAReopen();
    void rightToLeftNamesKeepToThemselvesInUndoSteps();
    void rightToLeftNamesKeepToThemselvesInTextExports();

private:
    bool open(qint64 id);
    bool goTo(const QString& key) {
        return page()->runner()->goTo(key) && page()->runner()->current().key == key;
    }
    WorkshopPage* page() const { return m_window->workshopPage(); }
    WorkshopStore& store() const { return m_library->store(); }
    QString library() const {
        return QString::fromUtf8(JsonExchange::write(*WorkshopDocument::load(store(), m_id)));
    }
    QAction* undoAction() const;

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    Facilitator m_hands;
    qint64 m_id = 0;
};

void TestRoomText::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = HostileWorkshop::create(store()).value_or(0);
    QVERIFY(m_id);
    QVERIFY(open(m_id));
}

bool TestRoomText::open(qint64 id) {
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1500, 950);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    m_hands.setWindow(m_window.get());
    m_window->openWorkshop(id);
    return page()->runner() != nullptr;
}

void TestRoomText::cleanup() {
    m_window.reset();
    m_library.reset();
}

QAction* TestRoomText::undoAction() const {
    for (QAction* top : m_window->menuBar()->actions())
        if (top->menu())
            for (QAction* action : top->menu()->actions())
                if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                    return action;
    return nullptr;
}

void TestRoomText::everyFieldSavesTextSetThroughAccessibility() {
    int n = 0;
    QStringList walked;
    for (const QString& stage : Stages) {
        QVERIFY2(goTo(stage), qPrintable(stage));
        const auto fields = textFields(page());
        QVERIFY2(!fields.isEmpty(), qPrintable(stage));
        for (const auto& which : fields) {
            QWidget* w = field(page(), which);
            QVERIFY2(w, qPrintable(which.first));
            // A screen reader sets the value; no key is pressed, the field need not have focus.
            const QString spoken = QStringLiteral("Spoken %1 مُملى").arg(++n);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
            QVERIFY(accessible);
            accessible->setText(QAccessible::Value, spoken);
            QVERIFY2(textOf(field(page(), which)).contains(spoken), qPrintable(which.first));
            QVERIFY2(library().contains(spoken),
                     qPrintable(stage + QStringLiteral(": ") + which.first));
            // Dictation adds to what is there.
            if (QAccessibleEditableTextInterface* dictation =
                    QAccessible::queryAccessibleInterface(field(page(), which))
                        ->editableTextInterface()) {
                dictation->insertText(0, QStringLiteral("Dictated "));
                QVERIFY2(library().contains(QStringLiteral("Dictated ") + spoken),
                         qPrintable(stage + QStringLiteral(": ") + which.first));
            }
            walked << stage + QStringLiteral(": ") + which.first;
        }
    }
    // The ones the room run found unsaved are among them.
    for (const QString& named : {QStringLiteral("goodbad: Terrible North Star"),
                                 QStringLiteral("draft.decide: Criterion name"),
                                 QStringLiteral("draft.converge: The North Star Metric's name"),
                                 QStringLiteral("draft.silent: Card name"),
                                 QStringLiteral("opening: Your notes on this question")})
        QVERIFY2(walked.contains(named), qPrintable(walked.join(u'\n')));
}

namespace {
// A paste of 50,000 characters; one stage a row, so each keeps to the test's time limit
// even under AddressSanitizer on a busy machine.
QString longPaste() {
    QString paste;
    for (int i = 0; paste.size() < 50'000; ++i)
        paste += QStringLiteral("Weekly cooks %1 🚀 ").arg(i);
    return paste;
}
} // namespace

void TestRoomText::longTextIsCutAndSaidHoweverItArrives_data() {
    QTest::addColumn<QString>("stage");
    for (const QString& stage : Stages)
        QTest::newRow(qPrintable(stage)) << stage;
}

void TestRoomText::longTextIsCutAndSaidHoweverItArrives() {
    QFETCH(QString, stage);
    const QString paste = longPaste();
    NoticeBar* notice = m_window->noticeBar();
    int limited = 0;
    QVERIFY2(goTo(stage), qPrintable(stage));
    for (const auto& which : textFields(page())) {
        QWidget* w = field(page(), which);
        auto* line = qobject_cast<QLineEdit*>(w);
        auto* box = qobject_cast<QPlainTextEdit*>(w);
        const int limit = line ? TextLimit::of(line) : TextLimit::of(box);
        const QString where = stage + QStringLiteral(": ") + which.first;
        QVERIFY2(limit > 0, qPrintable(where + QStringLiteral(" has no limit")));
        ++limited;
        notice->hide();
        QAccessible::queryAccessibleInterface(w)->setText(QAccessible::Value, paste);
        QString kept = textOf(field(page(), which));
        if (limit >= paste.size()) { // a notes box takes it whole, and says nothing
            QCOMPARE(kept, paste);
            QVERIFY2(!notice->isVisible(), qPrintable(where));
            QVERIFY2(library().contains(paste.trimmed()), qPrintable(where));
            continue;
        }
        QVERIFY2(kept.size() <= limit && kept.size() >= limit - 1, qPrintable(where));
        QVERIFY2(paste.startsWith(kept), qPrintable(where));
        // (One input name holds fewer characters than the list of them: not this test's.)
        if (which.first != QStringLiteral("Inputs, separated by commas (optional)"))
            QVERIFY2(library().contains(kept.trimmed()), qPrintable(where));
        QVERIFY2(notice->isVisible(), qPrintable(where));
        if (which.first == QStringLiteral("Inputs, separated by commas (optional)"))
            continue; // the notice says the library refused the one 20,000-character input
        QVERIFY2(notice->text().contains(QLocale().toString(kept.size())) &&
                     notice->text().contains(QLocale().toString(paste.size())),
                 qPrintable(notice->text()));
        // Inserted by dictation into the middle of what is there: the same.
        notice->hide();
        QAccessible::queryAccessibleInterface(field(page(), which))
            ->setText(QAccessible::Value, QStringLiteral("ab"));
        QAccessible::queryAccessibleInterface(field(page(), which))
            ->editableTextInterface()
            ->insertText(1, paste);
        kept = textOf(field(page(), which));
        QVERIFY2(kept.size() <= limit && kept.startsWith(u'a'), qPrintable(where));
        QVERIFY2(notice->isVisible(), qPrintable(where));
    }
    QVERIFY2(limited >= 1, qPrintable(stage + QStringLiteral(" has no text field")));
}

// A card named by a long dictation: the undo step is named after the card.
void TestRoomText::aLongDictatedCardNamesItsUndoStep() {
    const QString paste = longPaste();
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    QLineEdit* name = m_hands.all<QLineEdit>(QStringLiteral("Card name"), page()).value(0);
    QVERIFY(name);
    QAccessible::queryAccessibleInterface(name)->setText(QAccessible::Value, paste);
    const QString step = page()->context()->undoStack.undoText();
    QVERIFY2(step.contains(QStringLiteral("Weekly cooks 0")) &&
                 !step.contains(QStringLiteral("Untitled")),
             qPrintable(step));
    QVERIFY(step.size() < 300);
}

void TestRoomText::stagesDoneStayDoneAfterAReopen() {
    m_window.reset();
    m_id = m_library->addWorkshop(QStringLiteral("Ticks"), 3);
    QVERIFY(open(m_id));
    AgendaRunner* runner = page()->runner();
    const auto states = [this] {
        QHash<QString, PlannedStage::State> result;
        for (const PlannedStage& s : page()->runner()->stages())
            result.insert(s.key, s.state);
        return result;
    };
    const auto ticked = [this](const QString& title) {
        for (QTreeWidgetItemIterator it(page()->rail()->tree()); *it; ++it)
            if ((*it)->text(0).contains(title))
                return (*it)->text(0).startsWith(QStringLiteral("✓"));
        return false;
    };
    // Through to the converge stage without ever starting the timer: no time is recorded.
    QVERIFY(goTo(QStringLiteral("opening")));
    while (runner->current().key != QStringLiteral("draft.converge"))
        m_hands.press(Qt::Key_PageDown, Qt::ControlModifier);
    for (const PlannedStage& s : runner->stages())
        QCOMPARE(s.elapsedMs, qint64(0));
    // Back to the game: every stage after it stays ticked, now and after a reopen.
    while (runner->current().key != QStringLiteral("game"))
        m_hands.press(Qt::Key_PageUp, Qt::ControlModifier);
    for (int round = 0; round < 2; ++round) {
        const auto now = states();
        for (const QString& key : Stages.mid(2))
            QVERIFY2(now.value(key) == PlannedStage::State::Done, qPrintable(key));
        QVERIFY(now.value(QStringLiteral("opening")) == PlannedStage::State::Done);
        QVERIFY(now.value(QStringLiteral("game")) == PlannedStage::State::Current);
        QVERIFY(ticked(QStringLiteral("Share and score")));
        m_window.reset();
        QVERIFY(m_library->reopen());
        QVERIFY(open(m_id));
        QCOMPARE(page()->runner()->current().key, QStringLiteral("game"));
    }
    // The stages after the furthest one reached are still to come.
    bool after = false;
    for (const PlannedStage& s : page()->runner()->stages()) {
        if (after && !s.skipped)
            QVERIFY2(s.state == PlannedStage::State::Upcoming, qPrintable(s.key));
        after = after || s.key == QStringLiteral("draft.converge");
    }
}

void TestRoomText::rightToLeftNamesKeepToThemselvesInUndoSteps() {
    const QString arabic = HostileWorkshop::roster().at(1);
    QVERIFY(goTo(QStringLiteral("draft.decide")));
    auto* decide = qobject_cast<DecidePage*>(page()->stagePage());
    QVERIFY(decide);
    decide->tabs()->setCurrentWidget(decide->votePanel());
    QListWidget* people = decide->votePanel()->people();
    QVERIFY(Facilitator::clickRow(people, arabic));
    const int before = page()->context()->undoStack.count();
    QListWidget* ballot = decide->votePanel()->ballot();
    for (int row = 0; row < ballot->count() && page()->context()->undoStack.count() == before;
         ++row) {
        ballot->setCurrentRow(row);
        decide->votePanel()->addDot(); // or, with every dot placed, take one back
        if (page()->context()->undoStack.count() == before)
            decide->votePanel()->removeDot();
    }
    QVERIFY(page()->context()->undoStack.count() > before);
    QAction* undo = undoAction();
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(isolated(arabic)), qPrintable(undo->text()));

    // A card renamed to an Arabic name: the step names it, isolated, in the Edit menu.
    QVERIFY(goTo(QStringLiteral("draft.silent")));
    QLineEdit* name = m_hands.all<QLineEdit>(QStringLiteral("Card name"), page()).value(0);
    QVERIFY(name);
    m_hands.click(name);
    name->selectAll();
    QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QStringLiteral("مقياس الوجبات"),
                        Qt::NoModifier);
    QVERIFY2(undoAction()->text().contains(isolated(QStringLiteral("مقياس الوجبات"))),
             qPrintable(undoAction()->text()));
    QVERIFY(!undoAction()->text().contains(QStringLiteral(" مقياس")));
}

void TestRoomText::rightToLeftNamesKeepToThemselvesInTextExports() {
    const QString arabic = HostileWorkshop::roster().at(1);
    auto w = store().workshop(m_id);
    w->facilitator = arabic;
    w->product = QStringLiteral("وجبات 3");
    QVERIFY(store().updateWorkshop(*w));
    auto criteria = store().matrixCriteria(m_id);
    QVERIFY(!criteria.isEmpty());
    criteria.first().name = QStringLiteral("النمو");
    QVERIFY(store().updateMatrixCriterion(criteria.first()));
    const QString md = QString::fromUtf8(
        markdownReport(*WorkshopDocument::load(store(), m_id), Playbook::standard()));
    QVERIFY2(md.contains(QStringLiteral("**Facilitator:** ") + isolated(arabic)), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("**Product:** ") + isolated(QStringLiteral("وجبات 3"))));
    // The matrix's header row: "النمو (×3)" keeps its weight on the right.
    QVERIFY2(md.contains(isolated(QStringLiteral("النمو")) + QStringLiteral(" (×")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral(", ") + isolated(arabic)) ||
                 md.contains(QStringLiteral("** ") + isolated(arabic)),
             qPrintable(md));
    // Left-to-right names are left as they were.
    QVERIFY(md.contains(QStringLiteral(", Ana 🚀 Ribeiro")));
    // The CSV keeps each cell exactly as typed: a cell is not a sentence.
    const QString csv = QString::fromUtf8(
        candidatesCsv(*WorkshopDocument::load(store(), m_id), Playbook::standard()));
    QVERIFY(!csv.contains(QChar(u'\u2068')));
}

QTEST_MAIN(TestRoomText)
#include "TestRoomText.moc"
