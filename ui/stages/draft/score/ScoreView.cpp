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
    m_layout->setContentsMargins(0, 8, 0, 0);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Score | ChangeKind::Vote |
                                        ChangeKind::Workshop | ChangeKind::Roster) ||
                    changes.hasStage(id, StageKeys::Score, ChangeKind::StageState) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    rebuild();
            });
    rebuild();
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
    bool withheld = false;
    const QList<Candidate> candidates = Reveal::seenByRoom(
        m_context.store, m_context.workshopId,
        Shortlist::considered(m_context.store.candidates(m_context.workshopId)), &withheld);
    if (withheld && candidates.isEmpty()) {
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Cards not revealed yet"), StageWidgets::ProjectorHeading, this, QFont::Bold));
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("The candidates appear here once the facilitator reveals the cards."),
            StageWidgets::ProjectorBody, this));
        m_layout->addStretch();
        return;
    }
    if (candidates.isEmpty()) {
        m_layout->addWidget(StageWidgets::projectorLabel(tr("No candidates yet"),
                                                         StageWidgets::ProjectorHeading, this));
        m_layout->addStretch();
        return;
    }
    const int focus = m_context.store.stageState(m_context.workshopId, StageKeys::Score).focus;
    int index = 0;
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates.at(i).id == focus)
            index = i;
    const Candidate& c = candidates.at(index);
    const bool out = c.status == CandidateStatus::Eliminated;

    const bool compact = StageWidgets::isCompactProjector(this);
    QFrame* card = StageWidgets::projectorCard(this);
    auto* body = new QVBoxLayout(card);
    body->setContentsMargins(compact ? QMargins(28, 18, 28, 18) : QMargins(48, 36, 48, 36));
    body->setSpacing(compact ? 8 : 16);
    // The name always shows; the details below it give way, last first, on a small screen.
    auto* column = new FitColumn(card);
    column->columnLayout()->setSpacing(compact ? 8 : 16);
    const QString position =
        withheld ? tr("Candidate %1 of %2 \u00b7 more after the reveal") : tr("Candidate %1 of %2");
    QLabel* counter = StageWidgets::projectorLabel(position.arg(index + 1).arg(candidates.size()),
                                                   StageWidgets::ProjectorBody - 2, card);
    counter->setObjectName(QStringLiteral("projectorMuted"));
    column->addWidget(counter);
    QLabel* name = StageWidgets::projectorLabel(
        CandidateText::name(c),
        compact ? StageWidgets::ProjectorLarge : StageWidgets::ProjectorHeading, card, QFont::Bold);
    name->setObjectName(QStringLiteral("projectorCandidateName"));
    QFont strike = name->font();
    strike.setStrikeOut(out);
    name->setFont(strike);
    column->addWidget(name);
    column->setShrinkable(name, StageWidgets::ProjectorFloor);
    if (out)
        column->addWidget(StageWidgets::projectorLabel(tr("Set aside: %1").arg(c.eliminationReason),
                                                       StageWidgets::ProjectorBody, card,
                                                       QFont::DemiBold));
    const QString sentence = CandidateText::sentence(c);
    if (!sentence.isEmpty())
        column->addWidget(StageWidgets::projectorLabel(sentence, StageWidgets::ProjectorBody, card),
                          true);
    if (!c.definition.trimmed().isEmpty())
        column->addWidget(StageWidgets::projectorLabel(tr("Defined as: %1").arg(c.definition),
                                                       StageWidgets::ProjectorBody - 2, card),
                          true);
    QStringList inputs;
    for (const Input& input : m_context.store.inputs(c.id))
        if (!input.name.trimmed().isEmpty())
            inputs << input.name.trimmed();
    if (!inputs.isEmpty())
        column->addWidget(StageWidgets::projectorLabel(
                              tr("Inputs: %1").arg(QLocale().createSeparatedList(inputs)),
                              StageWidgets::ProjectorBody - 2, card),
                          true);
    for (const QString& hint : CandidateText::hints(c, int(inputs.size()))) {
        QLabel* h = StageWidgets::projectorLabel(tr("⚠ %1").arg(hint),
                                                 StageWidgets::ProjectorBody - 2, card);
        h->setObjectName(QStringLiteral("projectorLintHint"));
        column->addWidget(h, true);
    }
    body->addWidget(column, 1);

    auto* row = new QHBoxLayout;
    row->setSpacing(compact ? 20 : 32);
    // A small projector gives the checklist half the width, so each point keeps one line.
    row->addWidget(card, compact ? 1 : 3);
    row->addWidget(createChecklist(c.id), compact ? 1 : 2);
    m_layout->addLayout(row, 1);
}

QWidget* ScoreView::createChecklist(qint64 candidateId) {
    const ChecklistSummary summary = ChecklistTally::summarize(
        candidateId, m_context.store.checklistScores(m_context.workshopId));
    const bool compact = StageWidgets::isCompactProjector(this);
    QFrame* card = StageWidgets::projectorCard(this);
    auto* body = new QVBoxLayout(card);
    body->setContentsMargins(compact ? QMargins(24, 14, 24, 14) : QMargins(40, 32, 40, 32));
    body->setSpacing(compact ? 0 : 10);
    // A small projector has room for the seven points and the total only: the total's line
    // names the checklist, and the legend moves beside the total.
    if (!compact)
        body->addWidget(StageWidgets::projectorLabel(tr("Checklist"), StageWidgets::ProjectorBody,
                                                     card, QFont::Bold));
    const Playbook& playbook = Playbook::standard();
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (workshop && workshop->checklistPerPerson &&
        !m_context.store.stageState(m_context.workshopId, StageKeys::Score).revealed) {
        addAnsweredCount(body, candidateId);
        return card;
    }
    for (const ChecklistCriterionResult& r : summary.criteria) {
        const auto criterion = playbook.criterion(r.criterion);
        QString text = tr("%1  %2").arg(mark(r), criterion ? criterion->title : r.criterion);
        if (!r.consensus && r.isSplit())
            text += tr(" · split");
        QLabel* line = StageWidgets::projectorLabel(text, 28, card);
        line->setObjectName(QStringLiteral("projectorChecklistResult"));
        body->addWidget(line);
    }
    body->addStretch();
    const QString score =
        tr("%1 of %2").arg(QLocale().toString(summary.total, 'g', 3)).arg(summary.maxTotal);
    QLabel* total = StageWidgets::projectorLabel(
        compact ? tr("Checklist: %1").arg(score) : score,
        compact ? StageWidgets::ProjectorBody : StageWidgets::ProjectorLarge, card, QFont::Bold);
    total->setObjectName(QStringLiteral("projectorChecklistTotal"));
    body->addWidget(total);
    if (!compact)
        body->addWidget(
            StageWidgets::projectorLabel(tr("✓ yes   ◐ partly   ✗ no   ○ not yet"), 28, card));
    return card;
}

// Person by person, until the facilitator shows the totals: the points, and how many people
// have answered them, never what anyone answered.
void ScoreView::addAnsweredCount(QVBoxLayout* body, qint64 candidateId) {
    // The caller has put the card's heading in. The points, the count and the note share the
    // card's height: tighter lines than the totals' view, so nothing is cut.
    QWidget* card = body->parentWidget();
    const bool compact = StageWidgets::isCompactProjector(this);
    body->setSpacing(compact ? 0 : 4);
    const Playbook& playbook = Playbook::standard();
    for (const ChecklistCriterion& criterion : playbook.checklist()) {
        QLabel* line = StageWidgets::projectorLabel(criterion.title, 28, card);
        line->setObjectName(QStringLiteral("projectorChecklistPoint"));
        body->addWidget(line);
    }
    body->addStretch();
    const int answered = int(ChecklistTally::answeredBy(
                                 candidateId, m_context.store.checklistScores(m_context.workshopId))
                                 .size());
    const int people = int(m_context.store.participants(m_context.workshopId).size());
    QLabel* count = StageWidgets::projectorLabel(
        tr("%1 of %2 have answered").arg(answered).arg(people),
        compact ? StageWidgets::ProjectorBody : StageWidgets::ProjectorLarge, card, QFont::Bold);
    count->setObjectName(QStringLiteral("projectorChecklistAnswered"));
    body->addWidget(count);
    if (!compact)
        body->addWidget(
            StageWidgets::projectorLabel(tr("Totals once all have answered"), 28, card));
}
