#pragma once
// The projector's face of "decide". While the console works on the matrix: the matrix large
// — candidates, weighted criteria, cells, totals and ranks, the leader highlighted, ties
// marked, and "what would flip it" underneath. While the console runs the dot vote: the vote
// is blind (only who has finished and how many dots are left) until the facilitator closes
// it; then a bar chart of the dots with ties visible. Before the silent brainstorm's Reveal
// no silent card appears; a candidate written in the open (a revisit's North Star) does.
#include "domain/Candidate.h"

#include <QList>
#include <QSize>
#include <QWidget>

class QVBoxLayout;
struct StageContext;

class DecideView : public QWidget {
    Q_OBJECT

public:
    DecideView(const StageContext& context, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void clear();
    // The survivors the room may see: no silent card before the reveal (Reveal::seenByRoom).
    QList<Candidate> roomSurvivors(bool* withheld = nullptr) const;
    void showMatrix();
    void showFlipPage(const QString& heading, const QString& sentence, int pages);
    void showOpenVote();
    void showResult();

    const StageContext& m_context;
    QVBoxLayout* m_layout;
    bool m_matrixShown = false;
    QSize m_pagedForSize; // the view's size the matrix page was sized for (empty: the screen's)
};
