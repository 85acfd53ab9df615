#pragma once
// The projector's face of "decide". While the console works on the matrix: the matrix large
// — candidates, weighted criteria, cells, totals and ranks, the leader highlighted, ties
// marked, and "what would flip it" underneath. While the console runs the dot vote: the vote
// is blind (only who has finished and how many dots are left) until the facilitator closes
// it; then a bar chart of the dots with ties visible. Before the silent brainstorm's Reveal
// no silent card appears; a candidate written in the open (a revisit's North Star) does.
//
// Nothing shrinks to fit a big room's 200 candidates: the matrix, the ballot and the chart
// each show a page ("Page 2 of 9"), the one that holds the console's cell or ballot row, so
// the view makes as few widgets at 200 candidates as for the example.
//
// While the matrix is up, a score, a weight or a name typed on the console gives the board a
// new page and the sentence under it a new text: the widgets are built again only when the
// view changes what it shows (the vote, the last page of a small projector, another size).
#include "MatrixBoard.h"
#include "domain/Candidate.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"
#include "stages/common/ProjectorTexts.h"
#include "stages/common/StageWidgets.h"

#include <QList>
#include <QPointer>
#include <QSize>
#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;
class VoteChart;
struct StageContext;

class DecideView : public QWidget {
    Q_OBJECT

public:
    DecideView(const StageContext& context, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr qreal SmallPoints = StageWidgets::ProjectorFloor;
    // The matrix as the room sees it: a page of the board with "what would flip it" under it,
    // or, on a small projector, the sentence on a last page of its own.
    struct MatrixShown {
        bool flipPage = false;
        QString heading;  // of the sentence's own page
        QString sentence; // what would flip it, names in full (its own page)
        int pages = 1;
        MatrixBoardPage page;
        QString flip; // under the board; empty when the sentence has a page of its own
    };

    // The open vote as the room sees it: the rule, the page of the ballot that holds the
    // console's candidate (a long ballot is paged, not shrunk: the back row reads it), who
    // has finished.
    struct VoteShown {
        QString rule;
        QString where; // "Page 2 of 9" when the ballot has more than one page
        QStringList ballot;
        QStringList everyone; // the whole ballot
        QList<int> starts;    // where its pages start
        QString done;
        QStringList voters;
        QList<bool> finished; // a finished voter's line is bolder
        QStringList texts() const;
    };

    void refresh();
    // Sets the open vote's texts that changed (a dot placed); false when the view must be
    // built again instead.
    bool updateVote();
    VoteShown voteShown() const;
    // Where each page of the ballot starts: as many names as the ballot card holds at
    // ProjectorBody, at the view's size (or, before it is laid out, the screen's).
    QList<int> ballotPages(const QString& rule, const QStringList& names) const;
    // Gives the closed vote's chart and line on show the new tally; false when the view must
    // be built again instead.
    bool updateResult();
    // A long tally is shown a page at a time, best first: the page at the console's ballot
    // row. Returns "Page 2 of 9", or nothing when the whole tally fits.
    QString showTally(VoteChart* chart, QLabel* line);
    // How many bars a page of the chart holds at ProjectorBody, under `summary`, when each
    // bar's name takes `lines` lines.
    // `noDotsLine`: the chart shares its height with the line counting who got no dots.
    int barsPerPage(const QString& summary, int lines = 1, bool noDotsLine = false) const;
    // The view's size, or before it is laid out the projector screen's less its frame.
    QSize pageArea() const;
    QString noDotsText() const;
    // The leaders' line: who has the most dots (`dots` each), or how many share the top.
    QString tallySummary(const QList<qint64>& leaders, const QHash<qint64, QString>& names,
                         int dots) const;
    // Gives the board on show its new page and the sentence its new text; false when the
    // view must be built again instead.
    bool updateMatrix();
    void rebuild();
    // Whether the view at its new size pages what it shows otherwise.
    bool pagedOtherwise() const;
    void clear();
    // The survivors the room may see: no silent card before the reveal (Reveal::seenByRoom).
    QList<Candidate> roomSurvivors(bool* withheld = nullptr) const;
    // The matrix of roomSurvivors().
    const DecisionMatrix& roomMatrix() const;
    // The dots placed so far.
    const DotVote& roomVote() const;
    MatrixShown matrixShown(const QList<Candidate>& survivors) const;
    void showMatrix();
    void showFlipPage(const QString& heading, const QString& sentence, int pages);
    void showOpenVote();
    void showResult();

    const StageContext& m_context;
    QVBoxLayout* m_layout;
    bool m_matrixShown = false;
    QPointer<MatrixBoard> m_board; // the matrix's board, while it is up
    QPointer<QLabel> m_flipLabel;  // the sentence under it
    bool m_voteUp = false;         // the open vote is on show, as m_vote says
    VoteShown m_vote;
    ProjectorTexts m_voteTexts;     // the labels of m_vote.texts(), in order
    QPointer<VoteChart> m_chart;    // the closed vote's chart, while it is up
    QPointer<QLabel> m_leaders;     // and the line that names who leads
    QPointer<QLabel> m_resultWhere; // and which page of a long tally it shows
    int m_tallySize = 0;            // bars in the whole tally
    int m_noDots = 0;               // a paged tally's candidates without a dot, left off the chart
    QPointer<QLabel> m_noDotsLine;
    // What the view read of the store, kept until the store next reports a change of the
    // workshop: building the view, then again at its real size once laid out, reads the
    // candidates, the matrix and the dots once (at 200 candidates most of a first show,
    // issue #16).
    struct Read {
        QList<Candidate> survivors;
        bool withheld = false;
        std::optional<DecisionMatrix> matrix;
        std::optional<DotVote> vote;
    };
    mutable std::optional<Read> m_read;
    QSize m_pagedForSize; // the view's size the matrix or ballot page was sized for (empty: the
                          // screen's)
};
