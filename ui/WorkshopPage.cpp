#include "WorkshopPage.h"

#include "Theme.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageRegistry.h"
#include "storage/WorkshopStore.h"
#include "widgets/CountdownDisplay.h"
#include "widgets/ElidedLabel.h"
#include "widgets/PassLaptopBanner.h"
#include "widgets/ScriptPanel.h"
#include "widgets/StageRail.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QToolButton* timerButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->toolTip());
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
// In place of a stage page full of cards nobody has revealed yet, while the laptop goes
// round: whoever holds it sees why, not the cards.
QWidget* privacyNote(QWidget* parent) {
    auto* note = new QWidget(parent);
    note->setObjectName(QStringLiteral("privacyNote"));
    auto* layout = new QVBoxLayout(note);
    layout->setContentsMargins(48, 48, 48, 48);
    auto* text = new QLabel(WorkshopPage::tr("The silent brainstorm's cards are still private. "
                                             "They appear here once the facilitator has "
                                             "revealed them."),
                            note);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("font-size: 14pt;"));
    layout->addWidget(text);
    layout->addStretch();
    return note;
}
} // namespace

WorkshopPage::WorkshopPage(WorkshopStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new ElidedLabel({}, this))
    , m_people(new ElidedLabel({}, this))
    , m_countdown(new CountdownDisplay(this))
    , m_startPause(nullptr)
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_stageArea(new QStackedWidget(this))
    , m_passLaptop(new PassTheLaptop(this))
    , m_passBanner(new PassLaptopBanner(this)) {
    setObjectName(QStringLiteral("workshopPage"));
    createActions();
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_people->setObjectName(QStringLiteral("workshopPeople"));
    m_people->setTextFormat(Qt::PlainText);
    m_people->setStyleSheet(
        QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::MutedInk).name()));
    m_countdown->setPixelHeight(44);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_people);
    m_startPause = timerButton(m_toggleTimer, this);
    m_startPause->setObjectName(QStringLiteral("primary"));
    auto* header = new QHBoxLayout;
    header->setContentsMargins(24, 14, 24, 10);
    header->addLayout(titles, 1);
    header->addWidget(m_countdown);
    header->addSpacing(8);
    header->addWidget(m_startPause);
    header->addWidget(timerButton(m_minusMinute, this));
    header->addWidget(timerButton(m_plusMinute, this));
    header->addWidget(timerButton(m_resetTimer, this));

    auto* headerFrame = new QFrame(this);
    headerFrame->setObjectName(QStringLiteral("consoleHeader"));
    headerFrame->setStyleSheet(QStringLiteral("QFrame#consoleHeader { background: white; "
                                              "border-bottom: 1px solid %1; }")
                                   .arg(Theme::color(Theme::Role::Mist).name()));
    headerFrame->setLayout(header);

    m_stageArea->setObjectName(QStringLiteral("stageArea"));
    m_body->setChildrenCollapsible(false);
    connect(m_body, &QSplitter::splitterMoved, this, [this] { m_panesMoved = true; });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(headerFrame);
    layout->addWidget(m_passBanner);
    layout->addWidget(m_body, 1);
    m_passBanner->hide();
    connect(m_passBanner, &PassLaptopBanner::leaveRequested, this,
            &WorkshopPage::leavePassTheLaptop);
    connect(m_passLaptop, &PassTheLaptop::changed, this, [this] {
        if (m_runner && cardsPrivateHere() != m_showingPrivacyNote)
            showStagePage();
    });
}

WorkshopPage::~WorkshopPage() {
    clearBody();
}

void WorkshopPage::createActions() {
    auto make = [this](const QString& text, const QString& tip, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        addAction(action);
        return action;
    };
    m_toggleTimer = make(tr("Start"), tr("Start or pause the timer"), QKeySequence(Qt::Key_Space));
    m_minusMinute = make(tr("−1 min"), tr("One minute less for this stage"),
                         QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_plusMinute = make(tr("+1 min"), tr("One minute more for this stage"),
                        QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_resetTimer = make(tr("Reset"), tr("Reset the timer to the stage's full time"),
                        QKeySequence(Qt::CTRL | Qt::Key_R));
    m_next = make(tr("&Next stage"), tr("Go to the next stage"),
                  QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previous = make(tr("&Previous stage"), tr("Go to the previous stage"),
                      QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_toggleScript = new QAction(tr("&Script and notes"), this);
    m_toggleScript->setCheckable(true);
    m_toggleScript->setChecked(true);
    m_toggleScript->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(m_toggleScript);

    connect(m_toggleTimer, &QAction::triggered, this, [this] { m_runner->toggleTimer(); });
    connect(m_minusMinute, &QAction::triggered, this, [this] { m_runner->adjustMinutes(-1); });
    connect(m_plusMinute, &QAction::triggered, this, [this] { m_runner->adjustMinutes(+1); });
    connect(m_resetTimer, &QAction::triggered, this, [this] { m_runner->resetTimer(); });
    connect(m_next, &QAction::triggered, this, [this] { m_runner->next(); });
    connect(m_previous, &QAction::triggered, this, [this] { m_runner->previous(); });
    connect(m_toggleScript, &QAction::toggled, this, [this](bool on) {
        if (m_script)
            m_script->setVisible(on);
        fitPanes();
    });

    m_passLaptopAction = new QAction(tr("&Pass the laptop round"), this);
    m_passLaptopAction->setToolTip(tr("Hide notes, running tallies and other people's cards "
                                      "while the laptop goes round the room"));
    m_passLaptopAction->setCheckable(true);
    m_passLaptopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_passLaptopAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_passLaptopAction);
    // Leaving is deliberate: unticking asks, and a "no" keeps the mode (and the tick).
    connect(m_passLaptopAction, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            enterPassTheLaptop();
        else if (!leavePassTheLaptop())
            m_passLaptopAction->setChecked(true);
    });
}

void WorkshopPage::setLeaveConfirmation(std::function<bool(QWidget*)> confirm) {
    m_confirmLeave = std::move(confirm);
}

void WorkshopPage::enterPassTheLaptop() {
    m_passLaptopAction->setChecked(true);
    m_passBanner->show();
    // The notes are not merely hidden: the panel goes, so nothing of it can be reached.
    delete m_script;
    m_script = nullptr;
    m_toggleScript->setEnabled(false);
    m_passLaptop->setOn(true);
}

bool WorkshopPage::leavePassTheLaptop() {
    if (!m_passLaptop->isOn())
        return true;
    const auto ask = [](QWidget* parent) {
        return QMessageBox::question(parent, tr("Leave pass-the-laptop mode"),
                                     tr("Show the facilitator's notes, the running tallies and "
                                        "everybody's cards on this laptop again?"),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    if (!(m_confirmLeave ? m_confirmLeave(this) : ask(this)))
        return false;
    m_passLaptop->setOn(false);
    m_passLaptopAction->setChecked(false);
    m_passBanner->hide();
    m_toggleScript->setEnabled(true);
    createScriptPanel();
    return true;
}

void WorkshopPage::createScriptPanel() {
    if (!m_runner || m_script || m_passLaptop->isOn())
        return;
    m_script = new ScriptPanel(*m_session, m_body);
    m_script->setVisible(m_toggleScript->isChecked());
    m_body->insertWidget(2, m_script);
    m_body->setStretchFactor(2, 0);
    fitPanes();
}

QList<QAction*> WorkshopPage::timerActions() const {
    return {m_toggleTimer, m_minusMinute, m_plusMinute, m_resetTimer};
}

QList<QAction*> WorkshopPage::navigationActions() const {
    return {m_next, m_previous};
}

QWidget* WorkshopPage::stagePage() const {
    auto* scroll = qobject_cast<QScrollArea*>(m_stageArea->currentWidget());
    return scroll ? scroll->widget() : nullptr;
}

void WorkshopPage::clearBody() {
    while (QWidget* page = m_stageArea->currentWidget()) {
        m_stageArea->removeWidget(page);
        delete page;
    }
    delete m_rail;
    delete m_script;
    m_rail = nullptr;
    m_script = nullptr;
}

WorkshopSession* WorkshopPage::session() const {
    return m_session.data();
}

AgendaRunner* WorkshopPage::runner() const {
    return m_runner;
}

void WorkshopPage::closeWorkshop() {
    if (!m_runner)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_runner->disconnect(this);
    clearBody();
    emit runnerChanged(nullptr);
    m_context.reset();
    m_runner = nullptr;
    m_session = nullptr;
    m_workshopId = 0;
    for (QAction* action : timerActions() + navigationActions())
        action->setEnabled(false);
}

void WorkshopPage::showWorkshop(WorkshopSession& session) {
    closeWorkshop();
    m_session = &session;
    m_workshopId = session.workshopId();
    m_runner = &session.runner();
    m_context = std::make_unique<StageContext>(StageContext::of(session, m_passLaptop));
    // The pages hold the session's runner and stack: they go before the session does.
    connect(&session, &WorkshopSession::closing, this, &WorkshopPage::closeWorkshop);
    m_rail = new StageRail(session, m_body);
    m_body->addWidget(m_rail);
    m_body->addWidget(m_stageArea);
    createScriptPanel(); // not while the laptop is being passed round
    m_body->setStretchFactor(0, 0);
    m_body->setStretchFactor(1, 1);
    fitPanes();

    connect(m_runner, &AgendaRunner::stageChanged, this, &WorkshopPage::showStagePage);
    connect(m_runner, &AgendaRunner::timeChanged, this, &WorkshopPage::refreshTimer);
    connect(m_runner, &AgendaRunner::timerRunningChanged, this, &WorkshopPage::refreshTimer);
    for (QAction* action : timerActions() + navigationActions())
        action->setEnabled(true);
    refreshHeader();
    showStagePage();
    refreshTimer();
    emit runnerChanged(m_runner);
}

void WorkshopPage::fitPanes() {
    if (m_panesMoved || m_body->count() < 2)
        return;
    const int width = m_body->width();
    const int rail = std::clamp(width * 18 / 100, 230, 300);
    const bool withScript = m_body->count() > 2 && m_script && !m_script->isHidden();
    const int script = withScript ? std::clamp(width * 19 / 100, 240, 320) : 0;
    QList<int> sizes{rail, std::max(0, width - rail - script)};
    if (m_body->count() > 2)
        sizes << script;
    const QSignalBlocker blocker(m_body);
    m_body->setSizes(sizes);
}

void WorkshopPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitPanes();
}

void WorkshopPage::refreshHeader() {
    const auto workshop = m_store.workshop(m_workshopId);
    if (!workshop)
        return;
    m_title->setFullText(workshop->title);
    QStringList people;
    for (const Participant& p : m_store.participants(m_workshopId))
        people << p.name;
    QStringList facts;
    if (!workshop->product.isEmpty())
        facts << workshop->product;
    if (!people.isEmpty())
        facts << people.join(QStringLiteral(", "));
    m_people->setFullText(facts.join(QStringLiteral("  ·  ")));
}

void WorkshopPage::showStagePage() {
    while (QWidget* page = m_stageArea->currentWidget()) {
        m_stageArea->removeWidget(page);
        // It may outlive the session until the event loop deletes it: it hears the library no
        // more, so nothing reaches its context after the session has closed.
        m_store.disconnect(page);
        for (QObject* part : page->findChildren<QObject*>())
            m_store.disconnect(part);
        page->deleteLater(); // it may be the sender of the click that moved us on
    }
    // On a small laptop screen a tall page scrolls rather than being cut at the bottom or
    // making the window grow past the screen.
    auto* scroll = new QScrollArea(m_stageArea);
    scroll->setObjectName(QStringLiteral("stageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_showingPrivacyNote = cardsPrivateHere();
    scroll->setWidget(m_showingPrivacyNote ? privacyNote(scroll)
                                           : StageRegistry::createConsolePage(m_runner->current(),
                                                                              *m_context, scroll));
    m_stageArea->addWidget(scroll);
    m_stageArea->setCurrentWidget(scroll);
}

bool WorkshopPage::cardsPrivateHere() const {
    const QString key = m_runner ? m_runner->current().key : QString();
    const bool draft = key == StageKeys::Pairs || key == StageKeys::Score ||
                       key == StageKeys::Decide || key == StageKeys::Converge;
    return draft && m_passLaptop->isOn() &&
           !m_store.stageState(m_workshopId, StageKeys::Silent).revealed;
}

void WorkshopPage::refreshTimer() {
    if (!m_runner)
        return;
    const Countdown& countdown = m_runner->countdown();
    m_countdown->setTime(countdown.remainingMs(), countdown.phase(), countdown.isRunning());
    const QString label = countdown.isRunning() ? tr("Pause") : tr("Start");
    if (m_toggleTimer->text() != label)
        m_toggleTimer->setText(label);
}
