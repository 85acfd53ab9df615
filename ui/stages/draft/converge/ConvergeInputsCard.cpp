#include "ConvergeInputsCard.h"

#include "ConvergeInputRow.h"
#include "ConvergeIssueLabel.h"
#include "UserText.h"
#include "scoring/ConvergeCheck.h"
#include "session/ConvergeCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

ConvergeInputsCard::ConvergeInputsCard(StageContext& context, TypingSessions& typing,
                                       QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_typing(typing)
    , m_empty(
          StageWidgets::hint(tr("Choose the North Star first; then name its inputs here."), this))
    , m_body(new QWidget(this))
    , m_list(new QVBoxLayout)
    , m_countWarning(new ConvergeIssueLabel(ConvergeIssueLabel::Level::Warning, m_body))
    , m_add(new QPushButton(tr("Add an input"), m_body)) {
    setObjectName(QStringLiteral("card"));
    m_countWarning->setObjectName(QStringLiteral("inputCountWarning"));
    m_add->setObjectName(QStringLiteral("addInput"));
    m_add->setAccessibleName(tr("Add an input to the North Star"));
    m_add->setToolTip(tr("Add an input (Ctrl+Enter)"));
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    body->addLayout(m_list);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countWarning, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_add, 0, Qt::AlignTop | Qt::AlignRight);
    body->addLayout(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(StageWidgets::label(tr("Inputs"), this, "sectionTitle"));
    layout->addWidget(StageWidgets::hint(
        tr("Three to five factors the team can move that together produce the North Star. "
           "Name the pattern each one follows and who owns it."),
        this));
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    connect(m_add, &QAbstractButton::clicked, this, &ConvergeInputsCard::addInput);
    refresh();
}

void ConvergeInputsCard::refresh() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const auto metric = workshop && workshop->northStarId
                            ? m_context.store.candidate(workshop->northStarId)
                            : std::optional<Candidate>();
    m_candidateId = metric ? metric->id : 0;
    m_empty->setVisible(!metric);
    m_body->setVisible(metric.has_value());
    const QList<Input> inputs = metric ? m_context.store.inputs(metric->id) : QList<Input>();
    QList<qint64> ids;
    for (const Input& input : inputs)
        ids << input.id;
    if (ids != m_ids) {
        QWidget* focused =
            QApplication::focusWidget(); // not focusWidget(): that remembers old focus
        qint64 focusedRow = 0;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            if (focused && it.value()->isAncestorOf(focused))
                focusedRow = it.key();
        for (ConvergeInputRow* row : std::as_const(m_rows)) {
            m_list->removeWidget(row);
            if (!ids.contains(row->inputId())) {
                row->hide();
                row->deleteLater();
            }
        }
        QHash<qint64, ConvergeInputRow*> rows;
        for (const Input& input : inputs) {
            ConvergeInputRow* row = m_rows.value(input.id);
            if (!row) {
                row = new ConvergeInputRow(input, m_context, m_typing, m_body);
                connect(row, &ConvergeInputRow::moveRequested, this, &ConvergeInputsCard::move);
                connect(row, &ConvergeInputRow::removeRequested, this, &ConvergeInputsCard::remove);
            }
            m_list->addWidget(row);
            row->show(); // at once, not on the next pass of the event loop
            rows.insert(input.id, row);
        }
        m_rows = rows;
        m_ids = ids;
        // Rows keep their widgets when they move, so setTabOrder follows the new order.
        QWidget* previous = nullptr;
        for (qint64 id : std::as_const(m_ids)) {
            ConvergeInputRow* row = m_rows.value(id);
            for (QWidget* w :
                 {static_cast<QWidget*>(row->nameEdit()), static_cast<QWidget*>(row->patternBox()),
                  static_cast<QWidget*>(row->definitionEdit()),
                  static_cast<QWidget*>(row->ownerEdit()), static_cast<QWidget*>(row->upButton()),
                  static_cast<QWidget*>(row->downButton()),
                  static_cast<QWidget*>(row->removeButton())}) {
                if (previous)
                    setTabOrder(previous, w);
                previous = w;
            }
        }
        if (previous)
            setTabOrder(previous, m_add);
        if (focusedRow != 0 && focused && !m_rows.contains(focusedRow))
            m_add->setFocus();
    }

    const QList<ConvergeIssue> issues =
        metric ? ConvergeCheck::check(*metric, inputs) : QList<ConvergeIssue>();
    QStringList countWarnings;
    QHash<int, QStringList> rowWarnings;
    for (const ConvergeIssue& issue : issues) {
        if (issue.kind == ConvergeIssueKind::TooFewInputs ||
            issue.kind == ConvergeIssueKind::TooManyInputs)
            countWarnings << issue.message;
        else if (issue.inputIndex >= 0)
            rowWarnings[issue.inputIndex] << issue.message;
    }
    m_countWarning->setMessages(countWarnings);
    for (int i = 0; i < inputs.size(); ++i)
        m_rows.value(inputs.at(i).id)
            ->refresh(inputs.at(i), i, int(inputs.size()), rowWarnings.value(i));
}

void ConvergeInputsCard::addInput() {
    if (m_candidateId == 0)
        return;
    int last = -1;
    for (const Input& input : m_context.store.inputs(m_candidateId))
        last = std::max(last, input.position);
    Input input;
    input.candidateId = m_candidateId;
    input.position = last + 1;
    const QList<qint64> before = m_ids;
    m_context.session.push(ConvergeCommands::addInput(m_context.store, input, tr("Add an input")));
    for (qint64 id : std::as_const(m_ids))
        if (!before.contains(id))
            m_rows.value(id)->nameEdit()->setFocus();
}

void ConvergeInputsCard::move(qint64 inputId, int delta) {
    const QList<Input> inputs = m_context.store.inputs(m_candidateId);
    QList<qint64> order;
    for (const Input& input : inputs)
        order << input.id;
    const qsizetype from = order.indexOf(inputId);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    order.move(from, to);
    const QString name = inputs.at(from).name.trimmed();
    m_context.session.push(ConvergeCommands::reorderInputs(
        m_context.store, inputs, order,
        delta < 0 ? tr("Move the input “%1” up").arg(UserText::isolate(name))
                  : tr("Move the input “%1” down").arg(UserText::isolate(name))));
    if (ConvergeInputRow* row = m_rows.value(inputId)) {
        QAbstractButton* same = delta < 0 ? row->upButton() : row->downButton();
        if (same->isEnabled())
            same->setFocus();
        else
            row->nameEdit()->setFocus();
    }
}

void ConvergeInputsCard::remove(qint64 inputId) {
    for (const Input& input : m_context.store.inputs(m_candidateId))
        if (input.id == inputId)
            m_context.session.push(ConvergeCommands::removeInput(
                m_context.store, input,
                tr("Remove the input “%1”").arg(UserText::isolate(input.name.trimmed()))));
    m_add->setFocus();
}
