#pragma once
// The console page of the silent brainstorm: a column of candidate cards for each person on
// the roster. Two ways in: the laptop goes round and each person types in their own column
// (pick whose turn it is), or the facilitator copies paper notes in afterwards. Ctrl+Enter
// adds the next card for the current person. Nothing reaches the projector but counts until
// Reveal; "Mask others" hides every column but the current person's on the console too.
#include "BuildSlice.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTimer;
class SilentColumn;
struct PlannedStage;
struct StageState;
struct StageContext;

class SilentPage : public QWidget {
    Q_OBJECT

public:
    SilentPage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    QComboBox* turnBox() const { return m_turn; }
    QAbstractButton* maskButton() const { return m_mask; }
    QAbstractButton* revealButton() const { return m_reveal; }
    QAbstractButton* nextPageButton() const { return m_nextPage; }
    SilentColumn* column(qint64 personId) const { return m_columns.value(personId); }
    // The time each pass may spend making editors (2 ms), and its clock, for tests.
    BuildSlice& buildSlice() { return m_slice; }
    qint64 currentPerson() const;

    // The column of cards nobody's name is on: paper notes without a name, or cards of
    // somebody who has left the roster. It is nobody's turn, so it never takes part in "whose
    // turn".
    static constexpr qint64 NoAuthorColumn = -1;

public slots:
    void setCurrentPerson(qint64 personId);
    void setMasked(bool masked);
    // Adds the next card for `personId` (the current person when 0) and puts the cursor in it.
    void addCard(qint64 personId = 0);
    void toggleReveal();

private:
    QWidget* createControls();
    void rebuildColumns();
    // Refreshes the columns; only the editors of `changed` cards when it is given. The editors
    // of cards new to a column are left to buildNearColumns(), except in a column made now.
    void refreshCards(const QSet<qint64>* changed = nullptr);
    // The Reveal button and the pager; only the pager (which names the columns) on a change
    // of the cards.
    void refreshReveal();
    void refreshPager(const StageState& state);
    void stepPerson(int delta);
    void showPage(int delta);
    void followFocus(QWidget* now);
    // Defers the columns far from the view (see SilentColumn): those on screen, half a screen
    // either side, the current person's and the one with the cursor are never deferred.
    void updateDeferral();
    // Makes the missing editors of the columns near the view, left to right, within a slice
    // of time (m_slice), and asks for another pass while some are still missing.
    void buildNearColumns();

    StageContext& m_context;
    QComboBox* m_turn;
    QAbstractButton* m_mask;
    QAbstractButton* m_reveal;
    QLabel* m_summary;
    QWidget* m_pager;
    QLabel* m_pageLabel;
    QAbstractButton* m_previousPage;
    QAbstractButton* m_nextPage;
    QScrollArea* m_scroll;
    QHBoxLayout* m_columnsLayout;
    QTimer* m_building; // the next pass of buildNearColumns()
    // One pass may spend 2 ms making editors: two or so, each about 0.8 ms to make (0.4),
    // polish (0.25), measure (0.1) and show, and as much again to paint in the next pass, which
    // has the phones' next commit to run too: the whole pass stays well within a frame
    // (bench_room --console).
    BuildSlice m_slice{2'000'000};
    QHash<qint64, SilentColumn*> m_columns;
    QList<qint64> m_people;
};
