// The facilitator's side of the room, through the real main window with a real RoomServer on
// 127.0.0.1 and phones (ConsolePhone): Workshop ▸ Invite the room opens the dialog and then
// the room, and the projector shows how to join; J shows and hides that from any focus on
// either window (and types in a text field); "Who has joined" lists the roster with dots and
// the waiting phones, and its buttons reach the server (approve adds to the roster without
// touching the undo history); the panel is made when a room first opens.
// TestRoomConsoleLife has the room's closing and what phones send to the console.
// Set LODESTAR_LAYOUT_PNG to a folder to also write the console with the panel.
#include "AudienceWindow.h"
#include "ConsolePhone.h"
#include "Theme.h"
#include "WorkshopPage.h"
#include "room/JoinCard.h"
#include "room/QrCodeView.h"
#include "room/RoomControl.h"
#include "room/RoomPanel.h"
#include "room/RoomServer.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"
#include "widgets/StageRail.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

class TestRoomConsole : public RoomConsoleFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Theme::applyConsoleTheme(*qApp); // the console as the facilitator sees it
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void inviteOpensTheRoomAndShowsHowToJoin();
    void shortcutsAreTheirOwn();
    void jWorksFromAnyFocus();
    void panelListsPeopleAndReachesTheServer();
    void lockTheRoom();
    void thePanelIsMadeWhenARoomFirstOpens();
};

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
    ConsolePhone aisha(*server);
    QCOMPARE(aisha.join(roster.at(0).id), 200);
    QVERIFY(aisha.connect());
    ConsolePhone sleepy(*server);
    QCOMPARE(sleepy.join(roster.at(1).id), 200); // joined, no socket: "phone away"
    ConsolePhone zoe(*server);
    QCOMPARE(zoe.join(0, QStringLiteral("Zoë")), 200);
    ConsolePhone max(*server);
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
    ConsolePhone again(*server);
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
        ConsolePhone late(*server);
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
    ConsolePhone late(*server);
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

QTEST_MAIN(TestRoomConsole)
#include "TestRoomConsole.moc"
