// DecideView's dot vote: the open ballot, paged as the projector can show it, the tally once
// the vote is closed, and the result page.
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
// Texts' heights wrapped at a width in a font, remembered: a dot placed pages the ballot again
// and measures every name on it, which at 200 candidates took most of the time (issue #16).
// One table per font and width, so a name is looked up as it is, without building a key.
QHash<QString, int>& wrappedHeights(const QFont& font, int width) {
    static QHash<QString, QHash<QString, int>> byFontAndWidth;
    if (byFontAndWidth.size() > 64)
        byFontAndWidth.clear();
    QHash<QString, int>& heights =
        byFontAndWidth[font.key() + QChar(0x1F) + QString::number(width)];
    if (heights.size() > 4096)
        heights.clear();
    return heights;
}

int wrappedHeight(QHash<QString, int>& heights, const QFont& font, const QString& text, int width) {
    if (const auto found = heights.constFind(text); found != heights.constEnd())
        return *found;
    const int height = QFontMetrics(font)
                           .boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text)
                           .height();
    return *heights.insert(text, height);
}

// Texts' widths in a font, remembered the same way: a closed vote's chart asks whether any
// of 200 names needs a second line each time it is paged.
int rememberedAdvance(const QFont& font, const QString& text) {
    static QHash<QString, QHash<QString, int>> byFont;
    if (byFont.size() > 16)
        byFont.clear();
    QHash<QString, int>& widths = byFont[font.key()];
    if (const auto found = widths.constFind(text); found != widths.constEnd())
        return *found;
    if (widths.size() > 4096)
        widths.clear();
    return *widths.insert(text, QFontMetrics(font).horizontalAdvance(text));
}

int wrappedHeight(const QFont& font, const QString& text, int width) {
    return wrappedHeight(wrappedHeights(font, width), font, text, width);
}
} // namespace

DecideView::VoteShown DecideView::voteShown() const {
    const DotVote& vote = roomVote();
    const QList<Participant> people = m_context.store.participants(m_context.workshopId);
    // Finished: no dot left, or "I'm done" said on a phone (keeping dots is allowed).
    const QSet<qint64> saidDone = m_context.store.votesDone(m_context.workshopId);
    VoteShown shown;
    shown.rule =
        tr("%1 each, at most %2 on one candidate")
            .arg(vote.dotsPerPerson() == 1 ? tr("1 dot") : tr("%1 dots").arg(vote.dotsPerPerson()))
            .arg(vote.maxPerCandidate());
    QStringList ballot;
    for (const Candidate& c : roomSurvivors())
        ballot << CandidateText::name(c);
    const QList<int> starts = ballotPages(shown.rule, ballot);
    shown.everyone = ballot;
    shown.starts = starts;
    const int row = std::clamp(DecideData::voteRow(m_context.store, m_context.workshopId), 0,
                               std::max(0, int(ballot.size()) - 1));
    int page = 0;
    while (page + 1 < starts.size() && starts.at(page + 1) <= row)
        ++page;
    const int end = page + 1 < starts.size() ? starts.at(page + 1) : int(ballot.size());
    shown.ballot = ballot.mid(starts.at(page), end - starts.at(page));
    if (starts.size() > 1)
        shown.where = tr("Page %1 of %2").arg(page + 1).arg(starts.size());
    int done = 0;
    for (const Participant& p : people) {
        const int left = vote.dotsLeft(p.id);
        const bool finished = RoomRules::finishedVoting(vote, p.id, saidDone);
        done += finished ? 1 : 0;
        shown.finished << finished;
        shown.voters
            << (finished
                    ? tr("✓ %1").arg(UserText::isolate(p.name))
                    : tr("%1 · %2 left").arg(UserText::isolate(p.name), QString::number(left)));
    }
    shown.done = tr("%1 of %2 done").arg(done).arg(people.size());
    return shown;
}

QList<int> DecideView::ballotPages(const QString& rule, const QStringList& names) const {
    const int width = pageArea().width();
    const int height = pageArea().height();
    const auto wrapped = [width](const QFont& font, const QString& text, int inside = 0) {
        return wrappedHeight(font, text, std::max(1, inside ? inside : width));
    };
    const QFont body = Theme::font(StageWidgets::ProjectorBody);
    const QFont bold = Theme::font(StageWidgets::ProjectorBody, QFont::Bold);
    // The view's lines around the cards, then the card's margins, border and heading.
    int room =
        height - m_layout->contentsMargins().top() -
        wrapped(Theme::font(StageWidgets::ProjectorLarge, QFont::DemiBold), rule) -
        wrapped(Theme::font(SmallPoints), tr("The result stays hidden until the vote is closed.")) -
        2 * m_layout->spacing() - 2 * 28 - 2 - QFontMetrics(bold).height();
    const int inside = (width - 32) / 2 - 2 * 40 - 2;
    const int nameWidth = std::max(1, inside ? inside : width);
    QHash<QString, int>& nameHeights = wrappedHeights(body, nameWidth);
    QList<int> starts{0};
    int used = 0;
    for (int i = 0; i < names.size(); ++i) {
        const int line = 10 + wrappedHeight(nameHeights, body, names.at(i), nameWidth);
        if (used + line > room && i > starts.last()) {
            starts << i;
            used = 0;
        }
        used += line;
    }
    return starts;
}

void DecideView::showOpenVote() {
    m_vote = voteShown();
    m_voteUp = true;
    const bool sized = testAttribute(Qt::WA_Resized) || isVisible();
    m_pagedForSize = sized ? size() : QSize();
    QLabel* rule = StageWidgets::projectorLabel(m_vote.rule, StageWidgets::ProjectorLarge, this,
                                                QFont::DemiBold);
    m_layout->addWidget(m_voteTexts.keep(rule));

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    QFrame* ballot = StageWidgets::projectorCard(this);
    auto* ballotBody = new QVBoxLayout(ballot);
    ballotBody->setContentsMargins(40, 28, 40, 28);
    ballotBody->setSpacing(10);
    QLabel* heading = StageWidgets::projectorLabel(tr("On the ballot"), StageWidgets::ProjectorBody,
                                                   ballot, QFont::Bold);
    if (m_vote.where.isEmpty()) {
        ballotBody->addWidget(heading);
    } else {
        // Which page, at the heading's right; the console's ballot turns the pages.
        // Two short lines side by side: neither wraps.
        auto* headingRow = new QHBoxLayout;
        heading->setWordWrap(false);
        headingRow->addWidget(heading);
        headingRow->addStretch();
        QLabel* where = StageWidgets::projectorLabel(m_vote.where, SmallPoints, ballot);
        where->setObjectName(QStringLiteral("projectorBallotPage"));
        where->setWordWrap(false);
        headingRow->addWidget(m_voteTexts.keep(where), 0, Qt::AlignBottom);
        ballotBody->addLayout(headingRow);
    }
    for (const QString& candidate : std::as_const(m_vote.ballot)) {
        QLabel* name = StageWidgets::projectorLabel(candidate, StageWidgets::ProjectorBody, ballot);
        name->setObjectName(QStringLiteral("projectorBallotName"));
        ballotBody->addWidget(m_voteTexts.keep(name));
    }
    ballotBody->addStretch();

    QFrame* status = StageWidgets::projectorCard(this);
    auto* statusBody = new QVBoxLayout(status);
    statusBody->setContentsMargins(40, 28, 40, 28);
    statusBody->setSpacing(10);
    statusBody->addWidget(m_voteTexts.keep(StageWidgets::projectorLabel(
        m_vote.done, StageWidgets::ProjectorBody, status, QFont::Bold)));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(2);
    const int count = int(m_vote.voters.size());
    const int perColumn = (count + 1) / 2;
    for (int i = 0; i < count; ++i) {
        QLabel* who =
            StageWidgets::projectorLabel(m_vote.voters.at(i), SmallPoints, status,
                                         m_vote.finished.at(i) ? QFont::DemiBold : QFont::Normal);
        who->setObjectName(QStringLiteral("projectorVoter"));
        grid->addWidget(m_voteTexts.keep(who), perColumn ? i % perColumn : 0,
                        perColumn ? i / perColumn : 0);
    }
    statusBody->addLayout(grid);
    statusBody->addStretch();
    columns->addWidget(ballot, 1);
    columns->addWidget(status, 1);
    m_layout->addLayout(columns, 1);
    m_layout->addWidget(StageWidgets::projectorLabel(
        tr("The result stays hidden until the vote is closed."), SmallPoints, this));
}

QString DecideView::tallySummary(const QList<qint64>& leaders, const QHash<qint64, QString>& names,
                                 int dots) const {
    // A tie of many at the top is counted, not named: the chart's first page names them.
    constexpr int NamedLeaders = 3;
    if (leaders.isEmpty())
        return tr("Nobody placed a dot.");
    if (leaders.size() == 1)
        return tr("Most dots: %1").arg(UserText::isolate(names.value(leaders.first())));
    if (leaders.size() > NamedLeaders)
        return dots == 1 ? tr("A tie at the top: %1 candidates with 1 dot each").arg(leaders.size())
                         : tr("A tie at the top: %1 candidates with %2 dots each")
                               .arg(leaders.size())
                               .arg(dots);
    QStringList leaderNames;
    for (qint64 id : leaders)
        leaderNames << names.value(id);
    return tr("A tie at the top: %1")
        .arg(UserText::isolateEach(leaderNames, QStringLiteral(" · ")));
}

QSize DecideView::pageArea() const {
    if (testAttribute(Qt::WA_Resized) || isVisible())
        return size();
    // Before the view is laid out: the screen less the stage's margins, heading and footer.
    const bool compact = StageWidgets::isCompactProjector(this);
    const QSize screen = StageWidgets::projectorScreen(this);
    return {std::max(400, screen.width() - (compact ? 80 : 128)),
            screen.height() - (compact ? 254 : 392)};
}

int DecideView::barsPerPage(const QString& summary, int lines, bool noDotsLine) const {
    const int width = pageArea().width();
    const int height = pageArea().height();
    const QFontMetrics line(Theme::font(StageWidgets::ProjectorLarge, QFont::Bold));
    const QFontMetrics small(Theme::font(SmallPoints));
    const int chart =
        height - m_layout->contentsMargins().top() - 2 * m_layout->spacing() -
        line.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, summary).height() -
        small.height() - (noDotsLine ? small.height() + m_layout->spacing() : 0);
    // A bar per line of its name's type, at the least: a page never shrinks the names.
    const int bar =
        lines *
            QFontMetrics(Theme::font(StageWidgets::ProjectorBody, QFont::DemiBold)).lineSpacing() +
        8;
    return std::max(1, chart / bar);
}

// Sets the chart's bars and the leaders' line for the closed vote.
QString DecideView::showTally(VoteChart* chart, QLabel* line) {
    const QList<Candidate> survivors = roomSurvivors();
    const DotVote& vote = roomVote();
    const QHash<qint64, QString> names = CandidateText::names(survivors);
    const QList<qint64> ids = CandidateText::ids(survivors);
    QList<DotTally> tally = vote.tally(ids);
    const QString summary =
        tallySummary(vote.leaders(ids), names, tally.isEmpty() ? 0 : tally.first().dots);
    line->setText(summary);
    m_tallySize = int(tally.size());
    int perPage = barsPerPage(summary);
    m_noDots = 0;
    if (tally.size() > perPage) {
        // More than a page: bars for the candidates that got dots, one line for the rest (a
        // ballot of 200 would otherwise page through rows of zeros).
        const auto zero = std::stable_partition(tally.begin(), tally.end(),
                                                [](const DotTally& t) { return t.dots > 0; });
        m_noDots = int(tally.end() - zero);
        tally.erase(zero, tally.end());
        perPage = barsPerPage(summary, 1, m_noDots > 0);
    }
    if (tally.size() > perPage) {
        // Paged anyway: a page holds bars two lines of name tall when a name needs a second
        // line in the chart's names column (two fifths of its width), so no name loses words.
        const QFont nameFont = Theme::font(StageWidgets::ProjectorBody, QFont::DemiBold);
        const int column = pageArea().width() * 2 / 5;
        const bool wraps = std::any_of(tally.cbegin(), tally.cend(), [&](const DotTally& t) {
            const QString name = names.value(t.candidateId).simplified();
            return rememberedAdvance(nameFont, t.tied ? tr("%1 · tie").arg(name) : name) > column;
        });
        perPage = barsPerPage(summary, wraps ? 2 : 1, m_noDots > 0);
    }
    const int pages = std::max(1, int((tally.size() + perPage - 1) / perPage));
    if (pages == 1) {
        chart->setTally(tally, names);
        return {};
    }
    const int page = std::clamp(
        DecideData::voteRow(m_context.store, m_context.workshopId) / perPage, 0, pages - 1);
    chart->setTally(tally.mid(page * perPage, perPage), names,
                    tally.isEmpty() ? 0 : tally.first().dots);
    return tr("Page %1 of %2").arg(page + 1).arg(pages);
}

QString DecideView::noDotsText() const {
    return m_noDots == 1 ? tr("1 other candidate got no dots.")
                         : tr("%1 other candidates got no dots.").arg(m_noDots);
}

void DecideView::showResult() {
    auto* chart = new VoteChart(this);
    QLabel* line =
        StageWidgets::projectorLabel({}, StageWidgets::ProjectorLarge, this, QFont::Bold);
    line->setObjectName(QStringLiteral("projectorVoteLeaders"));
    const QString where = showTally(chart, line);
    if (!where.isEmpty()) {
        // Which page of a long tally, above its bars; the console's ballot turns the pages.
        QLabel* page = StageWidgets::projectorLabel(where, SmallPoints, this);
        page->setObjectName(QStringLiteral("projectorResultPage"));
        page->setAlignment(Qt::AlignRight);
        m_layout->addWidget(page);
        m_resultWhere = page;
    }
    m_layout->addWidget(chart, 1);
    if (m_noDots > 0) {
        m_noDotsLine = StageWidgets::projectorLabel(noDotsText(), SmallPoints, this);
        m_noDotsLine->setObjectName(QStringLiteral("projectorNoDots"));
        m_layout->addWidget(m_noDotsLine);
    }
    m_layout->addWidget(line);
    m_chart = chart;
    m_leaders = line;
    const bool sized = testAttribute(Qt::WA_Resized) || isVisible();
    m_pagedForSize = sized ? size() : QSize();
}
