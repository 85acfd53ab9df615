#include "DecideView.h"

#include "CandidateText.h"
#include "DecideData.h"
#include "StageContext.h"
#include "StageWidgets.h"
#include "UserText.h"
#include "VoteChart.h"
#include "storage/WorkshopStore.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr qreal CellPoints = StageWidgets::ProjectorBody;
constexpr qreal SmallPoints = 28;

QLabel* cell(const QString& text, qreal points, QWidget* parent, QFont::Weight weight,
             Qt::Alignment alignment = Qt::AlignCenter) {
    QLabel* l = StageWidgets::projectorLabel(text, points, parent, weight);
    l->setWordWrap(false); // the text arrives broken into lines, so the grid never squeezes it
    l->setAlignment(alignment);
    return l;
}
} // namespace

DecideView::DecideView(const StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("decideView"));
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->setSpacing(12);
    const auto forThisWorkshop = [this](qint64 id) {
        if (id == m_context.workshopId)
            rebuild();
    };
    connect(&m_context.store, &WorkshopStore::candidatesChanged, this, forThisWorkshop);
    connect(&m_context.store, &WorkshopStore::scoresChanged, this, forThisWorkshop);
    connect(&m_context.store, &WorkshopStore::participantsChanged, this, forThisWorkshop);
    connect(&m_context.store, &WorkshopStore::workshopChanged, this, forThisWorkshop);
    connect(&m_context.store, &WorkshopStore::stageStateChanged, this,
            [forThisWorkshop](qint64 id, const QString& key) {
                if (key == DecideData::StageKey || key == QLatin1String("draft.silent"))
                    forThisWorkshop(id);
            });
    rebuild();
}

void DecideView::clear() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QLayout* inner = item->layout())
            while (QLayoutItem* child = inner->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        delete item->widget();
        delete item;
    }
}

void DecideView::rebuild() {
    clear();
    if (!CandidateText::cardsRevealed(m_context.store, m_context.workshopId)) {
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Cards not revealed yet"), StageWidgets::ProjectorHeading, this, QFont::Bold));
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("The candidates appear here once the facilitator reveals the cards."),
            StageWidgets::ProjectorBody, this));
        m_layout->addStretch();
        return;
    }
    if (DecideData::survivors(m_context.store, m_context.workshopId).isEmpty()) {
        m_layout->addWidget(StageWidgets::projectorLabel(tr("No candidates left to compare"),
                                                         StageWidgets::ProjectorHeading, this));
        m_layout->addStretch();
        return;
    }
    if (DecideData::focus(m_context.store, m_context.workshopId) == DecideData::Focus::Matrix)
        showMatrix();
    else if (DecideData::voteClosed(m_context.store, m_context.workshopId))
        showResult();
    else
        showOpenVote();
}

void DecideView::showMatrix() {
    const QList<Candidate> survivors = DecideData::survivors(m_context.store, m_context.workshopId);
    const DecisionMatrix matrix =
        DecideData::matrix(m_context.store, m_context.workshopId, survivors);
    const QList<MatrixCriterion>& criteria = matrix.criteria();
    const bool scored = matrix.hasScores();
    const qreal points = survivors.size() > 3 ? SmallPoints : CellPoints;

    auto* table = new QWidget(this);
    table->setObjectName(QStringLiteral("projectorMatrix"));
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(2);
    const int columns = int(criteria.size()) + 3;
    grid->addWidget(cell({}, SmallPoints, table, QFont::Normal), 0, 0);
    for (int i = 0; i < criteria.size(); ++i) {
        QLabel* head =
            cell(CandidateText::lines(
                     tr("%1 ×%2").arg(criteria.at(i).name, QString::number(criteria.at(i).weight)),
                     criteria.size() > 5 ? 10 : 13),
                 SmallPoints, table, QFont::DemiBold, Qt::AlignHCenter | Qt::AlignBottom);
        head->setObjectName(QStringLiteral("projectorCriterion"));
        grid->addWidget(head, 0, i + 1);
        grid->setColumnStretch(i + 1, 2);
    }
    grid->addWidget(
        cell(tr("Total"), SmallPoints, table, QFont::Bold, Qt::AlignHCenter | Qt::AlignBottom), 0,
        columns - 2);
    grid->addWidget(
        cell(tr("Rank"), SmallPoints, table, QFont::Bold, Qt::AlignHCenter | Qt::AlignBottom), 0,
        columns - 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(columns - 2, 2);
    grid->setColumnStretch(columns - 1, 2);

    const QList<MatrixRow> rows = matrix.rows();
    for (int r = 0; r < rows.size(); ++r) {
        const MatrixRow& row = rows.at(r);
        const bool leader = scored && row.rank == 1;
        const int line = r + 1;
        if (leader) {
            // A highlight band behind the leader's row (added first, so it sits underneath).
            QFrame* band = StageWidgets::projectorCard(table, true);
            grid->addWidget(band, line, 0, 1, columns);
        }
        const QFont::Weight weight = leader ? QFont::Bold : QFont::Normal;
        const QString text = CandidateText::lines(CandidateText::name(survivors.at(r)),
                                                  criteria.size() > 5 ? 20 : 26);
        QLabel* name = cell(leader ? tr("★ %1").arg(text) : text, points, table, weight,
                            Qt::AlignLeft | Qt::AlignVCenter);
        name->setObjectName(QStringLiteral("projectorMatrixName"));
        name->setContentsMargins(16, 4, 8, 4);
        grid->addWidget(name, line, 0);
        for (int i = 0; i < criteria.size(); ++i) {
            const int value = matrix.score(criteria.at(i).id, row.candidateId);
            grid->addWidget(
                cell(value ? QString::number(value) : QStringLiteral("–"), points, table, weight),
                line, i + 1);
        }
        QLabel* total = cell(scored ? QString::number(row.total) : QStringLiteral("–"), points,
                             table, QFont::Bold);
        total->setObjectName(QStringLiteral("projectorMatrixTotal"));
        grid->addWidget(total, line, columns - 2);
        QLabel* rank = cell(!scored    ? QString()
                            : row.tied ? tr("%1 · tie").arg(row.rank)
                                       : QString::number(row.rank),
                            points, table, weight);
        rank->setObjectName(QStringLiteral("projectorMatrixRank"));
        grid->addWidget(rank, line, columns - 1);
    }
    m_layout->addWidget(table);
    m_layout->addStretch();
    QString flip;
    if (scored) {
        const auto f = matrix.whatWouldFlip(CandidateText::names(survivors));
        flip = f ? tr("What would flip it? %1").arg(f->sentence)
                 : tr("No single change of a weight or a score would change who leads.");
    } else {
        flip = tr("Score each candidate from 1 to 5 on each criterion.");
    }
    QLabel* flipLabel = StageWidgets::projectorLabel(flip, 28, this);
    flipLabel->setObjectName(QStringLiteral("projectorFlip"));
    m_layout->addWidget(flipLabel);
}

void DecideView::showOpenVote() {
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QList<Participant> people = m_context.store.participants(m_context.workshopId);
    int done = 0;
    for (const Participant& p : people)
        done += vote.dotsLeft(p.id) == 0 ? 1 : 0;
    QLabel* rule = StageWidgets::projectorLabel(
        tr("%1 each, at most %2 on one candidate")
            .arg(vote.dotsPerPerson() == 1 ? tr("1 dot") : tr("%1 dots").arg(vote.dotsPerPerson()))
            .arg(vote.maxPerCandidate()),
        StageWidgets::ProjectorLarge, this, QFont::DemiBold);
    m_layout->addWidget(rule);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    QFrame* ballot = StageWidgets::projectorCard(this);
    auto* ballotBody = new QVBoxLayout(ballot);
    ballotBody->setContentsMargins(40, 28, 40, 28);
    ballotBody->setSpacing(10);
    ballotBody->addWidget(StageWidgets::projectorLabel(
        tr("On the ballot"), StageWidgets::ProjectorBody, ballot, QFont::Bold));
    for (const Candidate& c : DecideData::survivors(m_context.store, m_context.workshopId)) {
        QLabel* name = StageWidgets::projectorLabel(CandidateText::name(c),
                                                    StageWidgets::ProjectorBody, ballot);
        name->setObjectName(QStringLiteral("projectorBallotName"));
        ballotBody->addWidget(name);
    }
    ballotBody->addStretch();

    QFrame* status = StageWidgets::projectorCard(this);
    auto* statusBody = new QVBoxLayout(status);
    statusBody->setContentsMargins(40, 28, 40, 28);
    statusBody->setSpacing(10);
    statusBody->addWidget(
        StageWidgets::projectorLabel(tr("%1 of %2 done").arg(done).arg(people.size()),
                                     StageWidgets::ProjectorBody, status, QFont::Bold));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(2);
    const int perColumn = int(people.size() + 1) / 2;
    for (int i = 0; i < people.size(); ++i) {
        const int left = vote.dotsLeft(people.at(i).id);
        QLabel* who = StageWidgets::projectorLabel(
            left == 0 ? tr("✓ %1").arg(UserText::isolate(people.at(i).name))
                      : tr("%1 · %2 left")
                            .arg(UserText::isolate(people.at(i).name), QString::number(left)),
            SmallPoints, status, left == 0 ? QFont::DemiBold : QFont::Normal);
        who->setObjectName(QStringLiteral("projectorVoter"));
        grid->addWidget(who, perColumn ? i % perColumn : 0, perColumn ? i / perColumn : 0);
    }
    statusBody->addLayout(grid);
    statusBody->addStretch();
    columns->addWidget(ballot, 1);
    columns->addWidget(status, 1);
    m_layout->addLayout(columns, 1);
    m_layout->addWidget(StageWidgets::projectorLabel(
        tr("The result stays hidden until the vote is closed."), SmallPoints, this));
}

void DecideView::showResult() {
    const QList<Candidate> survivors = DecideData::survivors(m_context.store, m_context.workshopId);
    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QList<DotTally> tally = vote.tally(CandidateText::ids(survivors));
    auto* chart = new VoteChart(this);
    chart->setTally(tally, CandidateText::names(survivors));
    m_layout->addWidget(chart, 1);
    const QList<qint64> leaders = vote.leaders(CandidateText::ids(survivors));
    const QHash<qint64, QString> names = CandidateText::names(survivors);
    QStringList leaderNames;
    for (qint64 id : leaders)
        leaderNames << names.value(id);
    QString summary;
    if (leaders.isEmpty())
        summary = tr("Nobody placed a dot.");
    else if (leaders.size() == 1)
        summary = tr("Most dots: %1").arg(UserText::isolate(leaderNames.first()));
    else
        summary = tr("A tie at the top: %1")
                      .arg(UserText::isolateEach(leaderNames, QStringLiteral(" · ")));
    QLabel* line =
        StageWidgets::projectorLabel(summary, StageWidgets::ProjectorLarge, this, QFont::Bold);
    line->setObjectName(QStringLiteral("projectorVoteLeaders"));
    m_layout->addWidget(line);
}
