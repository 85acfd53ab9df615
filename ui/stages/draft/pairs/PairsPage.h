#pragma once
// The console page of pair and share: draw the pairs (a seeded, reproducible draw with one
// trio when the head count is odd), draw again, or swap two people by hand; then each pair
// turns its members' cards into one or two pair candidates, and every card shows where it
// came from or what became of it. Drawing, re-drawing and swapping can all be undone.
#include <QHash>
#include <QWidget>

#include <functional>

class PairGroupCard;
class QAbstractButton;
class QComboBox;
class QLabel;
class QVBoxLayout;
struct PlannedStage;
struct StageContext;

class PairsPage : public QWidget {
    Q_OBJECT

public:
    PairsPage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    QAbstractButton* drawButton() const { return m_draw; }
    QAbstractButton* confirmRedrawButton() const { return m_confirmRedraw; }
    QWidget* redrawWarning() const { return m_redrawWarning; }
    QComboBox* swapFirstBox() const { return m_swapFirst; }
    QComboBox* swapSecondBox() const { return m_swapSecond; }
    QAbstractButton* swapButton() const { return m_swap; }
    QAbstractButton* nextPageButton() const { return m_nextPage; }
    QLabel* noteLabel() const { return m_note; }
    QList<PairGroupCard*> groupCards() const { return m_cards; }
    PairGroupCard* groupCard(qint64 groupId) const;
    // Where draws get their seeds; tests pass a fixed sequence.
    void setSeedSource(std::function<quint64()> seeds) { m_seeds = std::move(seeds); }

public slots:
    // Draws the first pairs, or asks before drawing again when pairs already wrote candidates.
    void draw();
    void redraw(); // without asking
    void swapChosen();

private:
    QWidget* createControls();
    void rebuildGroups();
    void refreshCards();
    void refreshControls();
    void refreshPager();
    void showPage(int delta);

    StageContext& m_context;
    std::function<quint64()> m_seeds;
    QAbstractButton* m_draw;
    QLabel* m_note;
    QWidget* m_redrawWarning;
    QLabel* m_redrawText;
    QAbstractButton* m_confirmRedraw;
    QComboBox* m_swapFirst;
    QComboBox* m_swapSecond;
    QAbstractButton* m_swap;
    QLabel* m_available;
    QWidget* m_pager;
    QLabel* m_pageLabel;
    QAbstractButton* m_previousPage;
    QAbstractButton* m_nextPage;
    QVBoxLayout* m_groupsLayout;
    QList<PairGroupCard*> m_cards;
};
