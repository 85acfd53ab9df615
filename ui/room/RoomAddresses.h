#pragma once
// Which of the laptop's network addresses the room's phones can reach: the invite dialog
// lists them best first and picks the first. The rules are pure functions over a plain list,
// so they are tested with made-up interfaces; fromSystem() reads the real ones.
// - Only interfaces that are up and running; IPv4 before IPv6 (an IPv4 address is what a
//   person can type); IPv6 link-local addresses never (they need a scope a phone lacks).
// - Loopback only when there is nothing else (then no phone can join, and the dialog says so).
// - Wireless first (names wl…, or Qt's Wi-Fi type): phones are on the room's Wi-Fi. Then the
//   private ranges a meeting room's network uses, 192.168/16, 10/8, 172.16/12, then the rest.
// - Virtual interfaces (containers, virtual machines, VPN tunnels) last, after IPv6: phones
//   never reach docker0's 172.17.0.1 or virbr0's 192.168.122.1.
#include <QHostAddress>
#include <QList>
#include <QString>

struct RoomAddress {
    QString interfaceName; // wlp2s0, enp3s0, docker0
    QString humanName;     // what the system calls it, may equal interfaceName
    QHostAddress address;
    bool up = true;
    bool running = true;
    bool loopback = false;
    bool wireless = false;    // the system says Wi-Fi (the name is checked as well)
    bool virtualLink = false; // the system says virtual (the name is checked as well)
};

namespace RoomAddresses {
// Every address of every interface, as the system reports them now.
QList<RoomAddress> fromSystem();
// The addresses worth offering, best first (the rules above). Empty when the laptop has no
// usable address at all, not even loopback.
QList<RoomAddress> offered(const QList<RoomAddress>& all);
// Whether `address` looks like a wireless interface, by what the system says or its name.
bool isWireless(const RoomAddress& address);
bool isVirtual(const RoomAddress& address);
// Whether no phone can reach `address`: loopback.
bool isLocalOnly(const RoomAddress& address);
} // namespace RoomAddresses
