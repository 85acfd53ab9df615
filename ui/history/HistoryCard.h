#pragma once
// One workshop on a product's page: when it met, who facilitated, the North Star it chose
// (name, definition, game), its inputs with their owners, the guardrail and the team's note
// on why the North Star changed; with the buttons to tick it for a comparison, compare it
// with the workshop before, write the note, or open it. A team library's workshop of the
// product has a card too, saying who published it and when, with Compare and Take a copy.
#include "domain/NorthStarRecord.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

class HistoryCard : public QFrame {
    Q_OBJECT

public:
    // Who published a team library's workshop, and when.
    struct TeamOrigin {
        qint64 teamId = 0;
        QString publishedBy;
        QDateTime publishedAt;
    };

    // `hasOlder`: there is an older workshop of the product to compare this one with.
    HistoryCard(const NorthStarRecord& record, bool hasOlder, QWidget* parent = nullptr);
    // A team library's workshop, `record` read from its document.
    HistoryCard(const NorthStarRecord& record, const TeamOrigin& team, QWidget* parent = nullptr);

    // The laptop's workshop id; for a team workshop, minus its team id (never a laptop id).
    qint64 workshopId() const { return m_workshopId; }
    static qint64 teamKey(qint64 teamId) { return -teamId; }
    bool isTeam() const { return m_workshopId < 0; }
    // Whether the card already shows `record` so: the page keeps it rather than build anew.
    bool shows(const NorthStarRecord& record, bool hasOlder) const {
        return hasOlder == m_hasOlder && record == m_record;
    }
    QCheckBox* compareBox() const { return m_compare; }
    QPushButton* compareWithOlderButton() const { return m_withOlder; }
    QPushButton* noteButton() const { return m_note; }
    QPushButton* openButton() const { return m_open; } // null on a team workshop's card
    QPushButton* takeButton() const { return m_take; } // only on a team workshop's card
    // "Kept", "Changed" or "Deciding" on a revisit; null otherwise.
    QLabel* outcomeLabel() const { return m_outcome; }

signals:
    void compareToggled(qint64 workshopId, bool ticked);
    void compareWithOlderRequested(qint64 workshopId);
    void noteRequested(qint64 workshopId, bool kept);
    void openRequested(qint64 workshopId);
    void takeRequested(qint64 teamId);

private:
    class QHBoxLayout* addTop(const NorthStarRecord& record);
    void addNorthStar(const NorthStarRecord& record, class QVBoxLayout* layout);
    void addLineage(const NorthStarRecord& record, class QVBoxLayout* layout);
    void addWhy(const NorthStarRecord& record, class QVBoxLayout* layout);

    qint64 m_workshopId;
    NorthStarRecord m_record;
    bool m_hasOlder;
    QCheckBox* m_compare;
    QPushButton* m_withOlder = nullptr;
    QPushButton* m_note = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_take = nullptr;
    QLabel* m_outcome = nullptr;
};
