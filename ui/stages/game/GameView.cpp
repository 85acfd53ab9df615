#include "GameView.h"

#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

GameView::GameView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_cards(new QHBoxLayout) {
    setObjectName(QStringLiteral("gameView"));
    m_cards->setSpacing(32);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->addLayout(m_cards);
    layout->addStretch();
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Workshop | ChangeKind::GameTally))
                    refresh();
            });
    refresh();
}

bool GameView::Shown::sameShape(const Shown& other) const {
    if (chosen != other.chosen || compact != other.compact || hands.size() != other.hands.size())
        return false;
    for (qsizetype i = 0; i < hands.size(); ++i)
        if (hands.at(i).isEmpty() != other.hands.at(i).isEmpty())
            return false;
    return true;
}

GameView::Shown GameView::read() const {
    Shown shown;
    shown.compact = StageWidgets::isCompactProjector(this);
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const Game chosen = workshop ? workshop->game : Game::Undecided;
    const QMap<Game, int> tally = m_context.store.gameTally(m_context.workshopId);
    const QList<GameGuide>& games = Playbook::standard().games();
    for (qsizetype i = 0; i < games.size(); ++i) {
        if (games.at(i).game == chosen)
            shown.chosen = int(i);
        const int hands = tally.value(games.at(i).game);
        shown.hands << (hands <= 0   ? QString()
                        : hands == 1 ? tr("1 hand")
                                     : tr("%1 hands").arg(hands));
    }
    return shown;
}

void GameView::refresh() {
    Shown now = read();
    QStringList before, after;
    for (qsizetype i = 0; i < now.hands.size() && i < m_shown.hands.size(); ++i)
        if (!now.hands.at(i).isEmpty()) {
            before << m_shown.hands.at(i);
            after << now.hands.at(i);
        }
    const bool same = m_built && now.sameShape(m_shown) && m_texts.update(before, after) >= 0;
    m_shown = std::move(now);
    if (!same)
        rebuild();
}

void GameView::rebuild() {
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    m_built = true;
    // Three cards share a 1280-pixel projector: tighter cards and a title that fits one line.
    const bool compact = m_shown.compact;
    m_cards->setSpacing(compact ? 20 : 32);
    const QList<GameGuide>& games = Playbook::standard().games();
    for (qsizetype i = 0; i < games.size(); ++i) {
        const GameGuide& guide = games.at(i);
        const bool isChosen = m_shown.chosen == i;
        QFrame* card = StageWidgets::projectorCard(this, isChosen);
        auto* body = new QVBoxLayout(card);
        body->setContentsMargins(compact ? QMargins(24, 18, 24, 18) : QMargins(32, 28, 32, 28));
        body->setSpacing(compact ? 8 : 16);
        QLabel* title = StageWidgets::projectorLabel(
            isChosen ? tr("★ %1").arg(guide.title) : guide.title,
            compact ? StageWidgets::ProjectorBody + 2 : StageWidgets::ProjectorLarge, card,
            QFont::Bold);
        title->setObjectName(QStringLiteral("projectorGameTitle"));
        body->addWidget(title);
        body->addWidget(StageWidgets::projectorLabel(guide.tagline, StageWidgets::ProjectorBody,
                                                     card, QFont::DemiBold));
        // On a small projector the question gives way to the title and the tagline (the
        // design's "ATTENTION / time spent").
        if (!compact)
            body->addWidget(StageWidgets::projectorLabel(guide.question,
                                                         StageWidgets::ProjectorBody - 2, card));
        body->addStretch();
        const QString hands = m_shown.hands.value(i);
        if (!hands.isEmpty()) {
            QLabel* count = StageWidgets::projectorLabel(hands, StageWidgets::ProjectorBody, card,
                                                         QFont::DemiBold);
            count->setObjectName(QStringLiteral("projectorGameHands"));
            body->addWidget(m_texts.keep(count));
        }
        if (isChosen) {
            QLabel* ours = StageWidgets::projectorLabel(tr("Our game"), StageWidgets::ProjectorBody,
                                                        card, QFont::Bold);
            ours->setObjectName(QStringLiteral("projectorGameChosen"));
            body->addWidget(ours);
        }
        m_cards->addWidget(card, 1);
    }
}
