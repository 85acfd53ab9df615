// The room's life on the console, through the real main window with a real RoomServer on
// 127.0.0.1: it closes with its menu item, with the workshop and on quitting, and reopening
// makes a new link; a port another program holds is refused with a message and nothing else
// changes; a phone's checklist answers and dots reach the console's pages at once.
#include "AudienceWindow.h"
#include "ConsolePhone.h"
#include "Theme.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "room/RoomControl.h"
#include "room/RoomServer.h"
#include "stages/draft/score/ChecklistScorer.h"
#include "storage/WorkshopStore.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QListWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestRoomConsoleLife : public RoomConsoleFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Theme::applyConsoleTheme(*qApp);
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void closeReopenCloseWorkshopQuit();
    void aTakenPortIsRefusedWithAMessage();
    void phonesScoreAndVoteIntoTheConsole();
};

void TestRoomConsoleLife::closeReopenCloseWorkshopQuit() {
    m_window->present();
    QVERIFY(openRoom());
    const QUrl first = room()->server()->joinUrl();
    const quint16 port = room()->server()->port();
    ConsolePhone phone(*room()->server());
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

void TestRoomConsoleLife::aTakenPortIsRefusedWithAMessage() {
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
void TestRoomConsoleLife::phonesScoreAndVoteIntoTheConsole() {
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
    ConsolePhone phone(*room()->server());
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

QTEST_MAIN(TestRoomConsoleLife)
#include "TestRoomConsoleLife.moc"
