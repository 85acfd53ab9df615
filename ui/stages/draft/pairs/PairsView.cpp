#include "PairsView.h"
#include "domain/StageKeys.h"

#include "UserText.h"
#include "scoring/PairDraw.h"
#include "session/Reveal.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int CandidatesShown = 2; // a pair keeps one or two; more become "+ 1 more"
constexpr int NameColumns = 3;

void clear(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QLayout* inner = item->layout())
            clear(inner);
        delete item->widget();
        delete item;
    }
}
} // namespace

PairsView::PairsView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("pairsView"));
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->setSpacing(20);
    connect(
        &m_context.store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
            const qint64 id = m_context.workshopId;
            if (changes.has(id, ChangeKind::Pairs | ChangeKind::Candidate | ChangeKind::Roster) ||
                changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState) ||
                changes.hasStage(id, StageKeys::Pairs, ChangeKind::StageState))
                rebuild();
        });
    rebuild();
}

void PairsView::rebuild() {
    clear(m_layout);
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    m_names = DraftText::names(m_context.store.participants(m_context.workshopId));
    m_all = m_context.store.candidates(m_context.workshopId);
    if (groups.isEmpty()) {
        m_layout->addWidget(
            StageWidgets::projectorLabel(tr("The pairs will appear here when they are drawn."),
                                         StageWidgets::ProjectorLarge, this));
        m_layout->addStretch();
        return;
    }
    bool written = false;
    for (const Candidate& c : std::as_const(m_all))
        written = written || c.kind == CandidateKind::Pair;
    if (written && Reveal::cardsRevealed(m_context.store, m_context.workshopId))
        showCandidates(groups);
    else
        showNames(groups);
    Pairing pairing;
    for (const PairGroupRecord& group : groups)
        pairing << group.members;
    const QString note = PairDraw::note(pairing);
    if (!note.isEmpty())
        m_layout->addWidget(StageWidgets::projectorLabel(note, 28, this));
}

QFrame* PairsView::groupCard(const PairGroupRecord& group, QVBoxLayout** body) {
    QFrame* card = StageWidgets::projectorCard(this);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(6);
    // One person a line, shortened to the card's width: a long name never wraps over the
    // pair's cards, and the pair reads at a glance.
    for (qint64 member : group.members) {
        QLabel* name = StageWidgets::projectorLine(m_names.value(member),
                                                   StageWidgets::ProjectorBody, card, QFont::Bold);
        name->setObjectName(QStringLiteral("projectorPairNames"));
        layout->addWidget(name);
    }
    *body = layout;
    return card;
}

void PairsView::showNames(const QList<PairGroupRecord>& groups) {
    // Names and counts only: this is also what the room sees before the reveal.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(20);
    const int columns = std::min<int>(NameColumns, int(groups.size()));
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const PairGroupRecord& group = groups.at(g);
        QVBoxLayout* body = nullptr;
        QFrame* card = groupCard(group, &body);
        int sources = 0, mine = 0;
        for (const Candidate& c : std::as_const(m_all)) {
            mine += c.kind == CandidateKind::Pair && c.pairId == group.id ? 1 : 0;
            sources += c.kind == CandidateKind::Own && group.members.contains(c.authorId) &&
                               DraftText::hasText(c)
                           ? 1
                           : 0;
        }
        body->addSpacing(6);
        QString line = tr("%1 to work from").arg(DraftText::cardCount(sources));
        if (mine > 0)
            line = mine == 1 ? tr("1 candidate written") : tr("%1 candidates written").arg(mine);
        body->addWidget(StageWidgets::projectorLabel(line, 28, card));
        body->addStretch();
        grid->addWidget(card, int(g / columns), int(g % columns));
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    m_layout->addLayout(grid);
    m_layout->addStretch();
}

void PairsView::showCandidates(const QList<PairGroupRecord>& groups) {
    const int count = int(groups.size());
    const int pages = DraftText::pageCount(count);
    const int per = DraftText::perPage(count);
    const int page = std::clamp(
        m_context.store.stageState(m_context.workshopId, QString(StageKeys::Pairs)).focus, 0,
        pages - 1);
    const bool compact = StageWidgets::isCompactProjector(this);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(compact ? 20 : 28);
    for (qsizetype g = qsizetype(page) * per;
         g < std::min<qsizetype>(qsizetype(page + 1) * per, count); ++g) {
        const PairGroupRecord& group = groups.at(g);
        QVBoxLayout* body = nullptr;
        QFrame* card = groupCard(group, &body);
        QList<Candidate> mine;
        for (const Candidate& c : std::as_const(m_all))
            if (c.kind == CandidateKind::Pair && c.pairId == group.id)
                mine << c;
        if (mine.isEmpty())
            body->addWidget(StageWidgets::projectorLabel(tr("Still writing"), 28, card));
        for (qsizetype k = 0; k < std::min<qsizetype>(mine.size(), CandidatesShown); ++k) {
            const Candidate& c = mine.at(k);
            body->addSpacing(compact ? 6 : 14);
            QLabel* name = compact ? StageWidgets::projectorLine(
                                         tr("★ %1").arg(UserText::isolate(DraftText::title(c))),
                                         StageWidgets::ProjectorBody, card, QFont::DemiBold)
                                   : StageWidgets::projectorLabel(
                                         tr("★ %1").arg(UserText::isolate(
                                             DraftText::oneLine(DraftText::title(c), 40))),
                                         StageWidgets::ProjectorBody, card, QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorPairCandidate"));
            body->addWidget(name);
            const QString from = DraftText::sources(c, m_all, m_names, 28);
            const QString origin = from.isEmpty() ? tr("written new")
                                                  : tr("from %1").arg(DraftText::oneLine(from, 70));
            QLabel* lineage = compact ? StageWidgets::projectorLine(origin, 28, card)
                                      : StageWidgets::projectorLabel(origin, 28, card);
            lineage->setObjectName(QStringLiteral("projectorLineage"));
            body->addWidget(lineage);
        }
        if (mine.size() > CandidatesShown)
            body->addWidget(StageWidgets::projectorLabel(
                tr("+ %1 more").arg(mine.size() - CandidatesShown), 28, card));
        body->addStretch();
        columns->addWidget(card, 1);
    }
    for (qsizetype g =
             std::min<qsizetype>(qsizetype(page + 1) * per, count) - qsizetype(page) * per;
         g < per; ++g)
        columns->addStretch(1); // a short last page keeps the same column widths
    m_layout->addLayout(columns, 1);
    if (pages > 1)
        m_layout->addWidget(
            StageWidgets::projectorLabel(tr("Page %1 of %2").arg(page + 1).arg(pages), 28, this));
}
