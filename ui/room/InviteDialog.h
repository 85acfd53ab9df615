#pragma once
// Workshop ▸ Invite the room: which of the laptop's addresses the phones reach it on, and
// which port. Offers the addresses best first (RoomAddresses) with the likely Wi-Fi one
// chosen, says what to do when phones cannot reach it, and warns when the laptop is on no
// network at all (then only this laptop can open the page; nothing else changes). The last
// address and port opened are remembered (QSettings) and offered again, the address only
// while it is still one of those offered; otherwise the likely Wi-Fi one, as the first time.
#include "RoomAddresses.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

class InviteDialog : public QDialog {
    Q_OBJECT

public:
    // `all` is every address the system reports (RoomAddresses::fromSystem(), or made-up
    // ones in a test); `defaultPort` is the room's documented port.
    InviteDialog(const QList<RoomAddress>& all, quint16 defaultPort, QWidget* parent = nullptr);

    // What was chosen: an address from the list (null when there is none).
    QHostAddress address() const;
    // The port chosen; 0 when it is the default, so the room may fall back to a free port
    // when another program has the default.
    quint16 port() const;

    QComboBox* addressBox() const { return m_address; }
    QSpinBox* portBox() const { return m_port; }
    QPushButton* openButton() const { return m_open; }
    const QList<RoomAddress>& offered() const { return m_offered; }

    // How an address reads in the list: "192.168.1.23 — Wi-Fi (wlp2s0)".
    static QString describe(const RoomAddress& address);

private:
    void showWarning();
    void restore();        // the last choice, where it still applies
    void remember() const; // on Open

    QList<RoomAddress> m_offered;
    quint16 m_defaultPort;
    QComboBox* m_address;
    QSpinBox* m_port;
    QLabel* m_warning;
    QPushButton* m_open;
};
