#pragma once
// The projector during the silent brainstorm. Until the facilitator reveals the cards it
// shows no card text at all: the template to fill in, the checklist, and how many cards each
// person has written. After Reveal it shows the cards grouped by person, a few people at a
// time (the console pages through them).
#include "domain/Participant.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class SilentTally;
struct StageContext;

class SilentView : public QWidget {
    Q_OBJECT

public:
    explicit SilentView(const StageContext& context, QWidget* parent = nullptr);

private:
    // Before the reveal, what the view shows: the written cards of each row of the tally (each
    // person on the roster, then "Without a name" when it has any) and the rows' shape.
    struct Counts {
        bool compact = false;
        int roster = 0;        // m_rosterChanges when counted: a new roster, new rows
        bool nameless = false; // the row "Without a name"
        QList<int> written;    // one a row, in the tally's order
        int total = 0;
        bool sameRows(const Counts& other) const {
            return compact == other.compact && roster == other.roster && nameless == other.nameless;
        }
    };

    // Before the reveal, when only the numbers moved (a card written, a phone's card), sets
    // the new numbers on the labels that show them; otherwise rebuilds when what the view
    // would show differs from what it shows. Typing in a card that is not on the wall costs
    // nothing.
    void refresh();
    Counts counts() const; // from m_tally: reads nothing
    void showCounts(const Counts& now);
    // After the reveal: everything showCards() reads.
    QStringList content() const;
    // Takes in the cards `changed` names (all the cards when it is null) into m_tally.
    void readTally(const QSet<qint64>* changed);
    void rebuild(bool revealed);
    void showPrivate();
    void showCards();
    // The workshop's people, read again only when the roster changes (not for each card).
    const QList<Participant>& people() const;

    const StageContext& m_context;
    QHBoxLayout* m_layout;
    QStringList m_content;            // after the reveal: what the widgets show, as content() said
    std::optional<Counts> m_shown;    // before the reveal: what the widgets show
    QPointer<QLabel> m_total;         // before the reveal: "12 cards so far"
    QPointer<SilentTally> m_board;    // each row's name and count, or the summary
    QList<QPointer<QLabel>> m_counts; // and each row's "— 3 cards", in the tally's order
    // Each own card's author and whether it has writing: all that is shown before the reveal,
    // kept from the cards each change names (sixty phones writing would otherwise read every
    // card of the workshop for each card written).
    struct Tallied {
        qint64 author = 0;
        bool written = false;
    };
    QHash<qint64, Tallied> m_tally;
    mutable std::optional<QList<Participant>> m_people;
    int m_rosterChanges = 0;
};
