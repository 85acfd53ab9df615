#pragma once
// A product's history: every workshop of the product, newest first, each with the North
// Star it chose (HistoryCard). The facilitator renames the product, merges it into
// another, writes why the North Star changed, picks two workshops to compare, and records
// check-ins between workshops (ProductCheckIns), listed under the card they review. The page
// follows its product through renames, merges and their undo by holding on to one of the
// product's workshops rather than to the name.
//
// Connected to a team library, the page also lists the team's published workshops of the
// product (ProductPageTeam.cpp), after the laptop's own and marked with who published them
// and when, leaving out those the laptop has a copy of. They are read on the team library's
// thread; offline the page is the laptop's alone. A team workshop can be ticked and compared
// with any other (its document, in memory) or taken as a copy.
#include "ComparisonPage.h"
#include "domain/CheckIn.h"
#include "domain/NorthStarRecord.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <QWidget>

class CheckInList;
class HistoryCard;
class ProductCheckIns;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QUndoStack;
class QVBoxLayout;
class TeamClient;
class WorkshopStore;

class ProductPage : public QWidget {
    Q_OBJECT

public:
    ProductPage(WorkshopStore& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    // Shows the product of the workshop `workshopId`.
    void showProductOf(qint64 workshopId);
    ProductSummary product() const { return m_product; }
    // The cards built so far, newest first. A long history shows its first screenful at once
    // and builds the rest a few cards at a time while the event loop is idle.
    QList<HistoryCard*> cards() const { return m_cards; }
    HistoryCard* card(qint64 workshopId) const;
    QList<qint64> ticked() const { return m_ticked; }
    QPushButton* compareButton() const { return m_compareTicked; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* revisitButton() const { return m_revisit; }
    // Check-ins between workshops: the button, the dialog and the lists under the cards.
    ProductCheckIns* checkIns() const { return m_checkIns; }
    // The hint that the North Star changed more than once in twelve months; hidden otherwise.
    QLabel* churnHint() const { return m_churnHint; }
    // The workshop a revisit would start from: the newest with a chosen North Star; 0 if none.
    qint64 revisitSource() const;

    // The team library whose workshops of the product the page shows too (not owned; null
    // for none). Each card's workshopId() is HistoryCard::teamKey(team id).
    void setTeamClient(TeamClient* client);
    QList<HistoryCard*> teamCards() const { return m_teamCards; }
    QWidget* teamSection() const { return m_teamSection; }
    // A quiet line under the team's heading: why none could be read, or which were left out.
    QLabel* teamStatus() const { return m_teamStatus; }
    // Whether an answer from the team library is awaited.
    bool awaitsTeam() const { return m_teamRequest != 0; }

public slots:
    void renameProduct();
    void mergeProduct();
    void compareTicked();
    // `kept`: the workshop kept its North Star, and the note says why.
    void editNote(qint64 workshopId, bool kept);
    // "Revisit this North Star": the new-workshop dialog, filled from the newest chosen North
    // Star; on OK the revisit is created and opened.
    void revisitNorthStar();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void backRequested();
    void openRequested(qint64 workshopId);
    // `older` is the earlier workshop of the two.
    void compareRequested(qint64 older, qint64 newer);
    // The same when one or both are team workshops.
    void compareSidesRequested(const ComparisonPage::Side& older,
                               const ComparisonPage::Side& newer);
    void statusMessage(const QString& message);
    // The new-workshop dialog of a revisit was opened (tests drive it).
    void revisitDialogOpened(class NewWorkshopDialog* dialog);

private:
    void rebuild();
    // The list of cards and check-in lists (ProductPageRows.cpp): laid out again keeping the
    // rows that still show the same, new rows built for the first screenful (and at least the
    // first `atLeast` records), the rest by buildMore.
    void layRows(qsizetype atLeast);
    void buildMore();
    // Appends the rows of record m_built to `rows`, keeping `shown` and `shownList` when they
    // show the same; true if a new card was built.
    bool appendRow(QList<QWidget*>& rows, HistoryCard* shown, CheckInList* shownList);
    HistoryCard* addCard(const NorthStarRecord& record, bool hasOlder);
    // Lays out `rows` (cards and check-in lists, in order) and lets go of the rest.
    void showRows(const QList<QWidget*>& rows);
    void fitList(); // sizes the list to its rows at once
    void setTicked(qint64 workshopId, bool ticked);
    void updateCompareButton();
    void updateSubtitle();
    void ensureVisible(QWidget* focused);
    // The two ids, the older workshop first.
    QPair<qint64, qint64> inDateOrder(qint64 a, qint64 b) const;

    // The team library's part (ProductPageTeam.cpp).
    struct TeamWorkshop {
        NorthStarRecord record;
        qint64 teamId = 0;
        QString publishedBy;
        QDateTime publishedAt;
    };
    void buildTeamSection();
    // Asks the team library for the product's workshops, unless the same question is the last
    // one asked (`again`: ask even so, the team's list changed).
    void requestTeam(bool again = false);
    void clearTeam();
    void showTeam(int request, const QList<TeamWorkshop>& found, const QStringList& notes);
    void teamFailed(int request, const QString& message);
    void takeTeamCopy(qint64 teamId);
    void compareSides(qint64 a, qint64 b);
    std::optional<ComparisonPage::Side> sideOf(qint64 key) const;
    const TeamWorkshop* teamWorkshop(qint64 teamId) const;

    WorkshopStore& m_store;
    QUndoStack& m_undoStack;
    qint64 m_anchor = 0;  // a workshop of the product, to find it again after a rename
    bool m_stale = false; // the store changed while the page was hidden
    ProductSummary m_product;
    QList<NorthStarRecord> m_history;
    QList<HistoryCard*> m_cards;
    QList<QWidget*> m_rows; // what the list shows, in order: cards, check-in lists, a hint
    qsizetype m_built = 0;  // records of m_history whose rows are in m_rows
    QHash<qint64, QList<CheckIn>> m_checkInsOf; // by workshop, for the rows still to build
    QList<qint64> m_ticked;                     // at most two, in the order ticked
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_back;
    QPushButton* m_compareTicked;
    QPushButton* m_rename;
    QPushButton* m_merge;
    QPushButton* m_revisit;
    ProductCheckIns* m_checkIns;
    QLabel* m_churnHint;
    QScrollArea* m_scroll;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
    QTimer* m_more; // builds the next few cards

    TeamClient* m_team = nullptr;
    int m_teamRequest = 0;  // the answer awaited; any other is stale
    QString m_teamAsked;    // what was last asked (product, spellings, own copies)
    QString m_teamShownKey; // the product whose team workshops are shown
    QList<TeamWorkshop> m_teamWorkshops;
    QList<HistoryCard*> m_teamCards;
    QHash<int, QString> m_teamTakes;  // copies taken from this page, under way: their titles
    QWidget* m_teamSection = nullptr; // after the laptop's cards, hidden when it has nothing
    QLabel* m_teamTitle = nullptr;
    QLabel* m_teamStatus = nullptr;
    QVBoxLayout* m_teamCardsLayout = nullptr;
};
