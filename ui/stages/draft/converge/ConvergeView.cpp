#include "ConvergeView.h"
#include "domain/StageKeys.h"

#include "ConvergeOutcomeLine.h"
#include "ConvergeTree.h"
#include "Theme.h"
#include "session/Reveal.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/NorthStarTreeView.h"

#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

ConvergeView::ConvergeView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layers(new QStackedLayout(this))
    , m_waiting(new QWidget(this))
    , m_message(StageWidgets::projectorLabel({}, StageWidgets::ProjectorLarge, m_waiting))
    , m_chosen(new QWidget(this))
    , m_outcome(
          StageWidgets::projectorLabel({}, StageWidgets::ProjectorBody, m_chosen, QFont::DemiBold))
    , m_tree(new NorthStarTreeView(m_chosen)) {
    setObjectName(QStringLiteral("convergeView"));
    m_message->setObjectName(QStringLiteral("convergeWaiting"));
    m_message->setAlignment(Qt::AlignCenter);
    auto* waiting = new QVBoxLayout(m_waiting);
    waiting->addStretch();
    waiting->addWidget(m_message);
    waiting->addStretch(2);
    m_tree->setObjectName(QStringLiteral("projectorNorthStarTree"));
    // Every text at or above the projector's floor; dark or light with the projector's look.
    m_tree->setFont(Theme::font(StageWidgets::ProjectorFloor));
    m_tree->setSizing(TreeSizing::Legible);
    m_tree->setProjectorColors();
    // A revisit says what it decided above the tree: kept, or changed from what to what.
    m_outcome->setObjectName(QStringLiteral("convergeOutcome"));
    m_outcome->setAlignment(Qt::AlignCenter);
    m_outcome->setWordWrap(true);
    auto* chosen = new QVBoxLayout(m_chosen);
    chosen->setContentsMargins(0, 0, 0, 0);
    chosen->addWidget(m_outcome);
    chosen->addWidget(m_tree, 1);
    m_layers->addWidget(m_waiting);
    m_layers->addWidget(m_chosen);

    // The tree shows the workshop's candidates and header; the silent brainstorm's reveal
    // decides whether it may.
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Workshop) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    refresh();
            });
    refresh();
}

bool ConvergeView::isTreeShown() const {
    return m_layers->currentWidget() == m_chosen;
}

void ConvergeView::refresh() {
    // Privacy: until the silent brainstorm's cards are revealed, no candidate's text may
    // reach the room — unless the facilitator has chosen the North Star. Choosing is done in
    // front of the room, so the chosen metric is public even when the cards were hidden
    // again afterwards (which used to leave the projector blank at Converge for good).
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const bool chosen = workshop && workshop->northStarId != 0;
    const bool revealed = chosen || Reveal::cardsRevealed(m_context.store, m_context.workshopId);
    const NorthStarTree tree = revealed ? ConvergeTree::build(m_context.store, m_context.workshopId,
                                                              ConvergeTree::Detail::Projector)
                                        : NorthStarTree();
    const ConvergeOutcomeLine outcome =
        ConvergeOutcomeLine::read(m_context.store, m_context.workshopId);
    if (!revealed || tree.metricName.isEmpty()) {
        // A revisit's incumbent was carried over in the open: the room may see its name
        // before the reveal (Reveal::seenByRoom).
        m_message->setText(outcome.outcome == NorthStarOutcome::Undecided
                               ? tr("Keep our North Star, %1, or change it? The room is "
                                    "choosing.")
                                     .arg(outcome.incumbent)
                           : revealed ? tr("The room is choosing its North Star")
                                      : tr("The North Star will appear here"));
        m_tree->setTree({});
        m_layers->setCurrentWidget(m_waiting);
        return;
    }
    m_outcome->setText(outcome.text);
    m_outcome->setAccessibleName(outcome.text);
    m_outcome->setVisible(!outcome.text.isEmpty());
    m_tree->setTree(tree);
    m_layers->setCurrentWidget(m_chosen);
}
