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

#include <algorithm>
#include <tuple>

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
                refresh(&changes);
        });
    refresh(nullptr);
}

void PairsView::load(const WorkshopChanges* changes) {
    const WorkshopStore& store = m_context.store;
    const qint64 id = m_context.workshopId;
    const auto changed = [&](ChangeKinds kinds) { return !changes || changes->has(id, kinds); };
    if (changed(ChangeKind::Pairs | ChangeKind::Roster))
        m_data.groups = store.pairGroups(id);
    if (changed(ChangeKind::Roster))
        m_data.names = DraftText::names(store.participants(id));
    if (!changes || changes->hasStage(id, StageKeys::Silent, ChangeKind::StageState))
        m_data.revealed = Reveal::cardsRevealed(store, id);
    if (!changes || changes->hasStage(id, StageKeys::Pairs, ChangeKind::StageState))
        m_data.focus = store.stageState(id, QString(StageKeys::Pairs)).focus;
    // A new draw or a person gone touches the candidates that name them, and a change that
    // names no candidate may touch any: all are read. Else only the candidates named.
    if (changed(ChangeKind::Pairs | ChangeKind::Roster) ||
        (changed(ChangeKind::Candidate) && changes->candidateIds.isEmpty())) {
        m_data.candidates = store.candidates(id);
        return;
    }
    if (!changed(ChangeKind::Candidate))
        return;
    const QList<qint64> ids(changes->candidateIds.cbegin(), changes->candidateIds.cend());
    const std::optional<QList<Candidate>> read = store.candidates(id, ids);
    if (!read) {
        m_data.candidates = store.candidates(id);
        return;
    }
    m_data.candidates.removeIf(
        [&](const Candidate& c) { return changes->candidateIds.contains(c.id); });
    m_data.candidates << *read; // a candidate removed is not read back
    std::stable_sort(m_data.candidates.begin(), m_data.candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         return std::tie(a.position, a.id) < std::tie(b.position, b.id);
                     });
}

QStringList PairsView::Shown::shape() const {
    QStringList shape = {QString::number(int(mode)),       QString::number(compact),
                         QString::number(columns),         QString::number(groups.size()),
                         QString::number(where.isEmpty()), QString::number(note.isEmpty())};
    for (const Group& g : groups)
        shape << QString::number(g.names.size()) << QString::number(g.line.isEmpty())
              << QString::number(g.cards.size()) << QString::number(g.more.isEmpty());
    return shape;
}

QStringList PairsView::Shown::texts() const {
    QStringList texts;
    for (const Group& g : groups) {
        texts << g.names;
        if (!g.line.isEmpty())
            texts << g.line;
        for (const Card& c : g.cards)
            texts << c.title << c.origin;
        if (!g.more.isEmpty())
            texts << g.more;
    }
    if (!where.isEmpty())
        texts << where;
    if (!note.isEmpty())
        texts << note;
    return texts;
}

PairsView::Shown PairsView::read() const {
    Shown shown;
    shown.compact = StageWidgets::isCompactProjector(this);
    const QList<PairGroupRecord>& groups = m_data.groups;
    if (groups.isEmpty())
        return shown;
    const QHash<qint64, QString>& names = m_data.names;
    const QList<Candidate>& all = m_data.candidates;
    const auto named = [&](const PairGroupRecord& group) {
        Shown::Group g;
        for (qint64 member : group.members)
            g.names << names.value(member);
        return g;
    };
    Pairing pairing;
    for (const PairGroupRecord& group : groups)
        pairing << group.members;
    shown.note = PairDraw::note(pairing);
    bool written = false;
    for (const Candidate& c : all)
        written = written || c.kind == CandidateKind::Pair;

    if (!written || !m_data.revealed) {
        // Names and counts only: this is also what the room sees before the reveal.
        shown.mode = Shown::Mode::Names;
        shown.columns = std::min<int>(NameColumns, int(groups.size()));
        for (const PairGroupRecord& group : groups) {
            Shown::Group g = named(group);
            int sources = 0, mine = 0;
            for (const Candidate& c : all) {
                mine += c.kind == CandidateKind::Pair && c.pairId == group.id ? 1 : 0;
                sources += c.kind == CandidateKind::Own && group.members.contains(c.authorId) &&
                                   DraftText::hasText(c)
                               ? 1
                               : 0;
            }
            g.line = tr("%1 to work from").arg(DraftText::cardCount(sources));
            if (mine > 0)
                g.line =
                    mine == 1 ? tr("1 candidate written") : tr("%1 candidates written").arg(mine);
            shown.groups << g;
        }
        return shown;
    }

    shown.mode = Shown::Mode::Candidates;
    const int count = int(groups.size());
    const int pages = DraftText::pageCount(count);
    const int per = DraftText::perPage(count);
    const int page = std::clamp(m_data.focus, 0, pages - 1);
    shown.columns = per;
    for (qsizetype i = qsizetype(page) * per;
         i < std::min<qsizetype>(qsizetype(page + 1) * per, count); ++i) {
        const PairGroupRecord& group = groups.at(i);
        Shown::Group g = named(group);
        QList<Candidate> mine;
        for (const Candidate& c : all)
            if (c.kind == CandidateKind::Pair && c.pairId == group.id)
                mine << c;
        if (mine.isEmpty())
            g.line = tr("Still writing");
        for (qsizetype k = 0; k < std::min<qsizetype>(mine.size(), CandidatesShown); ++k) {
            const Candidate& c = mine.at(k);
            const QString title =
                shown.compact ? DraftText::title(c) : DraftText::oneLine(DraftText::title(c), 40);
            const QString from = DraftText::sources(c, all, names, 28);
            g.cards.append({tr("★ %1").arg(UserText::isolate(title)),
                            from.isEmpty() ? tr("written new")
                                           : tr("from %1").arg(DraftText::oneLine(from, 70))});
        }
        if (mine.size() > CandidatesShown)
            g.more = tr("+ %1 more").arg(mine.size() - CandidatesShown);
        shown.groups << g;
    }
    if (pages > 1)
        shown.where = tr("Page %1 of %2").arg(page + 1).arg(pages);
    return shown;
}

void PairsView::refresh(const WorkshopChanges* changes) {
    load(changes);
    Shown now = read();
    // The same widgets: set the texts that changed (a keystroke in a pair's card).
    const bool same = m_built && now.shape() == m_shown.shape() &&
                      m_texts.update(m_shown.texts(), now.texts()) >= 0;
    m_shown = std::move(now);
    if (!same)
        rebuild();
}

void PairsView::rebuild() {
    clear(m_layout);
    m_texts.clear();
    m_built = true;
    if (m_shown.mode == Shown::Mode::Waiting) {
        m_layout->addWidget(
            StageWidgets::projectorLabel(tr("The pairs will appear here when they are drawn."),
                                         StageWidgets::ProjectorLarge, this));
        m_layout->addStretch();
        return;
    }
    if (m_shown.mode == Shown::Mode::Candidates)
        showCandidates();
    else
        showNames();
    if (!m_shown.note.isEmpty())
        m_layout->addWidget(keep(StageWidgets::projectorLabel(m_shown.note, 28, this)));
}

QFrame* PairsView::groupCard(const Shown::Group& group, QVBoxLayout** body) {
    QFrame* card = StageWidgets::projectorCard(this);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(6);
    // One person a line, shortened to the card's width: a long name never wraps over the
    // pair's cards, and the pair reads at a glance.
    for (const QString& member : group.names) {
        QLabel* name =
            StageWidgets::projectorLine(member, StageWidgets::ProjectorBody, card, QFont::Bold);
        name->setObjectName(QStringLiteral("projectorPairNames"));
        layout->addWidget(keep(name));
    }
    *body = layout;
    return card;
}

void PairsView::showNames() {
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(20);
    const int columns = m_shown.columns;
    for (qsizetype g = 0; g < m_shown.groups.size(); ++g) {
        const Shown::Group& group = m_shown.groups.at(g);
        QVBoxLayout* body = nullptr;
        QFrame* card = groupCard(group, &body);
        body->addSpacing(6);
        body->addWidget(keep(StageWidgets::projectorLabel(group.line, 28, card)));
        body->addStretch();
        grid->addWidget(card, int(g / columns), int(g % columns));
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    m_layout->addLayout(grid);
    m_layout->addStretch();
}

void PairsView::showCandidates() {
    const bool compact = m_shown.compact;
    auto* columns = new QHBoxLayout;
    columns->setSpacing(compact ? 20 : 28);
    for (const Shown::Group& group : std::as_const(m_shown.groups)) {
        QVBoxLayout* body = nullptr;
        QFrame* card = groupCard(group, &body);
        if (!group.line.isEmpty())
            body->addWidget(keep(StageWidgets::projectorLabel(group.line, 28, card)));
        for (const Shown::Card& c : group.cards) {
            body->addSpacing(compact ? 6 : 14);
            QLabel* name = compact
                               ? StageWidgets::projectorLine(c.title, StageWidgets::ProjectorBody,
                                                             card, QFont::DemiBold)
                               : StageWidgets::projectorLabel(c.title, StageWidgets::ProjectorBody,
                                                              card, QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorPairCandidate"));
            body->addWidget(keep(name));
            QLabel* lineage = compact ? StageWidgets::projectorLine(c.origin, 28, card)
                                      : StageWidgets::projectorLabel(c.origin, 28, card);
            lineage->setObjectName(QStringLiteral("projectorLineage"));
            body->addWidget(keep(lineage));
        }
        if (!group.more.isEmpty())
            body->addWidget(keep(StageWidgets::projectorLabel(group.more, 28, card)));
        body->addStretch();
        columns->addWidget(card, 1);
    }
    for (qsizetype g = m_shown.groups.size(); g < m_shown.columns; ++g)
        columns->addStretch(1); // a short last page keeps the same column widths
    m_layout->addLayout(columns, 1);
    if (!m_shown.where.isEmpty())
        m_layout->addWidget(keep(StageWidgets::projectorLabel(m_shown.where, 28, this)));
}
