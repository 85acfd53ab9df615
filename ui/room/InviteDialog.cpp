#include "InviteDialog.h"

#include "stages/common/StageWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Ports below this need root; the room never asks for one.
constexpr int LowestPort = 1024;
// The last choice, offered again next time (the address only while the laptop still has it).
constexpr auto AddressKey = "room/address";
constexpr auto PortKey = "room/port";
} // namespace

InviteDialog::InviteDialog(const QList<RoomAddress>& all, quint16 defaultPort, QWidget* parent)
    : QDialog(parent)
    , m_offered(RoomAddresses::offered(all))
    , m_defaultPort(defaultPort)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_warning(new QLabel(this))
    , m_open(nullptr) {
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite the room"));

    auto* intro = new QLabel(
        tr("Everyone joins from their phone's browser, over this laptop's network: no app, no "
           "account, nothing leaves the room. Choose the address the room's Wi-Fi reaches."),
        this);
    intro->setWordWrap(true);

    for (const RoomAddress& a : m_offered)
        m_address->addItem(describe(a), a.address.toString());
    m_address->setAccessibleName(tr("Address the phones open"));
    m_address->setEnabled(!m_offered.isEmpty());
    m_port->setRange(LowestPort, 65535);
    m_port->setValue(defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("The room uses %1 unless another program has it; then it finds a "
                          "free port. Another number here is used as it is.")
                           .arg(defaultPort));

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);

    QLabel* help = StageWidgets::hint(
        tr("Phones can't open the page? Guest Wi-Fi often keeps devices apart (client "
           "isolation): join the laptop to the room's main Wi-Fi, or share your phone's "
           "hotspot with everyone."),
        this);
    m_warning->setObjectName(QStringLiteral("inviteWarning"));
    m_warning->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(tr("&Open the room"));
    m_open->setObjectName(QStringLiteral("primary"));
    m_open->setAccessibleName(tr("Open the room"));
    m_open->setEnabled(!m_offered.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::currentIndexChanged, this, &InviteDialog::showWarning);
    connect(this, &QDialog::accepted, this, &InviteDialog::remember);
    restore();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(help);
    layout->addWidget(buttons);
    showWarning();
    resize(560, sizeHint().height());
}

void InviteDialog::restore() {
    const QSettings settings;
    const QHostAddress last(settings.value(QLatin1String(AddressKey)).toString());
    for (qsizetype i = 0; !last.isNull() && i < m_offered.size(); ++i)
        if (m_offered.at(i).address == last)
            m_address->setCurrentIndex(int(i));
    bool isNumber = false;
    const int port = settings.value(QLatin1String(PortKey)).toInt(&isNumber);
    if (isNumber && port >= LowestPort && port <= 65535)
        m_port->setValue(port);
}

void InviteDialog::remember() const {
    if (address().isNull())
        return;
    QSettings settings;
    settings.setValue(QLatin1String(AddressKey), address().toString());
    settings.setValue(QLatin1String(PortKey), m_port->value());
}

QString InviteDialog::describe(const RoomAddress& a) {
    const QString where = RoomAddresses::isLocalOnly(a)  ? tr("this laptop only")
                          : RoomAddresses::isWireless(a) ? tr("Wi-Fi")
                          : RoomAddresses::isVirtual(a)  ? tr("virtual network")
                                                         : tr("wired or other network");
    const QString name = a.humanName.isEmpty() || a.humanName == a.interfaceName
                             ? a.interfaceName
                             : QStringLiteral("%1, %2").arg(a.humanName, a.interfaceName);
    return name.isEmpty() ? tr("%1 — %2").arg(a.address.toString(), where)
                          : tr("%1 — %2 (%3)").arg(a.address.toString(), where, name);
}

void InviteDialog::showWarning() {
    const int i = m_address->currentIndex();
    QString text;
    if (m_offered.isEmpty())
        text = tr("This laptop has no network address, so no phone can join. The workshop works "
                  "as before without the room.");
    else if (RoomAddresses::isLocalOnly(m_offered.at(i)))
        text = tr("This laptop is on no network: only its own browser can open the room. Join "
                  "a Wi-Fi network and open this window again for the phones.");
    else if (RoomAddresses::isVirtual(m_offered.at(i)))
        text = tr("This is a virtual network (containers, virtual machines or a VPN): phones "
                  "on the room's Wi-Fi usually cannot reach it.");
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

QHostAddress InviteDialog::address() const {
    const int i = m_address->currentIndex();
    return i >= 0 && i < m_offered.size() ? m_offered.at(i).address : QHostAddress();
}

quint16 InviteDialog::port() const {
    return m_port->value() == m_defaultPort ? 0 : quint16(m_port->value());
}
