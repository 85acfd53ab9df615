#include "ScorePage.h"
#include "domain/StageKeys.h"

#include "ChecklistScorer.h"
#include "ScoreTotalsBar.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaPlan.h"
#include "domain/TextLimits.h"
#include "scoring/ChecklistTally.h"
#include "scoring/Shortlist.h"
#include "session/DecisionCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateBrief.h"
#include "stages/draft/CandidateText.h"
#include "stages/draft/DraftLook.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString points(double value) {
    return QLocale().toString(value, 'g', 3);
}

QString counts(const ChecklistCriterionResult& r) {
    if (r.answerCount() == 0)
        return {};
    QString text = ScorePage::tr("%1 yes · %2 partly · %3 no").arg(r.yes).arg(r.partly).arg(r.no);
    if (r.isSplit())
        text += ScorePage::tr(" · split");
    return text;
}
} // namespace

ScorePage::ScorePage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("scorePage"));
    m_refreshSoon.setObjectName(QStringLiteral("scorePageRefresh"));
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &ScorePage::refresh);
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    m_brief = new CandidateBrief(this);
    m_reason = new QLineEdit(m_brief);
    m_reason->setObjectName(QStringLiteral("eliminationReason"));
    m_reason->setAccessibleName(tr("Why this candidate is eliminated"));
    TextLimit::apply(m_reason, TextLimits::LongText);
    m_reason->setPlaceholderText(tr("Why set it aside? (required)"));
    m_eliminate = new QPushButton(tr("Eliminate"), m_brief);
    m_eliminate->setAccessibleName(tr("Eliminate this candidate with the reason given"));
    m_restore = new QPushButton(tr("Restore"), m_brief);
    m_restore->setAccessibleName(tr("Bring this candidate back onto the shortlist"));
    m_problem = StageWidgets::label({}, m_brief, "eliminationProblem");
    m_problem->setStyleSheet(
        QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::Red).name()));
    m_problem->hide();
    auto* eliminateRow = new QHBoxLayout;
    eliminateRow->addWidget(m_reason, 1);
    eliminateRow->addWidget(m_eliminate);
    eliminateRow->addWidget(m_restore);
    m_brief->body()->addLayout(eliminateRow);
    m_brief->body()->addWidget(m_problem);

    auto* right = new QVBoxLayout;
    right->setSpacing(16);
    right->addWidget(m_brief, 2);
    right->addWidget(createChecklistCard(), 3);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(createListCard(), 1);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    auto* previousKey = new QAction(this);
    previousKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previousKey->setShortcutContext(Qt::WindowShortcut);
    addAction(previousKey);
    auto* nextKey = new QAction(this);
    nextKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    nextKey->setShortcutContext(Qt::WindowShortcut);
    addAction(nextKey);
    connect(previousKey, &QAction::triggered, this, &ScorePage::showPrevious);
    connect(nextKey, &QAction::triggered, this, &ScorePage::showNext);
    connect(m_reason, &QLineEdit::returnPressed, this, &ScorePage::eliminateCurrent);
    connect(m_reason, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_eliminate, &QAbstractButton::clicked, this, &ScorePage::eliminateCurrent);
    connect(m_restore, &QAbstractButton::clicked, this, &ScorePage::restoreCurrent);

    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ~ChangeKinds(ChangeKind::Score | ChangeKind::Vote)))
                    m_candidatesRead = false;
                if (changes.has(id, ChangeKind::Roster))
                    m_rosterRead = false;
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Score | ChangeKind::Vote |
                                        ChangeKind::Workshop | ChangeKind::Roster) ||
                    changes.hasStage(id, StageKeys::Score, ChangeKind::StageState))
                    changes.source == ChangeSource::Room ? refreshSoon() : refresh();
            });
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this, &ScorePage::refresh);
    refresh();
    setFocusProxy(m_scorer);
}

// The room's answers: in the next pass of the event loop, once for all of this pass's commits,
// after the room has acknowledged them (sixty phones answering commit in every pass).
void ScorePage::refreshSoon() {
    if (!m_refreshSoon.isActive())
        m_refreshSoon.start();
}

qint64 ScorePage::currentCandidateId() const {
    const int index = currentIndex();
    return index >= 0 ? m_candidates.at(index).id : 0;
}

int ScorePage::currentIndex() const {
    if (m_candidates.isEmpty())
        return -1;
    const int focus = m_context.store.stageState(m_context.workshopId, StageKeys::Score).focus;
    for (int i = 0; i < m_candidates.size(); ++i)
        if (m_candidates.at(i).id == focus)
            return i;
    return 0; // nothing chosen yet, or the chosen one is gone: the first
}

void ScorePage::showCandidateAt(int index) {
    if (m_candidates.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_candidates.size()) - 1);
    // The next candidate starts with its totals hidden: the room answers it afresh.
    if (m_candidates.at(index).id != currentCandidateId())
        m_context.store.setStageRevealed(m_context.workshopId, StageKeys::Score, false);
    m_context.store.setStageFocus(m_context.workshopId, StageKeys::Score,
                                  int(m_candidates.at(index).id));
    m_scorer->setCurrentRow(0);
}

void ScorePage::showNext() {
    showCandidateAt(currentIndex() + 1);
}

void ScorePage::showPrevious() {
    showCandidateAt(currentIndex() - 1);
}

void ScorePage::refresh() {
    m_refreshSoon.stop();
    if (!m_candidatesRead) {
        m_candidates = Shortlist::considered(m_context.store.candidates(m_context.workshopId));
        m_candidatesRead = true;
    }
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const bool perPerson = workshop && workshop->checklistPerPerson;
    m_consensus->setChecked(!perPerson);
    m_perPerson->setChecked(perPerson);

    if (!m_rosterRead) {
        const qint64 person = currentPerson();
        const QSignalBlocker blocker(m_person);
        m_person->clear();
        for (const Participant& p : m_context.store.participants(m_context.workshopId))
            m_person->addItem(p.name, p.id);
        m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
        m_rosterRead = true;
    }
    m_person->setVisible(perPerson);
    m_personHint->setVisible(perPerson);

    const int index = currentIndex();
    const QList<ChecklistScore> scores = m_context.store.checklistScores(m_context.workshopId);
    refreshList(index, scores, roomHidden(workshop));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index >= 0 && index + 1 < m_candidates.size());
    const bool any = index >= 0;
    m_scorer->setEnabled(any);
    const bool active = any && m_candidates.at(index).status == CandidateStatus::Active;
    m_reason->setVisible(active);
    m_eliminate->setVisible(active);
    m_restore->setVisible(any && !active);
    if (!any) {
        m_brief->showNothing(tr("No candidates yet. They come from the silent brainstorm and "
                                "the pairs."));
        m_total->clear();
        m_totalsBar->hide();
        return;
    }
    const Candidate& c = m_candidates.at(index);
    m_brief->showCandidate(c, m_context.store.inputs(c.id),
                           tr("Candidate %1 of %2").arg(index + 1).arg(m_candidates.size()));
    refreshScores(scores, workshop);
}

bool ScorePage::roomHidden(const std::optional<Workshop>& workshop) const {
    // Person by person, with the laptop going round: nobody answers with the room's running
    // count in view.
    return workshop && workshop->checklistPerPerson && m_context.passingLaptop();
}

// The list's items stay while the candidates do (a phone's answer moves a total): their
// texts are set again where they changed, and the list is laid out again only for those.
void ScorePage::refreshList(int current, const QList<ChecklistScore>& scores, bool hidden) {
    const QSignalBlocker blocker(m_list);
    const auto setAside = [](const Candidate& c) {
        return c.status == CandidateStatus::Eliminated
                   ? tr("Eliminated: %1").arg(UserText::isolate(c.eliminationReason))
                   : QString();
    };
    bool same = m_list->count() == m_candidates.size();
    for (int i = 0; same && i < m_candidates.size(); ++i)
        same = m_list->item(i)->data(Qt::UserRole).toLongLong() == m_candidates.at(i).id &&
               m_list->item(i)->toolTip() == setAside(m_candidates.at(i));
    if (!same)
        m_list->clear();
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& c = m_candidates.at(i);
        const ChecklistSummary summary = ChecklistTally::summarize(c.id, scores);
        const bool scored = !hidden && summary.unscored.size() < summary.criteria.size();
        const QString text =
            scored ? tr("%1   %2/%3")
                         .arg(UserText::isolate(CandidateText::name(c)), points(summary.total),
                              QString::number(summary.maxTotal))
                   : CandidateText::name(c);
        if (same) {
            if (m_list->item(i)->text() != text)
                m_list->item(i)->setText(text);
            continue;
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        if (c.status == CandidateStatus::Eliminated) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
            item->setForeground(Theme::color(Theme::Role::MutedInk));
            item->setToolTip(setAside(c));
        }
    }
    if (m_list->currentRow() != current)
        m_list->setCurrentRow(current);
}

void ScorePage::refreshScores() {
    refreshScores(m_context.store.checklistScores(m_context.workshopId),
                  m_context.store.workshop(m_context.workshopId));
}

void ScorePage::refreshScores(const QList<ChecklistScore>& scores,
                              const std::optional<Workshop>& workshop) {
    const qint64 candidateId = currentCandidateId();
    const bool perPerson = workshop && workshop->checklistPerPerson;
    const qint64 person = perPerson ? currentPerson() : 0;
    const bool hidden = roomHidden(workshop);
    const ChecklistSummary summary = ChecklistTally::summarize(candidateId, scores);
    QList<ChecklistScorer::Row> rows;
    for (const ChecklistCriterionResult& r : summary.criteria) {
        ChecklistScorer::Row row;
        for (const ChecklistScore& s : scores)
            if (s.candidateId == candidateId && s.criterion == r.criterion &&
                s.participantId == person)
                row.answer = s.answer;
        if (!hidden) {
            row.summary = counts(r);
            row.split = r.isSplit();
        }
        rows.append(row);
    }
    m_scorer->setRows(rows);
    m_totalsBar->setVisible(perPerson);
    m_totalsBar->setState(
        int(ChecklistTally::answeredBy(candidateId, scores).size()), m_person->count(),
        m_context.store.stageState(m_context.workshopId, StageKeys::Score).revealed);
    if (hidden) {
        m_total->setText(tr("The room's answers are hidden while the laptop goes round."));
        return;
    }
    QString total = tr("Total %1 of %2").arg(points(summary.total)).arg(summary.maxTotal);
    if (!summary.unscored.isEmpty())
        total += summary.unscored.size() == 1
                     ? tr(" · 1 point not scored yet")
                     : tr(" · %1 points not scored yet").arg(summary.unscored.size());
    if (perPerson)
        total += tr(" · from everyone's answers");
    m_total->setText(total);
}

qint64 ScorePage::currentPerson() const {
    return m_person->currentData().toLongLong();
}

void ScorePage::answer(int row, std::optional<ChecklistAnswer> answer) {
    const qint64 candidateId = currentCandidateId();
    const QString key = m_scorer->criterionKey(row);
    if (!candidateId || key.isEmpty())
        return;
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    const qint64 person = workshop && workshop->checklistPerPerson ? currentPerson() : 0;
    if (workshop && workshop->checklistPerPerson && person == 0)
        return; // nobody on the roster to answer for
    m_context.session.push(DecisionCommands::setChecklistAnswer(
        m_context.store, m_context.workshopId, candidateId, key, person, answer));
}

void ScorePage::setPerPerson(bool perPerson) {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (workshop && workshop->checklistPerPerson != perPerson)
        m_context.session.push(DecisionCommands::setChecklistPerPerson(
            m_context.store, m_context.workshopId, perPerson));
    m_scorer->setFocus();
}

void ScorePage::nextPerson() {
    const auto workshop = m_context.store.workshop(m_context.workshopId);
    if (!workshop || !workshop->checklistPerPerson || m_person->count() < 2)
        return;
    if (m_person->currentIndex() + 1 < m_person->count()) {
        m_person->setCurrentIndex(m_person->currentIndex() + 1);
        refreshScores();
        m_scorer->setCurrentRow(0);
    }
}

void ScorePage::eliminateCurrent() {
    const qint64 id = currentCandidateId();
    if (!id)
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_problem->setText(tr("Say why first: a candidate is never set aside without a reason."));
        m_problem->show();
        m_reason->setFocus();
        return;
    }
    m_problem->hide();
    m_context.session.push(DecisionCommands::eliminate(m_context.store, id, reason));
    m_reason->clear();
    m_scorer->setFocus();
}

void ScorePage::restoreCurrent() {
    const qint64 id = currentCandidateId();
    if (id)
        m_context.session.push(DecisionCommands::restore(m_context.store, id));
    m_scorer->setFocus();
}
