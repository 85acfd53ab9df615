#pragma once
// File ▸ Team library: connecting (the dialog, the remembered address, the password in the
// keyring), disconnecting, and publishing the laptop's selected workshop — asking what to do
// when the team copy changed since it was taken. Owns the TeamClient the Team view shows.
#include "storage/TeamLibrary.h"

#include <QObject>

#include <functional>

class KeychainVault;
class PasswordVault;
class QAction;
class QMenu;
class QWidget;
class TeamClient;
class TeamConnectDialog;
class WorkshopStore;

class TeamActions : public QObject {
    Q_OBJECT

public:
    // `selected` names the laptop's selected workshop (0 for none); `window` parents dialogs.
    TeamActions(WorkshopStore& store, std::function<qint64()> selected, QWidget* window);

    TeamClient* client() const { return m_client; }
    QMenu* menu() const { return m_menu; }
    QAction* connectAction() const { return m_connect; }
    QAction* disconnectAction() const { return m_disconnect; }
    QAction* publishAction() const { return m_publish; }
    TeamConnectDialog* connectDialog() const { return m_dialog; }
    // Where the password is kept: the system keyring unless replaced (tests; not owned).
    void setPasswordVault(PasswordVault* vault);

public slots:
    void openConnectDialog();
    // Connects again to the remembered team library, if any (at start-up).
    void resume();
    // Forgets the address and deletes the password from the keyring.
    void disconnectFromTeam();
    void publishSelected();
    void updateActions();

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void askAboutConflict(qint64 localId, const TeamLibrary::Conflict& conflict);
    QString titleOf(qint64 localId) const;

    WorkshopStore& m_store;
    std::function<qint64()> m_selected;
    QWidget* m_window;
    TeamClient* m_client;
    KeychainVault* m_keychain;
    PasswordVault* m_vault;
    QMenu* m_menu;
    QAction* m_connect;
    QAction* m_publish;
    QAction* m_disconnect;
    TeamConnectDialog* m_dialog = nullptr;
};
