#include "WarmUpView.h"

#include "StageContext.h"
#include "StageWidgets.h"
#include "UserText.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

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
    auto refreshFor = [this](qint64 id) {
        if (id == m_context.workshopId)
            rebuild();
    };
    connect(&m_context.store, &WorkshopStore::warmUpChanged, this, refreshFor);
    connect(&m_context.store, &WorkshopStore::candidatesChanged, this, refreshFor);
    connect(&m_context.store, &WorkshopStore::stageStateChanged, this,
            [this, refreshFor](qint64 id, const QString& key) {
                if (key == m_stageKey)
                    refreshFor(id);
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
    QFrame* card = StageWidgets::projectorCard(this);
    auto* body = new QVBoxLayout(card);
    body->setContentsMargins(40, 28, 40, 28);
    body->setSpacing(12);
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
    QLabel* metric =
        StageWidgets::projectorLabel(name, StageWidgets::ProjectorHeading, card, QFont::Bold);
    metric->setObjectName(QStringLiteral("projectorWorksheetMetric"));
    body->addWidget(metric);
    if (worksheet && !worksheet->definition.trimmed().isEmpty())
        body->addWidget(
            StageWidgets::projectorLabel(worksheet->definition, StageWidgets::ProjectorBody, card));
    if (worksheet) {
        // The inputs as a row of small cards under the metric, like the tree they will become.
        auto* inputs = new QHBoxLayout;
        inputs->setSpacing(20);
        for (const Input& input : m_context.store.inputs(worksheet->id)) {
            if (input.name.trimmed().isEmpty())
                continue;
            QFrame* box = StageWidgets::projectorCard(card);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(20, 16, 20, 16);
            QLabel* name = StageWidgets::projectorLabel(input.name, StageWidgets::ProjectorBody,
                                                        box, QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorWorksheetInput"));
            name->setAlignment(Qt::AlignCenter);
            boxLayout->addWidget(name);
            inputs->addWidget(box, 1);
        }
        if (inputs->count() > 0) {
            body->addSpacing(12);
            body->addLayout(inputs);
        } else {
            delete inputs;
        }
    }
    m_layout->addWidget(card);
    m_layout->addStretch();
    if (groups.size() > 1)
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Group %1 of %2").arg(focus % groups.size() + 1).arg(groups.size()),
            StageWidgets::ProjectorBody, this));
}
