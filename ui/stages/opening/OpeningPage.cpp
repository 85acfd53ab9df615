#include "OpeningPage.h"

#include "agenda/AgendaPlan.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "playbook/RosterCheck.h"
#include "session/TeachingEdits.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString disciplineName(const QString& key) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("engineering"), QT_TRANSLATE_NOOP("OpeningPage", "engineering")},
        {QStringLiteral("design"), QT_TRANSLATE_NOOP("OpeningPage", "design")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("OpeningPage", "product")},
        {QStringLiteral("analytics"), QT_TRANSLATE_NOOP("OpeningPage", "analytics")},
        {QStringLiteral("finance"), QT_TRANSLATE_NOOP("OpeningPage", "finance")},
        {QStringLiteral("sales"), QT_TRANSLATE_NOOP("OpeningPage", "sales")},
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("OpeningPage", "marketing")}};
    const char* name = names.value(key);
    return name ? QCoreApplication::translate("OpeningPage", name) : key;
}
} // namespace

OpeningPage::OpeningPage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stageKey(stage.key)
    , m_counter(StageWidgets::label({}, this, "sectionTitle"))
    , m_question(StageWidgets::label({}, this))
    , m_guide(StageWidgets::hint({}, this))
    , m_notes(new QPlainTextEdit(this))
    , m_previous(new QPushButton(tr("← Previous question"), this))
    , m_next(new QPushButton(tr("Next question →"), this)) {
    setObjectName(QStringLiteral("openingPage"));
    m_question->setObjectName(QStringLiteral("openingQuestion"));
    m_question->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_notes->setObjectName(QStringLiteral("questionNotes"));
    m_notes->setAccessibleName(tr("Your notes on this question"));
    TextLimit::apply(m_notes, TextLimits::Notes);
    m_notes->setPlaceholderText(tr("What the room said — saved as you type, never projected"));
    m_notes->setTabChangesFocus(true);
    m_previous->setAccessibleName(tr("Show the previous question to the room"));
    m_next->setAccessibleName(tr("Show the next question to the room"));
    m_previous->setToolTip(tr("Alt+Left"));
    m_next->setToolTip(tr("Alt+Right"));
    m_next->setObjectName(QStringLiteral("primary"));

    auto* previousKey = new QAction(this);
    previousKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previousKey->setShortcutContext(Qt::WindowShortcut);
    addAction(previousKey);
    auto* nextKey = new QAction(this);
    nextKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    nextKey->setShortcutContext(Qt::WindowShortcut);
    addAction(nextKey);
    connect(previousKey, &QAction::triggered, this, &OpeningPage::previousQuestion);
    connect(nextKey, &QAction::triggered, this, &OpeningPage::nextQuestion);
    connect(m_previous, &QPushButton::clicked, this, &OpeningPage::previousQuestion);
    connect(m_next, &QPushButton::clicked, this, &OpeningPage::nextQuestion);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OpeningPage::saveNote);
    m_typing = new TypingSessions(this);
    m_typing->watch(m_notes);

    QVBoxLayout* questionBody = nullptr;
    QFrame* questionCard = StageWidgets::card({}, this, &questionBody);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_next);
    questionBody->addWidget(m_counter);
    questionBody->addWidget(m_question);
    questionBody->addWidget(m_guide);
    questionBody->addSpacing(6);
    questionBody->addWidget(m_notes, 1);
    questionBody->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(questionCard, 3);
    columns->addWidget(createRosterCard(), 2, Qt::AlignTop);
    layout->addLayout(columns, 1);

    // Undo and redo change the notes under the page: follow them without moving the cursor
    // of somebody typing (what they typed is what is stored).
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Roster))
                    refreshRoster();
                if (changes.has(m_context.workshopId, ChangeKind::StageNotes))
                    followStoredNotes();
            });
    refreshRoster();
    showQuestion(m_context.store.stageState(m_context.workshopId, m_stageKey).focus);
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this,
                &OpeningPage::showFacilitatorNotes);
    showFacilitatorNotes();
    setFocusProxy(m_next);
}

void OpeningPage::followStoredNotes() {
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    if (m_index < 0 || m_index >= questions.size())
        return;
    const QString stored =
        m_context.store.questionNotes(m_context.workshopId).value(questions.at(m_index).key);
    if (stored != m_notes->toPlainText()) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(stored);
    }
}

QWidget* OpeningPage::createRosterCard() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card(tr("Who is in the room"), this, &body);
    m_size = StageWidgets::label({}, frame);
    m_size->setObjectName(QStringLiteral("rosterSize"));
    m_missing = StageWidgets::label({}, frame);
    m_missing->setObjectName(QStringLiteral("rosterMissing"));
    auto* safetyTitle = StageWidgets::label(tr("Say this early"), frame, "sectionTitle");
    auto* safety = StageWidgets::label(Playbook::standard().safetyReminder(), frame);
    safety->setObjectName(QStringLiteral("safetyReminder"));
    safety->setStyleSheet(QStringLiteral("font-style: italic;"));
    body->addWidget(m_size);
    body->addWidget(m_missing);
    body->addSpacing(8);
    body->addWidget(safetyTitle);
    body->addWidget(safety);
    return frame;
}

void OpeningPage::refreshRoster() {
    const RosterCheck check = RosterCheck::of(m_context.store.participants(m_context.workshopId));
    switch (check.size) {
    case RosterCheck::Size::Empty:
        m_size->setText(tr("⚠ Nobody is on the roster yet. Add the people in the room so the "
                           "report names them."));
        break;
    case RosterCheck::Size::TooFew:
        m_size->setText(check.people == 1
                            ? tr("⚠ Only one person. Three to nine work best: with fewer, too "
                                 "few points of view meet.")
                            : tr("⚠ Only %1 people. Three to nine work best: with fewer, too "
                                 "few points of view meet.")
                                  .arg(check.people));
        break;
    case RosterCheck::Size::TooMany:
        m_size->setText(tr("⚠ %1 people. Three to nine work best: with more, quieter voices "
                           "get lost. Consider a second session.")
                            .arg(check.people));
        break;
    case RosterCheck::Size::Good:
        m_size->setText(tr("✓ %1 people — a good size for one conversation.").arg(check.people));
        break;
    }
    if (check.missingDisciplines.isEmpty()) {
        m_missing->setText(tr("✓ Every usual discipline is here."));
    } else {
        QStringList names;
        for (const QString& key : check.missingDisciplines)
            names << disciplineName(key);
        m_missing->setText(tr("Nobody speaks for %1. Whose view of customers will be missing?")
                               .arg(names.join(tr(", "))));
    }
}

void OpeningPage::showQuestion(int index) {
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    if (questions.isEmpty())
        return;
    index = std::clamp(index, 0, int(questions.size()) - 1);
    if (index == m_index)
        return;
    m_index = index;
    const OpeningQuestion& q = questions.at(index);
    m_counter->setText(
        tr("Question %1 of %2 — on the projector").arg(index + 1).arg(questions.size()));
    m_question->setText(q.question);
    showFacilitatorNotes();
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < questions.size());
    if (m_context.store.stageState(m_context.workshopId, m_stageKey).focus != index)
        m_context.store.setStageFocus(m_context.workshopId, m_stageKey, index);
}

void OpeningPage::showFacilitatorNotes() {
    // The guide to the question and the room's notes are the facilitator's: while the laptop
    // goes round they are not merely hidden but emptied, so nothing of them can be reached.
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    const bool passing = m_context.passingLaptop();
    const bool shown = !passing && m_index >= 0 && m_index < questions.size();
    m_guide->setText(shown ? questions.at(m_index).note : QString());
    m_guide->setVisible(shown);
    const QSignalBlocker blocker(m_notes);
    m_notes->setPlainText(
        shown ? m_context.store.questionNotes(m_context.workshopId).value(questions.at(m_index).key)
              : QString());
    m_notes->setVisible(shown);
}

void OpeningPage::saveNote() {
    const QList<OpeningQuestion>& questions = Playbook::standard().openingQuestions();
    if (m_index < 0 || m_index >= questions.size() || m_context.passingLaptop())
        return;
    const QString key = questions.at(m_index).key;
    m_context.session.push(TeachingEdits::setQuestionNote(
        m_context.store, m_context.workshopId, key, m_notes->toPlainText(),
        m_typing->key(QStringLiteral("question-%1").arg(key), m_notes)));
}
