#pragma once
// The room's life on the console: Workshop ▸ Invite the room… (Ctrl+Shift+J) asks where to
// listen (InviteDialog) and opens a RoomServer on the open workshop's session; Workshop ▸
// Close the room closes it, and so do closing the workshop and quitting (setSession(null)).
// Each opening is a new server, so a new join link and code. J (a menu action here, a key on
// the projector) shows how to join on the projector while the room is open.
#include "JoinCard.h"
#include "RoomAddresses.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AudienceWindow;
class QAction;
class RoomServer;
class WorkshopSession;

class RoomControl : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialog.
    explicit RoomControl(QWidget* window);
    ~RoomControl() override;

    QAction* inviteAction() const { return m_invite; }
    QAction* closeAction() const { return m_close; }
    QAction* joinAction() const { return m_join; }

    // The open workshop's session (null: none; an open room closes).
    void setSession(WorkshopSession* session);
    // Where the addresses the dialog offers come from (tests give made-up ones).
    void setAddressSource(std::function<QList<RoomAddress>()> source);

    RoomServer* server() const { return m_server.get(); }
    bool isOpen() const;
    JoinInvitation invitation() const;

    // Opens the room on `address` (port 0: the default, or a free one); false, with the
    // reason in problem(), when it cannot listen. Closes a room already open first.
    bool open(const QHostAddress& address, quint16 port);
    void close();
    // Asks where with the invite dialog, then opens.
    void invite();

    // Gives the projector (null: not presenting) the room's invitation for its join card.
    // Whether the card shows is the session's projector state, which J changes.
    void attachProjector(AudienceWindow* projector);

signals:
    void roomChanged(RoomServer* server); // opened (the new server) or closed (null)
    void problem(const QString& message);
    void statusMessage(const QString& message);

private:
    void updateActions();
    void followProjector(); // ticks J as the session's projector state says

    QWidget* m_window;
    QPointer<WorkshopSession> m_session;
    std::unique_ptr<RoomServer> m_server;
    QPointer<AudienceWindow> m_projector;
    std::function<QList<RoomAddress>()> m_addresses;
    QAction* m_invite;
    QAction* m_close;
    QAction* m_join;
};
