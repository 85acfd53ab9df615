#include "SilentPage.h"
#include "domain/StageKeys.h"

#include "InputGuard.h"
#include "SilentColumn.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaPlan.h"
#include "playbook/Playbook.h"
#include "session/DraftCommands.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

QString templateSentence() {
    const auto t = Playbook::standard().fillInTemplate(QStringLiteral("candidate"));
    return t ? t->filled() : QString();
}

} // namespace

SilentPage::SilentPage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_turn(new QComboBox(this))
    , m_mask(new QPushButton(tr("Mask others"), this))
    , m_reveal(new QPushButton(this))
    , m_summary(StageWidgets::label({}, this, "silentSummary"))
    , m_pager(new QWidget(this))
    , m_pageLabel(StageWidgets::label({}, m_pager))
    , m_previousPage(new QPushButton(tr("◀ Previous people"), m_pager))
    , m_nextPage(new QPushButton(tr("Next people ▶"), m_pager))
    , m_scroll(new QScrollArea(this))
    , m_columnsLayout(new QHBoxLayout)
    , m_building(new QTimer(this)) {
    setObjectName(QStringLiteral("silentPage"));
    setStyleSheet(Theme::draftCardsSheet());
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);
    layout->addWidget(createControls());

    auto* host = new QWidget(m_scroll);
    // The columns grow with every card a phone writes; growing, the page repaints only what
    // it uncovers, not every editor in view (see SilentColumn, whose contents are static too).
    host->setAttribute(Qt::WA_StaticContents);
    auto* hostLayout = new QHBoxLayout(host);
    hostLayout->setContentsMargins(0, 0, 0, 8);
    m_columnsLayout->setSpacing(12);
    hostLayout->addLayout(m_columnsLayout);
    hostLayout->addStretch();
    m_scroll->setWidget(host);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Everybody's cards"));
    layout->addWidget(m_scroll, 1);
    m_building->setSingleShot(true);
    m_building->setInterval(0);
    connect(m_building, &QTimer::timeout, this, &SilentPage::buildNearColumns);
    // Scrolled, or the view resized: columns and cards coming near get their editors.
    QScrollBar* across = m_scroll->horizontalScrollBar();
    connect(across, &QScrollBar::valueChanged, m_building, qOverload<>(&QTimer::start));
    connect(across, &QScrollBar::rangeChanged, m_building, qOverload<>(&QTimer::start));
    QScrollBar* down = m_scroll->verticalScrollBar();
    connect(down, &QScrollBar::valueChanged, m_building, qOverload<>(&QTimer::start));
    connect(down, &QScrollBar::rangeChanged, m_building, qOverload<>(&QTimer::start));

    auto* next = new QAction(this);
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    connect(next, &QAction::triggered, this, [this] { addCard(); });
    auto* nextPerson = new QAction(this);
    nextPerson->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    nextPerson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextPerson);
    connect(nextPerson, &QAction::triggered, this, [this] { stepPerson(1); });
    auto* previousPerson = new QAction(this);
    previousPerson->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previousPerson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(previousPerson);
    connect(previousPerson, &QAction::triggered, this, [this] { stepPerson(-1); });
    // Showing the cards (to the room, or on this laptop) takes a click or its own deliberate
    // shortcut; Space, Enter or a letter pressed by mistake never does it.
    auto* reveal = new QAction(this);
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    addAction(reveal);
    connect(reveal, &QAction::triggered, this, &SilentPage::toggleReveal);
    auto* mask = new QAction(this);
    mask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    addAction(mask);
    connect(mask, &QAction::triggered, this, [this] { setMasked(!m_mask->isChecked()); });
    InputGuard::markRevealing(m_reveal);
    InputGuard::markRevealing(m_mask);

    connect(m_turn, &QComboBox::activated, this,
            [this] { setCurrentPerson(m_turn->currentData().toLongLong()); });
    connect(m_mask, &QAbstractButton::toggled, this, &SilentPage::setMasked);
    connect(m_reveal, &QAbstractButton::clicked, this, &SilentPage::toggleReveal);
    connect(m_previousPage, &QAbstractButton::clicked, this, [this] { showPage(-1); });
    connect(m_nextPage, &QAbstractButton::clicked, this, [this] { showPage(1); });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { followFocus(now); });
    const qint64 workshopId = m_context.workshopId;
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this, workshopId](const WorkshopChanges& changes) {
                if (changes.has(workshopId, ChangeKind::Candidate))
                    refreshCards(changes.candidateIds.isEmpty() ? nullptr : &changes.candidateIds);
                if (changes.has(workshopId, ChangeKind::Roster))
                    rebuildColumns();
                if (changes.hasStage(workshopId, StageKeys::Silent, ChangeKind::StageState))
                    refreshReveal();
            });
    // Passed round the room, the console masks everybody but the current writer whatever
    // "Mask others" says, and the reveal waits for the facilitator.
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this, [this] {
            setMasked(m_context.session.console().silentMasked);
            refreshReveal();
        });
    m_mask->setChecked(m_context.session.console().silentMasked);
    rebuildColumns();
    refreshReveal();
}

QWidget* SilentPage::createControls() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card({}, this, &body);
    m_turn->setAccessibleName(tr("Whose turn it is to write"));
    m_turn->setToolTip(tr("Alt+Down and Alt+Up pass the laptop to the next or previous person"));
    m_turn->setMinimumContentsLength(14);
    m_mask->setCheckable(true);
    m_mask->setAccessibleName(tr("Mask everybody's cards but the current person's"));
    m_mask->setToolTip(tr("For when the console is on the wall or passed round. Only this "
                          "laptop is affected. Ctrl+Shift+M"));
    m_reveal->setObjectName(QStringLiteral("primary"));
    m_reveal->setToolTip(tr("Ctrl+Shift+R"));
    auto* nextPerson = new QPushButton(tr("Next person"), frame);
    nextPerson->setAccessibleName(tr("Pass to the next person"));
    nextPerson->setToolTip(tr("Alt+Down"));
    connect(nextPerson, &QAbstractButton::clicked, this, [this] { stepPerson(1); });

    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    QLabel* turnLabel = StageWidgets::label(tr("Whose turn:"), frame, "sectionTitle");
    turnLabel->setWordWrap(false);
    turnLabel->setBuddy(m_turn);
    row->addWidget(turnLabel);
    row->addWidget(m_turn);
    row->addWidget(nextPerson);
    row->addWidget(m_mask);
    row->addStretch(1);
    body->addLayout(row);
    // The count and Reveal on a line of their own: on a 1280-px console the five controls in
    // one row were wider than the page, and Reveal was cut off at the edge.
    auto* revealRow = new QHBoxLayout;
    revealRow->setSpacing(10);
    revealRow->addWidget(m_summary, 1);
    revealRow->addWidget(m_reveal);
    body->addLayout(revealRow);

    body->addWidget(StageWidgets::hint(
        tr("Template: %1  Ctrl+Enter adds the next card for whoever's turn it is.")
            .arg(templateSentence()),
        frame));

    m_pageLabel->setObjectName(QStringLiteral("silentPageLabel"));
    m_previousPage->setAccessibleName(tr("Show the previous people's cards on the projector"));
    m_nextPage->setAccessibleName(tr("Show the next people's cards on the projector"));
    auto* pager = new QHBoxLayout(m_pager);
    pager->setContentsMargins(0, 0, 0, 0);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previousPage);
    pager->addWidget(m_nextPage);
    body->addWidget(m_pager);
    return frame;
}

qint64 SilentPage::currentPerson() const {
    const qint64 id = m_context.session.console().silentTurn;
    return m_people.contains(id) ? id : m_people.value(0);
}

void SilentPage::refreshReveal() {
    const StageState state = m_context.store.stageState(m_context.workshopId, StageKeys::Silent);
    m_reveal->setText(state.revealed ? tr("Hide the cards again") : tr("Reveal the cards"));
    m_reveal->setAccessibleName(state.revealed ? tr("Hide the cards from the room again")
                                               : tr("Reveal everybody's cards to the room"));
    // Restyled only when its look changes: polishing it again re-measures it and lays the
    // controls out again.
    const QString look = state.revealed ? QString() : QStringLiteral("primary");
    if (m_reveal->objectName() != look) {
        m_reveal->setObjectName(look);
        m_reveal->style()->unpolish(m_reveal);
        m_reveal->style()->polish(m_reveal);
    }
    m_reveal->setEnabled(!m_context.passingLaptop());
    refreshPager(state);
}

void SilentPage::refreshPager(const StageState& state) {
    // The projector pages through the same columns as here, "Without a name" last.
    QList<qint64> columns = m_people;
    if (m_columns.contains(NoAuthorColumn))
        columns << NoAuthorColumn;
    const int pages = DraftText::pageCount(int(columns.size()));
    m_pager->setVisible(state.revealed && pages > 1);
    const int page = std::clamp(state.focus, 0, pages - 1);
    const int per = DraftText::perPage(int(columns.size()));
    QStringList shown;
    for (qsizetype i = qsizetype(page) * per;
         i < std::min<qsizetype>((page + 1) * per, columns.size()); ++i)
        shown << m_columns.value(columns.at(i))->personName().simplified();
    m_pageLabel->setText(tr("The room sees %1 (%2 of %3)")
                             .arg(UserText::isolateEach(shown, QStringLiteral(", ")))
                             .arg(page + 1)
                             .arg(pages));
    m_previousPage->setEnabled(page > 0);
    m_nextPage->setEnabled(page + 1 < pages);
}

void SilentPage::setCurrentPerson(qint64 personId) {
    if (!m_people.contains(personId))
        return;
    m_context.session.console().silentTurn = personId;
    for (SilentColumn* column : std::as_const(m_columns))
        column->setCurrent(column->personId() == personId);
    m_turn->setCurrentIndex(m_turn->findData(personId));
    setMasked(m_context.session.console().silentMasked); // not the forced tick
    SilentColumn* column = m_columns.value(personId);
    m_scroll->ensureWidgetVisible(column, 24, 0);
    if (!column->isAncestorOf(QApplication::focusWidget()))
        column->focusWriting();
}

void SilentPage::setMasked(bool masked) {
    // The facilitator's own choice is remembered; pass-the-laptop mode masks on top of it.
    m_context.session.console().silentMasked = masked;
    const bool passing = m_context.passingLaptop();
    {
        const QSignalBlocker blocker(m_mask);
        m_mask->setChecked(masked || passing);
    }
    m_mask->setEnabled(!passing);
    const qint64 current = currentPerson();
    for (SilentColumn* column : std::as_const(m_columns)) {
        column->setMasked((masked || passing) && column->personId() != current);
        column->setCurrent(column->personId() == current);
    }
    m_turn->setCurrentIndex(m_turn->findData(current));
    m_building->start(); // a column unmasked far from the view made no editors
}

void SilentPage::addCard(qint64 personId) {
    if (personId == 0)
        personId = currentPerson();
    if (!m_columns.contains(personId))
        return;
    if (personId != currentPerson() && personId != NoAuthorColumn)
        setCurrentPerson(personId);
    const QList<Candidate> all = m_context.store.candidates(m_context.workshopId);
    Candidate card;
    card.workshopId = m_context.workshopId;
    card.kind = CandidateKind::Own;
    card.authorId = personId == NoAuthorColumn ? 0 : personId;
    for (const Candidate& c : all)
        card.position = std::max(card.position, c.position + 1);
    auto* command = new AddCardCommand(
        m_context.store, card, {},
        tr("Add a card for %1").arg(UserText::isolate(m_columns.value(personId)->personName())));
    // A card whose write failed is dropped with its command: there is nothing to focus.
    if (!m_context.session.push(command))
        return;
    if (DraftCardEditor* editor = m_columns.value(personId)->editor(command->candidateId())) {
        m_scroll->ensureWidgetVisible(editor);
        editor->nameEdit()->setFocus();
    }
}

void SilentPage::toggleReveal() {
    const bool revealed = Reveal::cardsRevealed(m_context.store, m_context.workshopId);
    m_context.session.push(
        DraftCommands::setRevealed(m_context.store, m_context.workshopId, !revealed));
}

void SilentPage::stepPerson(int delta) {
    if (m_people.isEmpty())
        return;
    const qsizetype at = m_people.indexOf(currentPerson());
    const qsizetype n = m_people.size();
    setCurrentPerson(m_people.at(((at + delta) % n + n) % n));
    m_columns.value(currentPerson())->focusWriting();
}

void SilentPage::showPage(int delta) {
    const int pages =
        DraftText::pageCount(int(m_people.size() + (m_columns.contains(NoAuthorColumn) ? 1 : 0)));
    const int focus = m_context.store.stageState(m_context.workshopId, StageKeys::Silent).focus;
    m_context.store.setStageFocus(m_context.workshopId, StageKeys::Silent,
                                  std::clamp(focus + delta, 0, pages - 1));
}

void SilentPage::followFocus(QWidget* now) {
    for (QWidget* w = now; w; w = w->parentWidget())
        if (auto* column = qobject_cast<SilentColumn*>(w)) {
            if (column->personId() != currentPerson() && !column->isMasked())
                setCurrentPerson(column->personId());
            return;
        }
}
