#pragma once
// File ▸ Team library ▸ Connect…: where the team library is (host, port, database, user),
// the password (or nothing, for ~/.pgpass) and how to check the server (TLS, with a CA file
// for verify-full). Connect tries the connection on the team library's thread; a failure is
// shown here in plain words and the dialog stays open with everything as typed. Accepted once
// connected.
#include "TeamAddress.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TeamClient;

class TeamConnectDialog : public QDialog {
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget* parent)>;

    TeamConnectDialog(TeamClient& client, const TeamAddress& address, QWidget* parent = nullptr);

    TeamAddress address() const;
    QString password() const;
    // Fills an empty password field (the keyring answers after the dialog opened).
    void offerPassword(const QString& password);
    // Replaces the CA file dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    QString message() const;

public slots:
    void tryConnect();
    void reject() override;

private:
    void showMessage(const QString& message, bool problem);
    void updateFields();

    TeamClient& m_client;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QLabel* m_message;
    QPushButton* m_connect;
    FileChooser m_chooseFile;
    int m_request = 0;
};
