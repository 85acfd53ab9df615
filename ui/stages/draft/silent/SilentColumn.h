#pragma once
// One person's column in the silent brainstorm: their name, how many cards they wrote, their
// cards as editors and a button for the next one. Masked, it shows only the count: the
// console may be on the wall, or being passed round, while somebody else writes. Deferred
// (scrolled far out of view), it keeps its cards and its count but makes no editors for new
// ones: sixty columns of fifty cards are thousands of widgets, each polished and laid out as
// it comes, while only the few columns on screen are seen. The page lifts the deferral when
// the column comes near the view and has the missing editors made a few at a time.
#include "domain/Candidate.h"
#include "domain/Input.h"
#include "domain/Participant.h"

#include <QFrame>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class DraftCardEditor;
class QAbstractButton;
class QLabel;
class QSpacerItem;
class QVBoxLayout;
struct StageContext;

class SilentColumn : public QFrame {
    Q_OBJECT

public:
    SilentColumn(const Participant& person, StageContext& context, QWidget* parent = nullptr);

    qint64 personId() const { return m_person.id; }
    QString personName() const { return m_person.name; }
    QList<qint64> cardIds() const { return m_ids; }
    const QList<Candidate>& cards() const { return m_cards; }
    // The card's editor, made now if missing (with the missing ones before it within reach);
    // a card beyond reach, or in a deferred column, has the column make all its editors first.
    DraftCardEditor* editor(qint64 cardId);
    // Whether each card within reach has its editor (always so while masked: it shows none).
    bool isComplete() const;
    QAbstractButton* addButton() const { return m_add; }
    bool isMasked() const { return m_masked; }

    // When a card new to the column gets its editor: in the same pass, or Later, by the page
    // (buildMore), a few per pass. A commit of the room's phones brings a dozen cards at once,
    // and each editor costs about a millisecond to make and as much again to first paint.
    enum class NewEditors { Now, Later };
    // Takes in this person's cards (kind Own, in order). Only the editors of `changed` cards
    // are refreshed (all of them when `changed` is null); a card added or removed adds or
    // removes its own editor, and the others stay as they are (a room of phones adds cards
    // to every column while the facilitator may be typing in one). A column not built yet
    // makes its editors now whatever `make` says.
    void refresh(const QList<Candidate>& cards, const QSet<qint64>* changed = nullptr,
                 NewEditors make = NewEditors::Now);
    void setMasked(bool masked);
    void setCurrent(bool current);
    bool isDeferred() const { return m_reach <= 0; }
    // Editors are made only for the cards whose place starts above `bottom` (in this column's
    // coordinates: the view's bottom and some more); the others keep their place empty, as
    // tall as their editors would be. 0 defers the column: no new editor, and the heading
    // keeps its count. A new reach shows the count but makes no editor by itself (buildMore).
    void setReach(int bottom);
    // Makes missing editors, in the cards' order, until `until` returns true (asked before
    // each one). Returns whether the column is then complete.
    bool buildMore(const std::function<bool()>& until);
    // Puts the cursor where this person would go on writing: the last card, or Add.
    void focusWriting();

signals:
    void addRequested(qint64 personId);

protected:
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    // Brings the editors in line with m_cards: the gone ones out, new ones in, each at its
    // place, the others kept (refreshed when in `changed`, or all when it is null).
    // Makes missing editors only while `more` says so (not deferred, and not out of time);
    // none when it is null. `more` is asked with the place (among the editors) the next one
    // would take.
    void reconcile(const QSet<qint64>* changed, const std::function<bool(int)>& more);
    // Whether an editor at place `at` would be within reach.
    bool fits(int at) const;
    // One editor's height and the spacing after it, once one was made (0 before).
    int slot() const;
    // Sizes the empty place kept for the cards without an editor.
    void holdPlaceForMissing();
    // Makes every card's editor now (Tab, or an editor asked for).
    void makeAll();
    DraftCardEditor* makeEditor(const Candidate& card, const QList<Input>& inputs);
    // The heading's count and the masked note's.
    void showCounts();
    // Sets Tab's order through the editors of `ids` (in that order), then to Add.
    void chainTabOrder(const QList<qint64>& ids);
    QString removeText(const Candidate& card) const;

    StageContext& m_context;
    Participant m_person;
    QList<Candidate> m_cards;
    QList<qint64> m_ids;
    bool m_masked = false;
    bool m_built = false;
    int m_reach = QWIDGETSIZE_MAX;
    mutable int m_slot = 0;
    int m_restHeight = 0;
    bool m_countsStale = false;   // cards came while deferred: the counts wait for the view
    bool m_tabOrderStale = false; // editors added or moved since Tab's order was last set
    QLabel* m_heading;
    QLabel* m_maskedNote;
    QVBoxLayout* m_list;
    QAbstractButton* m_add;
    QSpacerItem* m_rest; // the place of the cards without an editor, last in m_list
    QHash<qint64, DraftCardEditor*> m_editors;
};
