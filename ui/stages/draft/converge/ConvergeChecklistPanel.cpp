#include "ConvergeChecklistPanel.h"

#include "Theme.h"
#include "UserText.h"
#include "playbook/Playbook.h"
#include "scoring/ChecklistTally.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

ConvergeChecklistPanel::ConvergeChecklistPanel(StageContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_subject(StageWidgets::hint({}, this)) {
    setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(6);
    layout->addWidget(StageWidgets::label(tr("The checklist"), this, "sectionTitle"));
    layout->addWidget(m_subject);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (const ChecklistCriterion& c : Playbook::standard().checklist()) {
        QLabel* mark = StageWidgets::label({}, this);
        mark->setFixedWidth(20);
        mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QLabel* title = StageWidgets::label(tr("%1. %2").arg(row + 1).arg(c.title), this);
        title->setToolTip(c.meaning);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        grid->addWidget(mark, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1);
        m_marks << mark;
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch();
    refresh();
}

void ConvergeChecklistPanel::refresh() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const auto metric = workshop && workshop->northStarId
                            ? m_context.store.candidate(workshop->northStarId)
                            : std::optional<Candidate>();
    const QList<ChecklistCriterion>& checklist = Playbook::standard().checklist();
    QStringList keys;
    for (const ChecklistCriterion& c : checklist)
        keys << c.key;
    const ChecklistSummary summary =
        metric ? ChecklistTally::summarize(
                     metric->id, m_context.store.checklistScores(m_context.workshopId), keys)
               : ChecklistSummary();
    m_subject->setText(metric ? tr("How “%1” scored").arg(UserText::isolate(metric->name.trimmed()))
                              : tr("Keep these in view while writing."));
    for (int i = 0; i < m_marks.size(); ++i) {
        QLabel* mark = m_marks.at(i);
        const ChecklistCriterionResult result = summary.criteria.value(i);
        std::optional<ChecklistAnswer> answer = result.consensus;
        if (!answer && result.isScored())
            answer = result.majority;
        QString text;
        QString name;
        Theme::Role role = Theme::Role::MutedInk;
        if (!answer) {
            text = result.isScored() ? tr("~") : tr("·");
            name = result.isScored() ? tr("split") : tr("not scored");
        } else if (*answer == ChecklistAnswer::Yes) {
            text = tr("✓");
            name = tr("yes");
            role = Theme::Role::Calm;
        } else if (*answer == ChecklistAnswer::Partly) {
            text = tr("◐");
            name = tr("partly");
            role = Theme::Role::Amber;
        } else {
            text = tr("✗");
            name = tr("no");
            role = Theme::Role::Red;
        }
        mark->setText(metric ? text : QString());
        const QColor color =
            role == Theme::Role::Amber ? Theme::color(role).darker(145) : Theme::color(role);
        mark->setStyleSheet(QStringLiteral("color: %1; font-weight: 700;").arg(color.name()));
        mark->setAccessibleName(metric ? tr("%1: %2").arg(checklist.value(i).title, name)
                                       : QString());
    }
}
