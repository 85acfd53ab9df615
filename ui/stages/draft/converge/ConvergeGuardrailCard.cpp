#include "ConvergeGuardrailCard.h"

#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "scoring/ConvergeCheck.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

ConvergeGuardrailCard::ConvergeGuardrailCard(StageContext& context, TypingSessions& typing,
                                             QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_game(new QComboBox(this))
    , m_guardrailName(new QLineEdit(this))
    , m_guardrailDefinition(new QLineEdit(this))
    , m_belief(StageWidgets::label({}, this, "beliefSentence")) {
    setObjectName(QStringLiteral("card"));
    m_game->setObjectName(QStringLiteral("convergeGame"));
    m_game->setAccessibleName(tr("The game we are playing"));
    m_game->addItem(tr("Not decided yet"), gameKey(Game::Undecided));
    for (const GameGuide& guide : Playbook::standard().games()) {
        m_game->addItem(tr("%1 game").arg(guide.title), guide.key);
        m_game->setItemData(m_game->count() - 1, guide.question, Qt::ToolTipRole);
    }
    m_guardrailName->setObjectName(QStringLiteral("guardrailName"));
    m_guardrailName->setAccessibleName(tr("Guardrail metric: name"));
    TextLimit::apply(m_guardrailName, TextLimits::ShortText);
    m_guardrailName->setPlaceholderText(tr("optional, e.g. average recipe rating"));
    m_guardrailDefinition->setObjectName(QStringLiteral("guardrailDefinition"));
    m_guardrailDefinition->setAccessibleName(tr("Guardrail metric: definition"));
    TextLimit::apply(m_guardrailDefinition, TextLimits::LongText);
    m_guardrailDefinition->setPlaceholderText(
        tr("what it measures, and the line it must not cross"));
    m_belief->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_belief->setAccessibleName(tr("The belief sentence"));
    m_typing.watch(m_guardrailName);
    m_typing.watch(m_guardrailDefinition);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("Game"), m_game);
    form->addRow(tr("Guardrail"), m_guardrailName);
    form->addRow(tr("Defined as"), m_guardrailDefinition);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(StageWidgets::label(tr("Game, guardrail and belief"), this, "sectionTitle"));
    layout->addLayout(form);
    layout->addWidget(StageWidgets::hint(
        tr("A guardrail is a metric that must not get worse while the North Star grows."), this));
    layout->addSpacing(4);
    layout->addWidget(m_belief);

    connect(m_game, &QComboBox::activated, this, [this] {
        const Game game = gameFromKey(m_game->currentData().toString());
        if (QUndoCommand* command =
                ConvergeCommands::setGame(m_context.store, m_context.workshopId, game,
                                          tr("Set the game to %1").arg(m_game->currentText())))
            m_context.session.push(command);
    });
    connect(m_guardrailName, &QLineEdit::textChanged, this, [this] {
        saveText(m_guardrailName, &Workshop::guardrailName, tr("Edit the guardrail's name"),
                 QStringLiteral("guardrail-name"));
    });
    connect(m_guardrailDefinition, &QLineEdit::textChanged, this, [this] {
        saveText(m_guardrailDefinition, &Workshop::guardrailDefinition,
                 tr("Edit the guardrail's definition"), QStringLiteral("guardrail-definition"));
    });
    refresh();
}

void ConvergeGuardrailCard::refresh() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop)
        return;
    const int game = m_game->findData(gameKey(workshop->game));
    if (game >= 0 && game != m_game->currentIndex())
        m_game->setCurrentIndex(game);
    if (m_guardrailName->text() != workshop->guardrailName)
        m_guardrailName->setText(workshop->guardrailName);
    if (m_guardrailDefinition->text() != workshop->guardrailDefinition) {
        m_guardrailDefinition->setText(workshop->guardrailDefinition);
        if (!m_guardrailDefinition->hasFocus())
            m_guardrailDefinition->setCursorPosition(0);
    }
    const auto metric = workshop->northStarId ? m_context.store.candidate(workshop->northStarId)
                                              : std::optional<Candidate>();
    const QString belief =
        metric ? ConvergeCheck::beliefSentence(*metric, m_context.store.inputs(metric->id))
               : QString();
    m_belief->setText(belief.isEmpty()
                          ? tr("The belief sentence appears once the North Star and an input "
                               "have names.")
                          : belief);
}

void ConvergeGuardrailCard::saveText(QLineEdit* edit, QString Workshop::*field, const QString& what,
                                     const QString& key) {
    if (QUndoCommand* command =
            ConvergeCommands::editWorkshop(m_context.store, m_context.workshopId, field,
                                           edit->text(), what, m_typing.key(key, edit)))
        m_context.session.push(command);
}
