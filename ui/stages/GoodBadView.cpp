#include "GoodBadView.h"

#include "StageContext.h"
#include "StageWidgets.h"
#include "UserText.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

GoodBadView::GoodBadView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QVBoxLayout) {
    setObjectName(QStringLiteral("goodBadView"));
    QFrame* checklist = StageWidgets::projectorCard(this);
    auto* checks = new QVBoxLayout(checklist);
    checks->setContentsMargins(32, 24, 32, 24);
    checks->setSpacing(6);
    checks->addWidget(StageWidgets::projectorLabel(
        tr("A good North Star is…"), StageWidgets::ProjectorBody, checklist, QFont::Bold));
    int n = 0;
    for (const ChecklistCriterion& c : Playbook::standard().checklist())
        checks->addWidget(StageWidgets::projectorLabel(tr("%1  %2").arg(++n).arg(c.title),
                                                       StageWidgets::ProjectorBody - 2, checklist));
    checks->addStretch();

    QFrame* anti = StageWidgets::projectorCard(this);
    auto* antiLayout = new QVBoxLayout(anti);
    antiLayout->setContentsMargins(32, 24, 32, 24);
    antiLayout->setSpacing(10);
    antiLayout->addWidget(StageWidgets::projectorLabel(
        tr("Terrible North Stars for us"), StageWidgets::ProjectorBody, anti, QFont::Bold));
    antiLayout->addLayout(m_list);
    antiLayout->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(32);
    layout->addWidget(checklist, 2);
    layout->addWidget(anti, 3);
    connect(&m_context.store, &WorkshopStore::candidatesChanged, this, [this](qint64 id) {
        if (id == m_context.workshopId)
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
        return;
    }
    const Playbook& playbook = Playbook::standard();
    for (qsizetype i = std::max<qsizetype>(0, list.size() - MaximumShown); i < list.size(); ++i) {
        const Candidate& c = list.at(i);
        const auto criterion = playbook.criterion(c.breaksCriterion);
        const QString text =
            criterion ? tr("✗ %1 · %2").arg(UserText::isolate(c.name), criterion->broken)
                      : tr("✗ %1").arg(UserText::isolate(c.name));
        QLabel* label = StageWidgets::projectorLabel(text, StageWidgets::ProjectorBody, this);
        label->setObjectName(QStringLiteral("projectorAntiExample"));
        m_list->addWidget(label);
    }
}
