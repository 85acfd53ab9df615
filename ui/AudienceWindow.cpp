#include "AudienceWindow.h"

#include "AudienceStyle.h"
#include "Theme.h"
#include "agenda/AgendaRunner.h"
#include "playbook/Playbook.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageRegistry.h"
#include "stages/common/StageWidgets.h"
#include "widgets/CountdownDisplay.h"
#include "widgets/ElidedLabel.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace AudienceStyle;

AudienceWindow::AudienceWindow(WorkshopSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(&session)
    , m_context(StageContext::of(session))
    , m_runner(&session.runner())
    , m_layers(new QStackedLayout)
    , m_stageLayer(new QWidget(this))
    , m_blankLayer(new QWidget(this))
    , m_checklistLayer(new QWidget(this))
    , m_joinLayer(new JoinCard(this))
    , m_title(projectorLabel(m_stageLayer, TitlePoints, QFont::Bold, "projectorTitle"))
    , m_prompt(projectorLabel(m_stageLayer, PromptPoints, QFont::Normal, "projectorPrompt"))
    , m_timer(new CountdownDisplay(m_stageLayer))
    , m_contentSlot(new QWidget(m_stageLayer))
    , m_progress(projectorLabel(m_stageLayer, FooterPoints, QFont::Normal, "projectorProgress"))
    , m_workshopTitle(new ElidedLabel({}, m_stageLayer))
    , m_checklist(
          projectorLabel(m_checklistLayer, PromptPoints - 4, QFont::Normal, "projectorChecklist")) {
    setObjectName(QStringLiteral("audienceWindow"));
    setWindowTitle(tr("Lodestar — projector"));
    setAccessibleName(tr("Projector"));
    setAttribute(Qt::WA_StyledBackground);
    m_blankLayer->setObjectName(QStringLiteral("projectorBlank"));
    m_blankLayer->setAttribute(Qt::WA_StyledBackground);
    m_timer->setPixelHeight(TimerPixels);
    m_timer->setFocusPolicy(Qt::NoFocus);
    m_progress->setWordWrap(false);
    // One line, shortened to the footer: a long workshop title never pushes the dots away.
    m_workshopTitle->setObjectName(QStringLiteral("projectorWorkshop"));
    m_workshopTitle->setFont(Theme::font(FooterPoints, QFont::Normal));
    m_workshopTitle->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_checklist->setTextFormat(Qt::RichText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1, Qt::AlignTop);
    top->addWidget(m_timer, 0, Qt::AlignTop | Qt::AlignRight);
    auto* content = new QVBoxLayout(m_contentSlot);
    content->setContentsMargins(0, 0, 0, 0);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addStretch();
    bottom->addWidget(m_workshopTitle, 1);
    auto* stage = new QVBoxLayout(m_stageLayer);
    m_stageLayout = stage;
    stage->addLayout(top);
    stage->addWidget(m_prompt);
    stage->addWidget(m_contentSlot, 1);
    stage->addLayout(bottom);

    auto* checklist = new QVBoxLayout(m_checklistLayer);
    checklist->setContentsMargins(96, 64, 96, 64);
    checklist->addWidget(m_checklist);
    checklist->addStretch();

    m_layers->setStackingMode(QStackedLayout::StackOne);
    // The window keeps the size it is given (the projector's screen): a stage with more
    // content than fits must page or wrap, never make the window grow past the screen.
    m_layers->setSizeConstraint(QLayout::SetNoConstraint);
    m_layers->addWidget(m_stageLayer);
    m_layers->addWidget(m_blankLayer);
    m_layers->addWidget(m_checklistLayer);
    m_examplesLayer = createExamplesLayer();
    m_layers->addWidget(m_examplesLayer);
    m_layers->addWidget(m_joinLayer);
    setLayout(m_layers);
    QList<std::pair<QString, QString>> criteria;
    for (const ChecklistCriterion& c : Playbook::standard().checklist())
        criteria.append({c.title, c.meaning});
    setChecklist(criteria);

    connect(m_runner, &AgendaRunner::stageChanged, this, &AudienceWindow::showStage);
    connect(m_runner, &AgendaRunner::planChanged, this, &AudienceWindow::refreshProgress);
    connect(m_runner, &AgendaRunner::timeChanged, this, &AudienceWindow::refreshTimer);
    connect(m_runner, &AgendaRunner::timerRunningChanged, this, &AudienceWindow::refreshTimer);
    connect(&session, &WorkshopSession::closing, this, &AudienceWindow::release);
    // What lies over the stage: the session's, whoever changes it and whenever.
    connect(&session, &WorkshopSession::projectorChanged, this, &AudienceWindow::showLayer);
    applyLook();
    showStage();
    showLayer();
    resize(1280, 720);
    fitChrome();
}

void AudienceWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitChrome();
    if (m_content && m_runner && tightTitle() != m_timer->isTight())
        showStage(); // the title row changes height: the view sizes its page again
}

bool AudienceWindow::tightTitle() const {
    return m_runner && height() < TightTitleBelowHeight &&
           StageRegistry::projectorTightTitle(m_runner->current());
}

void AudienceWindow::fitChrome() {
    const bool compact = height() < CompactBelowHeight;
    const qreal titlePoints = compact ? CompactTitlePoints : TitlePoints;
    if (qFuzzyCompare(m_title->font().pointSizeF(), titlePoints))
        return; // already fitted: setting fonts again would lay out again
    const bool rebuild = m_content != nullptr; // built for the other size: build it again
    m_stageLayout->setContentsMargins(compact ? QMargins(40, 24, 40, 20)
                                              : QMargins(64, 48, 64, 40));
    m_stageLayout->setSpacing(compact ? 14 : 24);
    m_timer->setPixelHeight(compact ? CompactTimerPixels : TimerPixels);
    m_title->setFont(Theme::font(titlePoints, QFont::Bold));
    m_prompt->setFont(Theme::font(compact ? CompactPromptPoints : PromptPoints, QFont::Normal));
    // The cheat sheet's nine lines at the body size, closer together, on a small projector.
    for (QLabel* line : m_examplesLayer->findChildren<QLabel*>()) {
        if (line->objectName() == QLatin1String("projectorExample"))
            line->setFont(Theme::font(compact ? PromptPoints - 4 : ExampleMetricPoints));
        else if (line->objectName() == QLatin1String("projectorExampleCompany"))
            line->setFont(
                Theme::font(compact ? FooterPoints : ExampleCompanyPoints, QFont::DemiBold));
    }
    if (auto* sheet = qobject_cast<QVBoxLayout*>(m_examplesLayer->layout())) {
        sheet->setContentsMargins(compact ? QMargins(48, 28, 48, 28) : QMargins(96, 56, 96, 56));
        sheet->setSpacing(compact ? 20 : 48);
        if (auto* grid = qobject_cast<QGridLayout*>(sheet->itemAt(1)->layout()))
            grid->setVerticalSpacing(compact ? 6 : 28);
    }
    if (rebuild)
        showStage(); // the views size their pages to the window
}

void AudienceWindow::setLook(Look look) {
    m_look = look;
    applyLook();
}

void AudienceWindow::applyLook() {
    const bool dark = m_look == Look::Dark;
    const QColor background =
        dark ? Theme::color(Theme::Role::Night) : Theme::color(Theme::Role::Paper);
    const QColor text = dark ? Theme::color(Theme::Role::Paper) : Theme::color(Theme::Role::Ink);
    const QColor muted = dark ? QColor(0xC9, 0xCF, 0xDB) : Theme::color(Theme::Role::MutedInk);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Base, background);
    setPalette(p);
    // The console's style sheet must not leak into the projector: set every colour here.
    setStyleSheet(
        QStringLiteral("QWidget#audienceWindow { background: %1; }"
                       "QLabel { color: %2; background: transparent; }"
                       "QLabel#projectorProgress, QLabel#projectorWorkshop, "
                       "QLabel#projectorExampleCompany, QLabel#projectorJoinWifi { color: %3; }"
                       "QWidget#projectorBlank { background: black; }"
                       "QFrame#projectorCard { border: 1px solid %4; border-radius: 8px; "
                       "background: transparent; }"
                       "QFrame#projectorCardChosen { border: 4px solid %5; "
                       "border-radius: 8px; background: transparent; }")
            .arg(background.name(), text.name(), muted.name(),
                 dark ? QStringLiteral("rgba(227, 230, 236, 0.55)")
                      : Theme::color(Theme::Role::DisabledInk).name(),
                 Theme::color(Theme::Role::Star).name()));
    m_timer->setSurface(dark ? CountdownDisplay::Surface::ProjectorDark
                             : CountdownDisplay::Surface::ProjectorLight);
}

WorkshopSession* AudienceWindow::session() const {
    return m_session.data();
}

// What it showed stays the session's: whoever ends presenting decides what of it goes (a
// window deleted later must not undo what a newer one shows).
AudienceWindow::~AudienceWindow() = default;

void AudienceWindow::release() {
    delete m_content;
    m_content = nullptr;
    if (m_runner)
        m_runner->disconnect(this);
    if (m_session)
        m_session->disconnect(this);
    m_runner = nullptr;
    m_context.reset();
    m_session = nullptr;
    showLayer(); // the stage's chrome, nothing over it
}

void AudienceWindow::showStage() {
    if (!m_runner)
        return;
    const PlannedStage& stage = m_runner->current();
    m_title->setText(stage.title);
    const bool prompt = stage.prompt != stage.title && StageRegistry::projectorShowsPrompt(stage);
    m_prompt->setText(prompt ? stage.prompt : QString());
    m_prompt->setVisible(!m_prompt->text().isEmpty());
    // A tight title row also brings the stage's rows closer: the matrix needs every line.
    const bool tight = tightTitle();
    m_timer->setTight(tight);
    if (height() < CompactBelowHeight) {
        m_stageLayout->setContentsMargins(tight ? QMargins(40, 14, 40, 10)
                                                : QMargins(40, 24, 40, 20));
        m_stageLayout->setSpacing(tight ? 6 : 14);
    }
    delete m_content;
    m_content = StageRegistry::createProjectorView(stage, *m_context, m_contentSlot);
    if (m_content)
        m_contentSlot->layout()->addWidget(m_content);
    refreshProgress();
    refreshTimer();
}

void AudienceWindow::refreshTimer() {
    if (!m_runner)
        return;
    const Countdown& countdown = m_runner->countdown();
    m_timer->setTime(countdown.remainingMs(), countdown.phase(), countdown.isRunning());
}

void AudienceWindow::refreshProgress() {
    // One dot per block: filled for done, a ring for the current one.
    if (!m_runner)
        return;
    QString dots;
    const QList<PlannedStage>& stages = m_runner->stages();
    for (const auto& [blockKey, indexes] : m_runner->plan().blocks()) {
        bool current = false;
        bool done = true;
        bool skipped = true;
        for (int i : indexes) {
            current = current || stages[i].state == PlannedStage::State::Current;
            done = done && stages[i].state == PlannedStage::State::Done;
            skipped = skipped && stages[i].skipped;
        }
        if (skipped && !current)
            continue;
        dots += current ? QStringLiteral("◉ ") : done ? QStringLiteral("● ") : QStringLiteral("○ ");
    }
    m_progress->setText(dots.trimmed());
    m_progress->setAccessibleName(tr("Progress through the agenda"));
    m_workshopTitle->setFullText(m_runner->workshopTitle());
}

void AudienceWindow::present() {
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* primary = QGuiApplication::primaryScreen();
    QScreen* projector = nullptr;
    for (QScreen* screen : screens)
        if (screen != primary)
            projector = screen;
    if (projector) {
        setScreen(projector);
        setGeometry(projector->geometry());
        showFullScreen();
    } else {
        show(); // one screen: a window the facilitator can drag to the projector
    }
    raise();
}

void AudienceWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_B:
    case Qt::Key_Period: // what presentation remotes send for "black screen"
        toggleBlank();
        return;
    case Qt::Key_C:
        toggleChecklist();
        return;
    case Qt::Key_E:
        toggleExamples();
        return;
    case Qt::Key_J:
        toggleJoin();
        return;
    case Qt::Key_Escape:
        emit closeRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void AudienceWindow::closeEvent(QCloseEvent* event) {
    emit closeRequested();
    event->accept();
}
