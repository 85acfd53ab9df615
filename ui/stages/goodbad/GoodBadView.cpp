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
                    refresh();
            });
    refresh();
}

QStringList GoodBadView::lines() const {
    QList<Candidate> list;
    for (const Candidate& c : m_context.store.candidates(m_context.workshopId))
        if (c.kind == CandidateKind::AntiExample)
            list.append(c);
    const Playbook& playbook = Playbook::standard();
    // The latest ones, as many as fit: the oldest give way first.
    const qsizetype shown =
        StageWidgets::isCompactProjector(this) ? CompactMaximumShown : MaximumShown;
    QStringList lines;
    for (qsizetype i = std::max<qsizetype>(0, list.size() - shown); i < list.size(); ++i) {
        const Candidate& c = list.at(i);
        const auto criterion = playbook.criterion(c.breaksCriterion);
        lines << (criterion ? tr("✗ %1 · %2").arg(UserText::isolate(c.name), criterion->broken)
                            : tr("✗ %1").arg(UserText::isolate(c.name)));
    }
    return lines;
}

void GoodBadView::refresh() {
    QStringList now = lines();
    const bool compact = StageWidgets::isCompactProjector(this);
    // The same lines, one of them edited: set its text and let the column fit again.
    const bool same = m_built && compact == m_compact && !now.isEmpty() &&
                      now.size() == m_lines.size() && m_texts.update(m_lines, now) >= 0;
    m_lines = std::move(now);
    m_compact = compact;
    if (!same)
        rebuild();
    else if (m_column)
        m_column->fit();
}

void GoodBadView::rebuild() {
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    m_built = true;
    if (m_lines.isEmpty()) {
        m_list->addWidget(StageWidgets::projectorLabel(tr("What would steer us wrong?"),
                                                       StageWidgets::ProjectorBody, this));
        m_list->addStretch();
        return;
    }
    auto* column = new FitColumn(this, FitColumn::GiveWay::First);
    m_column = column;
    m_list->addWidget(column, 1);
    for (const QString& line : std::as_const(m_lines)) {
        QLabel* label = StageWidgets::projectorLabel(
            line, m_compact ? StageWidgets::ProjectorFloor : StageWidgets::ProjectorBody, this);
        label->setObjectName(QStringLiteral("projectorAntiExample"));
        column->addWidget(m_texts.keep(label), true);
    }
}
