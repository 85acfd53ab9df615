#include "ConvergeFollowUpsCard.h"

#include "UserText.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/TextLimit.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

ConvergeFollowUpsCard::ConvergeFollowUpsCard(StageContext& context, TypingSessions& typing,
                                             QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_questions(new QVBoxLayout)
    , m_steps(new QVBoxLayout)
    , m_addQuestion(new QPushButton(tr("Add an open question"), this))
    , m_addStep(new QPushButton(tr("Add a next step"), this)) {
    setObjectName(QStringLiteral("card"));
    m_addQuestion->setObjectName(QStringLiteral("addQuestion"));
    m_addQuestion->setAccessibleName(tr("Add an open question"));
    m_addStep->setObjectName(QStringLiteral("addNextStep"));
    m_addStep->setAccessibleName(tr("Add a next step"));
    for (QVBoxLayout* list : {m_questions, m_steps}) {
        list->setContentsMargins(0, 0, 0, 0);
        list->setSpacing(4);
    }
    auto heading = [this](const QString& text) {
        QLabel* label = StageWidgets::label(text, this);
        label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 4px;"));
        return label;
    };
    auto addRow = [](QAbstractButton* button) {
        auto* row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch();
        return row;
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(
        StageWidgets::label(tr("Open questions and next steps"), this, "sectionTitle"));
    layout->addWidget(StageWidgets::hint(
        tr("Write down what nobody could answer yet and who does what next, by when."), this));
    layout->addWidget(heading(tr("Open questions")));
    layout->addLayout(m_questions);
    layout->addLayout(addRow(m_addQuestion));
    layout->addWidget(heading(tr("Next steps")));
    layout->addLayout(m_steps);
    layout->addLayout(addRow(m_addStep));

    connect(m_addQuestion, &QAbstractButton::clicked, this,
            [this] { add(FollowUpKind::OpenQuestion); });
    connect(m_addStep, &QAbstractButton::clicked, this, [this] { add(FollowUpKind::NextStep); });
    refresh();
}

void ConvergeFollowUpsCard::refresh() {
    const QList<FollowUp> all = m_context.store.followUps(m_context.workshopId);
    QHash<int, QList<qint64>> ids;
    m_stored.clear();
    for (const FollowUp& f : all) {
        ids[int(f.kind)] << f.id;
        m_stored.insert(f.id, f);
    }
    if (ids != m_ids) {
        QWidget* focused =
            QApplication::focusWidget(); // not focusWidget(): that remembers old focus
        bool lostFocus = false;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            lostFocus = lostFocus || (focused && it->widget->isAncestorOf(focused));
            it->widget->hide();
            it->widget->deleteLater();
        }
        m_rows.clear();
        for (const FollowUp& f : all) {
            const Row row = createRow(f);
            (f.kind == FollowUpKind::NextStep ? m_steps : m_questions)->addWidget(row.widget);
            row.widget->show();
            m_rows.insert(f.id, row);
        }
        m_ids = ids;
        if (lostFocus)
            m_addQuestion->setFocus();
    }
    for (const FollowUp& f : all) {
        const Row row = m_rows.value(f.id);
        for (const auto& [edit, text] :
             {std::pair{row.text, f.text}, std::pair{row.owner, f.owner}})
            if (edit->text() != text) {
                edit->setText(text);
                if (!edit->hasFocus())
                    edit->setCursorPosition(0);
            }
        row.due->setOptionalDate(f.due);
    }
}

ConvergeFollowUpsCard::Row ConvergeFollowUpsCard::createRow(const FollowUp& followUp) {
    const bool step = followUp.kind == FollowUpKind::NextStep;
    Row row;
    row.widget = new QWidget(this);
    row.text = new QLineEdit(followUp.text, row.widget);
    row.text->setAccessibleName(step ? tr("Next step") : tr("Open question"));
    TextLimit::apply(row.text, TextLimits::LongText);
    row.text->setPlaceholderText(step ? tr("What happens next") : tr("What we do not know yet"));
    row.text->setCursorPosition(0);
    row.owner = new QLineEdit(followUp.owner, row.widget);
    row.owner->setAccessibleName(step ? tr("Who does it") : tr("Who finds out"));
    TextLimit::apply(row.owner, TextLimits::ShortText);
    row.owner->setPlaceholderText(tr("Owner"));
    row.due = new OptionalDateEdit(row.widget);
    row.due->setAccessibleName(tr("Due date"));
    row.due->setToolTip(tr("Due date; Delete clears it"));
    row.due->setOptionalDate(followUp.due);
    auto* remove = new QToolButton(row.widget);
    remove->setText(tr("✕"));
    remove->setAccessibleName(step ? tr("Remove this next step") : tr("Remove this question"));
    remove->setToolTip(tr("Remove (Ctrl+Z brings it back)"));
    remove->setFocusPolicy(Qt::StrongFocus);
    remove->setStyleSheet(QStringLiteral("QToolButton { padding: 4px 9px; }"));
    row.remove = remove;
    for (QLineEdit* edit : {row.text, row.owner})
        m_typing.watch(edit);

    // Two lines, so a whole question fits: the text, then who and by when.
    auto* layout = new QGridLayout(row.widget);
    layout->setContentsMargins(0, 2, 0, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    row.owner->setFixedWidth(180);
    layout->addWidget(row.text, 0, 0, 1, 3);
    layout->addWidget(remove, 0, 3);
    layout->addWidget(row.owner, 1, 0);
    layout->addWidget(row.due, 1, 1);
    layout->setColumnStretch(2, 1);

    const qint64 id = followUp.id;
    connect(row.text, &QLineEdit::textChanged, this, [this, id, edit = row.text] {
        saveText(id, edit, &FollowUp::text, tr("Edit a follow-up"), QStringLiteral("text"));
    });
    connect(row.owner, &QLineEdit::textChanged, this, [this, id, edit = row.owner] {
        saveText(id, edit, &FollowUp::owner, tr("Edit a follow-up's owner"),
                 QStringLiteral("owner"));
    });
    connect(row.due, &OptionalDateEdit::optionalDateEdited, this, [this, id](const QDate& due) {
        if (!m_stored.contains(id))
            return;
        if (QUndoCommand* command = ConvergeCommands::setFollowUpDue(
                m_context.store, m_stored.value(id), due,
                due.isValid() ? tr("Set a due date") : tr("Clear a due date")))
            m_context.session.push(command);
    });
    connect(remove, &QToolButton::clicked, this, [this, id] { this->remove(id); });
    return row;
}

void ConvergeFollowUpsCard::add(FollowUpKind kind) {
    FollowUp f;
    f.workshopId = m_context.workshopId;
    f.kind = kind;
    int last = -1;
    for (const FollowUp& existing : std::as_const(m_stored))
        last = std::max(last, existing.position);
    f.position = last + 1;
    const QList<qint64> before = m_rows.keys();
    m_context.session.push(ConvergeCommands::addFollowUp(
        m_context.store, f,
        kind == FollowUpKind::NextStep ? tr("Add a next step") : tr("Add an open question")));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (!before.contains(it.key()))
            it->text->setFocus();
}

void ConvergeFollowUpsCard::saveText(qint64 id, QLineEdit* edit, QString FollowUp::*field,
                                     const QString& what, const QString& key) {
    if (!m_stored.contains(id))
        return;
    if (QUndoCommand* command = ConvergeCommands::editFollowUp(
            m_context.store, m_stored.value(id), field, edit->text(), what,
            m_typing.key(QStringLiteral("follow-up-%1-%2").arg(key).arg(id), edit)))
        m_context.session.push(command);
}

void ConvergeFollowUpsCard::remove(qint64 id) {
    if (!m_stored.contains(id))
        return;
    const FollowUp f = m_stored.value(id);
    m_context.session.push(ConvergeCommands::removeFollowUp(
        m_context.store, f,
        f.kind == FollowUpKind::NextStep
            ? tr("Remove the next step “%1”").arg(UserText::isolate(f.text))
            : tr("Remove the question “%1”").arg(UserText::isolate(f.text))));
    (f.kind == FollowUpKind::NextStep ? m_addStep : m_addQuestion)->setFocus();
}
