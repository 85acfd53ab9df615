#pragma once
// A phone for the console's room tests, played by a QNetworkAccessManager and a QWebSocket:
// it joins over HTTP, then keeps a WebSocket open and sends operations, each answered by its
// acknowledgement. Also the fixture the console's room tests share: the real main window on
// a test library, with the invitation dialog offering 127.0.0.1 only.
#include "Facilitator.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "domain/Participant.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QWebSocket>

#include <memory>

class AudienceWindow;
class RoomControl;
class RoomPanel;
class RoomServer;
class WorkshopStore;

class ConsolePhone {
public:
    explicit ConsolePhone(const RoomServer& room);
    // POST /join as roster person `person` or with a new name; the HTTP status.
    int join(qint64 person, const QString& newName = {});
    // Opens the WebSocket and says hello; true once the first state arrived.
    bool connect();
    QString token() const { return m_token; }
    // Sends one operation (with a fresh id) and returns the server's acknowledgement.
    QJsonObject operation(QJsonObject op);

private:
    QString m_base;
    QString m_code;
    QString m_token;
    QNetworkAccessManager m_network;
    QWebSocket m_socket;
    int m_ops = 0;
};

// The main window with a four-person workshop open; a test class derives from it and calls
// setUp() and tearDown() from its init() and cleanup().
class RoomConsoleFixture : public QObject {
protected:
    void setUp();
    void tearDown();
    bool openRoom(); // through the menu and the dialog
    RoomControl* room() const;
    RoomPanel* panel() const;
    AudienceWindow* projector() const;
    WorkshopStore& store() const;
    QList<Participant> people() const;
    QPushButton* button(const QString& name) const;

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    Facilitator m_hands;
    qint64 m_id = 0;
};
