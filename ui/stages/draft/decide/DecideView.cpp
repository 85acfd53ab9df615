#include "DecideView.h"
#include "domain/StageKeys.h"

#include "DecideData.h"
#include "MatrixBoard.h"
#include "Theme.h"
#include "UserText.h"
#include "VoteChart.h"
#include "room/RoomRules.h"
#include "session/Reveal.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int FlipNameLength = 22; // characters of a name in the flip sentence, small screens
// Below this projector height the flip sentence is a page of its own after the matrix's.
constexpr int FlipPageBelowHeight = 900;
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
                if (changes.concerns(id))
                    m_read.reset();
                if (changes.has(id, ChangeKind::Candidate | ChangeKind::Score | ChangeKind::Vote |
                                        ChangeKind::Roster | ChangeKind::Workshop) ||
                    changes.hasStage(id, StageKeys::Decide, ChangeKind::StageState) ||
                    changes.hasStage(id, StageKeys::Silent, ChangeKind::StageState))
                    refresh();
            });
    rebuild();
}

void DecideView::refresh() {
    if (!updateMatrix() && !updateVote() && !updateResult())
        rebuild();
}

bool DecideView::updateResult() {
    if (!m_chart || !m_leaders ||
        DecideData::focus(m_context.store, m_context.workshopId) != DecideData::Focus::Vote ||
        !DecideData::voteClosed(m_context.store, m_context.workshopId) || roomSurvivors().isEmpty())
        return false;
    // A tally that comes to need pages, or no longer does, is built again.
    const QString where = showTally(m_chart, m_leaders);
    if (where.isEmpty() != m_resultWhere.isNull() || (m_noDots > 0) != !m_noDotsLine.isNull())
        return false;
    if (m_resultWhere)
        m_resultWhere->setText(where);
    if (m_noDotsLine)
        m_noDotsLine->setText(noDotsText());
    return true;
}

QStringList DecideView::VoteShown::texts() const {
    QStringList texts{rule};
    if (!where.isEmpty())
        texts << where;
    return texts + ballot + QStringList{done} + voters;
}

bool DecideView::updateVote() {
    if (!m_voteUp ||
        DecideData::focus(m_context.store, m_context.workshopId) != DecideData::Focus::Vote ||
        DecideData::voteClosed(m_context.store, m_context.workshopId))
        return false;
    VoteShown now = voteShown();
    if (now.ballot.isEmpty() || now.ballot.size() != m_vote.ballot.size() ||
        now.finished != m_vote.finished || m_voteTexts.update(m_vote.texts(), now.texts()) < 0)
        return false;
    m_vote = std::move(now);
    return true;
}

bool DecideView::updateMatrix() {
    if (!m_board ||
        DecideData::focus(m_context.store, m_context.workshopId) != DecideData::Focus::Matrix)
        return false;
    const QList<Candidate> survivors = roomSurvivors();
    if (survivors.isEmpty())
        return false;
    const MatrixShown shown = matrixShown(survivors);
    if (shown.flipPage || shown.flip.isEmpty() != m_flipLabel.isNull())
        return false;
    m_board->setPage(shown.page);
    if (m_flipLabel)
        m_flipLabel->setText(shown.flip);
    return true;
}

QList<Candidate> DecideView::roomSurvivors(bool* withheld) const {
    if (!m_read) {
        m_read.emplace();
        m_read->survivors = Reveal::seenByRoom(
            m_context.store, m_context.workshopId,
            DecideData::survivors(m_context.store, m_context.workshopId), &m_read->withheld);
    }
    if (withheld)
        *withheld = m_read->withheld;
    return m_read->survivors;
}

const DecisionMatrix& DecideView::roomMatrix() const {
    const QList<Candidate> survivors = roomSurvivors();
    if (!m_read->matrix)
        m_read->matrix = DecideData::matrix(m_context.store, m_context.workshopId, survivors);
    return *m_read->matrix;
}

const DotVote& DecideView::roomVote() const {
    roomSurvivors();
    if (!m_read->vote)
        m_read->vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    return *m_read->vote;
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
    m_voteUp = false;
    m_voteTexts.clear();
    bool withheld = false;
    const QList<Candidate> shown = roomSurvivors(&withheld);
    if (withheld && shown.isEmpty()) {
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("Cards not revealed yet"), StageWidgets::ProjectorHeading, this, QFont::Bold));
        m_layout->addWidget(StageWidgets::projectorLabel(
            tr("The candidates appear here once the facilitator reveals the cards."),
            StageWidgets::ProjectorBody, this));
        m_layout->addStretch();
        return;
    }
    if (shown.isEmpty()) {
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

bool DecideView::pagedOtherwise() const {
    if (m_matrixShown)
        return true;
    if (m_voteUp)
        return ballotPages(m_vote.rule, m_vote.everyone) != m_vote.starts;
    // The chart: when it has pages or comes to need them.
    return m_resultWhere || (m_leaders && m_tallySize > barsPerPage(m_leaders->text()));
}

void DecideView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The first page was sized from the screen; now the view knows its real size.
    if ((m_matrixShown || m_voteUp || m_chart) && size() != m_pagedForSize) {
        if (!pagedOtherwise()) {
            m_pagedForSize = size();
            return;
        }
        // The closed vote's chart takes its page for the new size in place, as after a dot
        // moved, unless it comes to need pages or no longer does.
        if (m_chart && updateResult())
            m_pagedForSize = size();
        else
            rebuild();
        // Place the new page now: a view that is not shown yet drops its layout request.
        m_layout->invalidate();
        m_layout->activate();
    }
}

// The matrix is one painted board holding the page of candidates and criteria around the
// console's cell: as many as fit at 28 pt, so 200 candidates still build one small page. On a
// small projector "what would flip it" is a page of its own after the matrix's, which the
// console turns to; a large one shows it under the matrix.
DecideView::MatrixShown DecideView::matrixShown(const QList<Candidate>& survivors) const {
    const DecisionMatrix& matrix = roomMatrix();
    const QList<MatrixCriterion>& criteria = matrix.criteria();
    const bool scored = matrix.hasScores();
    const bool compact = StageWidgets::isCompactProjector(this);
    const QSize screen = StageWidgets::projectorScreen(this);
    const bool flipApart = screen.height() < FlipPageBelowHeight;
    QString flip;      // the sentence as a large screen shows it, under the matrix
    QString flipAlone; // the sentence on its own page
    if (scored) {
        QHash<qint64, QString> names = CandidateText::names(survivors);
        const auto whole = matrix.whatWouldFlip(names);
        flipAlone = whole ? whole->sentence
                          : tr("No single change of a weight or a score would change who leads.");
        // A smallish projector names the candidates in the sentence shortly (the board and
        // the console have them whole), so the sentence leaves the matrix its room.
        if (compact && !flipApart) {
            for (QString& name : names)
                if (name.size() > FlipNameLength)
                    name = name.left(FlipNameLength - 1).trimmed() + u'…';
        }
        const auto f = compact && !flipApart ? matrix.whatWouldFlip(names) : whole;
        flip = f ? tr("What would flip it? %1").arg(f->sentence)
                 : tr("No single change of a weight or a score would change who leads.");
    } else {
        flip = flipAlone = tr("Score each candidate from 1 to 5 on each criterion.");
    }

    const bool sized = testAttribute(Qt::WA_Resized) || isVisible();
    // Before the view is laid out: the screen less the stage's margins, heading and footer.
    const int width = sized ? this->width() : std::max(400, screen.width() - (compact ? 80 : 128));
    const int height = sized ? this->height() : screen.height() - (compact ? 254 : 392);
    const int top = m_layout->contentsMargins().top();
    int room = height - top - 4;
    if (!flipApart) {
        const QFontMetrics metrics(Theme::font(SmallPoints));
        room -= m_layout->spacing() +
                metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, flip).height();
    }

    const QList<MatrixRow> rows = matrix.rows();
    QStringList names, headers, ranks;
    for (int r = 0; r < rows.size(); ++r) {
        const QString name = CandidateText::name(survivors.at(r));
        names << (scored && rows.at(r).rank == 1 ? tr("★ %1").arg(name) : name);
        if (scored)
            ranks << MatrixBoard::rankText(rows.at(r).rank, rows.at(r).tied);
    }
    for (const MatrixCriterion& c : criteria)
        headers << tr("%1 ×%2").arg(c.name, QString::number(c.weight));
    const DecideData::MatrixCursor cursor =
        DecideData::matrixCursor(m_context.store, m_context.workshopId);
    MatrixBoardPlan plan =
        MatrixBoard::plan(names, headers, ranks, width, room, cursor.row, cursor.column);
    const int pages = plan.pages() + (flipApart ? 1 : 0);
    MatrixShown shown;
    shown.pages = pages;
    if (flipApart && cursor.flipPage) {
        shown.flipPage = true;
        shown.heading = scored ? tr("What would flip it?") : tr("Nothing scored yet");
        shown.sentence = flipAlone;
        return shown;
    }

    MatrixBoardPage& page = shown.page;
    page.headerLines = plan.headerLines;
    page.nameLines = plan.nameLines;
    page.criterionWidths = plan.criterionWidths;
    page.nameWidth = plan.nameWidth;
    page.totalWidth = plan.totalWidth;
    page.rankWidth = plan.rankWidth;
    const int lastCriterion = plan.firstCriterion + plan.criterionCount;
    for (int i = plan.firstCriterion; i < lastCriterion; ++i)
        page.criteria << headers.at(i);
    for (int r = plan.firstRow; r < plan.firstRow + plan.rowCount; ++r) {
        const MatrixRow& row = rows.at(r);
        MatrixBoardRow shown;
        shown.name = names.at(r);
        shown.leader = scored && row.rank == 1;
        for (int i = plan.firstCriterion; i < lastCriterion; ++i) {
            const int value = matrix.score(criteria.at(i).id, row.candidateId);
            shown.cells << (value ? QString::number(value) : QStringLiteral("–"));
        }
        shown.total = scored ? QString::number(row.total) : QStringLiteral("–");
        shown.rank = scored ? row.rank : 0;
        shown.tied = scored && row.tied;
        page.rows << shown;
    }
    if (pages > 1) {
        // Which page, in the board's corner above the names; in full for screen readers.
        page.where = tr("Page %1 of %2")
                         .arg(plan.rowPage * plan.columnPages + plan.columnPage + 1)
                         .arg(pages);
        page.whereInFull = tr("%1 · candidates %2–%3 of %4")
                               .arg(page.where)
                               .arg(plan.firstRow + 1)
                               .arg(plan.firstRow + plan.rowCount)
                               .arg(rows.size());
        if (plan.columnPages > 1)
            page.whereInFull += tr(" · criteria %1–%2 of %3")
                                    .arg(plan.firstCriterion + 1)
                                    .arg(lastCriterion)
                                    .arg(criteria.size());
        if (flipApart)
            page.whereInFull += tr(" · the last page says what would flip it");
    }
    if (!flipApart)
        shown.flip = flip;
    return shown;
}

void DecideView::showMatrix() {
    const MatrixShown shown = matrixShown(roomSurvivors());
    m_matrixShown = true;
    const bool sized = testAttribute(Qt::WA_Resized) || isVisible();
    m_pagedForSize = sized ? size() : QSize();
    if (shown.flipPage) {
        showFlipPage(shown.heading, shown.sentence, shown.pages);
        return;
    }
    auto* board = new MatrixBoard(this);
    board->setPage(shown.page);
    m_board = board;
    m_layout->addWidget(board);
    m_layout->addStretch();
    if (shown.flip.isEmpty())
        return;
    QLabel* flipLabel = StageWidgets::projectorLabel(shown.flip, SmallPoints, this);
    flipLabel->setObjectName(QStringLiteral("projectorFlip"));
    m_flipLabel = flipLabel;
    m_layout->addWidget(flipLabel);
}

// The last page of the matrix on a small projector: the sentence whole, names in full.
void DecideView::showFlipPage(const QString& heading, const QString& sentence, int pages) {
    QLabel* title =
        StageWidgets::projectorLabel(heading, StageWidgets::ProjectorLarge, this, QFont::Bold);
    title->setObjectName(QStringLiteral("projectorFlipHeading"));
    m_layout->addWidget(title);
    QLabel* body = StageWidgets::projectorLabel(sentence, StageWidgets::ProjectorBody, this);
    body->setObjectName(QStringLiteral("projectorFlip"));
    m_layout->addWidget(body);
    m_layout->addStretch();
    QLabel* where = StageWidgets::projectorLabel(tr("Page %1 of %1").arg(pages), SmallPoints, this);
    where->setObjectName(QStringLiteral("projectorFlipWhere"));
    m_layout->addWidget(where);
}
