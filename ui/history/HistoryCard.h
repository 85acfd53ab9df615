#pragma once
// One workshop on a product's page: when it met, who facilitated, the North Star it chose
// (name, definition, game), its inputs with their owners, the guardrail and the team's note
// on why the North Star changed; with the buttons to tick it for a comparison, compare it
// with the workshop before, write the note, or open it.
#include "domain/NorthStarRecord.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

class HistoryCard : public QFrame {
    Q_OBJECT

public:
    // `hasOlder`: there is an older workshop of the product to compare this one with.
    HistoryCard(const NorthStarRecord& record, bool hasOlder, QWidget* parent = nullptr);

    qint64 workshopId() const { return m_workshopId; }
    // Whether the card already shows `record` so: the page keeps it rather than build anew.
    bool shows(const NorthStarRecord& record, bool hasOlder) const {
        return hasOlder == m_hasOlder && record == m_record;
    }
    QCheckBox* compareBox() const { return m_compare; }
    QPushButton* compareWithOlderButton() const { return m_withOlder; }
    QPushButton* noteButton() const { return m_note; }
    QPushButton* openButton() const { return m_open; }
    // "Kept", "Changed" or "Deciding" on a revisit; null otherwise.
    QLabel* outcomeLabel() const { return m_outcome; }

signals:
    void compareToggled(qint64 workshopId, bool ticked);
    void compareWithOlderRequested(qint64 workshopId);
    void noteRequested(qint64 workshopId, bool kept);
    void openRequested(qint64 workshopId);

private:
    void addNorthStar(const NorthStarRecord& record, class QVBoxLayout* layout);
    void addLineage(const NorthStarRecord& record, class QVBoxLayout* layout);

    qint64 m_workshopId;
    NorthStarRecord m_record;
    bool m_hasOlder;
    QCheckBox* m_compare;
    QPushButton* m_withOlder = nullptr;
    QPushButton* m_note;
    QPushButton* m_open;
    QLabel* m_outcome = nullptr;
};
