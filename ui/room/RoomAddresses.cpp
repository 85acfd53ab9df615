#include "RoomAddresses.h"

#include <QNetworkInterface>

#include <algorithm>

namespace RoomAddresses {

namespace {

// 0 for 192.168/16, 1 for 10/8, 2 for 172.16/12, 3 for any other IPv4 address, 4 for IPv6.
int rangeRank(const QHostAddress& address) {
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return 4;
    if (address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16))
        return 0;
    if (address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8))
        return 1;
    if (address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12))
        return 2;
    return 3;
}

} // namespace

bool isWireless(const RoomAddress& address) {
    return address.wireless || address.interfaceName.startsWith(QLatin1String("wl"));
}

bool isVirtual(const RoomAddress& address) {
    static const QStringList prefixes{
        QStringLiteral("docker"), QStringLiteral("br-"),       QStringLiteral("virbr"),
        QStringLiteral("veth"),   QStringLiteral("vmnet"),     QStringLiteral("vboxnet"),
        QStringLiteral("tun"),    QStringLiteral("tap"),       QStringLiteral("wg"),
        QStringLiteral("zt"),     QStringLiteral("tailscale"), QStringLiteral("lxc"),
        QStringLiteral("lxd"),    QStringLiteral("podman"),    QStringLiteral("cni")};
    if (address.virtualLink)
        return true;
    for (const QString& prefix : prefixes)
        if (address.interfaceName.startsWith(prefix))
            return true;
    return false;
}

bool isLocalOnly(const RoomAddress& address) {
    return address.loopback || address.address.isLoopback();
}

QList<RoomAddress> offered(const QList<RoomAddress>& all) {
    QList<RoomAddress> usable;
    QList<RoomAddress> loopback;
    for (const RoomAddress& a : all) {
        if (!a.up || !a.running || a.address.isNull())
            continue;
        const auto protocol = a.address.protocol();
        if (protocol != QAbstractSocket::IPv4Protocol && protocol != QAbstractSocket::IPv6Protocol)
            continue;
        if (isLocalOnly(a)) {
            loopback << a;
            continue;
        }
        if (a.address.isLinkLocal() || a.address.isMulticast() || a.address.isBroadcast())
            continue; // 169.254/16 and fe80::/10: no phone on the room's Wi-Fi gets there
        usable << a;
    }
    const auto key = [](const RoomAddress& a) {
        return std::tuple(isVirtual(a), a.address.protocol() != QAbstractSocket::IPv4Protocol,
                          !isWireless(a), rangeRank(a.address));
    };
    std::stable_sort(
        usable.begin(), usable.end(),
        [&key](const RoomAddress& a, const RoomAddress& b) { return key(a) < key(b); });
    if (!usable.isEmpty())
        return usable;
    // Nothing but this laptop itself: 127.0.0.1 before ::1.
    std::stable_sort(loopback.begin(), loopback.end(),
                     [](const RoomAddress& a, const RoomAddress& b) {
                         return a.address.protocol() == QAbstractSocket::IPv4Protocol &&
                                b.address.protocol() != QAbstractSocket::IPv4Protocol;
                     });
    return loopback;
}

QList<RoomAddress> fromSystem() {
    QList<RoomAddress> all;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : interfaces) {
        const auto flags = i.flags();
        for (const QNetworkAddressEntry& entry : i.addressEntries()) {
            RoomAddress a;
            a.interfaceName = i.name();
            a.humanName = i.humanReadableName();
            a.address = entry.ip();
            a.up = flags.testFlag(QNetworkInterface::IsUp);
            a.running = flags.testFlag(QNetworkInterface::IsRunning);
            a.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
            a.wireless =
                i.type() == QNetworkInterface::Wifi || i.type() == QNetworkInterface::Ieee80211;
            a.virtualLink = i.type() == QNetworkInterface::Virtual;
            all << a;
        }
    }
    return all;
}

} // namespace RoomAddresses
