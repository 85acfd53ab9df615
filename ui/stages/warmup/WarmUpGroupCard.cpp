#include "WarmUpGroupCard.h"

#include "UserText.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "session/ConvergeCommands.h"
#include "session/TeachingCommands.h"
#include "session/TeachingEdits.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int FewestInputs = 3;
constexpr int MostInputs = 5;

void setTextIfIdle(QLineEdit* edit, const QString& text) {
    if (!edit->hasFocus() && edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // show the start of a long text
    }
}
} // namespace

WarmUpGroupCard::WarmUpGroupCard(const WarmUpGroup& group, StageContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_group(group)
    , m_name(new QLineEdit(this))
    , m_game(new QComboBox(this))
    , m_metricName(new QLineEdit(this))
    , m_metricDefinition(new QLineEdit(this))
    , m_inputs(new QVBoxLayout)
    , m_inputWarning(StageWidgets::hint({}, this))
    , m_addInput(new QPushButton(tr("Add an input"), this))
    , m_removeGroup(new QToolButton(this)) {
    setObjectName(QStringLiteral("card"));
    m_name->setAccessibleName(tr("Group name"));
    TextLimit::apply(m_name, TextLimits::ShortText);
    m_name->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 13pt;"));
    m_game->setAccessibleName(tr("The game this group chose"));
    m_game->addItem(tr("Game: not chosen yet"), QString());
    for (const GameGuide& guide : Playbook::standard().games())
        m_game->addItem(tr("%1 game").arg(guide.title), guide.key);
    m_metricName->setAccessibleName(tr("The group's North Star Metric: name"));
    TextLimit::apply(m_metricName, TextLimits::ShortText);
    m_metricName->setPlaceholderText(tr("North Star Metric: a short name"));
    m_metricDefinition->setAccessibleName(tr("The group's North Star Metric: definition"));
    TextLimit::apply(m_metricDefinition, TextLimits::LongText);
    m_metricDefinition->setPlaceholderText(tr("Defined as: what is counted, over what time"));
    m_addInput->setAccessibleName(tr("Add an input to this worksheet"));
    m_removeGroup->setText(tr("Remove group"));
    m_removeGroup->setAccessibleName(tr("Remove this group and its worksheet"));
    m_removeGroup->setFocusPolicy(Qt::StrongFocus);
    m_inputWarning->setObjectName(QStringLiteral("inputCountWarning"));
    m_inputs->setContentsMargins(0, 0, 0, 0);
    m_inputs->setSpacing(4);

    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_game);
    top->addWidget(m_removeGroup);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_metricName);
    layout->addWidget(m_metricDefinition);
    layout->addWidget(StageWidgets::label(tr("Inputs (three to five)"), this, "sectionTitle"));
    layout->addLayout(m_inputs);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_inputWarning, 1);
    bottom->addWidget(m_addInput);
    layout->addLayout(bottom);

    refresh(group);
    // Any change of the text is saved, typed or not (a screen reader, dictation); the saves
    // skip text that is already stored, so loading a field writes nothing.
    connect(m_name, &QLineEdit::textChanged, this, &WarmUpGroupCard::saveGroup);
    connect(m_game, &QComboBox::activated, this, &WarmUpGroupCard::saveGroup);
    connect(m_metricName, &QLineEdit::textChanged, this, &WarmUpGroupCard::saveMetric);
    connect(m_metricDefinition, &QLineEdit::textChanged, this, &WarmUpGroupCard::saveMetric);
    connect(m_addInput, &QAbstractButton::clicked, this, &WarmUpGroupCard::addInput);
    connect(m_removeGroup, &QAbstractButton::clicked, this,
            [this] { emit removeRequested(m_group.id); });
}

void WarmUpGroupCard::refresh(const WarmUpGroup& group) {
    const QScopedValueRollback loading(m_loading, true);
    m_group = group;
    setTextIfIdle(m_name, group.name);
    const int game = m_game->findData(gameKey(group.game));
    if (game >= 0)
        m_game->setCurrentIndex(game);
    const auto worksheet = group.candidateId ? m_context.store.candidate(group.candidateId)
                                             : std::optional<Candidate>();
    setTextIfIdle(m_metricName, worksheet ? worksheet->name : QString());
    setTextIfIdle(m_metricDefinition, worksheet ? worksheet->definition : QString());
    refreshInputs();
}

qint64 WarmUpGroupCard::ensureWorksheet() {
    if (m_group.candidateId != 0 && m_context.store.candidate(m_group.candidateId))
        return m_group.candidateId;
    Candidate c;
    c.workshopId = m_context.workshopId;
    c.kind = CandidateKind::WarmUp;
    // The worksheet and the group's link to it: one transaction, one change.
    WarmUpGroup linked = m_group;
    std::optional<qint64> id;
    const bool ok = m_context.store.batch([&] {
        id = m_context.store.addCandidate(c);
        if (!id)
            return false;
        linked.candidateId = *id;
        return m_context.store.updateWarmUpGroup(linked);
    });
    if (!ok || !id)
        return 0;
    m_group = linked;
    return *id;
}

void WarmUpGroupCard::saveGroup() {
    if (m_loading)
        return;
    if (m_name->text().trimmed().isEmpty())
        return; // a group keeps its old name until it gets a new one
    const WarmUpGroup before = m_group;
    m_group.name = m_name->text().trimmed();
    m_group.game = gameFromKey(m_game->currentData().toString());
    if (m_group == before)
        return;
    const bool renamed = m_group.name != before.name;
    m_context.session.push(TeachingEdits::updateWarmUpGroup(
        m_context.store, m_group,
        renamed ? tr("Rename %1").arg(before.name) : tr("Choose the game of %1").arg(m_group.name),
        renamed ? QStringLiteral("warmup-name-%1").arg(m_group.id) : QString()));
}

void WarmUpGroupCard::saveMetric() {
    if (m_loading)
        return;
    const auto stored = m_group.candidateId ? m_context.store.candidate(m_group.candidateId)
                                            : std::optional<Candidate>();
    if (stored ? stored->name == m_metricName->text() &&
                     stored->definition == m_metricDefinition->text()
               : m_metricName->text().isEmpty() && m_metricDefinition->text().isEmpty())
        return; // what is stored already (a load): no worksheet made, nothing written
    const qint64 id = ensureWorksheet();
    auto c = m_context.store.candidate(id);
    if (!c)
        return;
    // Making the worksheet is not a step of its own: undo takes back what was typed in it.
    m_context.session.push(
        ConvergeCommands::editCandidate(m_context.store, id, &Candidate::name, m_metricName->text(),
                                        tr("Type the North Star of %1").arg(m_group.name),
                                        QStringLiteral("warmup-metric-%1").arg(id)));
    m_context.session.push(ConvergeCommands::editCandidate(
        m_context.store, id, &Candidate::definition, m_metricDefinition->text(),
        tr("Type the definition of %1's North Star").arg(m_group.name),
        QStringLiteral("warmup-definition-%1").arg(id)));
}

void WarmUpGroupCard::addInput() {
    const qint64 candidateId = ensureWorksheet();
    if (candidateId == 0)
        return;
    Input input;
    input.candidateId = candidateId;
    input.position = int(m_inputIds.size());
    if (!m_context.session.push(ConvergeCommands::addInput(
            m_context.store, input, tr("Add an input to %1").arg(m_group.name))))
        return;
    const QList<Input> inputs = m_context.store.inputs(candidateId);
    if (!inputs.isEmpty())
        if (QLineEdit* edit = inputNameEdit(inputs.last().id))
            edit->setFocus();
}

void WarmUpGroupCard::saveInput(qint64 id) {
    if (m_loading)
        return;
    const InputRow row = m_inputRows.value(id);
    if (!row.name)
        return;
    for (Input input : m_context.store.inputs(m_group.candidateId)) {
        if (input.id != id)
            continue;
        m_context.session.push(
            ConvergeCommands::editInput(m_context.store, input, &Input::name, row.name->text(),
                                        tr("Type an input of %1").arg(m_group.name),
                                        QStringLiteral("warmup-input-%1").arg(id)));
        m_context.session.push(ConvergeCommands::editInput(
            m_context.store, input, &Input::definition, row.definition->text(),
            tr("Type an input's definition in %1").arg(m_group.name),
            QStringLiteral("warmup-input-definition-%1").arg(id)));
        return;
    }
}

void WarmUpGroupCard::removeInput(qint64 id) {
    for (const Input& input : m_context.store.inputs(m_group.candidateId))
        if (input.id == id)
            m_context.session.push(new RemoveInputCommand(
                m_context.store, input,
                tr("Remove the input “%1” from %2")
                    .arg(UserText::isolate(input.name), UserText::isolate(m_group.name))));
    m_addInput->setFocus();
}

void WarmUpGroupCard::refreshInputs() {
    const QScopedValueRollback loading(m_loading, true);
    const QList<Input> inputs =
        m_group.candidateId ? m_context.store.inputs(m_group.candidateId) : QList<Input>();
    QList<qint64> ids;
    for (const Input& input : inputs)
        ids << input.id;
    if (ids != m_inputIds) {
        for (const InputRow& row : std::as_const(m_inputRows))
            row.widget->deleteLater();
        m_inputRows.clear();
        for (const Input& input : inputs)
            m_inputs->addWidget(createInputRow(input));
        m_inputIds = ids;
    } else {
        for (const Input& input : inputs) {
            setTextIfIdle(m_inputRows.value(input.id).name, input.name);
            setTextIfIdle(m_inputRows.value(input.id).definition, input.definition);
        }
    }
    const int count = int(ids.size());
    if (count < FewestInputs)
        m_inputWarning->setText(count == 1
                                    ? tr("⚠ One input so far: aim for three to five.")
                                    : tr("⚠ %1 inputs so far: aim for three to five.").arg(count));
    else if (count > MostInputs)
        m_inputWarning->setText(
            tr("⚠ %1 inputs: more than five is hard to steer by. Which could merge?").arg(count));
    else
        m_inputWarning->setText(tr("✓ %1 inputs.").arg(count));
    m_addInput->setEnabled(true);
}

QWidget* WarmUpGroupCard::createInputRow(const Input& input) {
    auto* widget = new QWidget(this);
    InputRow row;
    row.widget = widget;
    row.name = new QLineEdit(input.name, widget);
    row.name->setAccessibleName(tr("Input name"));
    TextLimit::apply(row.name, TextLimits::ShortText);
    row.name->setPlaceholderText(tr("Input name"));
    row.name->setCursorPosition(0);
    row.definition = new QLineEdit(input.definition, widget);
    row.definition->setCursorPosition(0);
    row.definition->setAccessibleName(tr("Input definition"));
    TextLimit::apply(row.definition, TextLimits::LongText);
    row.definition->setPlaceholderText(tr("Defined as…"));
    auto* removeButton = new QToolButton(widget);
    removeButton->setText(tr("✕"));
    removeButton->setAccessibleName(tr("Remove this input"));
    removeButton->setToolTip(tr("Remove this input (Ctrl+Z brings it back)"));
    removeButton->setFocusPolicy(Qt::StrongFocus);
    row.remove = removeButton;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.definition, 3);
    layout->addWidget(removeButton);
    const qint64 id = input.id;
    connect(row.name, &QLineEdit::textChanged, this, [this, id] { saveInput(id); });
    connect(row.definition, &QLineEdit::textChanged, this, [this, id] { saveInput(id); });
    connect(removeButton, &QToolButton::clicked, this, [this, id] { removeInput(id); });
    m_inputRows.insert(id, row);
    return widget;
}
