#include "TeamActions.h"

#include "KeychainVault.h"
#include "TeamClient.h"
#include "TeamConnectDialog.h"
#include "UserText.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>

TeamActions::TeamActions(WorkshopStore& store, std::function<qint64()> selected, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_selected(std::move(selected))
    , m_window(window)
    , m_client(new TeamClient(store, this))
    , m_keychain(new KeychainVault(this))
    , m_vault(m_keychain)
    , m_menu(new QMenu(tr("&Team library"), window))
    , m_connect(m_menu->addAction(tr("&Connect…"), this, &TeamActions::openConnectDialog))
    , m_publish(
          m_menu->addAction(tr("&Publish selected workshop…"), this, &TeamActions::publishSelected))
    , m_disconnect(m_menu->addAction(tr("&Disconnect"), this, &TeamActions::disconnectFromTeam)) {
    m_menu->insertSeparator(m_disconnect);
    m_publish->setIconText(tr("Publish to team…"));
    m_connect->setStatusTip(tr("Share workshops with your organisation through a PostgreSQL "
                               "team library"));
    m_publish->setStatusTip(tr("Send the selected workshop to the team library, as a new version "
                               "if it came from there"));
    m_disconnect->setStatusTip(tr("Stop using the team library and forget its password"));
    connect(m_client, &TeamClient::connectionChanged, this, &TeamActions::updateActions);
    // Off while one runs, so it cannot be started twice.
    connect(m_client, &TeamClient::runningChanged, this, &TeamActions::updateActions);
    connect(m_client, &TeamClient::published, this,
            [this](int, qint64 localId, const TeamLibrary::Published& published) {
                emit statusMessage(published.isNew
                                       ? tr("Published “%1” to the team library.")
                                             .arg(UserText::isolate(titleOf(localId)))
                                       : tr("Published “%1” to the team library as version %2.")
                                             .arg(UserText::isolate(titleOf(localId)))
                                             .arg(published.version));
            });
    connect(m_client, &TeamClient::conflicted, this,
            [this](int, qint64 localId, const TeamLibrary::Conflict& conflict) {
                askAboutConflict(localId, conflict);
            });
    connect(m_client, &TeamClient::failed, this,
            [this](int, TeamClient::Request kind, const QString& message) {
                if (kind == TeamClient::Request::Publish)
                    emit problem(message);
            });
    updateActions();
}

void TeamActions::setPasswordVault(PasswordVault* vault) {
    m_vault = vault ? vault : m_keychain;
}

void TeamActions::updateActions() {
    const bool connected = m_client->isConnected();
    m_disconnect->setEnabled(connected || TeamAddress::isRemembered(QSettings()));
    m_publish->setEnabled(connected && m_selected() != 0 &&
                          !m_client->isRunning(TeamClient::Request::Publish));
    m_connect->setEnabled(!m_client->isRunning(TeamClient::Request::Connect) || m_dialog);
}

QString TeamActions::titleOf(qint64 localId) const {
    const auto workshop = m_store.workshopSummary(localId);
    return workshop ? workshop->title : QString();
}

void TeamActions::openConnectDialog() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QSettings settings;
    const TeamAddress remembered = TeamAddress::load(settings);
    m_dialog = new TeamConnectDialog(*m_client, remembered, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (TeamAddress::isRemembered(settings)) {
        QPointer<TeamConnectDialog> dialog = m_dialog;
        m_vault->read(remembered.vaultKey(), [dialog](const QString& password, const QString&) {
            if (dialog)
                dialog->offerPassword(password);
        });
    }
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        const TeamAddress address = dialog->address();
        const QString password = dialog->password();
        QSettings settings;
        const TeamAddress before = TeamAddress::load(settings);
        address.save(settings);
        if (before.vaultKey() != address.vaultKey())
            m_vault->remove(before.vaultKey(), [](const QString&) {});
        const auto saved = [this](const QString& error) {
            if (!error.isEmpty())
                emit problem(tr("Connected, but the password could not be kept in the keyring "
                                "(%1): you will be asked for it next time.")
                                 .arg(error));
        };
        // No password: libpq reads ~/.pgpass, and no stale one stays in the keyring.
        if (password.isEmpty())
            m_vault->remove(address.vaultKey(), saved);
        else
            m_vault->write(address.vaultKey(), password, saved);
        emit statusMessage(tr("Connected to the team library as %1.")
                               .arg(UserText::isolate(m_client->userName())));
        updateActions();
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void TeamActions::resume() {
    const QSettings settings;
    if (!TeamAddress::isRemembered(settings) || m_client->isConnected())
        return;
    const TeamAddress address = TeamAddress::load(settings);
    QPointer<TeamClient> client = m_client;
    m_vault->read(address.vaultKey(), [client, address](const QString& password, const QString&) {
        // Without the keyring, libpq may still find a password in ~/.pgpass.
        if (client && !client->isConnected())
            client->connectTo(address.connInfo(password));
    });
}

void TeamActions::disconnectFromTeam() {
    QSettings settings;
    const TeamAddress address = TeamAddress::load(settings);
    m_client->disconnectFromServer();
    if (TeamAddress::isRemembered(settings))
        m_vault->remove(address.vaultKey(), [this](const QString& error) {
            if (!error.isEmpty())
                emit problem(tr("The team library's password could not be deleted from the "
                                "keyring (%1).")
                                 .arg(error));
        });
    TeamAddress::forget(settings);
    emit statusMessage(tr("Disconnected from the team library."));
    updateActions();
}

void TeamActions::publishSelected() {
    const qint64 localId = m_selected();
    if (!localId || !m_client->isConnected() || m_client->isRunning(TeamClient::Request::Publish))
        return;
    emit statusMessage(tr("Publishing “%1”…").arg(UserText::isolate(titleOf(localId))));
    m_client->publish(localId);
}

void TeamActions::askAboutConflict(qint64 localId, const TeamLibrary::Conflict& conflict) {
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("The team's copy changed"),
        tr("“%1” changed in the team library since you took or last published it: %2 published "
           "version %3 on %4, and yours is based on version %5. What should happen?")
            .arg(UserText::isolate(titleOf(localId)), UserText::isolate(conflict.publishedBy))
            .arg(conflict.theirVersion)
            .arg(QLocale().toString(conflict.publishedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(conflict.yourVersion),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("publishConflict"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* keep = box->addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    QPushButton* replace = box->addButton(tr("Replace theirs"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceTheirs"));
    QPushButton* asNew = box->addButton(tr("Publish as a new workshop"), QMessageBox::AcceptRole);
    asNew->setObjectName(QStringLiteral("publishAsNew"));
    for (QPushButton* button : {keep, replace, asNew})
        button->setAccessibleName(button->text());
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, localId, replace, asNew](QAbstractButton* button) {
                if (button == replace)
                    m_client->publish(localId, TeamLibrary::OnConflict::Replace);
                else if (button == asNew)
                    m_client->publish(localId, TeamLibrary::OnConflict::AsNew);
                else
                    emit statusMessage(tr("Nothing was published; the team's version stays."));
            });
    box->open();
}
