#pragma once
// What the "decide" console page and projector view both read from the store: the surviving
// candidates, their decision matrix, the dot vote with the workshop's limits, and whether the
// vote is closed (the stage's "revealed" flag).
#include "domain/Candidate.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"

class WorkshopStore;

namespace DecideData {

// The stage focus says which half the room looks at.
enum class Focus { Matrix = 0, Vote = 1 };

QList<Candidate> survivors(const WorkshopStore& store, qint64 workshopId);
DecisionMatrix matrix(const WorkshopStore& store, qint64 workshopId,
                      const QList<Candidate>& survivors);
DotVote dotVote(const WorkshopStore& store, qint64 workshopId);
bool voteClosed(const WorkshopStore& store, qint64 workshopId);
Focus focus(const WorkshopStore& store, qint64 workshopId);

// The cell the console's matrix is on, which the projector follows: it shows the page of
// candidates and criteria that holds it, as the score view follows the console's candidate.
// The stage keeps one focus number, so while the matrix is up the number also carries the
// cell: 0 is the matrix's first cell, 1 the vote, 2 + row × MaxCursorColumns + column the
// others (a number the focus of older libraries never had, so they open on the first page).
// A small projector shows "what would flip it" as a page of its own after the matrix's: the
// console turns to it and the focus then carries FlipPageBit besides the cell's number.
struct MatrixCursor {
    int row = 0;
    int column = 0;
    bool flipPage = false; // the console shows the room the "what would flip it" page
};
constexpr int MaxCursorColumns = 256;
constexpr int FlipPageBit = 1 << 30;
MatrixCursor matrixCursor(const WorkshopStore& store, qint64 workshopId);
int matrixFocus(const MatrixCursor& cursor);

// The candidate the console's ballot is on while the vote is up, which the projector follows:
// a long ballot is shown a page at a time, the page that holds it. The focus carries it as
// 1 (the vote, first candidate) or, from the second candidate on, as its row with VoteRowBit
// (a number the focus of older libraries never had, so they open on the first page; the
// store keeps no negative focus).
constexpr int VoteRowBit = 1 << 29;
int voteRow(const WorkshopStore& store, qint64 workshopId);
int voteFocus(int row);

} // namespace DecideData
