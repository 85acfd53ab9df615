#include "PairsPage.h"
#include "domain/StageKeys.h"

#include "PairGroupCard.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaPlan.h"
#include "scoring/Lineage.h"
#include "scoring/PairDraw.h"
#include "session/DraftCommands.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QList<qint64> roster(const StageContext& context) {
    QList<qint64> ids;
    for (const Participant& p : context.store.participants(context.workshopId))
        ids << p.id;
    return ids;
}

Pairing pairingOf(const QList<PairGroupRecord>& groups) {
    Pairing pairing;
    for (const PairGroupRecord& g : groups)
        pairing << g.members;
    return pairing;
}

QList<PairGroupRecord> recordsOf(const Pairing& pairing, const QList<PairGroupRecord>& keepIds) {
    QList<PairGroupRecord> records;
    for (qsizetype i = 0; i < pairing.size(); ++i) {
        PairGroupRecord r;
        r.id = i < keepIds.size() ? keepIds.at(i).id : 0;
        r.position = int(i);
        r.members = pairing.at(i);
        records << r;
    }
    return records;
}

int pairCandidatesOf(const QList<Candidate>& all, const QList<PairGroupRecord>& groups) {
    int count = 0;
    for (const Candidate& c : all)
        for (const PairGroupRecord& g : groups)
            count += c.kind == CandidateKind::Pair && c.pairId == g.id ? 1 : 0;
    return count;
}

} // namespace

PairsPage::PairsPage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_seeds([] { return QRandomGenerator::global()->generate64(); })
    , m_draw(new QPushButton(this))
    , m_note(StageWidgets::label({}, this))
    , m_redrawWarning(new QFrame(this))
    , m_redrawText(StageWidgets::label({}, m_redrawWarning))
    , m_confirmRedraw(new QPushButton(tr("Draw again anyway"), m_redrawWarning))
    , m_swapFirst(new QComboBox(this))
    , m_swapSecond(new QComboBox(this))
    , m_swap(new QPushButton(tr("Swap"), this))
    , m_available(StageWidgets::hint({}, this))
    , m_pager(new QWidget(this))
    , m_pageLabel(StageWidgets::label({}, m_pager))
    , m_previousPage(new QPushButton(tr("◀ Previous pairs"), m_pager))
    , m_nextPage(new QPushButton(tr("Next pairs ▶"), m_pager))
    , m_groupsLayout(new QVBoxLayout) {
    setObjectName(QStringLiteral("pairsPage"));
    setStyleSheet(Theme::draftCardsSheet());
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);
    layout->addWidget(createControls());

    auto* host = new QWidget(this);
    auto* hostLayout = new QVBoxLayout(host);
    hostLayout->setContentsMargins(0, 0, 8, 0);
    m_groupsLayout->setSpacing(12);
    hostLayout->addLayout(m_groupsLayout);
    hostLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(host);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("The pairs and their candidates"));
    layout->addWidget(scroll, 1);

    // In the order the old per-kind signals came: the draw, the roster, the cards, the pager.
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Pairs | ChangeKind::Roster))
                    rebuildGroups();
                if (changes.has(id, ChangeKind::Candidate))
                    refreshCards();
                if (changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState) ||
                    changes.hasStage(id, StageKeys::Pairs, ChangeKind::StageState))
                    refreshPager();
            });
    rebuildGroups();
}

QWidget* PairsPage::createControls() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card({}, this, &body);
    m_draw->setObjectName(QStringLiteral("primary"));
    m_note->setObjectName(QStringLiteral("pairNote"));
    m_swapFirst->setAccessibleName(tr("First person to swap"));
    m_swapSecond->setAccessibleName(tr("Second person to swap"));
    m_swap->setAccessibleName(tr("Swap these two people between their pairs"));
    m_available->setObjectName(QStringLiteral("stillAvailableSummary"));

    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_draw);
    top->addWidget(m_note, 1);
    QLabel* swapLabel = StageWidgets::label(tr("Swap"), frame);
    swapLabel->setWordWrap(false);
    swapLabel->setBuddy(m_swapFirst);
    top->addWidget(swapLabel);
    top->addWidget(m_swapFirst);
    QLabel* with = StageWidgets::label(tr("with"), frame);
    with->setWordWrap(false);
    top->addWidget(with);
    top->addWidget(m_swapSecond);
    top->addWidget(m_swap);
    body->addLayout(top);
    body->addWidget(m_available);
    m_previousPage->setAccessibleName(tr("Show the previous pairs on the projector"));
    m_nextPage->setAccessibleName(tr("Show the next pairs on the projector"));
    auto* pager = new QHBoxLayout(m_pager);
    pager->setContentsMargins(0, 0, 0, 0);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previousPage);
    pager->addWidget(m_nextPage);
    body->addWidget(m_pager);
    connect(m_previousPage, &QAbstractButton::clicked, this, [this] { showPage(-1); });
    connect(m_nextPage, &QAbstractButton::clicked, this, [this] { showPage(1); });

    m_redrawWarning->setObjectName(QStringLiteral("redrawWarning"));
    m_redrawWarning->setAttribute(Qt::WA_StyledBackground);
    auto* keep = new QPushButton(tr("Keep these pairs"), m_redrawWarning);
    keep->setAccessibleName(tr("Keep these pairs and do not draw again"));
    m_confirmRedraw->setAccessibleName(tr("Draw the pairs again anyway"));
    auto* warning = new QHBoxLayout(m_redrawWarning);
    warning->setContentsMargins(12, 8, 12, 8);
    warning->addWidget(m_redrawText, 1);
    warning->addWidget(m_confirmRedraw);
    warning->addWidget(keep);
    m_redrawWarning->hide();
    body->addWidget(m_redrawWarning);

    connect(m_draw, &QAbstractButton::clicked, this, &PairsPage::draw);
    connect(m_confirmRedraw, &QAbstractButton::clicked, this, &PairsPage::redraw);
    connect(keep, &QAbstractButton::clicked, this, [this] {
        m_redrawWarning->hide();
        m_draw->setFocus();
    });
    connect(m_swap, &QAbstractButton::clicked, this, &PairsPage::swapChosen);
    return frame;
}

PairGroupCard* PairsPage::groupCard(qint64 groupId) const {
    for (PairGroupCard* card : m_cards)
        if (card->groupId() == groupId)
            return card;
    return nullptr;
}

void PairsPage::draw() {
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    if (groups.isEmpty()) {
        const quint64 seed = m_seeds();
        m_context.session.push(new SetPairingCommand(
            m_context.store, m_context.workshopId,
            recordsOf(PairDraw::draw(roster(m_context), seed), {}), seed, tr("Draw the pairs")));
        return;
    }
    const int written = pairCandidatesOf(m_context.store.candidates(m_context.workshopId), groups);
    if (written == 0) {
        redraw();
        return;
    }
    m_redrawText->setText(
        tr("The pairs already wrote %1. Drawing again keeps their text, but they will no longer "
           "belong to a pair. Ctrl+Z undoes it.")
            .arg(written == 1 ? tr("1 candidate") : tr("%1 candidates").arg(written)));
    m_redrawWarning->show();
    m_confirmRedraw->setFocus();
}

void PairsPage::redraw() {
    m_redrawWarning->hide();
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    const quint64 seed = m_seeds();
    const Pairing pairing = PairDraw::draw(roster(m_context), seed, pairingOf(groups));
    m_context.session.push(new SetPairingCommand(m_context.store, m_context.workshopId,
                                                 recordsOf(pairing, {}), seed,
                                                 tr("Draw the pairs again")));
    m_draw->setFocus();
}

void PairsPage::swapChosen() {
    const qint64 first = m_swapFirst->currentData().toLongLong();
    const qint64 second = m_swapSecond->currentData().toLongLong();
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    Pairing pairing = pairingOf(groups);
    if (!PairDraw::swapMembers(pairing, first, second)) {
        m_note->setText(tr("Pick two people from different pairs to swap them."));
        return;
    }
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    m_context.session.push(
        new SetPairingCommand(m_context.store, m_context.workshopId, recordsOf(pairing, groups),
                              workshop ? workshop->pairSeed : 0,
                              tr("Swap %1 and %2")
                                  .arg(UserText::isolate(m_swapFirst->currentText()),
                                       UserText::isolate(m_swapSecond->currentText()))));
}

void PairsPage::rebuildGroups() {
    for (PairGroupCard* card : std::as_const(m_cards))
        DraftText::discard(card);
    m_cards.clear();
    int number = 0;
    for (const PairGroupRecord& group : m_context.store.pairGroups(m_context.workshopId)) {
        auto* card = new PairGroupCard(group, ++number, m_context, this);
        m_groupsLayout->addWidget(card);
        card->show(); // at once: its buttons work before the event loop next runs
        m_cards << card;
    }
    refreshControls();
    refreshCards();
}

void PairsPage::refreshCards() {
    const QList<Candidate> all = m_context.store.candidates(m_context.workshopId);
    const QHash<qint64, QString> names =
        DraftText::names(m_context.store.participants(m_context.workshopId));
    // Pair candidates whose pair was drawn away get a card of their own, so none is lost.
    QSet<qint64> groupIds;
    for (PairGroupCard* card : std::as_const(m_cards))
        if (card->groupId() != 0)
            groupIds.insert(card->groupId());
    bool orphans = false;
    for (const Candidate& c : all)
        orphans = orphans || (c.kind == CandidateKind::Pair && !groupIds.contains(c.pairId));
    PairGroupCard* earlier = groupCard(0);
    if (orphans && !earlier) {
        earlier = new PairGroupCard(PairGroupRecord(), 0, m_context, this);
        m_groupsLayout->addWidget(earlier);
        earlier->show();
        m_cards << earlier;
    } else if (!orphans && earlier) {
        m_cards.removeAll(earlier);
        DraftText::discard(earlier);
    }
    if (orphans) {
        // The "earlier draw" card shows candidates whose pair id is 0; point the orphans there.
        QList<Candidate> adjusted = all;
        for (Candidate& c : adjusted)
            if (c.kind == CandidateKind::Pair && !groupIds.contains(c.pairId))
                c.pairId = 0;
        for (PairGroupCard* card : std::as_const(m_cards))
            card->refresh(card->groupId() == 0 ? adjusted : all, names);
    } else {
        for (PairGroupCard* card : std::as_const(m_cards))
            card->refresh(all, names);
    }
    const Lineage lineage(all);
    const int available = int(lineage.unmergedOriginals().size());
    refreshPager();
    m_available->setText(
        available == 0
            ? tr("Every silent-brainstorm card has been built on.")
            : tr("Still available: %1 from the silent brainstorm that no pair has built on yet.")
                  .arg(DraftText::cardCount(available)));
}

void PairsPage::refreshControls() {
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    const QList<Participant> people = m_context.store.participants(m_context.workshopId);
    m_draw->setText(groups.isEmpty() ? tr("Draw pairs") : tr("Draw again"));
    m_draw->setAccessibleName(groups.isEmpty() ? tr("Draw the pairs at random")
                                               : tr("Draw the pairs again, differently"));
    m_draw->setEnabled(!people.isEmpty());
    QSet<qint64> seated;
    for (const PairGroupRecord& g : groups)
        for (qint64 m : g.members)
            seated.insert(m);
    QStringList missing;
    for (const Participant& p : people)
        if (!seated.contains(p.id))
            missing << p.name.simplified();
    QStringList note;
    if (people.isEmpty())
        note << tr("Nobody is on the roster yet.");
    else if (groups.isEmpty())
        note << tr("%1 people: draw pairs when everyone has finished writing.").arg(people.size());
    else
        note << PairDraw::note(pairingOf(groups));
    if (!groups.isEmpty() && !missing.isEmpty())
        note << tr("Not in a pair yet: %1. Draw again to include them.")
                    .arg(missing.join(QStringLiteral(", ")));
    note.removeAll(QString());
    m_note->setText(note.join(u' '));

    for (QComboBox* box : {m_swapFirst, m_swapSecond}) {
        const qint64 chosen = box->currentData().toLongLong();
        box->clear();
        for (const Participant& p : people)
            if (seated.contains(p.id))
                box->addItem(p.name.simplified(), p.id);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
        box->setEnabled(groups.size() >= 2);
    }
    if (m_swapSecond->currentIndex() == m_swapFirst->currentIndex() && m_swapSecond->count() > 1)
        m_swapSecond->setCurrentIndex(1);
    m_swap->setEnabled(groups.size() >= 2);
}

void PairsPage::refreshPager() {
    // The projector shows a few pairs at a time once the cards are revealed and written.
    const QList<PairGroupRecord> groups = m_context.store.pairGroups(m_context.workshopId);
    bool written = false;
    for (const Candidate& c : m_context.store.candidates(m_context.workshopId))
        written = written || c.kind == CandidateKind::Pair;
    const int count = int(groups.size());
    const int pages = DraftText::pageCount(count);
    const int per = DraftText::perPage(count);
    const int page = std::clamp(
        m_context.store.stageState(m_context.workshopId, QString(StageKeys::Pairs)).focus, 0,
        pages - 1);
    m_pager->setVisible(written && pages > 1 &&
                        Reveal::cardsRevealed(m_context.store, m_context.workshopId));
    m_pageLabel->setText(tr("The room sees pairs %1–%2 of %3")
                             .arg(page * per + 1)
                             .arg(std::min(count, (page + 1) * per))
                             .arg(count));
    m_previousPage->setEnabled(page > 0);
    m_nextPage->setEnabled(page + 1 < pages);
}

void PairsPage::showPage(int delta) {
    const int pages =
        DraftText::pageCount(int(m_context.store.pairGroups(m_context.workshopId).size()));
    const QString key = QString(StageKeys::Pairs);
    const int focus = m_context.store.stageState(m_context.workshopId, key).focus;
    m_context.store.setStageFocus(m_context.workshopId, key,
                                  std::clamp(focus + delta, 0, pages - 1));
}
