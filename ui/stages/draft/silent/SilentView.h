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
struct StageContext;

class SilentView : public QWidget {
    Q_OBJECT

public:
    explicit SilentView(const StageContext& context, QWidget* parent = nullptr);

private:
    // Rebuilds when what the view would show differs from what it shows: typing in a card
    // that is not on the wall, or before the reveal without changing a count, costs nothing.
    void refresh();
    // Before the reveal, when only the numbers moved (a card written, a phone's card): sets
    // the tally's texts on the labels it has. False when anything else differs.
    bool updateCountsInPlace(const QStringList& now);
    QStringList content() const;
    // Takes in the cards `changed` names (all the cards when it is null) into m_tally.
    void readTally(const QSet<qint64>* changed);
    void rebuild();
    void showPrivate();
    void showCards();
    // The workshop's people, read again only when the roster changes (not for each card).
    const QList<Participant>& people() const;

    const StageContext& m_context;
    QHBoxLayout* m_layout;
    QStringList m_content;            // what the widgets show now, as content() said
    QPointer<QLabel> m_total;         // before the reveal: "12 cards so far"
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
};
