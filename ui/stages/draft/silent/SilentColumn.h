#pragma once
// One person's column in the silent brainstorm: their name, how many cards they wrote, their
// cards as editors and a button for the next one. Masked, it shows only the count: the
// console may be on the wall, or being passed round, while somebody else writes.
#include "domain/Candidate.h"
#include "domain/Participant.h"

#include <QFrame>
#include <QHash>
#include <QSet>

class DraftCardEditor;
class QAbstractButton;
class QLabel;
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
    DraftCardEditor* editor(qint64 cardId) const { return m_editors.value(cardId); }
    QAbstractButton* addButton() const { return m_add; }
    bool isMasked() const { return m_masked; }

    // Takes in this person's cards (kind Own, in order). Only the editors of `changed` cards
    // are refreshed (all of them when `changed` is null); a card added or removed adds or
    // removes its own editor, and the others stay as they are (a room of phones adds cards
    // to every column while the facilitator may be typing in one).
    void refresh(const QList<Candidate>& cards, const QSet<qint64>* changed = nullptr);
    void setMasked(bool masked);
    void setCurrent(bool current);
    // Puts the cursor where this person would go on writing: the last card, or Add.
    void focusWriting();

signals:
    void addRequested(qint64 personId);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void rebuild();
    // Brings the editors in line with m_cards: the gone ones out, new ones in, each at its
    // place, the others kept (refreshed when in `changed`, or all when it is null).
    void reconcile(const QSet<qint64>* changed);
    DraftCardEditor* makeEditor(const Candidate& card);
    // Sets Tab's order through the editors of `ids` (in that order), then to Add.
    void chainTabOrder(const QList<qint64>& ids);
    QString removeText(const Candidate& card) const;

    StageContext& m_context;
    Participant m_person;
    QList<Candidate> m_cards;
    QList<qint64> m_ids;
    bool m_masked = false;
    bool m_built = false;
    bool m_tabOrderStale = false; // editors added or moved since Tab's order was last set
    QLabel* m_heading;
    QLabel* m_maskedNote;
    QVBoxLayout* m_list;
    QAbstractButton* m_add;
    QHash<qint64, DraftCardEditor*> m_editors;
};
