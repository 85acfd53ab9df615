// `lodestar --room`: the real executable, started headless on a library made here. It
// prints the join link first, serves phones, and closes the room cleanly on SIGTERM.
#include "TestLibrary.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

class TestRoomCli : public QObject {
    Q_OBJECT

private slots:
    void servesUntilSigterm();
    void badArgumentsExitOneOrThree();
    void cannotListenExitsThree();
    void commandsMoveTheRoom();
    void commandsLetInAndSignOut();

private:
    static QString lodestar() { return QStringLiteral(LODESTAR_EXECUTABLE); }
    // `lodestar --room --commands` on the library at `path`, listening on a free port.
    static void startWithCommands(QProcess& room, qint64 workshop, const QString& path) {
        room.start(lodestar(), {QStringLiteral("--room"), QStringLiteral("--workshop"),
                                QString::number(workshop), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--commands"),
                                QStringLiteral("--database"), path});
    }
    // The room's next line on standard output (empty after ten seconds without one).
    static QString lineFrom(QProcess& room) {
        QDeadlineTimer deadline(10000);
        while (!room.canReadLine() && !deadline.hasExpired())
            room.waitForReadyRead(int(deadline.remainingTime()));
        return QString::fromUtf8(room.readLine()).trimmed();
    }
};

void TestRoomCli::servesUntilSigterm() {
    TestLibrary library;
    const qint64 workshop = library.addWorkshop(QStringLiteral("Headless room"), 2);
    const QString path = library.path();
    library.close(); // the room takes the library's lock

    QProcess room;
    room.start(lodestar(), {QStringLiteral("--room"), QStringLiteral("--workshop"),
                            QString::number(workshop), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), path});
    QVERIFY(room.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(room.canReadLine(), 10000);
    const QUrl link(QString::fromUtf8(room.readLine()).trimmed());
    QCOMPARE(link.scheme(), QStringLiteral("http"));
    QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(link.fragment().startsWith(u"r="));
    QTRY_VERIFY(room.canReadLine());
    const QString codeLine = QString::fromUtf8(room.readLine()).trimmed();
    QVERIFY2(codeLine.startsWith(u"code: ") && codeLine.size() == 12, qPrintable(codeLine));

    // Join over HTTP with the typed code, as a phone would.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QString base = QStringLiteral("http://%1:%2").arg(link.host()).arg(link.port());
    QNetworkRequest request(QUrl(base + QStringLiteral("/roster")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* roster = network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("code"), codeLine.mid(6)}}).toJson());
    QVERIFY(QSignalSpy(roster, &QNetworkReply::finished).wait(5000));
    const QJsonObject people = QJsonDocument::fromJson(roster->readAll()).object();
    QCOMPARE(people.value(QLatin1String("workshop")).toString(), QStringLiteral("Headless room"));
    const qint64 person = people.value(QLatin1String("people"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInteger();
    request.setUrl(QUrl(base + QStringLiteral("/join")));
    QNetworkReply* join = network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("room"), link.fragment().mid(2)},
                                           {QStringLiteral("person"), person}})
                     .toJson());
    QVERIFY(QSignalSpy(join, &QNetworkReply::finished).wait(5000));
    const QString token =
        QJsonDocument::fromJson(join->readAll()).object().value(QLatin1String("token")).toString();
    QCOMPARE(token.size(), 43);

    QWebSocket phone;
    phone.setProxy(QNetworkProxy::NoProxy);
    QList<QJsonObject> messages;
    connect(&phone, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
        messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QSignalSpy connected(&phone, &QWebSocket::connected);
    phone.open(QUrl(QStringLiteral("ws://%1:%2/ws").arg(link.host()).arg(link.port())));
    QVERIFY(connected.wait(5000));
    phone.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("hello")},
                                                    {QStringLiteral("token"), token}})
                              .toJson(QJsonDocument::Compact)));
    QTRY_VERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().value(QLatin1String("type")).toString(), QStringLiteral("state"));

    room.terminate(); // SIGTERM
    QVERIFY(room.waitForFinished(10000));
    QCOMPARE(room.exitStatus(), QProcess::NormalExit);
    QCOMPARE(room.exitCode(), 0);
    QTRY_VERIFY(std::any_of(messages.begin(), messages.end(), [](const QJsonObject& m) {
        return m.value(QLatin1String("type")).toString() == u"closed" &&
               m.value(QLatin1String("reason")).toString() == u"room-closed";
    }));
}

void TestRoomCli::badArgumentsExitOneOrThree() {
    TestLibrary library;
    const QString path = library.path();
    library.close();
    // As every command: 1 for a malformed command line, 3 when there is no such workshop.
    const QList<std::pair<QStringList, int>> cases = {
        {{QStringLiteral("--room"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, 1},
        {{QStringLiteral("--room"), QStringLiteral("--workshop"), QStringLiteral("1"),
          QStringLiteral("--listen"), QStringLiteral("not-an-address")},
         1},
        {{QStringLiteral("--room"), QStringLiteral("--workshop"), QStringLiteral("999"),
          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
         3}};
    for (const auto& [arguments, expected] : cases) {
        QProcess room;
        room.start(lodestar(), arguments + QStringList{QStringLiteral("--database"), path});
        QVERIFY(room.waitForFinished(10000));
        QCOMPARE(room.exitCode(), expected);
        QVERIFY(!room.readAllStandardError().isEmpty());
    }
}

void TestRoomCli::cannotListenExitsThree() {
    TestLibrary library;
    const qint64 workshop = library.addWorkshop(QStringLiteral("Nowhere"), 1);
    const QString path = library.path();
    library.close();
    QProcess room;
    // 192.0.2.1 (TEST-NET-1) is never an address of this machine.
    room.start(lodestar(), {QStringLiteral("--room"), QStringLiteral("--workshop"),
                            QString::number(workshop), QStringLiteral("--listen"),
                            QStringLiteral("192.0.2.1:0"), QStringLiteral("--database"), path});
    QVERIFY(room.waitForFinished(10000));
    QCOMPARE(room.exitCode(), 3);
    QVERIFY(!room.readAllStandardError().isEmpty());
}

// --commands: each line on standard input is one facilitator move, answered by one line; the
// library holds the moves afterwards. Without --commands, standard input is not read.
void TestRoomCli::commandsMoveTheRoom() {
    TestLibrary library;
    const qint64 workshop = library.addWorkshop(QStringLiteral("Moved by script"), 2);
    const QString path = library.path();
    library.close();

    QProcess room;
    startWithCommands(room, workshop, path);
    QVERIFY(room.waitForStarted());
    const auto nextLine = [&room] { return lineFrom(room); };
    QVERIFY(nextLine().startsWith(u"http://"));
    QVERIFY(nextLine().startsWith(u"code: "));
    const QStringList commands{
        QStringLiteral("stage draft.score"),      QStringLiteral("focus draft.score 41"),
        QStringLiteral("reveal draft.decide on"), QStringLiteral("caps 5 2"),
        QStringLiteral("stage no.such.stage"),    QStringLiteral("caps 2 5"),
        QStringLiteral("focus draft.score many"), QStringLiteral("dance")};
    // Two commands in one write, the rest one by one: lines, not writes, are commands.
    room.write((commands[0] + u'\n' + commands[1] + u'\n').toUtf8());
    QCOMPARE(nextLine(), QStringLiteral("ok"));
    QCOMPARE(nextLine(), QStringLiteral("ok"));
    for (qsizetype i = 2; i < commands.size(); ++i) {
        room.write((commands[i] + u'\n').toUtf8());
        const QString answer = nextLine();
        QVERIFY2(i < 4 ? answer == u"ok" : answer.startsWith(u"error: "),
                 qPrintable(commands[i] + QStringLiteral(" → ") + answer));
    }
    room.terminate();
    QVERIFY(room.waitForFinished(10000));
    QCOMPARE(room.exitCode(), 0);

    QVERIFY(library.reopen());
    WorkshopStore& store = library.store();
    QCOMPARE(store.workshop(workshop)->currentStage, QStringLiteral("draft.score"));
    QCOMPARE(store.stageState(workshop, QStringLiteral("draft.score")).focus, 41);
    QVERIFY(store.stageState(workshop, QStringLiteral("draft.decide")).revealed);
    QCOMPARE(store.workshop(workshop)->dotsPerPerson, 5);
    QCOMPARE(store.workshop(workshop)->maxDotsPerCandidate, 2);
}

// --commands also does what the console's "who has joined" panel does: approve a device
// waiting under a name, release a name, remove a device, lock the room. Names are the rest of
// the line, taken verbatim (spaces, quotes, tags, right-to-left text).
void TestRoomCli::commandsLetInAndSignOut() {
    TestLibrary library;
    const qint64 workshop = library.addWorkshop(QStringLiteral("Let in by script"), 2);
    const Participant first = library.store().participants(workshop).first();
    const QString path = library.path();
    library.close();

    QProcess room;
    startWithCommands(room, workshop, path);
    QVERIFY(room.waitForStarted());
    const auto nextLine = [&room] { return lineFrom(room); };
    const QUrl link(nextLine());
    QVERIFY(nextLine().startsWith(u"code: "));
    const QString roomToken = link.fragment().mid(2);
    const auto command = [&](const QString& line) {
        room.write((line + u'\n').toUtf8());
        return nextLine();
    };
    const auto join = [&](QJsonObject body) { // each a phone of its own (no shared cookie)
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        body.insert(QStringLiteral("room"), roomToken);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/join").arg(link.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
        QSignalSpy(reply, &QNetworkReply::finished).wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    };
    const QString newcomer = QStringLiteral("Zoë \"<b>Z</b>\"  שלום 🚀");
    QCOMPARE(join({{QStringLiteral("newName"), newcomer}}), 200);
    QCOMPARE(join({{QStringLiteral("person"), first.id}}), 200);

    QVERIFY(command(QStringLiteral("approve Nobody Here")).startsWith(u"error: "));
    QVERIFY(command(QStringLiteral("approve ") + first.name).startsWith(u"error: ")); // not waiting
    QCOMPARE(command(QStringLiteral("approve ") + newcomer), QStringLiteral("ok"));
    QCOMPARE(command(QStringLiteral("release ") + first.name), QStringLiteral("ok"));
    QVERIFY(
        command(QStringLiteral("release ") + first.name).startsWith(u"error: ")); // nobody holds it
    QCOMPARE(command(QStringLiteral("remove ") + newcomer), QStringLiteral("ok"));
    QVERIFY(command(QStringLiteral("remove ") + newcomer).startsWith(u"error: "));
    QCOMPARE(command(QStringLiteral("lock on")), QStringLiteral("ok"));
    QCOMPARE(join({{QStringLiteral("person"), first.id}}), 423); // Locked
    QCOMPARE(command(QStringLiteral("lock off")), QStringLiteral("ok"));
    QCOMPARE(join({{QStringLiteral("person"), first.id}}), 200); // released: free again
    QVERIFY(command(QStringLiteral("lock maybe")).startsWith(u"error: "));
    room.terminate();
    QVERIFY(room.waitForFinished(10000));
    QCOMPARE(room.exitCode(), 0);

    QVERIFY(library.reopen());
    QStringList names;
    for (const Participant& p : library.store().participants(workshop))
        names << p.name;
    QVERIFY2(names.contains(newcomer), qPrintable(names.join(u", "))); // verbatim
}

QTEST_GUILESS_MAIN(TestRoomCli)
#include "TestRoomCli.moc"
