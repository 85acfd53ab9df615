#pragma once
// The product page's check-ins between workshops: the "Add a check-in…" button (and
// Ctrl+Shift+K) for the product's current North Star, its dialog, the list of check-ins
// under each workshop whose North Star they review, and the undoable commands that add and
// delete them on the library's undo stack. The page tells it which workshop is current and
// asks it for each card's list when it rebuilds.
#include "domain/CheckIn.h"
#include "domain/NorthStarRecord.h"

#include <QObject>

class CheckInDialog;
class CheckInList;
class QPushButton;
class QUndoStack;
class QWidget;
class WorkshopStore;

class ProductCheckIns : public QObject {
    Q_OBJECT

public:
    // Adds its button's shortcut to `page`.
    ProductCheckIns(WorkshopStore& store, QUndoStack& undoStack, QWidget* page);

    QPushButton* addButton() const { return m_add; }
    // The workshop whose chosen North Star a new check-in reviews; 0: none (the button is off).
    void setCurrent(qint64 workshopId);
    qint64 current() const { return m_current; }
    // The list of `checkIns` (newest first) on `record`'s North Star for under its card: `shown`
    // when that one lists the same already, else a new one in `parent`; null when it has none
    // and is not the current one (a workshop without check-ins stays as it was).
    CheckInList* listFor(const NorthStarRecord& record, const QList<CheckIn>& checkIns,
                         CheckInList* shown, QWidget* parent);

public slots:
    void addCheckIn();

signals:
    void statusMessage(const QString& message);
    // The dialog was opened (tests drive it).
    void dialogOpened(CheckInDialog* dialog);

private:
    void deleteCheckIn(const NorthStarRecord& record, const CheckIn& checkIn);

    WorkshopStore& m_store;
    QUndoStack& m_undoStack;
    QWidget* m_page;
    QPushButton* m_add;
    qint64 m_current = 0;
};
