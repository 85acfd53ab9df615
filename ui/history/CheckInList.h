#pragma once
// The check-ins on one workshop's North Star, shown under its card on the product page: the
// confidence-over-time chart (once there is a check-in), then each check-in, newest first —
// its date, the confidence in the metric and each input, what the team learned and the next
// step — with a button to delete it (the page makes that an undoable command).
#include "domain/CheckIn.h"
#include "domain/NorthStarRecord.h"

#include <QFrame>

class ConfidenceChart;
class QPushButton;

class CheckInList : public QFrame {
    Q_OBJECT

public:
    // `checkIns` newest first, all on `record`'s North Star; none: a line saying how to add one.
    CheckInList(const NorthStarRecord& record, const QList<CheckIn>& checkIns,
                QWidget* parent = nullptr);

    qint64 workshopId() const { return m_workshopId; }
    // Whether the list already shows these check-ins on `record`: the page keeps it then.
    bool shows(const NorthStarRecord& record, const QList<CheckIn>& checkIns) const {
        return checkIns == m_checkIns && record == m_record;
    }
    ConfidenceChart* chart() const { return m_chart; }
    QList<QFrame*> entries() const { return m_entries; } // newest first
    QList<QPushButton*> deleteButtons() const { return m_deleteButtons; }

signals:
    void deleteRequested(const CheckIn& checkIn);

private:
    QFrame* entry(const NorthStarRecord& record, const CheckIn& checkIn);

    qint64 m_workshopId;
    NorthStarRecord m_record;
    QList<CheckIn> m_checkIns;
    ConfidenceChart* m_chart = nullptr;
    QList<QFrame*> m_entries;
    QList<QPushButton*> m_deleteButtons;
};
