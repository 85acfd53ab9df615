// Workshop ▸ Invite the room: which address the phones are sent to. The choice is checked
// on made-up laptops (a Wi-Fi card beside Docker and a virtual machine bridge, an office
// cable beside Wi-Fi, no network at all), then in the real dialog: the likely Wi-Fi address
// is chosen, another can be, the port is the documented one unless changed, and a laptop on
// no network is told what that means.
#include "room/InviteDialog.h"
#include "room/RoomAddresses.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr quint16 DefaultPort = 47123;

RoomAddress address(const char* interfaceName, const char* ip, bool running = true) {
    RoomAddress a;
    a.interfaceName = QLatin1String(interfaceName);
    a.humanName = a.interfaceName;
    a.address = QHostAddress(QLatin1String(ip));
    a.loopback = a.interfaceName == u"lo";
    a.running = running;
    return a;
}

QStringList list(std::initializer_list<const char*> texts) {
    QStringList out;
    for (const char* text : texts)
        out << QString::fromLatin1(text);
    return out;
}

QStringList ips(const QList<RoomAddress>& list) {
    QStringList out;
    for (const RoomAddress& a : list)
        out << a.address.toString();
    return out;
}

// A laptop in a meeting room: Wi-Fi, a cable not plugged in, Docker, a virtual machine bridge.
QList<RoomAddress> meetingRoomLaptop() {
    return {address("lo", "127.0.0.1"),
            address("lo", "::1"),
            address("enp0s31f6", "10.0.0.5", false),
            address("docker0", "172.17.0.1"),
            address("virbr0", "192.168.122.1"),
            address("wlp2s0", "192.168.1.23"),
            address("wlp2s0", "fe80::1c2e:ff:fe00:1"),
            address("wlp2s0", "2001:db8::23"),
            address("enx00e04c", "169.254.10.2")};
}

} // namespace

class TestInviteDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("room")); }
    void offeredBestFirst_data();
    void offeredBestFirst();
    void theSystemHasAtLeastLoopback();
    void dialogChoosesTheWifiAddress();
    void anotherAddressAndPort();
    void noNetworkSaysSo();
    void everyControlIsNamed();
    void remembersTheLastChoice();
    void anAddressNoLongerHeldIsNotOffered();
    void oddRememberedValuesAreIgnored();
};

void TestInviteDialog::offeredBestFirst_data() {
    QTest::addColumn<QList<RoomAddress>>("all");
    QTest::addColumn<QStringList>("expected");
    // Wi-Fi first; IPv6 after IPv4; the virtual bridges last; never loopback, link-local
    // (169.254, fe80::) or an interface that is not running.
    QTest::newRow("meeting room") << meetingRoomLaptop()
                                  << list({"192.168.1.23", "2001:db8::23", "192.168.122.1",
                                           "172.17.0.1"});
    // Wireless wins over the office cable whatever their ranges.
    QTest::newRow("office") << QList<RoomAddress>{address("enp3s0", "192.168.10.4"),
                                                  address("wlo1", "172.20.1.5")}
                            << list({"172.20.1.5", "192.168.10.4"});
    // No Wi-Fi: the private ranges in order 192.168, 10, 172.16/12, then a public address.
    QTest::newRow("cables") << QList<RoomAddress>{address("eth0", "130.60.1.2"),
                                                  address("eth1", "172.31.9.9"),
                                                  address("eth2", "10.1.2.3"),
                                                  address("eth3", "192.168.5.5")}
                            << list({"192.168.5.5", "10.1.2.3", "172.31.9.9", "130.60.1.2"});
    // 172.32 is not private; a VPN tunnel with a private address still comes after it.
    QTest::newRow("vpn") << QList<RoomAddress>{address("tun0", "10.8.0.2"),
                                               address("eth0", "172.32.0.1")}
                         << list({"172.32.0.1", "10.8.0.2"});
    // The system says Wi-Fi though the name does not (en0 on some systems).
    RoomAddress en0 = address("en0", "10.0.1.9");
    en0.wireless = true;
    QTest::newRow("wifi by type") << QList<RoomAddress>{address("eth0", "192.168.0.9"), en0}
                                  << list({"10.0.1.9", "192.168.0.9"});
    // Nothing but loopback: offered, IPv4 first, so the facilitator can still try the page.
    QTest::newRow("no network") << QList<RoomAddress>{address("lo", "::1"),
                                                      address("lo", "127.0.0.1"),
                                                      address("wlp2s0", "192.168.1.23", false)}
                                << list({"127.0.0.1", "::1"});
    QTest::newRow("nothing") << QList<RoomAddress>{} << QStringList{};
}

void TestInviteDialog::offeredBestFirst() {
    QFETCH(QList<RoomAddress>, all);
    QFETCH(QStringList, expected);
    QCOMPARE(ips(RoomAddresses::offered(all)), expected);
}

void TestInviteDialog::theSystemHasAtLeastLoopback() {
    const QList<RoomAddress> offered = RoomAddresses::offered(RoomAddresses::fromSystem());
    QVERIFY(!offered.isEmpty());
    for (const RoomAddress& a : offered)
        QVERIFY2(!a.address.isLinkLocal(), qPrintable(a.address.toString()));
}

void TestInviteDialog::dialogChoosesTheWifiAddress() {
    InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
    dialog.show();
    QCOMPARE(dialog.addressBox()->count(), 4);
    QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("192.168.1.23")));
    QVERIFY(dialog.addressBox()->currentText().contains(QStringLiteral("Wi-Fi")));
    QVERIFY(dialog.addressBox()->currentText().contains(QStringLiteral("wlp2s0")));
    QCOMPARE(dialog.portBox()->value(), int(DefaultPort));
    QCOMPARE(dialog.port(), quint16(0)); // the default: the room may fall back to a free port
    QVERIFY(dialog.openButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("inviteWarning"))->isVisible());
    // What to do when the phones cannot reach it is said before it happens.
    bool isolation = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        isolation =
            isolation || (label->isVisible() && label->text().contains(u"client isolation"));
    QVERIFY(isolation);
}

void TestInviteDialog::anotherAddressAndPort() {
    InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
    dialog.show();
    dialog.addressBox()->setFocus();
    QTest::keyClick(dialog.addressBox(), Qt::Key_Down);
    QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("2001:db8::23")));
    QTest::keyClick(dialog.addressBox(), Qt::Key_End);
    QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("172.17.0.1")));
    // A virtual network: the dialog says phones usually cannot reach it.
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("inviteWarning"))->isVisible());
    dialog.portBox()->setFocus();
    dialog.portBox()->selectAll();
    QTest::keyClicks(dialog.portBox(), QStringLiteral("50000"));
    QCOMPARE(dialog.port(), quint16(50000));
    dialog.portBox()->selectAll();
    QTest::keyClicks(dialog.portBox(), QStringLiteral("80"));
    QVERIFY(dialog.portBox()->value() >= 1024); // never a port that needs root
}

void TestInviteDialog::noNetworkSaysSo() {
    {
        InviteDialog dialog({address("lo", "127.0.0.1")}, DefaultPort);
        dialog.show();
        QCOMPARE(dialog.address(), QHostAddress(QHostAddress::LocalHost));
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("inviteWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"no network"));
        QVERIFY(dialog.openButton()->isEnabled());
    }
    InviteDialog dialog({}, DefaultPort);
    dialog.show();
    QVERIFY(dialog.address().isNull());
    QVERIFY(!dialog.openButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("inviteWarning"))->isVisible());
}

void TestInviteDialog::everyControlIsNamed() {
    InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
    dialog.show();
    int controls = 0;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel*>(w))
            continue;
        // The editor inside a spin box is announced by the spin box's name.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(controls >= 4); // address, port, open, cancel
}

namespace {

// Picks `ip` and `port` in a dialog on `laptop` the way the facilitator does, then presses
// Open (or Cancel).
void choose(const QList<RoomAddress>& laptop, const QString& ip, const QString& port,
            bool open = true) {
    InviteDialog dialog(laptop, DefaultPort);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addressBox()->setFocus();
    QTest::keyClick(dialog.addressBox(), Qt::Key_Home);
    while (dialog.address() != QHostAddress(ip)) {
        const int before = dialog.addressBox()->currentIndex();
        QTest::keyClick(dialog.addressBox(), Qt::Key_Down);
        QVERIFY2(dialog.addressBox()->currentIndex() != before, qPrintable(ip));
    }
    dialog.portBox()->setFocus();
    dialog.portBox()->selectAll();
    QTest::keyClicks(dialog.portBox(), port);
    if (open)
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    else
        QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), open ? int(QDialog::Accepted) : int(QDialog::Rejected));
}

} // namespace

void TestInviteDialog::remembersTheLastChoice() {
    choose(meetingRoomLaptop(), QStringLiteral("2001:db8::23"), QStringLiteral("50000"));
    {
        InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
        dialog.show();
        QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("2001:db8::23")));
        QCOMPARE(dialog.port(), quint16(50000));
        QCOMPARE(dialog.addressBox()->count(), 4); // nothing else changes
    }
    // Cancel remembers nothing.
    choose(meetingRoomLaptop(), QStringLiteral("172.17.0.1"), QStringLiteral("50001"), false);
    {
        InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
        QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("2001:db8::23")));
        QCOMPARE(dialog.port(), quint16(50000));
    }
    // Back to the documented port: the room may again fall back to a free one.
    choose(meetingRoomLaptop(), QStringLiteral("192.168.1.23"), QString::number(DefaultPort));
    InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
    QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("192.168.1.23")));
    QCOMPARE(dialog.port(), quint16(0));
}

void TestInviteDialog::anAddressNoLongerHeldIsNotOffered() {
    choose(meetingRoomLaptop(), QStringLiteral("172.17.0.1"), QStringLiteral("50002"));
    // Another room, another Wi-Fi: docker0 is down and wlp2s0 has a new address.
    const QList<RoomAddress> elsewhere{address("lo", "127.0.0.1"),
                                       address("docker0", "172.17.0.1", false),
                                       address("wlp2s0", "10.20.30.40")};
    {
        InviteDialog dialog(elsewhere, DefaultPort);
        dialog.show();
        QCOMPARE(dialog.addressBox()->count(), 1);
        QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("10.20.30.40"))); // as today
        QCOMPARE(dialog.port(), quint16(50002)); // a port is anybody's: still the one chosen
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("inviteWarning"))->isVisible());
    }
    // Loopback remembered from a laptop on no network is not offered once there is a network.
    choose({address("lo", "127.0.0.1")}, QStringLiteral("127.0.0.1"), QStringLiteral("50003"));
    InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
    QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("192.168.1.23")));
    // And with no address at all nothing is remembered over the last one.
    {
        InviteDialog none({}, DefaultPort);
        none.show();
        none.accept();
    }
    QCOMPARE(QSettings().value(QStringLiteral("room/address")).toString(),
             QStringLiteral("127.0.0.1"));
}

void TestInviteDialog::oddRememberedValuesAreIgnored() {
    for (const auto& [ip, port] : QList<std::pair<QString, QVariant>>{
             {QStringLiteral("<b>192.168.1.23</b>"), QStringLiteral("80")},
             {QStringLiteral("192.168.1.23\u202e"), 99999},
             {QStringLiteral("🙂"), QStringLiteral("fifty")},
             {QString(), -1},
             {QStringLiteral("fe80::1c2e:ff:fe00:1"), 1023}}) { // never offered: link-local
        QSettings settings;
        settings.setValue(QStringLiteral("room/address"), ip);
        settings.setValue(QStringLiteral("room/port"), port);
        InviteDialog dialog(meetingRoomLaptop(), DefaultPort);
        QCOMPARE(dialog.address(), QHostAddress(QStringLiteral("192.168.1.23")));
        QCOMPARE(dialog.port(), quint16(0));
    }
}

QTEST_MAIN(TestInviteDialog)
#include "TestInviteDialog.moc"
