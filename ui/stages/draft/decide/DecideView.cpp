#include "DecideView.h"
#include "domain/StageKeys.h"

#include "DecideData.h"
#include "Theme.h"
#include "UserText.h"
#include "VoteChart.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr qreal CellPoints = StageWidgets::ProjectorBody;
constexpr qreal SmallPoints = 28;
constexpr int HorizontalSpacing = 20;
constexpr int VerticalSpacing = 2;

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
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Score | ChangeKind::Vote |
                                        ChangeKind::Roster | ChangeKind::Workshop) ||
                    changes.hasStage(id, StageKeys::Decide, ChangeKind::StageState) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    rebuild();
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
    m_matrixShown = false;
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

// How much of the matrix one projector page holds: candidates (rows) and criteria (columns)
// at sizes worked out from the type, so nothing is set below 28 pt, no header or name is
// cut, and a 200-candidate matrix builds one page of labels, not 200 rows of them.
DecideView::MatrixPaging DecideView::matrixPaging(const DecisionMatrix& matrix, const QString& flip,
                                                  int height) const {
    const QSize screen = StageWidgets::projectorScreen(this);
    const bool compact = StageWidgets::isCompactProjector(this);
    // The stage's margins in AudienceWindow, and the heading and footer around this view.
    const int width = std::max(400, screen.width() - (compact ? 80 : 128));
    if (height <= 0)
        height = screen.height() - (compact ? 254 : 392);
    const QFontMetrics head(Theme::font(SmallPoints, QFont::DemiBold));
    const QFontMetrics body(Theme::font(SmallPoints, QFont::Bold));
    const int spacing = HorizontalSpacing;
    MatrixPaging paging;
    paging.nameWidth = int(width * (compact ? 0.28 : 0.34));
    paging.totalWidth = body.horizontalAdvance(tr("Total")) + 8;
    paging.rankWidth = body.horizontalAdvance(tr("%1 · tie").arg(88)) + 8;
    // A criterion column is wide enough for its header in two lines (three on a small
    // projector, so more criteria share a page), broken at spaces.
    const int headerLines = compact ? 3 : 2;
    int longestWord = body.horizontalAdvance(QStringLiteral("5"));
    for (const MatrixCriterion& c : matrix.criteria()) {
        const QString header = tr("%1 ×%2").arg(c.name, QString::number(c.weight));
        longestWord =
            std::max(longestWord, (head.horizontalAdvance(header) + 1) / headerLines + 24);
        for (const QString& word : header.split(u' ', Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, head.horizontalAdvance(word));
    }
    paging.criterionWidth = std::clamp(longestWord + 8, 150, width / 3);
    const int room = width - paging.nameWidth - paging.totalWidth - paging.rankWidth - 3 * spacing;
    paging.criteriaPerPage = std::max(1, room / (paging.criterionWidth + spacing));
    int headerHeight = head.height();
    for (const MatrixCriterion& c : matrix.criteria())
        headerHeight = std::max(
            headerHeight,
            head.boundingRect(QRect(0, 0, paging.criterionWidth, 1 << 20), Qt::TextWordWrap,
                              tr("%1 ×%2").arg(c.name, QString::number(c.weight)))
                .height());
    const int flipHeight =
        head.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, flip).height();
    // The page line, the flip sentence and the spacing between them and the table.
    const int below = flipHeight + 2 * head.height() + 4 * 12 + 8;
    const int rowHeight = std::max(head.height(), body.height()) + 8 + VerticalSpacing;
    paging.rowsPerPage = std::max(1, (height - headerHeight - VerticalSpacing - below) / rowHeight);
    return paging;
}

void DecideView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The first page was sized from the screen; now the view knows its real height.
    if (m_matrixShown && height() != m_pagedForHeight) {
        rebuild();
        // Place the new page now: a view that is not shown yet drops its layout request.
        m_layout->invalidate();
        m_layout->activate();
    }
}

void DecideView::showMatrix() {
    const QList<Candidate> survivors = DecideData::survivors(m_context.store, m_context.workshopId);
    const DecisionMatrix matrix =
        DecideData::matrix(m_context.store, m_context.workshopId, survivors);
    const QList<MatrixCriterion>& criteria = matrix.criteria();
    const bool scored = matrix.hasScores();
    QString flip;
    if (scored) {
        const auto f = matrix.whatWouldFlip(CandidateText::names(survivors));
        flip = f ? tr("What would flip it? %1").arg(f->sentence)
                 : tr("No single change of a weight or a score would change who leads.");
    } else {
        flip = tr("Score each candidate from 1 to 5 on each criterion.");
    }

    m_matrixShown = true;
    m_pagedForHeight = testAttribute(Qt::WA_Resized) || isVisible() ? height() : 0;
    const MatrixPaging paging = matrixPaging(matrix, flip, m_pagedForHeight);
    const QList<MatrixRow> rows = matrix.rows();
    const int criterionCount = int(criteria.size());
    const int rowPages =
        std::max(1, int((rows.size() + paging.rowsPerPage - 1) / paging.rowsPerPage));
    const int columnPages =
        std::max(1, (criterionCount + paging.criteriaPerPage - 1) / paging.criteriaPerPage);
    const DecideData::MatrixCursor cursor =
        DecideData::matrixCursor(m_context.store, m_context.workshopId);
    const int rowPage = std::clamp(cursor.row / paging.rowsPerPage, 0, rowPages - 1);
    const int columnPage = std::clamp(std::min(cursor.column, std::max(0, criterionCount - 1)) /
                                          paging.criteriaPerPage,
                                      0, columnPages - 1);
    const int firstRow = rowPage * paging.rowsPerPage;
    const int lastRow = std::min(int(rows.size()), firstRow + paging.rowsPerPage);
    const int firstCriterion = columnPage * paging.criteriaPerPage;
    const int lastCriterion = std::min(criterionCount, firstCriterion + paging.criteriaPerPage);

    auto* table = new QWidget(this);
    table->setObjectName(QStringLiteral("projectorMatrix"));
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(HorizontalSpacing);
    grid->setVerticalSpacing(VerticalSpacing);
    const int shownCriteria = lastCriterion - firstCriterion;
    const int columns = shownCriteria + 3;
    grid->setColumnMinimumWidth(0, paging.nameWidth);
    grid->setColumnStretch(0, 3);
    for (int i = firstCriterion; i < lastCriterion; ++i) {
        QLabel* head = StageWidgets::projectorLabel(
            tr("%1 ×%2").arg(criteria.at(i).name, QString::number(criteria.at(i).weight)),
            SmallPoints, table, QFont::DemiBold);
        head->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        head->setObjectName(QStringLiteral("projectorCriterion"));
        const int column = i - firstCriterion + 1;
        grid->addWidget(head, 0, column);
        grid->setColumnMinimumWidth(column, paging.criterionWidth);
        grid->setColumnStretch(column, 2);
    }
    grid->addWidget(
        cell(tr("Total"), SmallPoints, table, QFont::Bold, Qt::AlignHCenter | Qt::AlignBottom), 0,
        columns - 2);
    grid->addWidget(
        cell(tr("Rank"), SmallPoints, table, QFont::Bold, Qt::AlignHCenter | Qt::AlignBottom), 0,
        columns - 1);
    grid->setColumnMinimumWidth(columns - 2, paging.totalWidth);
    grid->setColumnMinimumWidth(columns - 1, paging.rankWidth);
    grid->setColumnStretch(columns - 2, 1);
    grid->setColumnStretch(columns - 1, 1);

    for (int r = firstRow; r < lastRow; ++r) {
        const MatrixRow& row = rows.at(r);
        const bool leader = scored && row.rank == 1;
        const int line = r - firstRow + 1;
        if (leader) {
            // A highlight band behind the leader's row (added first, so it sits underneath).
            QFrame* band = StageWidgets::projectorCard(table, true);
            grid->addWidget(band, line, 0, 1, columns);
        }
        const QFont::Weight weight = leader ? QFont::Bold : QFont::Normal;
        // One line, shortened with "…" to the column: the console shows the whole name.
        const QString name = CandidateText::name(survivors.at(r));
        QLabel* nameLabel = StageWidgets::projectorLine(leader ? tr("★ %1").arg(name) : name,
                                                        SmallPoints, table, weight);
        nameLabel->setObjectName(QStringLiteral("projectorMatrixName"));
        nameLabel->setContentsMargins(16, 4, 8, 4);
        nameLabel->setMinimumWidth(paging.nameWidth);
        grid->addWidget(nameLabel, line, 0);
        for (int i = firstCriterion; i < lastCriterion; ++i) {
            const int value = matrix.score(criteria.at(i).id, row.candidateId);
            grid->addWidget(cell(value ? QString::number(value) : QStringLiteral("–"), SmallPoints,
                                 table, weight),
                            line, i - firstCriterion + 1);
        }
        QLabel* total = cell(scored ? QString::number(row.total) : QStringLiteral("–"), SmallPoints,
                             table, QFont::Bold);
        total->setObjectName(QStringLiteral("projectorMatrixTotal"));
        grid->addWidget(total, line, columns - 2);
        QLabel* rank = cell(!scored    ? QString()
                            : row.tied ? tr("%1 · tie").arg(row.rank)
                                       : QString::number(row.rank),
                            SmallPoints, table, weight);
        rank->setObjectName(QStringLiteral("projectorMatrixRank"));
        grid->addWidget(rank, line, columns - 1);
    }
    m_layout->addWidget(table);
    m_layout->addStretch();
    if (rowPages * columnPages > 1) {
        QString where = tr("Page %1 of %2 · candidates %3–%4 of %5")
                            .arg(rowPage * columnPages + columnPage + 1)
                            .arg(rowPages * columnPages)
                            .arg(firstRow + 1)
                            .arg(lastRow)
                            .arg(rows.size());
        if (columnPages > 1)
            where += tr(" · criteria %1–%2 of %3")
                         .arg(firstCriterion + 1)
                         .arg(lastCriterion)
                         .arg(criterionCount);
        QLabel* page = StageWidgets::projectorLabel(where, SmallPoints, this);
        page->setObjectName(QStringLiteral("projectorMatrixPage"));
        m_layout->addWidget(page);
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
