#include "WarmUpView.h"

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

WarmUpView::WarmUpView(const QString& stageKey, const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stageKey(stageKey)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("warmUpView"));
    m_layout->setContentsMargins(0, 8, 0, 0);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::WarmUp | ChangeKind::Candidate) ||
                    changes.hasStage(id, m_stageKey, ChangeKind::StageState))
                    rebuild();
            });
    rebuild();
}

void WarmUpView::rebuild() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<WarmUpGroup> groups = m_context.store.warmUpGroups(m_context.workshopId);
    const Playbook& playbook = Playbook::standard();
    if (groups.isEmpty()) {
        m_layout->addWidget(StageWidgets::projectorLabel(playbook.warmUp().title,
                                                         StageWidgets::ProjectorLarge, this));
        m_layout->addStretch();
        return;
    }
    const int focus = m_context.store.stageState(m_context.workshopId, m_stageKey).focus;
    const WarmUpGroup& group = groups.at(focus % groups.size());
    const bool compact = StageWidgets::isCompactProjector(this);
    QFrame* card = StageWidgets::projectorCard(this);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(40, 28, 40, 28));
    // The group and the metric always show; the definition and the inputs give way on a
    // small projector.
    auto* body = new FitColumn(card);
    body->columnLayout()->setSpacing(compact ? 6 : 12);
    cardLayout->addWidget(body, 1);
    const auto game = playbook.game(group.game);
    QLabel* heading = StageWidgets::projectorLabel(
        game ? tr("%1 · %2 game").arg(UserText::isolate(group.name), game->title) : group.name,
        StageWidgets::ProjectorBody, card, QFont::DemiBold);
    heading->setObjectName(QStringLiteral("projectorWorksheetGroup"));
    body->addWidget(heading);
    const auto worksheet = group.candidateId ? m_context.store.candidate(group.candidateId)
                                             : std::optional<Candidate>();
    const QString name = worksheet && !worksheet->name.trimmed().isEmpty()
                             ? tr("★ %1").arg(UserText::isolate(worksheet->name))
                             : tr("North Star still to be written");
    QLabel* metric = StageWidgets::projectorLabel(
        name, compact ? StageWidgets::ProjectorLarge : StageWidgets::ProjectorHeading, card,
        QFont::Bold);
    metric->setObjectName(QStringLiteral("projectorWorksheetMetric"));
    body->addWidget(metric);
    if (worksheet && !worksheet->definition.trimmed().isEmpty())
        body->addWidget(StageWidgets::projectorLabel(worksheet->definition,
                                                     compact ? StageWidgets::ProjectorFloor
                                                             : StageWidgets::ProjectorBody,
                                                     card),
                        true);
    if (worksheet) {
        // The inputs as a row of small cards under the metric, like the tree they will become.
        auto* row = new QWidget(card);
        auto* inputs = new QHBoxLayout(row);
        inputs->setContentsMargins(0, 0, 0, 0);
        inputs->setSpacing(compact ? 14 : 20);
        for (const Input& input : m_context.store.inputs(worksheet->id)) {
            if (input.name.trimmed().isEmpty())
                continue;
            QFrame* box = StageWidgets::projectorCard(row);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(compact ? QMargins(12, 8, 12, 8)
                                                  : QMargins(20, 16, 20, 16));
            QLabel* name = StageWidgets::projectorLabel(
                input.name, compact ? StageWidgets::ProjectorFloor : StageWidgets::ProjectorBody,
                box, QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorWorksheetInput"));
            name->setAlignment(Qt::AlignCenter);
            boxLayout->addWidget(name);
            inputs->addWidget(box, 1);
        }
        if (inputs->count() > 0) {
            body->addSpacing(compact ? 4 : 12);
            body->addWidget(row, true);
        } else {
            delete row;
        }
    }
    m_layout->addWidget(card, 1);
    if (groups.size() > 1)
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Group %1 of %2").arg(focus % groups.size() + 1).arg(groups.size()),
            StageWidgets::ProjectorBody, this));
}
