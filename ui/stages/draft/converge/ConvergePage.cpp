#include "ConvergePage.h"

#include "ConvergeChecklistPanel.h"
#include "ConvergeChoiceCard.h"
#include "ConvergeFollowUpsCard.h"
#include "ConvergeGuardrailCard.h"
#include "ConvergeInputsCard.h"
#include "ConvergeMetricCard.h"
#include "ConvergeOutcomeCard.h"
#include "agenda/AgendaPlan.h"
#include "commands/TypingSessions.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

ConvergePage::ConvergePage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_typing(new TypingSessions(this)) {
    setObjectName(QStringLiteral("convergePage"));
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    auto* column = new QWidget(this);
    m_choice = new ConvergeChoiceCard(context, column);
    m_outcome = new ConvergeOutcomeCard(context, *m_typing, column);
    m_metric = new ConvergeMetricCard(context, *m_typing, column);
    m_inputs = new ConvergeInputsCard(context, *m_typing, column);
    m_guardrail = new ConvergeGuardrailCard(context, *m_typing, column);
    m_followUps = new ConvergeFollowUpsCard(context, *m_typing, column);
    auto* cards = new QVBoxLayout(column);
    cards->setContentsMargins(0, 0, 8, 0);
    cards->setSpacing(12);
    for (QWidget* card : {static_cast<QWidget*>(m_choice), static_cast<QWidget*>(m_outcome),
                          static_cast<QWidget*>(m_metric), static_cast<QWidget*>(m_inputs),
                          static_cast<QWidget*>(m_guardrail), static_cast<QWidget*>(m_followUps)})
        cards->addWidget(card);
    cards->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the form: with no sideways scroll bar, a narrower area would cut
    // the form's left edge off when a field takes focus ("ated Organizations").
    scroll->setMinimumWidth(column->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    m_checklist = new ConvergeChecklistPanel(context, this);
    m_checklist->setFixedWidth(240); // leaves the form its room on a 1366-pixel laptop
    auto* side = new QVBoxLayout;
    side->addWidget(m_checklist);
    side->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(scroll, 1);
    columns->addLayout(side);
    layout->addLayout(columns, 1);

    auto* addInput = new QAction(tr("Add an input"), this);
    addInput->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addInput->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addInput);
    connect(addInput, &QAction::triggered, m_inputs, &ConvergeInputsCard::addInput);

    connect(&context.store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        const qint64 id = m_context.workshopId;
        if (changes.has(id, ChangeKind::Candidate | ChangeKind::Workshop | ChangeKind::Score |
                                ChangeKind::Vote))
            refresh();
        if (changes.has(id, ChangeKind::FollowUp))
            m_followUps->refresh();
    });
    setFocusProxy(m_metric->nameEdit());
}

void ConvergePage::refresh() {
    m_choice->refresh();
    m_outcome->refresh();
    m_metric->refresh();
    m_inputs->refresh();
    m_guardrail->refresh();
    m_checklist->refresh();
}
