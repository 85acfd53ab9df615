#include "DotVotePanel.h"
#include "domain/StageKeys.h"

#include "DecideData.h"
#include "InputGuard.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaRunner.h"
#include "room/RoomRules.h"
#include "session/DecisionCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"
#include "stages/draft/DraftLook.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Placed dots filled, the rest of the per-candidate allowance hollow: "●○".
QString dotsText(int dots, int allowed) {
    return QString(dots, QChar(0x25CF)) + QString(std::max(0, allowed - dots), QChar(0x25CB));
}

QString personName(const StageContext& context, qint64 participantId) {
    for (const Participant& p : context.store.participants(context.workshopId))
        if (p.id == participantId)
            return p.name;
    return {};
}
} // namespace

DotVotePanel::DotVotePanel(StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_dots(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_people(new QListWidget(this))
    , m_ballot(new QListWidget(this))
    , m_add(new QPushButton(tr("+ Add a dot"), this))
    , m_remove(new QPushButton(tr("− Take one back"), this))
    , m_close(new QPushButton(this))
    , m_state(StageWidgets::hint({}, this))
    , m_problem(StageWidgets::label({}, this, "voteProblem"))
    , m_tally(StageWidgets::hint({}, this)) {
    setObjectName(QStringLiteral("dotVotePanel"));
    m_dots->setRange(1, 20);
    m_dots->setObjectName(QStringLiteral("dotsPerPerson"));
    m_dots->setAccessibleName(tr("Dots each person has"));
    m_max->setRange(1, 20);
    m_max->setObjectName(QStringLiteral("maxDotsPerCandidate"));
    m_max->setAccessibleName(tr("Most dots one person may put on one candidate"));
    m_people->setObjectName(QStringLiteral("votePeople"));
    m_people->setAccessibleName(tr("Who is voting"));
    m_ballot->setObjectName(QStringLiteral("voteBallot"));
    m_ballot->setAccessibleName(tr("Their ballot: + adds a dot, − takes one back"));
    m_ballot->installEventFilter(this);
    m_people->setStyleSheet(DraftLook::listStyleSheet());
    m_ballot->setStyleSheet(DraftLook::listStyleSheet());
    m_add->setAccessibleName(tr("Add one of this person's dots to the candidate"));
    m_remove->setAccessibleName(tr("Take back one of this person's dots from the candidate"));
    m_close->setObjectName(QStringLiteral("primary"));
    m_problem->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Theme::color(Theme::Role::Red).name()));
    m_problem->hide();
    m_tally->setObjectName(QStringLiteral("voteTally"));

    auto* limits = new QHBoxLayout;
    limits->addWidget(StageWidgets::hint(tr("Dots each"), this));
    limits->addWidget(m_dots);
    limits->addSpacing(12);
    limits->addWidget(StageWidgets::hint(tr("At most on one candidate"), this));
    limits->addWidget(m_max);
    limits->addStretch();
    limits->addWidget(m_state);
    limits->addWidget(m_close);

    auto* peopleColumn = new QVBoxLayout;
    peopleColumn->addWidget(StageWidgets::label(tr("Who"), this, "sectionTitle"));
    peopleColumn->addWidget(m_people, 1);
    auto* ballotColumn = new QVBoxLayout;
    ballotColumn->addWidget(StageWidgets::label(tr("Their dots"), this, "sectionTitle"));
    ballotColumn->addWidget(m_ballot, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_add);
    ballotColumn->addLayout(buttons);
    ballotColumn->addWidget(m_problem);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(peopleColumn, 2);
    columns->addLayout(ballotColumn, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(limits);
    layout->addLayout(columns, 1);
    layout->addWidget(StageWidgets::hint(
        tr("In the ballot: + or → adds a dot, − or ← takes one back; ↑ ↓ Page Up and Page "
           "Down move, and a long ballot on the projector turns to the page you are on. The "
           "room sees only who has finished until you close the vote."),
        this));
    layout->addWidget(m_tally);

    connect(m_dots, &QSpinBox::valueChanged, this, &DotVotePanel::saveLimits);
    connect(m_max, &QSpinBox::valueChanged, this, &DotVotePanel::saveLimits);
    connect(m_people, &QListWidget::currentRowChanged, this, [this] {
        m_problem->hide();
        refreshBallot();
    });
    connect(m_ballot, &QListWidget::currentRowChanged, m_problem, &QWidget::hide);
    connect(m_ballot, &QListWidget::currentRowChanged, this, &DotVotePanel::showPage);
    connect(m_ballot, &QListWidget::itemDoubleClicked, this, &DotVotePanel::addDot);
    connect(m_add, &QAbstractButton::clicked, this, &DotVotePanel::addDot);
    connect(m_remove, &QAbstractButton::clicked, this, &DotVotePanel::removeDot);
    connect(m_close, &QAbstractButton::clicked, this, &DotVotePanel::toggleClosed);
    // Closing the vote shows the tally to the room: a click or its own shortcut, never a
    // stray Space or Enter.
    InputGuard::markRevealing(m_close);
    m_close->setToolTip(tr("Ctrl+Shift+V"));
    auto* close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    addAction(close);
    connect(close, &QAction::triggered, this, &DotVotePanel::toggleClosed);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Vote | ChangeKind::Score | ChangeKind::Candidate |
                                        ChangeKind::Roster | ChangeKind::Workshop) ||
                    changes.hasStage(id, StageKeys::Decide, ChangeKind::StageState))
                    refresh();
            });
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this, &DotVotePanel::refresh);
    refresh();
    if (m_people->count() > 0)
        m_people->setCurrentRow(0);
    setFocusProxy(m_ballot);
}

bool DotVotePanel::isClosed() const {
    return DecideData::voteClosed(m_context.store, m_context.workshopId);
}

qint64 DotVotePanel::currentPerson() const {
    const QListWidgetItem* item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 DotVotePanel::currentCandidate() const {
    const QListWidgetItem* item = m_ballot->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void DotVotePanel::selectPerson(qint64 participantId) {
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->data(Qt::UserRole).toLongLong() == participantId)
            m_people->setCurrentRow(i);
}

void DotVotePanel::selectCandidate(qint64 candidateId) {
    for (int i = 0; i < m_ballot->count(); ++i)
        if (m_ballot->item(i)->data(Qt::UserRole).toLongLong() == candidateId)
            m_ballot->setCurrentRow(i);
}

void DotVotePanel::refresh() {
    const auto w = m_context.store.workshop(m_context.workshopId);
    if (w) {
        const QSignalBlocker dots(m_dots);
        const QSignalBlocker max(m_max);
        m_dots->setValue(w->dotsPerPerson);
        m_max->setValue(w->maxDotsPerCandidate);
    }
    const bool closed = isClosed();
    m_close->setText(closed ? tr("Reopen the vote") : tr("Close the vote and show the result"));
    m_close->setAccessibleName(closed ? tr("Reopen the vote; the projector hides the result")
                                      : tr("Close the vote; the projector shows the result"));
    m_state->setText(closed ? tr("Closed: the room sees the result.") : QString());
    m_dots->setEnabled(!closed);
    m_max->setEnabled(!closed);
    refreshPeople();
    refreshBallot();
    refreshTally();
}

void DotVotePanel::refreshPeople() {
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    // "I'm done" from a phone counts as finished, as it does on the projector and the phones.
    const QSet<qint64> saidDone = m_context.store.votesDone(m_context.workshopId);
    const qint64 current = currentPerson();
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    for (const Participant& p : m_context.store.participants(m_context.workshopId)) {
        const int left = vote.dotsLeft(p.id);
        const QString name = UserText::isolate(p.name);
        // While the laptop goes round, the list says who has finished (as the projector
        // does), not how many dots everybody else still holds.
        const bool passing = m_context.passingLaptop() && !isClosed();
        QString text;
        if (RoomRules::finishedVoting(vote, p.id, saidDone))
            text = left <= 0 || passing ? tr("%1 — done ✓").arg(name)
                   : left == 1          ? tr("%1 — done ✓ (kept 1 dot)").arg(name)
                                        : tr("%1 — done ✓ (kept %2 dots)").arg(name).arg(left);
        else if (passing)
            text = p.name;
        else
            text = left == 1 ? tr("%1 — 1 dot left").arg(name)
                             : tr("%1 — %2 dots left").arg(name, QString::number(left));
        auto* item = new QListWidgetItem(text, m_people);
        item->setData(Qt::UserRole, p.id);
        if (p.id == current)
            m_people->setCurrentItem(item);
    }
    if (!m_people->currentItem() && m_people->count() > 0)
        m_people->setCurrentRow(0);
}

void DotVotePanel::refreshBallot() {
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const qint64 person = currentPerson();
    const qint64 current = currentCandidate();
    const QSignalBlocker blocker(m_ballot);
    m_ballot->clear();
    for (const Candidate& c : DecideData::survivors(m_context.store, m_context.workshopId)) {
        const int dots = vote.dots(person, c.id);
        auto* item =
            new QListWidgetItem(tr("%1   %2").arg(dotsText(dots, vote.maxPerCandidate()),
                                                  UserText::isolate(CandidateText::name(c))),
                                m_ballot);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(dots == 1 ? tr("1 dot from this person")
                                   : tr("%1 dots from this person").arg(dots));
        if (c.id == current)
            m_ballot->setCurrentItem(item);
    }
    if (!m_ballot->currentItem() && m_ballot->count() > 0)
        m_ballot->setCurrentRow(0);
    const bool open = !isClosed() && person != 0;
    m_ballot->setEnabled(person != 0);
    m_add->setEnabled(open && m_ballot->count() > 0);
    m_remove->setEnabled(open && m_ballot->count() > 0);
}

void DotVotePanel::refreshTally() {
    if (m_context.passingLaptop() && !isClosed()) {
        // Whoever holds the laptop must not vote with the running count in view.
        m_tally->setText(tr("The running count is hidden while the laptop goes round."));
        return;
    }
    const QList<Candidate> survivors = DecideData::survivors(m_context.store, m_context.workshopId);
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QHash<qint64, QString> names = CandidateText::names(survivors);
    QStringList lines;
    for (const DotTally& t : vote.tally(CandidateText::ids(survivors))) {
        if (t.dots == 0)
            continue;
        QString line =
            t.dots == 1
                ? tr("%1: 1 dot").arg(UserText::isolate(names.value(t.candidateId)))
                : tr("%1: %2 dots")
                      .arg(UserText::isolate(names.value(t.candidateId)), QString::number(t.dots));
        if (t.tied)
            line += tr(" (tie)");
        lines << line;
    }
    m_tally->setText(lines.isEmpty()
                         ? tr("No dots placed yet.")
                         : (isClosed() ? tr("Result: %1") : tr("So far (only you see this): %1"))
                               .arg(lines.join(QStringLiteral(" · "))));
}

void DotVotePanel::showPage() {
    const qint64 id = m_context.workshopId;
    if (m_context.runner.isPreview() ||
        DecideData::focus(m_context.store, id) != DecideData::Focus::Vote)
        return;
    const int focus = DecideData::voteFocus(m_ballot->currentRow());
    if (m_context.store.stageState(id, StageKeys::Decide).focus != focus)
        m_context.store.setStageFocus(id, StageKeys::Decide, focus);
}

void DotVotePanel::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DotVotePanel::addDot() {
    const qint64 person = currentPerson();
    const qint64 candidate = currentCandidate();
    if (!person || !candidate)
        return;
    if (isClosed()) {
        showProblem(tr("The vote is closed. Reopen it to change dots."));
        return;
    }
    DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QString name = personName(m_context, person);
    const QString problem = vote.placementProblem(person, name, candidate);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    showProblem({});
    const auto c = m_context.store.candidate(candidate);
    m_context.session.push(DecisionCommands::setDots(
        m_context.store, person, candidate, vote.dots(person, candidate) + 1,
        tr("%1 puts a dot on “%2”")
            .arg(UserText::isolate(name),
                 UserText::isolate(c ? CandidateText::name(*c) : QString()))));
}

void DotVotePanel::removeDot() {
    const qint64 person = currentPerson();
    const qint64 candidate = currentCandidate();
    if (!person || !candidate)
        return;
    if (isClosed()) {
        showProblem(tr("The vote is closed. Reopen it to change dots."));
        return;
    }
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QString name = personName(m_context, person);
    const auto c = m_context.store.candidate(candidate);
    const QString title = c ? CandidateText::name(*c) : QString();
    const int dots = vote.dots(person, candidate);
    if (dots == 0) {
        showProblem(tr("%1 has no dot on “%2” to take back.")
                        .arg(UserText::isolate(name), UserText::isolate(title)));
        return;
    }
    showProblem({});
    m_context.session.push(
        DecisionCommands::setDots(m_context.store, person, candidate, dots - 1,
                                  tr("%1 takes a dot back from “%2”")
                                      .arg(UserText::isolate(name), UserText::isolate(title))));
}

void DotVotePanel::toggleClosed() {
    m_context.session.push(
        DecisionCommands::setVoteClosed(m_context.store, m_context.workshopId, !isClosed()));
    showProblem({});
}

void DotVotePanel::saveLimits() {
    const int dots = m_dots->value();
    const int max = std::min(m_max->value(), dots);
    const auto w = m_context.store.workshop(m_context.workshopId);
    if (!w || (w->dotsPerPerson == dots && w->maxDotsPerCandidate == max))
        return;
    m_context.session.push(
        DecisionCommands::setVoteLimits(m_context.store, m_context.workshopId, dots, max));
}

bool DotVotePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ballot && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
        case Qt::Key_Right:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            addDot();
            return true;
        case Qt::Key_Minus:
        case Qt::Key_Left:
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
            removeDot();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
