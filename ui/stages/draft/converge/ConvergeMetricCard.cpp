#include "ConvergeMetricCard.h"

#include "ConvergeIssueLabel.h"
#include "Theme.h"
#include "UserText.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "scoring/ConvergeCheck.h"
#include "scoring/ListText.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

ConvergeMetricCard::ConvergeMetricCard(StageContext& context, TypingSessions& typing,
                                       QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_empty(
          StageWidgets::hint(tr("Choose a candidate above; its sentence is written here."), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_definition(new QPlainTextEdit(m_form))
    , m_nameError(new ConvergeIssueLabel(ConvergeIssueLabel::Level::Error, m_form))
    , m_definitionError(new ConvergeIssueLabel(ConvergeIssueLabel::Level::Error, m_form))
    , m_origin(StageWidgets::hint({}, m_form))
    , m_sentence(StageWidgets::label({}, m_form, "northStarSentence")) {
    setObjectName(QStringLiteral("card"));
    m_name->setObjectName(QStringLiteral("metricName"));
    m_name->setAccessibleName(tr("The North Star Metric's name"));
    TextLimit::apply(m_name, TextLimits::ShortText);
    m_name->setPlaceholderText(tr("a short name, e.g. weekly cooked meals"));
    m_name->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_definition->setObjectName(QStringLiteral("metricDefinition"));
    m_definition->setAccessibleName(tr("The North Star Metric's definition"));
    TextLimit::apply(m_definition, TextLimits::LongText);
    m_definition->setPlaceholderText(tr("what is counted, over what period, with what threshold"));
    m_definition->setTabChangesFocus(true);
    m_definition->setFixedHeight(64);
    m_nameError->setObjectName(QStringLiteral("metricNameError"));
    m_definitionError->setObjectName(QStringLiteral("metricDefinitionError"));
    // Read out loud in the room: set apart as a quotation, in the star accent.
    m_sentence->setStyleSheet(
        QStringLiteral("QLabel { font-size: 11.5pt; font-style: italic; "
                       "background: %1; border-left: 4px solid %2; "
                       "padding: 8px 12px; }")
            .arg(Theme::color(Theme::Role::Paper).name(), Theme::color(Theme::Role::Star).name()));
    m_sentence->setAccessibleName(tr("The North Star sentence"));
    m_typing.watch(m_name);
    m_typing.watch(m_definition);

    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(4);
    form->addWidget(StageWidgets::label(tr("Our North Star Metric is called"), m_form));
    form->addWidget(m_name);
    form->addWidget(m_nameError);
    form->addSpacing(4);
    form->addWidget(StageWidgets::label(tr("which we define as"), m_form));
    form->addWidget(m_definition);
    form->addWidget(m_definitionError);
    form->addWidget(m_origin);
    form->addSpacing(6);
    form->addWidget(m_sentence);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(StageWidgets::label(tr("Our North Star Metric"), this, "sectionTitle"));
    layout->addWidget(m_empty);
    layout->addWidget(m_form);

    // Any change of the text is saved, typed or not (a screen reader, dictation); a load
    // from the store changes nothing, so it makes no undo step.
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            saveName();
    });
    connect(m_definition, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            saveDefinition();
    });
    refresh();
}

void ConvergeMetricCard::refresh() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const auto metric = workshop && workshop->northStarId
                            ? m_context.store.candidate(workshop->northStarId)
                            : std::optional<Candidate>();
    m_candidateId = metric ? metric->id : 0;
    m_empty->setVisible(!metric);
    m_form->setVisible(metric.has_value());
    if (!metric)
        return;
    // Saved as typed, so the stored text differs from the field only after an undo, a redo
    // or another window's edit: then the field follows.
    if (m_name->text() != metric->name) {
        m_loading = true;
        m_name->setText(metric->name);
        m_loading = false;
    }
    if (m_definition->toPlainText() != metric->definition) {
        m_loading = true;
        m_definition->setPlainText(metric->definition);
        m_definition->moveCursor(QTextCursor::End);
        m_loading = false;
    }
    QStringList nameErrors;
    QStringList definitionErrors;
    for (const ConvergeIssue& issue : ConvergeCheck::check(*metric, {})) {
        if (issue.kind == ConvergeIssueKind::MissingMetricName)
            nameErrors << issue.message;
        else if (issue.kind == ConvergeIssueKind::MissingMetricDefinition)
            definitionErrors << issue.message;
    }
    m_nameError->setMessages(nameErrors);
    m_definitionError->setMessages(definitionErrors);
    const QString invalid =
        QStringLiteral("border: 2px solid %1;").arg(Theme::color(Theme::Role::Red).name());
    const QString nameSheet = QStringLiteral("font-size: 13pt; font-weight: 600;") +
                              (nameErrors.isEmpty() ? QString() : invalid);
    if (m_name->styleSheet() != nameSheet)
        m_name->setStyleSheet(nameSheet);
    const QString definitionSheet = definitionErrors.isEmpty() ? QString() : invalid;
    if (m_definition->styleSheet() != definitionSheet)
        m_definition->setStyleSheet(definitionSheet);

    QStringList sources;
    for (const Candidate& c : m_context.store.candidates(m_context.workshopId))
        if (metric->mergedFrom.contains(c.id))
            sources << tr("“%1”").arg(UserText::isolate(c.name));
    m_origin->setText(sources.isEmpty() ? QString()
                                        : tr("Built from %1.").arg(ListText::joined(sources)));
    m_origin->setVisible(!sources.isEmpty());
    const QString sentence = ConvergeCheck::northStarSentence(*metric);
    m_sentence->setText(sentence);
    m_sentence->setVisible(!sentence.isEmpty());
}

void ConvergeMetricCard::saveName() {
    if (m_candidateId == 0)
        return;
    if (QUndoCommand* command = ConvergeCommands::editCandidate(
            m_context.store, m_candidateId, &Candidate::name, m_name->text(),
            tr("Edit the North Star's name"),
            m_typing.key(QStringLiteral("candidate-name-%1").arg(m_candidateId), m_name)))
        m_context.session.push(command);
}

void ConvergeMetricCard::saveDefinition() {
    if (m_candidateId == 0)
        return;
    if (QUndoCommand* command = ConvergeCommands::editCandidate(
            m_context.store, m_candidateId, &Candidate::definition, m_definition->toPlainText(),
            tr("Edit the North Star's definition"),
            m_typing.key(QStringLiteral("candidate-definition-%1").arg(m_candidateId),
                         m_definition)))
        m_context.session.push(command);
}
