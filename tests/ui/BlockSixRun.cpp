#include "BlockSixRun.h"

#include "AudienceWindow.h"
#include "DraftState.h"
#include "MainWindow.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "stages/common/StageContext.h"
#include "storage/WorkshopStore.h"
#include "widgets/NorthStarTreeView.h"
#include "widgets/OptionalDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// A failed check says where, and the walk-through stops there.
#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            qWarning("%s:%d: not true: %s", __FILE__, __LINE__, #condition);                       \
            return false;                                                                          \
        }                                                                                          \
    } while (false)

BlockSixRun::BlockSixRun() = default;
BlockSixRun::~BlockSixRun() {
    stop();
}

bool BlockSixRun::start(const QStringList& people) {
    QStandardPaths::setTestModeEnabled(true);
    library = std::make_unique<TestLibrary>();
    Workshop w;
    w.title = QStringLiteral("Meal-kit North Star");
    w.product = QStringLiteral("Meal kits");
    w.facilitator = QStringLiteral("Fran Facilitator");
    QList<Participant> roster;
    for (const QString& name : people)
        roster.append({0, 0, name, QStringLiteral("product"), int(roster.size())});
    id = store().createWorkshop(w, roster).value_or(0);
    CHECK(id != 0);
    return openWindow();
}

bool BlockSixRun::openWindow() {
    window = std::make_unique<MainWindow>(store(), clock);
    window->resize(1500, 950);
    window->show();
    QApplication::setActiveWindow(window.get());
    CHECK(QTest::qWaitForWindowActive(window.get()));
    hands.setWindow(window.get());
    // From the library list: pick the workshop, Ctrl+O.
    auto* list = hands.find<QTableView>(QStringLiteral("Workshops"));
    CHECK(list && list->model()->rowCount() == 1);
    hands.clickCell(list, 0, 0);
    hands.press(Qt::Key_O, Qt::ControlModifier);
    CHECK(runner() && page()->workshopId() == id);
    return true;
}

bool BlockSixRun::restart() {
    window.reset();
    CHECK(library->reopen());
    return openWindow();
}

void BlockSixRun::stop() {
    window.reset();
    library.reset();
}

bool BlockSixRun::nextStage(const QString& key) {
    hands.press(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(runner()->current().key == key);
    return true;
}

bool BlockSixRun::previousStage(const QString& key) {
    hands.press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(runner()->current().key == key);
    return true;
}

WorkshopPage* BlockSixRun::page() const {
    return window->workshopPage();
}

AgendaRunner* BlockSixRun::runner() const {
    return page()->runner();
}

QUndoStack& BlockSixRun::undoStack() const {
    return page()->context()->undoStack;
}

AudienceWindow* BlockSixRun::projector() const {
    return window->audienceWindow();
}

QString BlockSixRun::shown() const {
    return projector() ? visibleTexts(projector()).join(u'\n') : QString();
}

QList<Candidate> BlockSixRun::ownCards() const {
    QList<Candidate> own;
    for (const Candidate& c : store().candidates(id))
        if (c.kind == CandidateKind::Own)
            own << c;
    return own;
}

qint64 BlockSixRun::candidateNamed(const QString& name) const {
    for (const Candidate& c : store().candidates(id))
        if (c.name == name)
            return c.id;
    return 0;
}

qint64 BlockSixRun::person(const QString& name) const {
    for (const Participant& p : store().participants(id))
        if (p.name == name)
            return p.id;
    return 0;
}

QStringList BlockSixRun::listTexts(QListWidget* list) {
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

void BlockSixRun::mark(const QString& step) {
    m_marks.append({step, undoStack().index(), DraftState::read(store(), id)});
}

bool BlockSixRun::matches(const Mark& mark, const QString& when) const {
    WorkshopDocument now = DraftState::read(store(), id);
    // The standard criteria are set up when the decide page first opens, not as an edit:
    // undoing the edits before that keeps them.
    if (mark.state.matrixCriteria.isEmpty())
        now.matrixCriteria.clear();
    const QString differences = DraftState::differences(mark.state, now);
    if (differences.isEmpty())
        return true;
    qWarning("%s, back at \"%s\" (step %d): %s", qPrintable(when), qPrintable(mark.step),
             mark.index, qPrintable(differences));
    return false;
}

QAction* BlockSixRun::historyAction(Direction direction) const {
    const QKeySequence key =
        QKeySequence::keyBindings(direction == Direction::Undo ? QKeySequence::Undo
                                                               : QKeySequence::Redo)
            .value(0);
    for (QAction* action : window->findChildren<QAction*>())
        if (action->shortcuts().contains(key))
            return action;
    return nullptr;
}

bool BlockSixRun::walkTheHistory(Direction direction) {
    QAction* action = historyAction(direction);
    CHECK(action);
    const QString when =
        direction == Direction::Undo ? QStringLiteral("undoing") : QStringLiteral("redoing");
    int passed = 0, steps = 0;
    const auto check = [&] {
        for (const Mark& mark : std::as_const(m_marks))
            if (mark.index == undoStack().index()) {
                ++passed;
                if (!matches(mark, when))
                    return false;
            }
        return true;
    };
    CHECK(check());
    while (action->isEnabled()) {
        action->trigger();
        CHECK(++steps < 10000);
        CHECK(check());
    }
    qInfo("%s: %d steps", qPrintable(when), steps);
    CHECK(passed == m_marks.size());
    return true;
}

bool BlockSixRun::storeMatchesTheEnd() const {
    CHECK(!m_marks.isEmpty());
    return matches(m_marks.last(), QStringLiteral("reopened"));
}

bool BlockSixRun::projectorShowsTheNorthStar(const QString& name) const {
    CHECK(projector());
    auto* view =
        projector()->findChild<NorthStarTreeView*>(QStringLiteral("projectorNorthStarTree"));
    CHECK(view);
    // A stage's view joins the projector's layout and shows when the event loop next runs.
    CHECK(QTest::qWaitFor([view] { return view->isVisible(); }, 1000));
    const NorthStarTree& tree = view->tree();
    CHECK(tree.metricName == name);
    CHECK(!tree.metricDefinition.isEmpty());
    CHECK(tree.gameLabel.contains(QStringLiteral("Transaction")));
    CHECK(tree.inputs.size() == 3);
    CHECK(tree.inputs.at(0).name == QStringLiteral("New households"));
    CHECK(tree.inputs.at(0).patternLabel == QStringLiteral("Breadth"));
    CHECK(tree.inputs.at(2).name == QStringLiteral("Minutes to cook"));
    CHECK(tree.inputs.at(2).patternLabel == QStringLiteral("Efficiency"));
    CHECK(tree.guardrailName == QStringLiteral("Recipe rating"));
    return true;
}

bool BlockSixRun::pagesShowTheEnd(const QString& name, const QString& definition) {
    // Converge: the sentence, the inputs, the game and guardrail, the follow-ups.
    auto* metric = hands.find<QLineEdit>(QStringLiteral("The North Star Metric's name"));
    CHECK(metric && metric->text() == name);
    CHECK(hands.find<QPlainTextEdit>(QStringLiteral("The North Star Metric's definition"))
              ->toPlainText() == definition);
    QStringList inputs, patterns, owners;
    for (QLineEdit* edit : hands.all<QLineEdit>(QStringLiteral("Input name")))
        inputs << edit->text();
    for (QComboBox* box : hands.all<QComboBox>(QStringLiteral("Input pattern")))
        patterns << box->currentText();
    for (QLineEdit* edit : hands.all<QLineEdit>(QStringLiteral("Input owner")))
        owners << edit->text();
    CHECK(inputs == (QStringList{QStringLiteral("New households"), QStringLiteral("Kits per week"),
                                 QStringLiteral("Minutes to cook")}));
    CHECK(patterns == (QStringList{QStringLiteral("Breadth"), QStringLiteral("Frequency"),
                                   QStringLiteral("Efficiency")}));
    CHECK(owners == (QStringList{QStringLiteral("Growth"), QStringLiteral("Retention"),
                                 QStringLiteral("Culinary")}));
    CHECK(hands.find<QComboBox>(QStringLiteral("The game we are playing"))->currentText() ==
          QStringLiteral("Transaction game"));
    CHECK(hands.find<QLineEdit>(QStringLiteral("Guardrail metric: name"))->text() ==
          QStringLiteral("Recipe rating"));
    CHECK(hands.find<QLineEdit>(QStringLiteral("Open question"))->text() ==
          QStringLiteral("Do frozen kits count as cooked meals?"));
    CHECK(hands.find<QLineEdit>(QStringLiteral("Who does it"))->text() ==
          QStringLiteral("Analytics"));
    const QList<OptionalDateEdit*> dates = hands.all<OptionalDateEdit>(QStringLiteral("Due date"));
    CHECK(dates.size() == 2 && !dates.at(0)->optionalDate().isValid() &&
          dates.at(1)->optionalDate().isValid());
    for (QWidget* button : hands.all(QStringLiteral("Choose “%1” as our North Star").arg(name)))
        CHECK(!button->isEnabled()); // it is the chosen one
    hands.press(Qt::Key_F5);
    CHECK(projectorShowsTheNorthStar(name));

    // Decide: the closed vote and both leaders.
    CHECK(previousStage(QStringLiteral("draft.decide")));
    CHECK(hands.find(QStringLiteral("Reopen the vote; the projector hides the result")));
    const QString decide = visibleTexts(page()->stagePage()).join(u'\n');
    CHECK(decide.contains(QStringLiteral("★ %1 — 8 dots").arg(name)));
    CHECK(shown().contains(QStringLiteral("Most dots: %1").arg(name)));
    auto* matrixLeader = page()->stagePage()->findChild<QLabel*>(QStringLiteral("matrixLeader"));
    CHECK(matrixLeader->text().contains(name));

    // Share and score: the eliminated one struck through, with its reason.
    CHECK(previousStage(QStringLiteral("draft.score")));
    auto* list = hands.find<QListWidget>(QStringLiteral("Candidates to share and score"));
    CHECK(list && list->count() == 5);
    int struck = 0;
    for (int i = 0; i < list->count(); ++i)
        struck += list->item(i)->font().strikeOut() ? 1 : 0;
    CHECK(struck == 1);
    CHECK(list->item(0)->text().startsWith(name));

    // Pairs: the lineage of both pair candidates.
    CHECK(previousStage(QStringLiteral("draft.pairs")));
    const QString pairs = visibleTexts(page()->stagePage()).join(u'\n');
    CHECK(pairs.contains(QStringLiteral("Built from: Weekly cooks (Ana)")));
    CHECK(pairs.contains(QStringLiteral("Cooking again")));

    // The silent brainstorm: every card, and the room sees them (revealed).
    CHECK(previousStage(QStringLiteral("draft.silent")));
    const QString silent = visibleTexts(page()->stagePage()).join(u'\n');
    for (const Candidate& card : ownCards())
        CHECK(silent.contains(card.name));
    // Three people to a page on the projector: Ana's cards come first.
    CHECK(shown().contains(QStringLiteral("Weekly cooks")));
    CHECK(shown().contains(QStringLiteral("Fresh boxes")));
    return true;
}
