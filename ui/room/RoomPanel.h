#pragma once
// "Who has joined": the console's view of the open room, beside the stage. The address and
// code to read out, a Lock toggle, the phones waiting to be let in (Approve, Decline), and
// the roster: each name with a dot (filled: on their phone now; ring: joined, phone asleep or
// out of Wi-Fi; none: not joined yet) and, for a joined name, Release name (the person
// switches phone) and Remove device. Everything here is room state, not a workshop edit:
// nothing goes on the undo stack (approving adds a roster name through the store, as the
// server does it).
#include "room/RoomServer.h"
#include "session/WorkshopSession.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

class RoomPanel : public QWidget {
    Q_OBJECT

public:
    explicit RoomPanel(QWidget* parent = nullptr);

    // The room to show (null: none is open) and the session it is bound to.
    void setRoom(RoomServer* room, WorkshopSession* session);
    RoomServer* room() const { return m_room; }
    QCheckBox* lockBox() const { return m_lock; }

signals:
    void closeRequested();

private:
    void scheduleRebuild();
    void rebuild();
    QWidget* personRow(const QString& name, int state, const QString& deviceId,
                       qint64 participantId);
    QWidget* waitingRow(const QString& name, const QString& deviceId);

    QPointer<RoomServer> m_room;
    QPointer<WorkshopSession> m_session;
    QLabel* m_address;
    QLabel* m_count;
    QCheckBox* m_lock;
    QLabel* m_waitingTitle;
    QVBoxLayout* m_waiting;
    QVBoxLayout* m_people;
    bool m_rebuildPending = false;
};
