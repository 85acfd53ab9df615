// The facilitator's side of the room, through the real main window with a real RoomServer on
// 127.0.0.1 and phones played by QNetworkAccessManager and QWebSocket clients: Workshop ▸
// Invite the room opens the dialog and then the room, and the projector shows how to join;
// J shows and hides that from any focus on either window (and types in a text field); "Who
// has joined" lists the roster with dots and the waiting phones, and its buttons reach the
// server (approve adds to the roster without touching the undo history); the room closes
// with its menu item, with the workshop and on quitting, and reopening makes a new link; a
// port another program holds is refused with a message and nothing else changes.
// Set LODESTAR_LAYOUT_PNG to a folder to also write the console with the panel.
#include "AudienceWindow.h"
#include "Facilitator.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "Theme.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "room/InviteDialog.h"
#include "room/JoinCard.h"
#include "room/QrCodeView.h"
#include "room/RoomControl.h"
#include "room/RoomPanel.h"
#include "room/RoomServer.h"
#include "session/WorkshopSession.h"
#include "stages/draft/score/ChecklistScorer.h"
#include "storage/WorkshopStore.h"
#include "widgets/NoticeBar.h"
#include "widgets/StageRail.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWebSocket>

namespace {

// A phone: joins over HTTP, then keeps a WebSocket open.
class Phone {
public:
    explicit Phone(const RoomServer& room)
        : m_base(QStringLiteral("http://") + room.shortUrl())
        , m_code(room.joinCode()) {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_socket.setProxy(QNetworkProxy::NoProxy);
    }
    // POST /join as roster person `person` or with a new name; the HTTP status.
    int join(qint64 person, const QString& newName = {}) {
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
        m_token = QJsonDocument::fromJson(reply->readAll())
                      .object()
                      .value(QLatin1String("token"))
                      .toString();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    // Opens the WebSocket and says hello; true once the first state arrived.
    bool connect() {
        QSignalSpy state(&m_socket, &QWebSocket::textMessageReceived);
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(QStringLiteral("ws") + m_base.mid(4) + QStringLiteral("/ws")));
        if (!connected.wait(5000))
            return false;
        m_socket.sendTextMessage(QStringLiteral(R"({"op":"hello","token":"%1"})").arg(m_token));
        return state.wait(5000);
    }
    QString token() const { return m_token; }
    // Sends one operation (with a fresh id) and returns the server's acknowledgement.
    QJsonObject operation(QJsonObject op) {
        const QString id =
            QStringLiteral("console-test-op-%1").arg(++m_ops, 4, 10, QLatin1Char('0'));
        op.insert(QStringLiteral("id"), id);
        QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
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

private:
    QString m_base;
    QString m_code;
    QString m_token;
    QNetworkAccessManager m_network;
    QWebSocket m_socket;
    int m_ops = 0;
};

RoomAddress loopback() {
    RoomAddress a;
    a.interfaceName = QStringLiteral("lo");
    a.address = QHostAddress(QHostAddress::LocalHost);
    a.loopback = true;
    return a;
}

} // namespace

class TestRoomConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Theme::applyConsoleTheme(*qApp); // the console as the facilitator sees it
    }
    void init();
    void cleanup();
    void inviteOpensTheRoomAndShowsHowToJoin();
    void shortcutsAreTheirOwn();
    void jWorksFromAnyFocus();
    void panelListsPeopleAndReachesTheServer();
    void lockTheRoom();
    void thePanelIsMadeWhenARoomFirstOpens();
    void closeReopenCloseWorkshopQuit();
    void aTakenPortIsRefusedWithAMessage();
    void phonesScoreAndVoteIntoTheConsole();

private:
    bool openRoom(); // through the menu and the dialog
    RoomControl* room() const { return m_window->room(); }
    RoomPanel* panel() const { return m_window->roomPanel(); }
    AudienceWindow* projector() const { return m_window->audienceWindow(); }
    WorkshopStore& store() const { return m_library->store(); }
    QList<Participant> people() const { return store().participants(m_id); }
    QPushButton* button(const QString& name) const {
        return m_hands.find<QPushButton>(name, panel());
    }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    Facilitator m_hands;
    qint64 m_id = 0;
};

void TestRoomConsole::init() {
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
    room()->setAddressSource([] { return QList<RoomAddress>{loopback()}; });
}

void TestRoomConsole::cleanup() {
    m_window.reset();
    m_library.reset();
}

bool TestRoomConsole::openRoom() {
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

void TestRoomConsole::inviteOpensTheRoomAndShowsHowToJoin() {
    m_window->present();
    QVERIFY(!room()->joinAction()->isEnabled());
    QVERIFY(!m_window->roomDock()->isVisible());
    QVERIFY(openRoom());
    RoomServer* server = room()->server();
    QCOMPARE(server->address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server->port() != 0);
    // The projector invites the room at once, with this room's link, address and code.
    QVERIFY(projector()->isJoinShown());
    QVERIFY(m_window->session()->projector().join);
    QVERIFY(room()->joinAction()->isChecked());
    const JoinInvitation shown = projector()->joinCard()->invitation();
    QCOMPARE(shown.link, server->joinUrl());
    QCOMPARE(shown.address, server->shortUrl());
    QCOMPARE(shown.code, server->joinCode());
    QCOMPARE(projector()->joinCard()->qrCode()->matrix().dark,
             QrCode::encode(server->joinUrl().toEncoded()).dark);
    // The console shows who has joined, with the address and code to read out.
    QVERIFY(m_window->roomDock()->isVisible());
    const QString address = panel()->findChild<QLabel*>(QStringLiteral("roomAddress"))->text();
    QVERIFY2(address.contains(server->shortUrl()), qPrintable(address));
    QVERIFY2(address.contains(JoinCard::spacedCode(server->joinCode())), qPrintable(address));
    QCOMPARE(panel()->findChildren<QWidget*>(QStringLiteral("roomPerson")).size(), 4);

    // Presenting later shows the card too: the room is open, J is on; the old window, deleted
    // later, takes nothing with it.
    m_window->endPresenting();
    m_window->present();
    QVERIFY(projector()->isJoinShown());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(projector()->isJoinShown());
    QVERIFY(m_window->session()->projector().join);
    QVERIFY(room()->joinAction()->isChecked());
}

void TestRoomConsole::shortcutsAreTheirOwn() {
    // Ctrl+Shift+J and J belong to the room's actions and to nothing else in the window.
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), QKeySequence(Qt::Key_J)}) {
        QStringList owners;
        for (QAction* action : m_window->findChildren<QAction*>())
            if (action->shortcuts().contains(key))
                owners << action->text();
        QCOMPARE(owners.size(), 1);
    }
    QCOMPARE(room()->inviteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    // Both are in the Workshop menu, where the facilitator looks for them.
    QStringList workshop;
    for (QAction* menu : m_window->menuBar()->actions())
        if (menu->text() == tr("&Workshop"))
            for (QAction* action : menu->menu()->actions())
                workshop << action->text();
    QVERIFY(workshop.contains(room()->inviteAction()->text()));
    QVERIFY(workshop.contains(room()->closeAction()->text()));
    QVERIFY(workshop.contains(room()->joinAction()->text()));
}

void TestRoomConsole::jWorksFromAnyFocus() {
    m_window->present();
    QVERIFY(openRoom());
    QApplication::setActiveWindow(m_window.get());
    // On the console, the agenda rail has the focus: J hides and shows the card.
    m_window->workshopPage()->rail()->setFocus();
    QVERIFY(m_window->workshopPage()->rail()->hasFocus());
    m_hands.press(Qt::Key_J);
    QVERIFY(!projector()->isJoinShown());
    QVERIFY(!room()->joinAction()->isChecked());
    m_hands.press(Qt::Key_J);
    QVERIFY(projector()->isJoinShown());
    // A button in the panel has the focus: the same.
    QPushButton* close = m_hands.find<QPushButton>(QStringLiteral("Close the room"), panel());
    QVERIFY(close);
    close->setFocus();
    m_hands.press(Qt::Key_J);
    QVERIFY(!projector()->isJoinShown());
    // On the projector window: its own key, and the console's menu follows.
    QTest::keyClick(projector(), Qt::Key_J);
    QVERIFY(projector()->isJoinShown());
    QVERIFY(room()->joinAction()->isChecked());
    QVERIFY(m_window->session()->projector().join);
    // In a text field J is a letter.
    QPlainTextEdit* notes = nullptr;
    for (auto* field : m_window->workshopPage()->findChildren<QPlainTextEdit*>())
        if (field->isVisible() && !field->isReadOnly())
            notes = field;
    QVERIFY(notes);
    notes->setFocus();
    m_hands.press(Qt::Key_J);
    QVERIFY(notes->toPlainText().contains(u'j'));
    QVERIFY(projector()->isJoinShown());
}

void TestRoomConsole::panelListsPeopleAndReachesTheServer() {
    QVERIFY(openRoom());
    RoomServer* server = room()->server();
    const QList<Participant> roster = people();
    const int undoSteps = m_window->session()->undoStack().count();
    Phone aisha(*server);
    QCOMPARE(aisha.join(roster.at(0).id), 200);
    QVERIFY(aisha.connect());
    Phone sleepy(*server);
    QCOMPARE(sleepy.join(roster.at(1).id), 200); // joined, no socket: "phone away"
    Phone zoe(*server);
    QCOMPARE(zoe.join(0, QStringLiteral("Zoë")), 200);
    Phone max(*server);
    QCOMPARE(max.join(0, QStringLiteral("Max")), 200);

    // The roster with its dots, and the two asking to join.
    const auto status = [this](const QString& name) {
        for (QLabel* label : panel()->findChildren<QLabel*>())
            if (label->text() == name && label->isVisible())
                return label->accessibleName();
        return QString();
    };
    const QString first = roster.at(0).name;
    const QString second = roster.at(1).name;
    QTRY_COMPARE(status(first), QStringLiteral("%1, on their phone").arg(first));
    QCOMPARE(status(second), QStringLiteral("%1, joined, phone away").arg(second));
    QCOMPARE(status(roster.at(2).name), QStringLiteral("%1, not joined").arg(roster.at(2).name));
    QCOMPARE(panel()->findChildren<QWidget*>(QStringLiteral("roomWaiting")).size(), 2);
    QVERIFY(panel()->findChild<QLabel*>(QStringLiteral("roomDot"))->isVisible());

    // Approve: Zoë is on the roster, through the store, not the undo history.
    QPushButton* approve = button(QStringLiteral("Approve Zoë"));
    QVERIFY(approve);
    m_hands.click(approve);
    QTRY_COMPARE(people().size(), 5);
    QCOMPARE(people().last().name, QStringLiteral("Zoë"));
    QCOMPARE(m_window->session()->undoStack().count(), undoSteps);
    QTRY_COMPARE(panel()->findChildren<QWidget*>(QStringLiteral("roomWaiting")).size(), 1);
    QTRY_VERIFY(status(QStringLiteral("Zoë")).startsWith(QStringLiteral("Zoë, joined")));

    // Decline: Max is told and forgotten.
    m_hands.click(button(QStringLiteral("Decline Max")));
    QTRY_COMPARE(panel()->findChildren<QWidget*>(QStringLiteral("roomWaiting")).size(), 0);
    for (const RoomServer::Device& d : server->devices())
        QVERIFY(d.name != u"Max");

    // Release a name: the person is free to join from another phone.
    m_hands.click(button(QStringLiteral("Release the name %1").arg(first)));
    QTRY_COMPARE(status(first), QStringLiteral("%1, not joined").arg(first));
    for (const RoomServer::Device& d : server->devices())
        QVERIFY(d.participantId != roster.at(0).id);
    Phone again(*server);
    QCOMPARE(again.join(roster.at(0).id), 200);

    // Remove a device.
    m_hands.click(button(QStringLiteral("Remove %1's phone").arg(second)));
    QTRY_COMPARE(status(second), QStringLiteral("%1, not joined").arg(second));
    QCOMPARE(m_window->session()->undoStack().count(), undoSteps);

    // Every control of the panel is named for a screen reader.
    for (QWidget* w : panel()->findChildren<QWidget*>())
        if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());

    const QString folder = qEnvironmentVariable("LODESTAR_LAYOUT_PNG");
    if (!folder.isEmpty()) {
        Phone late(*server);
        QCOMPARE(late.join(0, QStringLiteral("Priya")), 200);
        QTRY_COMPARE(panel()->findChildren<QWidget*>(QStringLiteral("roomWaiting")).size(), 1);
        QDir().mkpath(folder);
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("console-room.png"))));
    }
}

void TestRoomConsole::lockTheRoom() {
    QVERIFY(openRoom());
    RoomServer* server = room()->server();
    QCheckBox* lock = panel()->lockBox();
    QCOMPARE(lock->accessibleName(), QStringLiteral("Lock the room"));
    m_hands.click(lock);
    QVERIFY(server->isLocked());
    Phone late(*server);
    QCOMPARE(late.join(people().at(3).id), 423);
    m_hands.click(lock);
    QVERIFY(!server->isLocked());
    QCOMPARE(late.join(people().at(3).id), 200);
}

void TestRoomConsole::thePanelIsMadeWhenARoomFirstOpens() {
    // Not at start-up (issue 16): most workshops never open a room.
    QVERIFY(!m_window->findChild<RoomPanel*>());
    QVERIFY(!m_window->roomDock()->widget());
    QVERIFY(openRoom());
    auto* made = m_window->findChild<RoomPanel*>();
    QVERIFY(made);
    QCOMPARE(made, panel());
    QCOMPARE(m_window->roomDock()->widget(), made);
    QVERIFY(made->isVisible());
    QCOMPARE(made->accessibleName(), QStringLiteral("Who has joined"));
    // The keyboard reaches its controls from the console, each with a name.
    QStringList reached;
    for (QWidget* w = m_window->workshopPage()->nextInFocusChain(); w != m_window->workshopPage();
         w = w->nextInFocusChain())
        if (made->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            reached.append(w->accessibleName());
        }
    QVERIFY(reached.contains(QStringLiteral("Lock the room")));
    QVERIFY(reached.contains(QStringLiteral("Close the room")));
    made->lockBox()->setFocus();
    QTest::keyClick(made->lockBox(), Qt::Key_Space);
    QVERIFY(room()->server()->isLocked());
    // Closed and opened again, the same panel shows the new room.
    room()->closeAction()->trigger();
    QVERIFY(!made->isVisible());
    QVERIFY(openRoom());
    QCOMPARE(m_window->findChildren<RoomPanel*>().size(), 1);
    QVERIFY(made->isVisible());
    QCOMPARE(made->room(), room()->server());
}

void TestRoomConsole::closeReopenCloseWorkshopQuit() {
    m_window->present();
    QVERIFY(openRoom());
    const QUrl first = room()->server()->joinUrl();
    const quint16 port = room()->server()->port();
    Phone phone(*room()->server());
    QCOMPARE(phone.join(people().at(0).id), 200);

    // Workshop ▸ Close the room: the card goes, the panel goes, nothing listens.
    room()->closeAction()->trigger();
    QVERIFY(!room()->isOpen());
    QVERIFY(!projector()->isJoinShown());
    QVERIFY(!room()->joinAction()->isEnabled());
    QVERIFY(!m_window->roomDock()->isVisible());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!probe.waitForConnected(2000));

    // Reopened: a new link and a new code; the old token is dead.
    QVERIFY(openRoom());
    QVERIFY(room()->server()->joinUrl() != first);
    QVERIFY(projector()->isJoinShown());

    // Closing the workshop closes its room.
    const quint16 second = room()->server()->port();
    m_window->showLibrary();
    QVERIFY(!room()->isOpen());
    QVERIFY(!room()->inviteAction()->isEnabled());
    QTcpSocket probe2;
    probe2.connectToHost(QHostAddress(QHostAddress::LocalHost), second);
    QVERIFY(!probe2.waitForConnected(2000));

    // Quitting closes it too.
    m_window->openWorkshop(m_id);
    QVERIFY(openRoom());
    const quint16 third = room()->server()->port();
    QVERIFY(m_window->close());
    QVERIFY(!room()->isOpen());
    QTcpSocket probe3;
    probe3.connectToHost(QHostAddress(QHostAddress::LocalHost), third);
    QVERIFY(!probe3.waitForConnected(2000));
}

void TestRoomConsole::aTakenPortIsRefusedWithAMessage() {
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(!room()->open(QHostAddress(QHostAddress::LocalHost), other.serverPort()));
    QVERIFY(!room()->isOpen());
    QVERIFY(!m_window->roomDock()->isVisible());
    const QString notice = m_window->noticeBar()->text();
    QVERIFY2(notice.contains(QString::number(other.serverPort())), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("unchanged")), qPrintable(notice));
    QVERIFY(m_window->noticeBar()->isVisible());
    // The workshop goes on as before; the next try on a free port opens.
    QVERIFY(room()->open(QHostAddress(QHostAddress::LocalHost), 0));
}

// Issue #18 on the console itself: a phone's answers appear in that person's row of the
// checklist at once, and the dot vote's list of people says who is done.
void TestRoomConsole::phonesScoreAndVoteIntoTheConsole() {
    QList<qint64> cards;
    for (int i = 0; i < 2; ++i) {
        Candidate c = makeCandidate(m_id, QStringLiteral("Weekly cooked meals %1").arg(i + 1));
        c.position = i;
        cards << *store().addCandidate(c);
    }
    QVERIFY(store().setStageRevealed(m_id, QString(StageKeys::Silent), true));
    Workshop w = *store().workshop(m_id);
    w.checklistPerPerson = true;
    QVERIFY(store().updateWorkshop(w));
    AgendaRunner* runner = m_window->workshopPage()->runner();
    QVERIFY(runner->goTo(QString(StageKeys::Score)));
    QVERIFY(openRoom());
    const Participant ben = people().at(1);
    Phone phone(*room()->server());
    QCOMPARE(phone.join(ben.id), 200);
    QVERIFY(phone.connect());

    auto* page = m_window->findChild<QWidget*>(QStringLiteral("scorePage"));
    auto* scorer = m_window->findChild<ChecklistScorer*>(QStringLiteral("checklistScorer"));
    auto* person = m_window->findChild<QComboBox*>(QStringLiteral("checklistPerson"));
    QVERIFY(page && scorer && person);
    const int bensRow = person->findData(ben.id); // the console looks at Ben's row
    person->setCurrentIndex(bensRow);
    emit person->activated(bensRow);
    const QList<ChecklistCriterion> criteria = Playbook::standard().checklist();
    const QString card = QStringLiteral("c%1").arg(cards.first());
    const QJsonObject ack = phone.operation({{QStringLiteral("op"), QStringLiteral("score.put")},
                                             {QStringLiteral("card"), card},
                                             {QStringLiteral("criterion"), criteria[1].key},
                                             {QStringLiteral("answer"), QStringLiteral("partly")}});
    QVERIFY2(ack.value(QLatin1String("ok")).toBool(), QJsonDocument(ack).toJson().constData());
    QTRY_VERIFY(scorer->answerButton(1, ChecklistAnswer::Partly)->isChecked());
    QVERIFY(!scorer->answerButton(0, ChecklistAnswer::Partly)->isChecked());
    // Somebody else's row does not show Ben's answer.
    const int aishasRow = person->findData(people().at(0).id);
    person->setCurrentIndex(aishasRow); // as the facilitator picks her in the list
    emit person->activated(aishasRow);
    QTRY_VERIFY(!scorer->answerButton(1, ChecklistAnswer::Partly)->isChecked());

    QVERIFY(runner->goTo(QString(StageKeys::Decide)));
    auto* voters = m_window->findChild<QListWidget*>(QStringLiteral("votePeople"));
    QVERIFY(voters);
    const auto benSays = [&] {
        for (int i = 0; i < voters->count(); ++i)
            if (voters->item(i)->data(Qt::UserRole).toLongLong() == ben.id)
                return voters->item(i)->text();
        return QString();
    };
    QVERIFY(!benSays().contains(QStringLiteral("done")));
    QVERIFY(phone
                .operation({{QStringLiteral("op"), QStringLiteral("dot.place")},
                            {QStringLiteral("card"), card}})
                .value(QLatin1String("ok"))
                .toBool());
    QVERIFY(phone
                .operation({{QStringLiteral("op"), QStringLiteral("vote.done")},
                            {QStringLiteral("done"), true}})
                .value(QLatin1String("ok"))
                .toBool());
    QTRY_VERIFY2(benSays().contains(QStringLiteral("done ✓")), qPrintable(benSays()));
    QVERIFY2(benSays().contains(QStringLiteral("kept 2 dots")), qPrintable(benSays()));
}

QTEST_MAIN(TestRoomConsole)
#include "TestRoomConsole.moc"
