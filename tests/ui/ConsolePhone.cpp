#include "ConsolePhone.h"

#include "AudienceWindow.h"
#include "room/InviteDialog.h"
#include "room/RoomAddresses.h"
#include "room/RoomControl.h"
#include "room/RoomPanel.h"
#include "room/RoomServer.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

ConsolePhone::ConsolePhone(const RoomServer& room)
    : m_base(QStringLiteral("http://") + room.shortUrl())
    , m_code(room.joinCode()) {
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_socket.setProxy(QNetworkProxy::NoProxy);
}

int ConsolePhone::join(qint64 person, const QString& newName) {
    QJsonObject body{{QStringLiteral("code"), m_code}};
    if (person)
        body.insert(QStringLiteral("person"), person);
    else
        body.insert(QStringLiteral("newName"), newName);
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/join")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return 0;
    m_token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool ConsolePhone::connect() {
    QSignalSpy state(&m_socket, &QWebSocket::textMessageReceived);
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(QUrl(QStringLiteral("ws") + m_base.mid(4) + QStringLiteral("/ws")));
    if (!connected.wait(5000))
        return false;
    m_socket.sendTextMessage(QStringLiteral(R"({"op":"hello","token":"%1"})").arg(m_token));
    return state.wait(5000);
}

QJsonObject ConsolePhone::operation(QJsonObject op) {
    const QString id = QStringLiteral("console-test-op-%1").arg(++m_ops, 4, 10, QLatin1Char('0'));
    op.insert(QStringLiteral("id"), id);
    QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    for (qsizetype seen = 0; received.size() > seen || received.wait(5000);) {
        for (; seen < received.size(); ++seen) {
            const QJsonObject m =
                QJsonDocument::fromJson(received.at(seen).at(0).toString().toUtf8()).object();
            if (m.value(QLatin1String("type")).toString() == u"ack" &&
                m.value(QLatin1String("id")).toString() == id)
                return m;
        }
    }
    return {};
}

void RoomConsoleFixture::setUp() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Room test"), 4);
    m_window = std::make_unique<MainWindow>(store(), m_clock);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openWorkshop(m_id);
    QVERIFY(m_window->session());
    m_hands.setWindow(m_window.get());
    // The dialog offers this laptop only: the tests' phones are on 127.0.0.1.
    room()->setAddressSource([] {
        RoomAddress a;
        a.interfaceName = QStringLiteral("lo");
        a.address = QHostAddress(QHostAddress::LocalHost);
        a.loopback = true;
        return QList<RoomAddress>{a};
    });
}

void RoomConsoleFixture::tearDown() {
    m_window.reset();
    m_library.reset();
}

bool RoomConsoleFixture::openRoom() {
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto* dialog = qobject_cast<InviteDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = dialog->address() == QHostAddress(QHostAddress::LocalHost);
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    });
    room()->inviteAction()->trigger();
    return answered && room()->isOpen();
}

RoomControl* RoomConsoleFixture::room() const {
    return m_window->room();
}

RoomPanel* RoomConsoleFixture::panel() const {
    return m_window->roomPanel();
}

AudienceWindow* RoomConsoleFixture::projector() const {
    return m_window->audienceWindow();
}

WorkshopStore& RoomConsoleFixture::store() const {
    return m_library->store();
}

QList<Participant> RoomConsoleFixture::people() const {
    return store().participants(m_id);
}

QPushButton* RoomConsoleFixture::button(const QString& name) const {
    return m_hands.find<QPushButton>(name, panel());
}
