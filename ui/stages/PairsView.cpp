#include "PairsView.h"

#include "DraftText.h"
#include "StageContext.h"
#include "StageWidgets.h"
#include "scoring/PairDraw.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int CandidatesShown = 2; // a pair keeps one or two; more become "+ 1 more"
}

PairsView::PairsView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("pairsView"));
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->setSpacing(24);
    auto refreshFor = [this](qint64 id) {
        if (id == m_context.workshopId)
            rebuild();
    };
    connect(&m_context.store, &WorkshopStore::pairsChanged, this, refreshFor);
    connect(&m_context.store, &WorkshopStore::candidatesChanged, this, refreshFor);
    connect(&m_context.store, &WorkshopStore::participantsChanged, this, refreshFor);
    connect(&m_context.store, &WorkshopStore::stageStateChanged, this,
            [refreshFor](qint64 id, const QString& key) {
                if (key == DraftText::silentStage())
                    refreshFor(id);
            });
    rebuild();
}

void PairsView::rebuild() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QLayout* inner = item->layout())
            while (QLayoutItem* child = inner->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        delete item->widget();
        delete item;
    }
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    const QHash<qint64, QString> names =
        DraftText::names(m_context.store.participants(m_context.workshopId));
    if (groups.isEmpty()) {
        m_layout->addWidget(
            StageWidgets::projectorLabel(tr("The pairs will appear here when they are drawn."),
                                         StageWidgets::ProjectorLarge, this));
        m_layout->addStretch();
        return;
    }
    const bool revealed = DraftText::isRevealed(m_context.store, m_context.workshopId);
    const QList<Candidate> all = m_context.store.candidates(m_context.workshopId);
    const int columns = groups.size() <= 2 ? int(groups.size()) : groups.size() <= 6 ? 3 : 4;
    const qreal nameSize =
        groups.size() <= 6 ? StageWidgets::ProjectorLarge : StageWidgets::ProjectorBody;
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(24);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const PairGroupRecord& group = groups.at(g);
        QFrame* card = StageWidgets::projectorCard(this);
        auto* body = new QVBoxLayout(card);
        body->setContentsMargins(32, 24, 32, 24);
        body->setSpacing(8);
        QLabel* heading = StageWidgets::projectorLabel(DraftText::memberNames(group.members, names),
                                                       nameSize, card, QFont::Bold);
        heading->setObjectName(QStringLiteral("projectorPairNames"));
        body->addWidget(heading);
        QList<Candidate> mine;
        int sources = 0;
        for (const Candidate& c : all) {
            if (c.kind == CandidateKind::Pair && c.pairId == group.id)
                mine << c;
            if (c.kind == CandidateKind::Own && group.members.contains(c.authorId) &&
                DraftText::hasText(c))
                ++sources;
        }
        if (!revealed || mine.isEmpty()) {
            // Counts only: the cards are not revealed yet, or the pair has not written any.
            QString line = tr("%1 to work from").arg(DraftText::cardCount(sources));
            if (!mine.isEmpty())
                line += tr(" · %1 written")
                            .arg(mine.size() == 1 ? tr("1 candidate")
                                                  : tr("%1 candidates").arg(mine.size()));
            body->addWidget(StageWidgets::projectorLabel(line, 28, card));
        } else {
            for (qsizetype k = 0; k < std::min<qsizetype>(mine.size(), CandidatesShown); ++k) {
                const Candidate& c = mine.at(k);
                QLabel* name = StageWidgets::projectorLabel(
                    tr("★ %1").arg(DraftText::oneLine(DraftText::title(c), 34)),
                    StageWidgets::ProjectorBody, card, QFont::DemiBold);
                name->setObjectName(QStringLiteral("projectorPairCandidate"));
                body->addWidget(name);
                const QString from = DraftText::sources(c, all, names, 24);
                body->addWidget(StageWidgets::projectorLabel(
                    from.isEmpty() ? tr("written new")
                                   : tr("from %1").arg(DraftText::oneLine(from, 64)),
                    28, card));
            }
            if (mine.size() > CandidatesShown)
                body->addWidget(StageWidgets::projectorLabel(
                    tr("+ %1 more").arg(mine.size() - CandidatesShown), 28, card));
        }
        body->addStretch();
        grid->addWidget(card, int(g / columns), int(g % columns));
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    m_layout->addLayout(grid, 1);
    Pairing pairing;
    for (const PairGroupRecord& group : groups)
        pairing << group.members;
    const QString note = PairDraw::note(pairing);
    if (!note.isEmpty())
        m_layout->addWidget(StageWidgets::projectorLabel(note, 28, this));
}
