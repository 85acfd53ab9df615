#include "ConvergeInputRow.h"

#include "ConvergeIssueLabel.h"
#include "UserText.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>

namespace {
QToolButton* smallButton(const QString& text, const QString& name, const QString& tip,
                         QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setStyleSheet(QStringLiteral("QToolButton { padding: 4px 9px; }"));
    return button;
}
} // namespace

ConvergeInputRow::ConvergeInputRow(const Input& input, StageContext& context,
                                   TypingSessions& typing, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_input(input)
    , m_number(StageWidgets::label({}, this, "sectionTitle"))
    , m_name(new QLineEdit(this))
    , m_pattern(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_definition(new QLineEdit(this))
    , m_up(smallButton(tr("↑"), tr("Move this input up"), tr("Move up"), this))
    , m_down(smallButton(tr("↓"), tr("Move this input down"), tr("Move down"), this))
    , m_remove(smallButton(tr("✕"), tr("Remove this input"),
                           tr("Remove this input (Ctrl+Z brings it back)"), this))
    , m_warnings(new ConvergeIssueLabel(ConvergeIssueLabel::Level::Warning, this)) {
    setObjectName(QStringLiteral("inputRow"));
    m_name->setAccessibleName(tr("Input name"));
    TextLimit::apply(m_name, TextLimits::ShortText);
    m_name->setPlaceholderText(tr("Input name"));
    m_name->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_owner->setAccessibleName(tr("Input owner"));
    TextLimit::apply(m_owner, TextLimits::ShortText);
    m_owner->setPlaceholderText(tr("Owner: team or person"));
    m_definition->setAccessibleName(tr("Input definition"));
    TextLimit::apply(m_definition, TextLimits::LongText);
    m_definition->setPlaceholderText(tr("Defined as… what is counted, over what period"));
    m_pattern->setAccessibleName(tr("Input pattern"));
    const Playbook& playbook = Playbook::standard();
    for (InputPattern p : {InputPattern::Breadth, InputPattern::Depth, InputPattern::Frequency,
                           InputPattern::Efficiency, InputPattern::Other}) {
        const auto guide = playbook.inputPattern(p);
        m_pattern->addItem(guide ? guide->title : tr("Other"), static_cast<int>(p));
        if (guide)
            m_pattern->setItemData(m_pattern->count() - 1, guide->question, Qt::ToolTipRole);
    }
    m_number->setFixedWidth(22);
    for (QLineEdit* edit : {m_name, m_owner, m_definition})
        m_typing.watch(edit);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    // Two lines: what it is (name, pattern) with the row's buttons, then how it is counted
    // and who owns it.
    m_owner->setFixedWidth(150);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    grid->addWidget(m_number, 0, 0, Qt::AlignVCenter | Qt::AlignRight);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_pattern, 0, 2);
    grid->addLayout(buttons, 0, 3);
    grid->addWidget(m_definition, 1, 1, 1, 2);
    grid->addWidget(m_owner, 1, 3);
    grid->addWidget(m_warnings, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    const qint64 id = input.id;
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        saveText(m_name, &Input::name, tr("Edit the input's name"), QStringLiteral("name"));
    });
    connect(m_owner, &QLineEdit::textChanged, this, [this] {
        saveText(m_owner, &Input::owner, tr("Edit the input's owner"), QStringLiteral("owner"));
    });
    connect(m_definition, &QLineEdit::textChanged, this, [this] {
        saveText(m_definition, &Input::definition, tr("Edit the input's definition"),
                 QStringLiteral("definition"));
    });
    connect(m_pattern, &QComboBox::activated, this, [this] {
        const auto pattern = static_cast<InputPattern>(m_pattern->currentData().toInt());
        if (QUndoCommand* command = ConvergeCommands::setInputPattern(
                m_context.store, m_input, pattern,
                tr("Set the pattern of “%1” to %2")
                    .arg(UserText::isolate(m_input.name), m_pattern->currentText())))
            m_context.session.push(command);
    });
    connect(m_up, &QAbstractButton::clicked, this, [this, id] { emit moveRequested(id, -1); });
    connect(m_down, &QAbstractButton::clicked, this, [this, id] { emit moveRequested(id, +1); });
    connect(m_remove, &QAbstractButton::clicked, this, [this, id] { emit removeRequested(id); });
    refresh(input, 0, 1, {});
}

void ConvergeInputRow::refresh(const Input& input, int index, int count,
                               const QStringList& warnings) {
    m_input = input;
    m_number->setText(tr("%1.").arg(index + 1));
    // Saved as typed: a difference means an undo or redo changed the stored text.
    for (const auto& [edit, text] : {std::pair{m_name, input.name}, std::pair{m_owner, input.owner},
                                     std::pair{m_definition, input.definition}}) {
        if (edit->text() == text)
            continue;
        edit->setText(text);
        if (!edit->hasFocus())
            edit->setCursorPosition(0); // show the start of a long text
    }
    const int pattern = m_pattern->findData(static_cast<int>(input.pattern));
    if (pattern >= 0 && pattern != m_pattern->currentIndex())
        m_pattern->setCurrentIndex(pattern);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index + 1 < count);
    const QString label = input.name.trimmed().isEmpty()
                              ? tr("input %1").arg(index + 1)
                              : tr("“%1”").arg(UserText::isolate(input.name.trimmed()));
    m_up->setAccessibleName(tr("Move %1 up").arg(label));
    m_down->setAccessibleName(tr("Move %1 down").arg(label));
    m_remove->setAccessibleName(tr("Remove %1").arg(label));
    m_warnings->setMessages(warnings);
}

void ConvergeInputRow::saveText(QLineEdit* edit, QString Input::*field, const QString& what,
                                const QString& key) {
    if (QUndoCommand* command = ConvergeCommands::editInput(
            m_context.store, m_input, field, edit->text(), what,
            m_typing.key(QStringLiteral("input-%1-%2").arg(key).arg(m_input.id), edit)))
        m_context.session.push(command);
}
