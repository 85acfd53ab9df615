#include "GoodBadView.h"

#include "UserText.h"
#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/FitColumn.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

GoodBadView::GoodBadView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QVBoxLayout) {
    setObjectName(QStringLiteral("goodBadView"));
    const bool compact = StageWidgets::isCompactProjector(this);
    QFrame* checklist = StageWidgets::projectorCard(this);
    auto* checks = new QVBoxLayout(checklist);
    checks->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(32, 24, 32, 24));
    checks->setSpacing(6);
    checks->addWidget(StageWidgets::projectorLabel(tr("A good North Star is…"),
                                                   StageWidgets::isCompactProjector(this)
                                                       ? StageWidgets::ProjectorFloor
                                                       : StageWidgets::ProjectorBody,
                                                   checklist, QFont::Bold));
    int n = 0;
    for (const ChecklistCriterion& c : Playbook::standard().checklist())
        checks->addWidget(StageWidgets::projectorLabel(tr("%1  %2").arg(++n).arg(c.title),
                                                       StageWidgets::ProjectorBody - 2, checklist));
    checks->addStretch();

    QFrame* anti = StageWidgets::projectorCard(this);
    auto* antiLayout = new QVBoxLayout(anti);
    antiLayout->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(32, 24, 32, 24));
    antiLayout->setSpacing(compact ? 4 : 10);
    antiLayout->addWidget(StageWidgets::projectorLabel(
        tr("Terrible North Stars for us"), StageWidgets::ProjectorBody, anti, QFont::Bold));
    antiLayout->addLayout(m_list, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(compact ? 20 : 32);
    // On a small projector the checklist needs half the width to keep each point on a line.
    layout->addWidget(checklist, compact ? 1 : 2);
    layout->addWidget(anti, compact ? 1 : 3);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Candidate))
                    rebuild();
            });
    rebuild();
}

void GoodBadView::rebuild() {
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<Candidate> list;
    for (const Candidate& c : m_context.store.candidates(m_context.workshopId))
        if (c.kind == CandidateKind::AntiExample)
            list.append(c);
    if (list.isEmpty()) {
        m_list->addWidget(StageWidgets::projectorLabel(tr("What would steer us wrong?"),
                                                       StageWidgets::ProjectorBody, this));
        m_list->addStretch();
        return;
    }
    const Playbook& playbook = Playbook::standard();
    // The latest ones, as many as fit: the oldest give way first.
    auto* column = new FitColumn(this, FitColumn::GiveWay::First);
    m_list->addWidget(column, 1);
    const bool compact = StageWidgets::isCompactProjector(this);
    const qsizetype shown = compact ? CompactMaximumShown : MaximumShown;
    for (qsizetype i = std::max<qsizetype>(0, list.size() - shown); i < list.size(); ++i) {
        const Candidate& c = list.at(i);
        const auto criterion = playbook.criterion(c.breaksCriterion);
        const QString text = criterion
                                 ? tr("✗ %1 · %2").arg(UserText::isolate(c.name), criterion->broken)
                                 : tr("✗ %1").arg(UserText::isolate(c.name));
        QLabel* label = StageWidgets::projectorLabel(
            text, compact ? StageWidgets::ProjectorFloor : StageWidgets::ProjectorBody, this);
        label->setObjectName(QStringLiteral("projectorAntiExample"));
        column->addWidget(label, true);
    }
}
