#include "ScoreView.h"
#include "domain/StageKeys.h"

#include "ScorePage.h"
#include "playbook/Playbook.h"
#include "scoring/ChecklistTally.h"
#include "scoring/Shortlist.h"
#include "session/Reveal.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"
#include "widgets/FitColumn.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QString mark(const ChecklistCriterionResult& r) {
    const std::optional<ChecklistAnswer> answer = r.consensus ? r.consensus : r.majority;
    if (!answer)
        return r.isScored() ? QStringLiteral("◐") : QStringLiteral("○");
    switch (*answer) {
    case ChecklistAnswer::Yes:
        return QStringLiteral("✓");
    case ChecklistAnswer::Partly:
        return QStringLiteral("◐");
    case ChecklistAnswer::No:
        return QStringLiteral("✗");
    }
    return {};
}
} // namespace

ScoreView::ScoreView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("scoreView"));
    m_refreshSoon.setObjectName(QStringLiteral("scoreViewRefresh"));
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &ScoreView::refresh);
    m_layout->setContentsMargins(0, 8, 0, 0);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                // Not the dot vote: the room scores the checklist here, and a dot placed on a
                // phone in the decide stage changes nothing on this wall.
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ~ChangeKinds(ChangeKind::Score | ChangeKind::Vote)))
                    m_candidates.reset();
                if (changes.has(id, ChangeKind::Roster))
                    m_people.reset();
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Score |
                                        ChangeKind::Workshop | ChangeKind::Roster) ||
                    changes.hasStage(id, StageKeys::Score, ChangeKind::StageState) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    changes.source == ChangeSource::Room ? refreshSoon() : refresh();
            });
    refresh();
}

QStringList ScoreView::Shown::shape() const {
    return {QString::number(int(mode)),
            QString::number(compact),
            QString::number(out),
            QString::number(setAside.isEmpty()),
            QString::number(sentence.isEmpty()),
            QString::number(definition.isEmpty()),
            QString::number(inputs.isEmpty()),
            QString::number(hints.size()),
            QString::number(answeredOnly),
            QString::number(results.size())};
}

QStringList ScoreView::Shown::texts() const {
    if (mode != Mode::Candidate)
        return {};
    QStringList texts = {counter, name};
    for (const QString* detail : {&setAside, &sentence, &definition, &inputs})
        if (!detail->isEmpty())
            texts << *detail;
    texts << hints;
    if (answeredOnly)
        texts << answered;
    else
        texts << results << total;
    return texts;
}

const QList<Candidate>& ScoreView::shortlist() const {
    if (!m_candidates)
        m_candidates = Shortlist::considered(m_context.store.candidates(m_context.workshopId));
    return *m_candidates;
}

ScoreView::Shown ScoreView::read() const {
    Shown shown;
    shown.compact = StageWidgets::isCompactProjector(this);
    bool withheld = false;
    const QList<Candidate> candidates =
        Reveal::seenByRoom(m_context.store, m_context.workshopId, shortlist(), &withheld);
    if (candidates.isEmpty()) {
        shown.mode = withheld ? Shown::Mode::Withheld : Shown::Mode::Empty;
        return shown;
    }
    shown.mode = Shown::Mode::Candidate;
    const int focus = m_context.store.stageState(m_context.workshopId, StageKeys::Score).focus;
    int index = 0;
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates.at(i).id == focus)
            index = i;
    const Candidate& c = candidates.at(index);
    shown.out = c.status == CandidateStatus::Eliminated;
    const QString position =
        withheld ? tr("Candidate %1 of %2 \u00b7 more after the reveal") : tr("Candidate %1 of %2");
    shown.counter = position.arg(index + 1).arg(candidates.size());
    shown.name = CandidateText::name(c);
    if (shown.out)
        shown.setAside = tr("Set aside: %1").arg(c.eliminationReason);
    shown.sentence = CandidateText::sentence(c);
    if (!c.definition.trimmed().isEmpty())
        shown.definition = tr("Defined as: %1").arg(c.definition);
    QStringList inputs;
    for (const Input& input : m_context.store.inputs(c.id))
        if (!input.name.trimmed().isEmpty())
            inputs << input.name.trimmed();
    if (!inputs.isEmpty())
        shown.inputs = tr("Inputs: %1").arg(QLocale().createSeparatedList(inputs));
    for (const QString& hint : CandidateText::hints(c, int(inputs.size())))
        shown.hints << tr("⚠ %1").arg(hint);

    const QList<ChecklistScore> scores = m_context.store.checklistScores(m_context.workshopId);
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (workshop && workshop->checklistPerPerson &&
        !m_context.store.stageState(m_context.workshopId, StageKeys::Score).revealed) {
        // Person by person, until the facilitator shows the totals: how many people have
        // answered, never what anyone answered.
        shown.answeredOnly = true;
        const int answered = int(ChecklistTally::answeredBy(c.id, scores).size());
        if (!m_people)
            m_people = int(m_context.store.participants(m_context.workshopId).size());
        const int people = *m_people;
        shown.answered = tr("%1 of %2 have answered").arg(answered).arg(people);
        return shown;
    }
    const Playbook& playbook = Playbook::standard();
    const ChecklistSummary summary = ChecklistTally::summarize(c.id, scores);
    for (const ChecklistCriterionResult& r : summary.criteria) {
        const auto criterion = playbook.criterion(r.criterion);
        QString text = tr("%1  %2").arg(mark(r), criterion ? criterion->title : r.criterion);
        if (!r.consensus && r.isSplit())
            text += tr(" · split");
        shown.results << text;
    }
    const QString score =
        tr("%1 of %2").arg(QLocale().toString(summary.total, 'g', 3)).arg(summary.maxTotal);
    shown.total = shown.compact ? tr("Checklist: %1").arg(score) : score;
    return shown;
}

// The room's answers: in the next pass of the event loop, once for all of this pass's commits,
// after the room has acknowledged them.
void ScoreView::refreshSoon() {
    if (!m_refreshSoon.isActive())
        m_refreshSoon.start();
}

void ScoreView::refresh() {
    m_refreshSoon.stop();
    Shown now = read();
    // The same widgets: set the texts that changed (a keystroke in the candidate on show),
    // and let the column hide or show its details for the new texts.
    const bool same = m_built && now.shape() == m_shown.shape() &&
                      m_texts.update(m_shown.texts(), now.texts()) >= 0;
    m_shown = std::move(now);
    if (!same)
        rebuild();
    else if (m_column)
        m_column->fit();
}

void ScoreView::clear() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (item->layout())
            while (QLayoutItem* inner = item->layout()->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        delete item->widget();
        delete item;
    }
}

void ScoreView::rebuild() {
    clear();
    m_texts.clear();
    m_column.clear();
    m_built = true;
    if (m_shown.mode == Shown::Mode::Withheld) {
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Cards not revealed yet"), StageWidgets::ProjectorHeading, this, QFont::Bold));
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("The candidates appear here once the facilitator reveals the cards."),
            StageWidgets::ProjectorBody, this));
        m_layout->addStretch();
        return;
    }
    if (m_shown.mode == Shown::Mode::Empty) {
        m_layout->addWidget(StageWidgets::projectorLabel(tr("No candidates yet"),
                                                         StageWidgets::ProjectorHeading, this));
        m_layout->addStretch();
        return;
    }
    const Shown& s = m_shown;
    const bool compact = s.compact;
    QFrame* card = StageWidgets::projectorCard(this);
    auto* body = new QVBoxLayout(card);
    body->setContentsMargins(compact ? QMargins(28, 18, 28, 18) : QMargins(48, 36, 48, 36));
    body->setSpacing(compact ? 8 : 16);
    // The name always shows; the details below it give way, last first, on a small screen.
    auto* column = new FitColumn(card);
    m_column = column;
    column->columnLayout()->setSpacing(compact ? 8 : 16);
    QLabel* counter =
        StageWidgets::projectorLabel(s.counter, StageWidgets::ProjectorBody - 2, card);
    counter->setObjectName(QStringLiteral("projectorMuted"));
    column->addWidget(keep(counter));
    QLabel* name = StageWidgets::projectorLabel(
        s.name, compact ? StageWidgets::ProjectorLarge : StageWidgets::ProjectorHeading, card,
        QFont::Bold);
    name->setObjectName(QStringLiteral("projectorCandidateName"));
    QFont strike = name->font();
    strike.setStrikeOut(s.out);
    name->setFont(strike);
    column->addWidget(keep(name));
    column->setShrinkable(name, StageWidgets::ProjectorFloor);
    if (!s.setAside.isEmpty())
        column->addWidget(keep(StageWidgets::projectorLabel(s.setAside, StageWidgets::ProjectorBody,
                                                            card, QFont::DemiBold)));
    if (!s.sentence.isEmpty())
        column->addWidget(
            keep(StageWidgets::projectorLabel(s.sentence, StageWidgets::ProjectorBody, card)),
            true);
    if (!s.definition.isEmpty())
        column->addWidget(
            keep(StageWidgets::projectorLabel(s.definition, StageWidgets::ProjectorBody - 2, card)),
            true);
    if (!s.inputs.isEmpty())
        column->addWidget(
            keep(StageWidgets::projectorLabel(s.inputs, StageWidgets::ProjectorBody - 2, card)),
            true);
    for (const QString& hint : s.hints) {
        QLabel* h = StageWidgets::projectorLabel(hint, StageWidgets::ProjectorBody - 2, card);
        h->setObjectName(QStringLiteral("projectorLintHint"));
        column->addWidget(keep(h), true);
    }
    body->addWidget(column, 1);

    auto* row = new QHBoxLayout;
    row->setSpacing(compact ? 20 : 32);
    // A small projector gives the checklist half the width, so each point keeps one line.
    row->addWidget(card, compact ? 1 : 3);
    row->addWidget(createChecklist(), compact ? 1 : 2);
    m_layout->addLayout(row, 1);
}

QWidget* ScoreView::createChecklist() {
    const bool compact = m_shown.compact;
    QFrame* card = StageWidgets::projectorCard(this);
    auto* body = new QVBoxLayout(card);
    body->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(40, 32, 40, 32));
    body->setSpacing(compact ? 0 : 10);
    // A small projector has room for the seven points and the total only: the total's line
    // names the checklist, and the legend moves beside the total.
    if (!compact)
        body->addWidget(StageWidgets::projectorLabel(tr("Checklist"), StageWidgets::ProjectorBody,
                                                     card, QFont::Bold));
    if (m_shown.answeredOnly) {
        addAnsweredCount(body);
        return card;
    }
    for (const QString& text : m_shown.results) {
        QLabel* line = StageWidgets::projectorLabel(text, 28, card);
        line->setObjectName(QStringLiteral("projectorChecklistResult"));
        body->addWidget(keep(line));
    }
    body->addStretch();
    QLabel* total = StageWidgets::projectorLabel(
        m_shown.total, compact ? StageWidgets::ProjectorBody : StageWidgets::ProjectorLarge, card,
        QFont::Bold);
    total->setObjectName(QStringLiteral("projectorChecklistTotal"));
    body->addWidget(keep(total));
    if (!compact)
        body->addWidget(
            StageWidgets::projectorLabel(tr("✓ yes   ◐ partly   ✗ no   ○ not yet"), 28, card));
    return card;
}

// Person by person, until the facilitator shows the totals: the points, and how many people
// have answered them, never what anyone answered.
void ScoreView::addAnsweredCount(QVBoxLayout* body) {
    // The caller has put the card's heading in. The points, the count and the note share the
    // card's height: tighter lines than the totals' view, so nothing is cut.
    QWidget* card = body->parentWidget();
    const bool compact = m_shown.compact;
    body->setSpacing(compact ? 0 : 4);
    const Playbook& playbook = Playbook::standard();
    for (const ChecklistCriterion& criterion : playbook.checklist()) {
        QLabel* line = StageWidgets::projectorLabel(criterion.title, 28, card);
        line->setObjectName(QStringLiteral("projectorChecklistPoint"));
        body->addWidget(line);
    }
    body->addStretch();
    QLabel* count = StageWidgets::projectorLabel(
        m_shown.answered, compact ? StageWidgets::ProjectorBody : StageWidgets::ProjectorLarge,
        card, QFont::Bold);
    count->setObjectName(QStringLiteral("projectorChecklistAnswered"));
    body->addWidget(keep(count));
    if (!compact)
        body->addWidget(
            StageWidgets::projectorLabel(tr("Totals once all have answered"), 28, card));
}
