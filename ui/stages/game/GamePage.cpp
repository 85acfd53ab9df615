#include "GamePage.h"

#include "agenda/AgendaPlan.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "session/ConvergeCommands.h"
#include "session/TeachingEdits.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

GamePage::GamePage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_choice(new QButtonGroup(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_valueExchange(new QLineEdit(this))
    , m_typing(new TypingSessions(this)) {
    setObjectName(QStringLiteral("gamePage"));
    const Playbook& playbook = Playbook::standard();
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (const GameGuide& guide : playbook.games())
        cards->addWidget(createGameCard(guide), 1);
    layout->addLayout(cards);
    // The room may want to think again: back to "not decided yet".
    auto* undecide = new QPushButton(tr("Not decided yet"), this);
    undecide->setObjectName(QStringLiteral("gameUndecided"));
    undecide->setAccessibleName(tr("Clear the game choice: not decided yet"));
    connect(undecide, &QPushButton::clicked, this, [this] {
        m_choice->setExclusive(false); // an exclusive group cannot uncheck its last button
        for (QAbstractButton* button : m_choice->buttons())
            button->setChecked(false);
        m_choice->setExclusive(true);
        choose(Game::Undecided);
    });
    auto* undecideRow = new QHBoxLayout;
    undecideRow->addStretch();
    undecideRow->addWidget(undecide);
    layout->addLayout(undecideRow);

    QVBoxLayout* body = nullptr;
    QFrame* why = StageWidgets::card(tr("Why this game"), this, &body);
    m_rationale->setObjectName(QStringLiteral("gameRationale"));
    m_rationale->setAccessibleName(tr("Why the room chose this game"));
    TextLimit::apply(m_rationale, TextLimits::LongText);
    m_rationale->setPlaceholderText(tr("In the room's words: how do we win when customers win?"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    m_valueExchange->setObjectName(QStringLiteral("valueExchange"));
    m_valueExchange->setAccessibleName(tr("The moment of value exchange"));
    TextLimit::apply(m_valueExchange, TextLimits::LongText);
    m_valueExchange->setPlaceholderText(tr("The moment a customer gets what they came for"));
    auto* coaching = StageWidgets::hint(tr("Coaching point: %1").arg(playbook.gameCoaching()), why);
    coaching->setObjectName(QStringLiteral("gameCoaching"));
    body->addWidget(m_rationale);
    body->addWidget(StageWidgets::label(tr("The moment of value exchange"), why, "sectionTitle"));
    body->addWidget(m_valueExchange);
    body->addWidget(coaching);
    layout->addWidget(why);
    layout->addStretch();

    load();
    connect(m_choice, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<Game>(id)); });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &GamePage::saveText);
    // Any change of the text is saved, typed or not (a screen reader, dictation).
    connect(m_valueExchange, &QLineEdit::textChanged, this, &GamePage::saveText);
    m_typing->watch(m_rationale);
    m_typing->watch(m_valueExchange);
    // A choice that could not be saved is not shown as made.
    connect(&m_context.session, &WorkshopSession::editFailed, this, &GamePage::load);
    // Undo and redo change the store under the page: follow it.
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Workshop | ChangeKind::GameTally))
                    load();
            });
}

QWidget* GamePage::createGameCard(const GameGuide& guide) {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card({}, this, &body);
    auto* radio = new QRadioButton(guide.title, frame);
    radio->setObjectName(QStringLiteral("choose_%1").arg(guide.key));
    radio->setAccessibleName(tr("Choose the %1 game").arg(guide.title));
    radio->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_choice->addButton(radio, static_cast<int>(guide.game));
    body->addWidget(radio);
    body->addWidget(StageWidgets::label(guide.question, frame));
    QStringList says;
    for (const QString& line : guide.weSay)
        says << QStringLiteral("• ") + line;
    body->addWidget(StageWidgets::hint(says.join(u'\n'), frame));
    body->addWidget(
        StageWidgets::hint(tr("Played by %1.").arg(guide.examples.join(tr(", "))), frame));
    body->addWidget(
        StageWidgets::hint(tr("For %1, a North Star could be “%2”: %3")
                               .arg(guide.sampleCompany, guide.sampleName, guide.sampleDefinition),
                           frame));
    body->addStretch();
    auto* hands = new QSpinBox(frame);
    hands->setObjectName(QStringLiteral("hands_%1").arg(guide.key));
    hands->setRange(0, 99);
    hands->setSpecialValueText(tr("not counted"));
    hands->setAccessibleName(tr("Hands raised for %1").arg(guide.title));
    auto* handsRow = new QHBoxLayout;
    handsRow->addWidget(StageWidgets::label(tr("Hands raised"), frame));
    handsRow->addWidget(hands);
    body->addLayout(handsRow);
    m_hands.insert(guide.game, hands);
    const Game game = guide.game;
    connect(hands, &QSpinBox::valueChanged, this, [this, game](int value) {
        m_context.session.push(
            TeachingEdits::setGameHands(m_context.store, m_context.workshopId, game, value));
    });
    return frame;
}

QAbstractButton* GamePage::choiceButton(Game game) const {
    return m_choice->button(static_cast<int>(game));
}

void GamePage::load() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop)
        return;
    // Only what differs from the page is set, so typing is never interrupted.
    if (QAbstractButton* button = choiceButton(workshop->game)) {
        button->setChecked(true);
    } else if (QAbstractButton* checked = m_choice->checkedButton()) {
        m_choice->setExclusive(false); // an exclusive group cannot uncheck its last button
        checked->setChecked(false);
        m_choice->setExclusive(true);
    }
    if (m_rationale->toPlainText() != workshop->gameRationale) {
        const QSignalBlocker blocker(m_rationale);
        m_rationale->setPlainText(workshop->gameRationale);
    }
    if (m_valueExchange->text() != workshop->valueExchange) {
        const QSignalBlocker blocker(m_valueExchange);
        m_valueExchange->setText(workshop->valueExchange);
    }
    const QMap<Game, int> tally = m_context.store.gameTally(m_context.workshopId);
    for (auto it = m_hands.cbegin(); it != m_hands.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setValue(tally.value(it.key()));
    }
}

void GamePage::choose(Game game) {
    auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop || workshop->game == game)
        return;
    m_context.session.push(ConvergeCommands::setGame(m_context.store, m_context.workshopId, game,
                                                     tr("Choose the game")));
}

void GamePage::saveText() {
    auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop)
        return;
    // One undo step per field and burst of typing.
    m_context.session.push(ConvergeCommands::editWorkshop(
        m_context.store, m_context.workshopId, &Workshop::gameRationale, m_rationale->toPlainText(),
        tr("Type why this game"), m_typing->key(QStringLiteral("game-rationale"), m_rationale)));
    m_context.session.push(ConvergeCommands::editWorkshop(
        m_context.store, m_context.workshopId, &Workshop::valueExchange, m_valueExchange->text(),
        tr("Type the moment of value exchange"),
        m_typing->key(QStringLiteral("value-exchange"), m_valueExchange)));
}
