// What the projector shows over the stage (blank, the checklist, the examples, how to join)
// belongs to the open workshop's session: the projector window and the console's menu both
// follow it, whoever changes it — the console, the projector's keys or the session itself —
// and whatever order the signals come in. Ending presenting and presenting again keeps it;
// opening another workshop starts that workshop's projector afresh.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "room/JoinCard.h"
#include "session/WorkshopSession.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

namespace {

const JoinInvitation Invitation{
    QUrl(QStringLiteral("http://192.168.1.23:47123/#r=Qk3x9TzA0b_LmN7pRsUv2w")),
    QStringLiteral("192.168.1.23:47123"), QStringLiteral("K7M2QX")};

using Projector = WorkshopSession::Projector;

} // namespace

class TestProjectorState : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void theProjectorFollowsTheSession();
    void theConsoleAndTheKeysChangeTheSession();
    void presentingAgainKeepsWhatWasShown();
    void anotherWorkshopStartsAfresh();

private:
    AudienceWindow* projector() const { return m_window->audienceWindow(); }
    WorkshopSession* session() const { return m_window->session(); }
    QAction* action(Qt::Key key) const {
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(key))
                return a;
        return nullptr;
    }
    // The window's state, the session's and the menu's agree on `expected`.
    bool showing(const Projector& expected) const {
        return session() && session()->projector() == expected && projector() &&
               projector()->isBlank() == expected.blank &&
               projector()->isChecklistShown() == expected.checklist &&
               projector()->isExamplesShown() == expected.examples &&
               projector()->isJoinShown() == expected.join &&
               action(Qt::Key_B)->isChecked() == expected.blank &&
               action(Qt::Key_C)->isChecked() == expected.checklist &&
               action(Qt::Key_E)->isChecked() == expected.examples;
    }

    ManualClock m_clock;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
    qint64 m_other = 0;
};

void TestProjectorState::init() {
    m_library = std::make_unique<TestLibrary>();
    m_id = m_library->addWorkshop(QStringLiteral("Projector test"), 4);
    m_other = m_library->addWorkshop(QStringLiteral("Another workshop"), 3);
    m_window = std::make_unique<MainWindow>(m_library->store(), m_clock);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->openWorkshop(m_id);
    m_window->present();
    QVERIFY(projector());
    QVERIFY(action(Qt::Key_B) && action(Qt::Key_C) && action(Qt::Key_E));
}

void TestProjectorState::cleanup() {
    m_window.reset();
    m_library.reset();
}

void TestProjectorState::theProjectorFollowsTheSession() {
    // Whoever sets the session's state (the room server, next, from a phone's request),
    // the window shows it and the menu ticks it.
    session()->setProjector({true, false, false, false});
    QVERIFY(showing({true, false, false, false}));
    session()->setProjector({false, true, false, false});
    QVERIFY(showing({false, true, false, false}));
    session()->setProjector({});
    QVERIFY(showing({}));
    projector()->setInvitation(Invitation);
    session()->setProjector({false, false, false, true});
    QVERIFY(showing({false, false, false, true}));
    QVERIFY(projector()->joinCard()->isVisible());
}

void TestProjectorState::theConsoleAndTheKeysChangeTheSession() {
    action(Qt::Key_B)->trigger();
    QVERIFY(showing({true, false, false, false}));
    action(Qt::Key_C)->trigger(); // one layer at a time: the checklist takes the blank's place
    QVERIFY(showing({false, true, false, false}));
    QTest::keyClick(projector(), Qt::Key_E);
    QVERIFY(showing({false, false, true, false}));
    QTest::keyClick(projector(), Qt::Key_B);
    QVERIFY(showing({true, false, false, false}));
    QTest::keyClick(projector(), Qt::Key_B);
    QVERIFY(showing({}));
    projector()->setInvitation(Invitation);
    QTest::keyClick(projector(), Qt::Key_J);
    QVERIFY(showing({false, false, false, true}));
    projector()->setInvitation({}); // the room closed: nothing left to join
    QVERIFY(showing({}));
}

void TestProjectorState::presentingAgainKeepsWhatWasShown() {
    action(Qt::Key_E)->trigger();
    QVERIFY(showing({false, false, true, false}));
    // The old window goes later (deleteLater); by then the new one shows the session's state,
    // and its going must not take that state with it.
    QPointer<AudienceWindow> old = projector();
    m_window->endPresenting();
    m_window->present();
    QVERIFY(projector() != old.data());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!old);
    QVERIFY(showing({false, false, true, false}));
    // Blank and the checklist do not outlive presenting.
    projector()->setBlank(true);
    QVERIFY(showing({true, false, false, false}));
    m_window->endPresenting();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->present();
    QVERIFY(showing({}));
}

void TestProjectorState::anotherWorkshopStartsAfresh() {
    projector()->setChecklistShown(true);
    QVERIFY(showing({false, true, false, false}));
    QPointer<WorkshopSession> first = session();
    m_window->openWorkshop(m_other);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!first);
    m_window->present();
    QVERIFY(showing({}));
    action(Qt::Key_B)->trigger();
    QVERIFY(showing({true, false, false, false}));
    m_window->openWorkshop(m_id);
    m_window->present();
    QVERIFY(showing({})); // nothing of the last time the first workshop was open
}

QTEST_MAIN(TestProjectorState)
#include "TestProjectorState.moc"
