#include "RoomControl.h"

#include "AudienceWindow.h"
#include "InviteDialog.h"
#include "room/RoomServer.h"
#include "session/WorkshopSession.h"

#include <QAction>
#include <QWidget>

RoomControl::RoomControl(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_addresses(&RoomAddresses::fromSystem)
    , m_invite(new QAction(tr("&Invite the room…"), this))
    , m_close(new QAction(tr("Close the &room"), this))
    , m_join(new QAction(tr("Show how to &join on the projector"), this)) {
    m_invite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_invite->setStatusTip(tr("Let everyone join from their phone over this laptop's Wi-Fi."));
    m_join->setShortcut(QKeySequence(Qt::Key_J));
    m_join->setCheckable(true);
    connect(m_invite, &QAction::triggered, this, &RoomControl::invite);
    connect(m_close, &QAction::triggered, this, &RoomControl::close);
    // Whether the projector shows how to join is the session's: J asks it, and the action
    // follows it (followProjector).
    connect(m_join, &QAction::toggled, this, [this](bool on) {
        if (m_session && (isOpen() || !on))
            m_session->showOnProjector(WorkshopSession::Layer::Join, on);
    });
    updateActions();
}

RoomControl::~RoomControl() {
    close();
}

void RoomControl::setSession(WorkshopSession* session) {
    if (session == m_session)
        return;
    close(); // the room belongs to the workshop that was open
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) { // the session may close without a word to us first: the room goes before it
        connect(m_session, &WorkshopSession::closing, this, &RoomControl::close);
        connect(m_session, &WorkshopSession::projectorChanged, this, &RoomControl::followProjector);
    }
    followProjector();
    updateActions();
}

void RoomControl::followProjector() {
    m_join->setChecked(m_session && isOpen() && m_session->projector().join);
}

void RoomControl::setAddressSource(std::function<QList<RoomAddress>()> source) {
    m_addresses = std::move(source);
}

bool RoomControl::isOpen() const {
    return m_server && m_server->isOpen();
}

JoinInvitation RoomControl::invitation() const {
    if (!isOpen())
        return {};
    return {m_server->joinUrl(), m_server->shortUrl(), m_server->joinCode()};
}

void RoomControl::invite() {
    if (!m_session)
        return;
    if (isOpen()) {
        // Open already: opening again would cut off every phone. Show the invitation instead.
        m_join->setChecked(true);
        emit statusMessage(tr("The room is already open at %1. To start afresh with a new "
                              "link, close the room first.")
                               .arg(m_server->shortUrl()));
        return;
    }
    InviteDialog dialog(m_addresses(), RoomServer::DefaultPort, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.address().isNull())
        return;
    open(dialog.address(), dialog.port());
}

bool RoomControl::open(const QHostAddress& address, quint16 port) {
    if (!m_session)
        return false;
    close();
    auto server = std::make_unique<RoomServer>(*m_session);
    if (!server->open(address, port)) {
        const QString where =
            port ? QStringLiteral("%1:%2").arg(address.toString()).arg(port) : address.toString();
        emit problem(tr("The room could not open on %1: %2. The workshop is unchanged; "
                        "choose another address or port and try again.")
                         .arg(where, server->errorString()));
        return false;
    }
    m_server = std::move(server);
    connect(m_server.get(), &RoomServer::openChanged, this, [this](bool open) {
        if (!open)
            close(); // the server stopped by itself: let go of it like a closed room
    });
    if (m_projector)
        m_projector->setInvitation(invitation());
    updateActions();
    // The projector invites the room at once (or as soon as presenting starts).
    m_session->showOnProjector(WorkshopSession::Layer::Join, true);
    followProjector();
    emit roomChanged(m_server.get());
    emit statusMessage(tr("The room is open at %1. Press J to show or hide how to join.")
                           .arg(m_server->shortUrl()));
    return true;
}

void RoomControl::close() {
    if (!m_server)
        return;
    std::unique_ptr<RoomServer> server = std::move(m_server);
    server->disconnect(this);
    server->close();
    if (m_projector)
        m_projector->setInvitation({});
    if (m_session)
        m_session->showOnProjector(WorkshopSession::Layer::Join, false);
    followProjector();
    updateActions();
    emit roomChanged(nullptr);
    emit statusMessage(tr("The room is closed: every phone has been let go."));
}

void RoomControl::attachProjector(AudienceWindow* projector) {
    if (m_projector)
        m_projector->disconnect(this);
    m_projector = projector;
    // The card's link, address and code; whether it shows is the session's.
    if (m_projector)
        m_projector->setInvitation(invitation());
}

void RoomControl::updateActions() {
    m_invite->setEnabled(m_session != nullptr);
    m_close->setEnabled(isOpen());
    m_join->setEnabled(isOpen());
}
