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
                    refresh();
            });
    refresh();
}

QStringList WarmUpView::Shown::shape() const {
    return {QString::number(group), QString::number(compact), QString::number(inputs.size()),
            QString::number(definition.isEmpty()), QString::number(where.isEmpty())};
}

QStringList WarmUpView::Shown::texts() const {
    if (!group)
        return {heading};
    QStringList texts = {heading, metric};
    if (!definition.isEmpty())
        texts << definition;
    texts << inputs;
    if (!where.isEmpty())
        texts << where;
    return texts;
}

WarmUpView::Shown WarmUpView::read() const {
    Shown shown;
    shown.compact = StageWidgets::isCompactProjector(this);
    const QList<WarmUpGroup> groups = m_context.store.warmUpGroups(m_context.workshopId);
    const Playbook& playbook = Playbook::standard();
    if (groups.isEmpty()) {
        shown.heading = playbook.warmUp().title;
        return shown;
    }
    shown.group = true;
    const int focus = m_context.store.stageState(m_context.workshopId, m_stageKey).focus;
    const WarmUpGroup& group = groups.at(focus % groups.size());
    const auto game = playbook.game(group.game);
    shown.heading =
        game ? tr("%1 · %2 game").arg(UserText::isolate(group.name), game->title) : group.name;
    const auto worksheet = group.candidateId ? m_context.store.candidate(group.candidateId)
                                             : std::optional<Candidate>();
    shown.metric = worksheet && !worksheet->name.trimmed().isEmpty()
                       ? tr("★ %1").arg(UserText::isolate(worksheet->name))
                       : tr("North Star still to be written");
    if (worksheet && !worksheet->definition.trimmed().isEmpty())
        shown.definition = worksheet->definition;
    if (worksheet)
        for (const Input& input : m_context.store.inputs(worksheet->id))
            if (!input.name.trimmed().isEmpty())
                shown.inputs << input.name;
    if (groups.size() > 1)
        shown.where = tr("Group %1 of %2").arg(focus % groups.size() + 1).arg(groups.size());
    return shown;
}

void WarmUpView::refresh() {
    Shown now = read();
    // The same widgets: set the texts that changed, and let the column fit them again.
    const bool same = m_built && now.shape() == m_shown.shape() &&
                      m_texts.update(m_shown.texts(), now.texts()) >= 0;
    m_shown = std::move(now);
    if (!same)
        rebuild();
    else if (m_column)
        m_column->fit();
}

void WarmUpView::rebuild() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    m_built = true;
    const Shown& s = m_shown;
    if (!s.group) {
        m_layout->addWidget(m_texts.keep(
            StageWidgets::projectorLabel(s.heading, StageWidgets::ProjectorLarge, this)));
        m_layout->addStretch();
        return;
    }
    const bool compact = s.compact;
    QFrame* card = StageWidgets::projectorCard(this);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(40, 28, 40, 28));
    // The group and the metric always show; the definition and the inputs give way on a
    // small projector.
    auto* body = new FitColumn(card);
    m_column = body;
    body->columnLayout()->setSpacing(compact ? 6 : 12);
    cardLayout->addWidget(body, 1);
    QLabel* heading =
        StageWidgets::projectorLabel(s.heading, StageWidgets::ProjectorBody, card, QFont::DemiBold);
    heading->setObjectName(QStringLiteral("projectorWorksheetGroup"));
    body->addWidget(m_texts.keep(heading));
    QLabel* metric = StageWidgets::projectorLabel(
        s.metric, compact ? StageWidgets::ProjectorLarge : StageWidgets::ProjectorHeading, card,
        QFont::Bold);
    metric->setObjectName(QStringLiteral("projectorWorksheetMetric"));
    body->addWidget(m_texts.keep(metric));
    if (!s.definition.isEmpty())
        body->addWidget(
            m_texts.keep(StageWidgets::projectorLabel(
                s.definition, compact ? StageWidgets::ProjectorFloor : StageWidgets::ProjectorBody,
                card)),
            true);
    if (!s.inputs.isEmpty()) {
        // The inputs as a row of small cards under the metric, like the tree they will become.
        auto* row = new QWidget(card);
        auto* inputs = new QHBoxLayout(row);
        inputs->setContentsMargins(0, 0, 0, 0);
        inputs->setSpacing(compact ? 14 : 20);
        for (const QString& input : s.inputs) {
            QFrame* box = StageWidgets::projectorCard(row);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(compact ? QMargins(12, 8, 12, 8)
                                                  : QMargins(20, 16, 20, 16));
            QLabel* name = StageWidgets::projectorLabel(
                input, compact ? StageWidgets::ProjectorFloor : StageWidgets::ProjectorBody, box,
                QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorWorksheetInput"));
            name->setAlignment(Qt::AlignCenter);
            boxLayout->addWidget(m_texts.keep(name));
            inputs->addWidget(box, 1);
        }
        body->addSpacing(compact ? 4 : 12);
        body->addWidget(row, true);
    }
    m_layout->addWidget(card, 1);
    if (!s.where.isEmpty())
        m_layout->addWidget(
            m_texts.keep(StageWidgets::projectorLabel(s.where, StageWidgets::ProjectorBody, this)));
}
