#include "DraftCardEditor.h"

#include "UserText.h"
#include "domain/TextLimits.h"
#include "session/DraftCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>

namespace {

QStringList inputNames(const QString& typed) {
    QStringList names;
    for (const QString& part : typed.split(u','))
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    return names;
}

void setIfDifferent(QLineEdit* edit, const QString& text) {
    if (edit->text() == text)
        return;
    const bool typing = edit->hasFocus();
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(typing ? std::min(cursor, int(text.size())) : 0);
}

} // namespace

DraftCardEditor::DraftCardEditor(const Candidate& card, StageContext& context, QWidget* parent,
                                 const QList<Input>* inputs)
    : QFrame(parent)
    , m_context(context)
    , m_card(card)
    , m_name(addField(tr("Card name"), tr("A short name")))
    , m_behaviour(addField(tr("An increase in (a customer behaviour)"), tr("a customer behaviour")))
    , m_measure(addField(tr("Which we could measure by"), tr("a formula or a way to count it")))
    , m_definition(addField(tr("Definition (optional)"), tr("optional")))
    , m_inputs(addField(tr("Inputs, separated by commas (optional)"), tr("optional: a, b, c")))
    , m_remove(new QToolButton(this))
    , m_note(StageWidgets::hint({}, this)) {
    setObjectName(QStringLiteral("draftCard"));
    setAttribute(Qt::WA_StyledBackground);
    m_name->setObjectName(QStringLiteral("draftCardName"));
    TextLimit::apply(m_name, TextLimits::ShortText);
    m_remove->setText(tr("✕"));
    m_remove->setObjectName(QStringLiteral("compact"));
    m_remove->setAccessibleName(tr("Remove this card"));
    m_remove->setToolTip(tr("Remove this card (Ctrl+Z brings it back)"));
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_note->setObjectName(QStringLiteral("draftCardNote"));
    m_note->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_name, 0, 0, 1, 2);
    grid->addWidget(m_remove, 0, 2);
    const QList<std::pair<QString, QLineEdit*>> rows = {{tr("increase in"), m_behaviour},
                                                        {tr("measured by"), m_measure},
                                                        {tr("definition"), m_definition},
                                                        {tr("inputs"), m_inputs}};
    int row = 1;
    for (const auto& [caption, edit] : rows) {
        QLabel* label = StageWidgets::label(caption, this, "fieldCaption");
        label->setWordWrap(false);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row++, 1, 1, 2);
    }
    grid->addWidget(m_note, row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    setTabOrder(m_name, m_behaviour);
    setTabOrder(m_behaviour, m_measure);
    setTabOrder(m_measure, m_definition);
    setTabOrder(m_definition, m_inputs);
    setTabOrder(m_inputs, m_remove);

    refresh(card, inputs ? *inputs : context.store.inputs(card.id));
    const qint64 id = card.id;
    const QList<std::pair<QLineEdit*, DraftCommands::Field>> fields = {
        {m_name, DraftCommands::Field::Name},
        {m_behaviour, DraftCommands::Field::Behaviour},
        {m_measure, DraftCommands::Field::Measure},
        {m_definition, DraftCommands::Field::Definition}};
    // Any change of the text is saved, typed or not (a screen reader, dictation); a field
    // loaded from the store holds what is stored, which makes no step.
    for (const auto& [edit, field] : fields)
        connect(edit, &QLineEdit::textChanged, this, [this, id, field = field](const QString& t) {
            if (QUndoCommand* command = DraftCommands::editField(m_context.store, id, field, t))
                m_context.session.push(command);
        });
    connect(m_inputs, &QLineEdit::textChanged, this, &DraftCardEditor::saveInputs);
    connect(m_remove, &QAbstractButton::clicked, this, &DraftCardEditor::remove);
    setFocusProxy(m_name);
}

QLineEdit* DraftCardEditor::addField(const QString& accessibleName, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    TextLimit::apply(edit, TextLimits::LongText);
    edit->installEventFilter(this);
    return edit;
}

void DraftCardEditor::refresh(const Candidate& card, const QList<Input>& inputs) {
    m_card = card;
    setIfDifferent(m_name, card.name);
    setIfDifferent(m_behaviour, card.behaviour);
    setIfDifferent(m_measure, card.measure);
    setIfDifferent(m_definition, card.definition);
    QStringList names;
    for (const Input& input : inputs)
        names << input.name;
    if (inputNames(m_inputs->text()) != names)
        setIfDifferent(m_inputs, names.join(QStringLiteral(", ")));
}

void DraftCardEditor::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

bool DraftCardEditor::eventFilter(QObject* watched, QEvent* event) {
    // A line edit keeps its own little undo history and would swallow Ctrl+Z; let the
    // workshop's undo stack have it instead, so every keystroke saved can be walked back.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void DraftCardEditor::saveInputs() {
    if (QUndoCommand* command =
            DraftCommands::setInputNames(m_context.store, m_card.id, inputNames(m_inputs->text())))
        m_context.session.push(command);
}

void DraftCardEditor::remove() {
    const auto card = m_context.store.candidate(m_card.id);
    if (!card)
        return;
    m_context.session.push(new RemoveCardCommand(
        m_context.store, *card,
        m_removeText.isEmpty() ? tr("Remove the card “%1”").arg(UserText::isolate(card->name))
                               : m_removeText));
}
