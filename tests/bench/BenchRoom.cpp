// 60 simulated phones on loopback writing 3,000 cards into one silent brainstorm, against
// a real RoomServer on this process's main (the console's) event loop. The phones run in a
// thread of their own, each sending its next card only once the last one was acknowledged
// (full synchronisation), and each retrying one operation with the same id. Printed:
// acknowledged writes lost, duplicates, acknowledgement latency p50/p99 (goal p99 ≤ 50 ms)
// and the longest stall of the main event loop while they write (goal ≤ 16 ms). With
// --console that loop is the app's: its main window shows the silent brainstorm (each
// person's column) and the projector the count of cards, redrawn as the phones write.
#include "BenchConsole.h"
#include "RoomServer.h"
#include "StallProbe.h"
#include "TestLibrary.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace {

constexpr int Phones = 60;
constexpr int CardsPerPhone = 50;

struct Results {
    QList<double> latenciesMs;
    QSet<QString> ackedCards; // "c<id>" acknowledged as written
    int refusals = 0;
    int retriedDifferently = 0; // a retried op id answered with another card
};

// One phone: joins, says hello, writes its cards one after another.
class SimPhone : public QObject {
    Q_OBJECT

public:
    SimPhone(int index, QString base, QString room, qint64 person, Results& results)
        : m_index(index)
        , m_base(std::move(base))
        , m_room(std::move(room))
        , m_person(person)
        , m_results(results) {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send({{QStringLiteral("op"), QStringLiteral("hello")},
                  {QStringLiteral("token"), m_token}});
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &SimPhone::received);
    }

    void start(QNetworkAccessManager& network) {
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/join")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply =
            network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("room"), m_room},
                                                            {QStringLiteral("person"), m_person}})
                                      .toJson());
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_token = QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QLatin1String("token"))
                          .toString();
            reply->deleteLater();
            QString ws = m_base;
            ws.replace(0, 4, QStringLiteral("ws"));
            m_socket.open(QUrl(ws + QStringLiteral("/ws")));
        });
    }

signals:
    void done();

private:
    void send(const QJsonObject& message) {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    QString opId(int card) const {
        return QStringLiteral("bench-op-%1-%2")
            .arg(m_index, 3, 10, QLatin1Char('0'))
            .arg(card, 4, 10, QLatin1Char('0'));
    }

    void next() {
        if (m_card == CardsPerPhone) {
            emit done();
            return;
        }
        // Card 10 is sent twice under the same id, as a phone that lost the first ack would.
        const bool retry = m_card == 11 && !m_retried;
        const int card = retry ? 10 : m_card;
        m_sent.start();
        m_expect = opId(card);
        send({{QStringLiteral("op"), QStringLiteral("card.put")},
              {QStringLiteral("id"), m_expect},
              {QStringLiteral("card"), QStringLiteral("p-bench-%1-card-%2")
                                           .arg(m_index, 3, 10, QLatin1Char('0'))
                                           .arg(card, 4, 10, QLatin1Char('0'))},
              {QStringLiteral("name"),
               QStringLiteral("Card %1 from phone %2").arg(card).arg(m_index)},
              {QStringLiteral("behaviour"), QStringLiteral("people coming back every week")},
              {QStringLiteral("measure"), QStringLiteral("weekly returning accounts")}});
        m_retried = m_retried || retry;
        if (!retry)
            ++m_card;
        m_isRetry = retry;
    }

    void received(const QString& text) {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value(QLatin1String("type")).toString();
        if (type == u"state" && !m_started) {
            m_started = true;
            next();
            return;
        }
        if (type != u"ack" || m.value(QLatin1String("id")).toString() != m_expect)
            return;
        m_results.latenciesMs.append(double(m_sent.nsecsElapsed()) / 1e6);
        if (!m.value(QLatin1String("ok")).toBool()) {
            ++m_results.refusals;
        } else {
            const QString card = m.value(QLatin1String("card")).toString();
            if (m_isRetry && card != m_tenth)
                ++m_results.retriedDifferently;
            if (m_card == 11 && !m_isRetry)
                m_tenth = card;
            m_results.ackedCards.insert(card);
        }
        next();
    }

    int m_index;
    QString m_base;
    QString m_room;
    qint64 m_person;
    Results& m_results;
    QWebSocket m_socket;
    QString m_token;
    QString m_expect;
    QString m_tenth;
    QElapsedTimer m_sent;
    int m_card = 0;
    bool m_started = false;
    bool m_retried = false;
    bool m_isRetry = false;
};

// The phones' thread.
class Swarm : public QObject {
    Q_OBJECT

public:
    Swarm(QString base, QString room, QList<qint64> people)
        : m_base(std::move(base))
        , m_room(std::move(room))
        , m_people(std::move(people)) {}

    Results results;

public slots:
    void run() {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        for (int i = 0; i < m_people.size(); ++i) {
            auto* phone = new SimPhone(i, m_base, m_room, m_people[i], results);
            phone->setParent(this);
            connect(phone, &SimPhone::done, this, [this] {
                if (++m_done == m_people.size())
                    emit finished();
            });
            phone->start(*m_network);
        }
    }

signals:
    void finished();

private:
    QString m_base;
    QString m_room;
    QList<qint64> m_people;
    QNetworkAccessManager* m_network = nullptr;
    int m_done = 0;
};

double percentile(QList<double> values, double q) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(q * double(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv) {
    const bool withConsole = argc > 1 && qstrcmp(argv[1], "--console") == 0;
    const std::unique_ptr<QCoreApplication> app =
        withConsole ? std::make_unique<QApplication>(argc, argv)
                    : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    TestLibrary library;
    const qint64 workshop = library.addWorkshop(QStringLiteral("Bench room"), Phones);
    SteadyClock clock;
    std::unique_ptr<BenchConsole> console;
    std::unique_ptr<WorkshopSession> bare;
    if (withConsole)
        console = std::make_unique<BenchConsole>(library.store(), clock, workshop);
    else
        bare = std::make_unique<WorkshopSession>(library.store(), clock, workshop);
    WorkshopSession& session = console ? console->session() : *bare;
    session.runner().goTo(QString(StageKeys::Silent));
    RoomServer room(session);
    RoomServer::Limits limits = room.limits();
    limits.writesPerSecond = 1000; // phones here write as fast as acks come back
    limits.writeBurst = 1000;
    room.setLimits(limits);
    if (!room.open(QHostAddress::LocalHost, 0)) {
        out << room.errorString() << Qt::endl;
        return 1;
    }
    QList<qint64> people;
    for (const Participant& p : library.store().participants(workshop))
        people << p.id;

    QThread phones;
    Swarm swarm(QStringLiteral("http://") + room.shortUrl(), room.joinUrl().fragment().mid(2),
                people);
    swarm.moveToThread(&phones);
    phones.start();
    StallProbe probe;
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QObject::connect(&swarm, &Swarm::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit); // give up after five minutes
    QMetaObject::invokeMethod(&swarm, &Swarm::run, Qt::QueuedConnection);
    loop.exec();
    const double seconds = double(wall.elapsed()) / 1000;
    // The phones (and their sockets) end in their own thread.
    QMetaObject::invokeMethod(
        &swarm, [&swarm] { qDeleteAll(swarm.children()); }, Qt::BlockingQueuedConnection);
    phones.quit();
    phones.wait();

    // Acknowledged writes against what SQLite holds.
    QSet<QString> stored;
    for (const Candidate& c : library.store().candidates(workshop))
        stored.insert(QStringLiteral("c%1").arg(c.id));
    int lost = 0;
    for (const QString& card : std::as_const(swarm.results.ackedCards))
        lost += stored.contains(card) ? 0 : 1;
    const qsizetype expected = qsizetype(Phones) * CardsPerPhone;
    out << "bench_room" << (withConsole ? " (main window and projector)" : " (bare event loop)")
        << ": " << Phones << " phones, " << expected << " cards, "
        << QString::number(seconds, 'f', 1) << " s\n"
        << "  acknowledged: " << swarm.results.ackedCards.size() << ", in SQLite: " << stored.size()
        << ", refusals: " << swarm.results.refusals << '\n'
        << "  acknowledged writes lost: " << lost << " (goal 0)\n"
        << "  duplicates: " << (stored.size() - expected) + swarm.results.retriedDifferently
        << " (goal 0; " << Phones << " retried operations included)\n"
        << "  ack latency: p50 "
        << QString::number(percentile(swarm.results.latenciesMs, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(percentile(swarm.results.latenciesMs, 0.99), 'f', 2)
        << " ms (goal p99 <= 50 ms)\n"
        << "  longest event-loop stall: " << QString::number(probe.longestMs(), 'f', 2)
        << " ms (goal <= 16 ms); its own work, the most main-thread CPU time between two "
           "ticks: "
        << QString::number(probe.longestCpuMs(), 'f', 2) << " ms\n"
        << "  state pushes: " << room.revision() << "; library in " << library.folder() << Qt::endl;
    return 0;
}

#include "BenchRoom.moc"
