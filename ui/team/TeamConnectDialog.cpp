#include "TeamConnectDialog.h"

#include "TeamClient.h"
#include "Theme.h"
#include "storage/TeamConnInfo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLineEdit* field(QWidget* parent, const QString& name, const QString& accessible) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

TeamConnectDialog::TeamConnectDialog(TeamClient& client, const TeamAddress& address,
                                     QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_host(field(this, QStringLiteral("teamHost"), tr("Server")))
    , m_port(new QSpinBox(this))
    , m_database(field(this, QStringLiteral("teamDatabase"), tr("Database")))
    , m_user(field(this, QStringLiteral("teamUser"), tr("User name")))
    , m_password(field(this, QStringLiteral("teamPassword"), tr("Password")))
    , m_tls(new QComboBox(this))
    , m_caFile(field(this, QStringLiteral("teamCaFile"), tr("CA certificate file")))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_chooseFile([](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("CA certificate of the team library"), {},
                                            tr("Certificates (*.crt *.pem);;All files (*)"));
    }) {
    setWindowTitle(tr("Connect to a team library"));
    setObjectName(QStringLiteral("teamConnectDialog"));
    setMinimumWidth(560);

    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: PostgreSQL reads ~/.pgpass"));
    m_tls->setObjectName(QStringLiteral("teamTls"));
    m_tls->setAccessibleName(tr("Encryption"));
    m_tls->addItem(tr("Encrypted, server checked against a CA (verify-full)"),
                   int(TeamAddress::Tls::VerifyFull));
    m_tls->addItem(tr("Encrypted, server not checked (require)"), int(TeamAddress::Tls::Require));
    m_tls->addItem(tr("Not encrypted (disable)"), int(TeamAddress::Tls::Disable));
    m_caFile->setPlaceholderText(tr("Empty: ~/.postgresql/root.crt"));
    m_browse->setObjectName(QStringLiteral("teamCaChoose"));
    m_browse->setAccessibleName(tr("Choose the CA certificate file"));
    m_message->setObjectName(QStringLiteral("teamConnectMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_tls->setCurrentIndex(m_tls->findData(int(address.tls)));
    m_caFile->setText(address.caFile);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    auto* caLabel = new QLabel(tr("C&A certificate:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy by itself
    form->addRow(caLabel, caRow);

    auto* note = new QLabel(tr("The password is kept in this computer's keyring, never in "
                               "Lodestar's settings."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("pageSubtitle"));

    auto* buttons = new QDialogButtonBox(this);
    m_connect->setObjectName(QStringLiteral("teamConnect"));
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_connect, &QPushButton::clicked, this, &TeamConnectDialog::tryConnect);
    connect(cancel, &QPushButton::clicked, this, &TeamConnectDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(this);
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updateFields);

    connect(&m_client, &TeamClient::connected, this, [this](int request) {
        if (request == m_request) {
            m_request = 0;
            accept();
        }
    });
    connect(&m_client, &TeamClient::failed, this,
            [this](int request, TeamClient::Request, const QString& message) {
                if (request != m_request)
                    return;
                m_request = 0;
                showMessage(message, true);
                updateFields();
            });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateFields();
}

TeamAddress TeamConnectDialog::address() const {
    TeamAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.tls = TeamAddress::Tls(m_tls->currentData().toInt());
    address.caFile = m_caFile->text().trimmed();
    return address;
}

QString TeamConnectDialog::password() const {
    return m_password->text();
}

void TeamConnectDialog::offerPassword(const QString& password) {
    if (m_password->text().isEmpty())
        m_password->setText(password);
}

QString TeamConnectDialog::message() const {
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

void TeamConnectDialog::updateFields() {
    const bool verify = m_tls->currentData().toInt() == int(TeamAddress::Tls::VerifyFull);
    m_caFile->setEnabled(verify);
    m_browse->setEnabled(verify);
    m_connect->setEnabled(m_request == 0);
}

void TeamConnectDialog::showMessage(const QString& message, bool problem) {
    m_message->setText(message);
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::Red).name())
                : QString());
    m_message->setVisible(!message.isEmpty());
    // A long message wraps onto more lines: grow rather than squeeze the fields.
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void TeamConnectDialog::tryConnect() {
    if (m_request)
        return;
    const TeamAddress typed = address();
    if (!typed.isComplete()) {
        showMessage(tr("Give the server and the database of the team library."), true);
        (typed.host.isEmpty() ? m_host : m_database)->setFocus();
        return;
    }
    const QString connInfo = typed.connInfo(password());
    QString why;
    if (!TeamConnInfo::parse(connInfo, &why)) {
        showMessage(why, true);
        return;
    }
    showMessage(tr("Connecting to %1…").arg(typed.host), false);
    m_request = m_client.connectTo(connInfo);
    updateFields();
}

void TeamConnectDialog::reject() {
    // A connection still being tried is abandoned, not left to succeed behind the user's back.
    if (m_request) {
        m_request = 0;
        m_client.disconnectFromServer();
    }
    QDialog::reject();
}
