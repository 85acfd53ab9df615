#include "SilentView.h"
#include "domain/StageKeys.h"

#include "SilentTally.h"
#include "playbook/Playbook.h"
#include "session/Reveal.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "storage/WorkshopStore.h"
#include "widgets/SteadyBox.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <optional>

namespace {
constexpr int CardsPerPerson = 3;        // more become "+ 2 more cards"
constexpr int CompactCardsPerPerson = 2; // on a small projector
constexpr int TitleChars = 40;
constexpr int LineChars = 44;

QVBoxLayout* cardLayout(QFrame* card) {
    const bool compact = StageWidgets::isCompactProjector(card);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(36, 28, 36, 28));
    layout->setSpacing(compact ? 4 : 10);
    return layout;
}
} // namespace

SilentView::SilentView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QHBoxLayout(this)) {
    setObjectName(QStringLiteral("silentView"));
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->setSpacing(32);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Candidate))
                    readTally(changes.candidateIds.isEmpty() ? nullptr : &changes.candidateIds);
                else if (changes.has(id, ChangeKind::Roster))
                    readTally(nullptr);
                if (changes.has(id, ChangeKind::Roster)) {
                    m_people.reset();
                    ++m_rosterChanges;
                }
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Roster) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    refresh();
            });
    readTally(nullptr);
    refresh();
}

const QList<Participant>& SilentView::people() const {
    if (!m_people)
        m_people = m_context.store.participants(m_context.workshopId);
    return *m_people;
}

void SilentView::readTally(const QSet<qint64>* changed) {
    const qint64 id = m_context.workshopId;
    std::optional<QList<Candidate>> named;
    if (changed)
        named = m_context.store.silentCards(id, QList<qint64>(changed->cbegin(), changed->cend()));
    if (named) {
        for (qint64 card : *changed)
            m_tally.remove(card); // gone, or no longer somebody's own card, unless read again
    } else {
        m_tally.clear();
    }
    for (const Candidate& c : named ? *named : m_context.store.silentCards(id))
        m_tally.insert(c.id, {c.authorId, DraftText::hasText(c)});
}

void SilentView::refresh() {
    if (!Reveal::cardsRevealed(m_context.store, m_context.workshopId)) {
        m_content.clear();
        const Counts now = counts();
        if (m_shown && m_shown->sameRows(now) && m_total && m_counts.size() == now.written.size())
            showCounts(now);
        else
            rebuild(false);
        return;
    }
    QStringList now = content();
    if (now == m_content)
        return;
    m_content = std::move(now);
    rebuild(true);
}

SilentView::Counts SilentView::counts() const {
    QHash<qint64, int> written; // each person's cards with writing
    for (const Tallied& card : std::as_const(m_tally))
        if (card.written)
            ++written[card.author];
    Counts counts;
    counts.compact = StageWidgets::isCompactProjector(this);
    counts.roster = m_rosterChanges;
    for (const Participant& person : people())
        counts.written << written.value(person.id);
    const int nameless = written.value(0);
    counts.nameless = nameless > 0;
    if (counts.nameless)
        counts.written << nameless;
    for (int n : std::as_const(counts.written))
        counts.total += n;
    return counts;
}

// Only the labels whose number moved: a card from one phone sets two texts (its person's
// count and the total), and the labels' boxes keep the layout as it is while the texts take
// the same room.
void SilentView::showCounts(const Counts& now) {
    for (const QPointer<QLabel>& label : std::as_const(m_counts))
        if (!label || !m_board) {
            rebuild(false);
            return;
        }
    if (now.total != m_shown->total)
        m_total->setText(now.total == 0 ? tr("No cards yet")
                                        : tr("%1 so far").arg(DraftText::cardCount(now.total)));
    for (qsizetype k = 0; k < now.written.size(); ++k)
        if (now.written.at(k) != m_shown->written.at(k))
            m_board->setCards(k, now.written.at(k));
    m_shown = now;
}

// After the reveal, everything showCards() reads, for every person and page: more than is
// shown, never less, so an unchanged list means unchanged widgets.
QStringList SilentView::content() const {
    const bool compact = StageWidgets::isCompactProjector(this);
    const int shown = compact ? CompactCardsPerPerson : CardsPerPerson;
    QStringList content = {
        QString::number(compact),
        QString::number(m_context.store.stageState(m_context.workshopId, StageKeys::Silent).focus)};
    QList<Participant> people = this->people();
    people.append({0, m_context.workshopId, {}, {}, 0}); // the cards without an author
    const QList<Candidate> all = m_context.store.candidates(m_context.workshopId);
    for (const Participant& person : std::as_const(people)) {
        const QList<Candidate> own = DraftText::ownCards(all, person.id);
        content << QString::number(person.id) << person.name << QString::number(own.size());
        int written = 0;
        for (const Candidate& c : own)
            if (DraftText::hasText(c) && ++written <= shown)
                content << DraftText::title(c) << c.name << c.behaviour << c.measure;
        content << QString::number(written);
    }
    return content;
}

void SilentView::rebuild(bool revealed) {
    m_total = nullptr;
    m_board = nullptr;
    m_counts.clear();
    m_shown.reset();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (revealed)
        showCards();
    else
        showPrivate();
}

void SilentView::showPrivate() {
    // Only words everybody already knows, and counts: never a card's text.
    const Playbook& playbook = Playbook::standard();
    const bool compact = StageWidgets::isCompactProjector(this);
    auto* host = new QWidget(this);
    auto* rows = new QVBoxLayout(host);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(StageWidgets::isCompactProjector(this) ? 14 : 24);
    // A small projector keeps the checklist and the counts; the template is on every
    // card the room writes, and C shows the checklist full screen.
    const auto t = StageWidgets::isCompactProjector(this)
                       ? std::nullopt
                       : playbook.fillInTemplate(QStringLiteral("candidate"));
    if (t) {
        QFrame* sentenceCard = StageWidgets::projectorCard(host, true);
        QVBoxLayout* sentenceLayout = cardLayout(sentenceCard);
        QLabel* sentence =
            StageWidgets::projectorLabel(t->filled(), StageWidgets::ProjectorBody, sentenceCard);
        sentence->setObjectName(QStringLiteral("projectorTemplate"));
        sentenceLayout->addWidget(sentence);
        rows->addWidget(sentenceCard);
    }
    QFrame* guide = StageWidgets::projectorCard(host);
    QVBoxLayout* left = cardLayout(guide);
    if (!StageWidgets::isCompactProjector(guide))
        left->setContentsMargins(36, 20, 36, 20);
    left->setSpacing(StageWidgets::isCompactProjector(guide) ? 0 : 2);
    left->addWidget(StageWidgets::projectorLabel(tr("A good North Star is…"),
                                                 StageWidgets::ProjectorBody, guide, QFont::Bold));
    int n = 0;
    for (const ChecklistCriterion& c : playbook.checklist()) {
        QLabel* point = StageWidgets::projectorLabel(tr("%1  %2").arg(++n).arg(c.title),
                                                     StageWidgets::ProjectorBody - 2, guide);
        // On a small projector each point keeps its one line and the guide its width: the
        // tally beside it gives way (its names shorten), never a point of the checklist.
        if (compact)
            point->setWordWrap(false);
        left->addWidget(point);
    }
    left->addStretch();

    const Counts shown = this->counts();
    QList<SilentTally::Row> tallyRows;
    for (const Participant& person : people())
        tallyRows.append({person.name, shown.written.value(tallyRows.size())});
    if (shown.nameless)
        tallyRows.append({tr("Without a name"), shown.written.last(), false});
    const int total = shown.total;
    QFrame* tally = StageWidgets::projectorCard(host);
    QVBoxLayout* right = cardLayout(tally);
    QLabel* heading = StageWidgets::projectorLabel(
        total == 0 ? tr("No cards yet") : tr("%1 so far").arg(DraftText::cardCount(total)),
        StageWidgets::ProjectorBody, tally, QFont::Bold);
    heading->setObjectName(QStringLiteral("projectorSilentTotal"));
    right->addWidget(new SteadyBox(heading, tally));
    m_total = heading;
    // Every person's row in columns that fit them, or, in a room too large for that, how
    // many have written so far.
    m_board = new SilentTally(tallyRows, tally);
    for (QLabel* count : m_board->countLabels())
        m_counts << count;
    right->addWidget(m_board, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    // On a large projector the checklist keeps the room its points need and the tally takes
    // the rest: more of a large room's rows fit.
    columns->addWidget(guide, compact ? 1 : 2);
    columns->addWidget(tally, compact ? 1 : 3);
    rows->addLayout(columns, 1);
    m_layout->addWidget(host, 1);
    m_shown = shown;
}

void SilentView::showCards() {
    QList<Participant> people = this->people();
    const QList<Candidate> all = m_context.store.candidates(m_context.workshopId);
    if (!DraftText::ownCards(all, 0).isEmpty()) // the console's "Without a name" column
        people.append({0, m_context.workshopId, tr("Without a name"), {}, int(people.size())});
    const int pages = DraftText::pageCount(int(people.size()));
    const int per = DraftText::perPage(int(people.size()));
    const int page = std::clamp(
        m_context.store.stageState(m_context.workshopId, StageKeys::Silent).focus, 0, pages - 1);
    const bool compact = StageWidgets::isCompactProjector(this);
    const int shown = compact ? CompactCardsPerPerson : CardsPerPerson;
    auto* columns = new QHBoxLayout;
    columns->setSpacing(compact ? 20 : 28);
    for (qsizetype i = qsizetype(page) * per;
         i < std::min<qsizetype>(qsizetype(page + 1) * per, people.size()); ++i) {
        const Participant& person = people.at(i);
        QList<Candidate> cards;
        for (const Candidate& c : DraftText::ownCards(all, person.id))
            if (DraftText::hasText(c))
                cards << c;
        QFrame* column = StageWidgets::projectorCard(this);
        QVBoxLayout* body = cardLayout(column);
        if (compact)
            body->setContentsMargins(24, 18, 24, 18);
        // One line, shortened to the column: a long name never wraps over the cards.
        body->addWidget(StageWidgets::projectorLine(
            person.name, compact ? StageWidgets::ProjectorBody : StageWidgets::ProjectorLarge,
            column, QFont::Bold));
        if (cards.isEmpty())
            body->addWidget(
                StageWidgets::projectorLabel(tr("No cards"), StageWidgets::ProjectorBody, column));
        for (qsizetype k = 0; k < std::min<qsizetype>(cards.size(), shown); ++k) {
            const Candidate& c = cards.at(k);
            body->addSpacing(compact ? 4 : 8);
            QLabel* name = compact ? StageWidgets::projectorLine(DraftText::title(c),
                                                                 StageWidgets::ProjectorFloor,
                                                                 column, QFont::DemiBold)
                                   : StageWidgets::projectorLabel(
                                         DraftText::oneLine(DraftText::title(c), TitleChars),
                                         StageWidgets::ProjectorBody, column, QFont::DemiBold);
            name->setObjectName(QStringLiteral("projectorCardName"));
            body->addWidget(name);
            const QString detail = !c.name.trimmed().isEmpty() && !c.behaviour.trimmed().isEmpty()
                                       ? tr("more %1").arg(c.behaviour)
                                       : c.measure;
            if (!detail.trimmed().isEmpty())
                body->addWidget(compact ? StageWidgets::projectorLine(
                                              detail, StageWidgets::ProjectorFloor, column)
                                        : StageWidgets::projectorLabel(
                                              DraftText::oneLine(detail, LineChars), 28, column));
        }
        if (cards.size() > shown)
            body->addWidget(StageWidgets::projectorLine(
                tr("+ %1 more").arg(DraftText::cardCount(int(cards.size() - shown))), 28, column));
        body->addStretch();
        columns->addWidget(column, 1);
    }
    for (qsizetype i =
             std::min<qsizetype>(qsizetype(page + 1) * per, people.size()) - qsizetype(page) * per;
         i < per; ++i)
        columns->addStretch(1); // a short last page keeps the same column widths
    auto* host = new QWidget(this);
    auto* hostLayout = new QVBoxLayout(host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addLayout(columns, 1);
    if (pages > 1)
        hostLayout->addWidget(
            StageWidgets::projectorLabel(tr("Page %1 of %2").arg(page + 1).arg(pages), 28, host));
    m_layout->addWidget(host, 1);
}
