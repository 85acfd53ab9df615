// Issue #18 under load: 60 simulated phones place and move 50 dots each in one workshop's dot
// vote while 60 others answer the checklist per person in another's Score stage, against two
// real RoomServers sharing one store on this process's main (the console's) event loop. The
// phones run in a thread of their own; each sends its next operation once the last one was
// acknowledged, retries one operation under the same id, and tries to break the caps now
// and then. Printed: acknowledged writes lost or doubled (SQLite against what each phone was
// told), cap violations accepted, acknowledgement latency p50/p99 and the longest stall of
// the main event loop. With --console that loop is the app's: its main window has the scoring
// workshop open (the per-person grid) and the projector shows how many have answered; the
// vote's workshop runs beside it without a window, as a second laptop's would.
#include "BenchConsole.h"
#include "RoomServer.h"
#include "StallProbe.h"
#include "TestLibrary.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
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
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <map>

namespace {

constexpr int Voters = 60;
constexpr int Scorers = 60;
constexpr int OpsPerPhone = 50;
constexpr int Candidates = 8;
constexpr int DotsPerPerson = 3;
constexpr int MaxPerCandidate = 2;

struct Results {
    QList<double> latenciesMs;
    int refusedUnexpectedly = 0;
    int capViolationsAccepted = 0; // an attempt beyond a cap that was acknowledged ok
    int capRefusals = 0;           // over-limit answers to those attempts (goal: all of them)
    int capAttempts = 0;
    // What each phone was told it holds: person → candidate → dots / criterion → answer.
    std::map<qint64, std::map<qint64, int>> dots;
    std::map<qint64, std::map<std::pair<qint64, QString>, QString>> answers;
};

// One phone: joins, says hello, then runs its script one acknowledged operation at a time.
class SimPhone : public QObject {
    Q_OBJECT

public:
    SimPhone(int index, bool voter, QString base, QString room, qint64 person,
             QList<qint64> candidates, Results& results)
        : m_index(index)
        , m_voter(voter)
        , m_base(std::move(base))
        , m_room(std::move(room))
        , m_person(person)
        , m_candidates(std::move(candidates))
        , m_results(results) {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send({{QStringLiteral("op"), QStringLiteral("hello")},
                  {QStringLiteral("token"), m_token}});
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &SimPhone::received);
        for (const ChecklistCriterion& c : Playbook::standard().checklist())
            m_criteria << c.key;
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

    QString opId(int step) const {
        return QStringLiteral("bench-%1-%2-%3")
            .arg(m_voter ? QStringLiteral("vote") : QStringLiteral("score"))
            .arg(m_index, 3, 10, QLatin1Char('0'))
            .arg(step, 4, 10, QLatin1Char('0'));
    }

    int held() const {
        int sum = 0;
        for (const auto& [card, n] : m_mine)
            sum += n;
        return sum;
    }

    // The next dot operation: every 7th tries to break a cap when it can (a dot beyond the
    // dots per person, or one more on a candidate at its cap); otherwise place while dots are
    // left, else move one (take it back).
    QJsonObject nextDot(int step) {
        const qint64 card = m_candidates[(m_index + step) % m_candidates.size()];
        m_target = card;
        m_capAttempt = false;
        if (step % 7 == 6) {
            m_capAttempt = held() >= DotsPerPerson;
            for (const auto& [c, n] : m_mine)
                if (!m_capAttempt && n >= MaxPerCandidate) {
                    m_target = c;
                    m_capAttempt = true;
                }
            if (m_capAttempt) {
                ++m_results.capAttempts;
                m_place = true;
                return dotOp(QStringLiteral("dot.place"), m_target);
            }
        }
        m_place = held() < DotsPerPerson && m_mine[card] < MaxPerCandidate;
        if (!m_place)
            for (const auto& [c, n] : m_mine)
                if (n > 0)
                    m_target = c;
        return dotOp(m_place ? QStringLiteral("dot.place") : QStringLiteral("dot.remove"),
                     m_target);
    }

    QJsonObject dotOp(const QString& op, qint64 card) {
        return {{QStringLiteral("op"), op},
                {QStringLiteral("card"), QStringLiteral("c%1").arg(card)}};
    }

    QJsonObject nextScore(int step) {
        m_target = m_candidates[(step / m_criteria.size() + m_index) % m_candidates.size()];
        m_criterion = m_criteria[step % m_criteria.size()];
        static const QStringList answers{QStringLiteral("yes"), QStringLiteral("partly"),
                                         QStringLiteral("no"), QString()};
        m_answer = answers[(step + m_index) % answers.size()];
        return {{QStringLiteral("op"), QStringLiteral("score.put")},
                {QStringLiteral("card"), QStringLiteral("c%1").arg(m_target)},
                {QStringLiteral("criterion"), m_criterion},
                {QStringLiteral("answer"), m_answer}};
    }

    void next() {
        if (m_step == OpsPerPhone) {
            emit done();
            return;
        }
        // Step 19 is sent a second time under the same id, as a phone that lost the ack would.
        m_isRetry = m_step == 20 && !m_retried;
        if (m_isRetry) {
            m_retried = true;
            m_sent.start();
            m_expect = opId(19);
            send(m_lastMessage);
            return;
        }
        QJsonObject message = m_voter ? nextDot(m_step) : nextScore(m_step);
        m_expect = opId(m_step);
        message.insert(QStringLiteral("id"), m_expect);
        m_lastMessage = message;
        ++m_step;
        m_sent.start();
        send(message);
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
        const bool ok = m.value(QLatin1String("ok")).toBool();
        if (m_isRetry) { // nothing new to remember: the first answer already counted
            if (!ok)
                ++m_results.refusedUnexpectedly;
        } else if (m_voter && m_capAttempt) {
            if (ok) {
                ++m_results.capViolationsAccepted;
                ++m_mine[m_target];
            } else if (m.value(QLatin1String("error")).toString() == u"over-limit") {
                ++m_results.capRefusals;
            }
        } else if (!ok) {
            ++m_results.refusedUnexpectedly;
        } else if (m_voter) {
            int& n = m_mine[m_target];
            n = std::max(0, n + (m_place ? 1 : -1));
        } else {
            m_results.answers[m_person][{m_target, m_criterion}] = m_answer;
        }
        if (m_voter)
            m_results.dots[m_person] = m_mine;
        next();
    }

    int m_index;
    bool m_voter;
    QString m_base;
    QString m_room;
    qint64 m_person;
    QList<qint64> m_candidates;
    QStringList m_criteria;
    Results& m_results;
    QWebSocket m_socket;
    QString m_token;
    QString m_expect;
    QJsonObject m_lastMessage;
    QElapsedTimer m_sent;
    std::map<qint64, int> m_mine;
    qint64 m_target = 0;
    QString m_criterion;
    QString m_answer;
    bool m_place = false;
    bool m_capAttempt = false;
    int m_step = 0;
    bool m_started = false;
    bool m_retried = false;
    bool m_isRetry = false;
};

struct Room {
    QString base;
    QString token;
    QList<qint64> people;
    QList<qint64> candidates;
    bool voting = false;
};

// The phones' thread.
class Swarm : public QObject {
    Q_OBJECT

public:
    explicit Swarm(QList<Room> rooms)
        : m_rooms(std::move(rooms)) {}

    Results results;

public slots:
    void run() {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        for (const Room& room : std::as_const(m_rooms))
            for (int i = 0; i < room.people.size(); ++i) {
                auto* phone = new SimPhone(i, room.voting, room.base, room.token, room.people[i],
                                           room.candidates, results);
                phone->setParent(this);
                ++m_phones;
                connect(phone, &SimPhone::done, this, [this] {
                    if (++m_done == m_phones)
                        emit finished();
                });
                phone->start(*m_network);
            }
    }

signals:
    void finished();

private:
    QList<Room> m_rooms;
    QNetworkAccessManager* m_network = nullptr;
    int m_phones = 0;
    int m_done = 0;
};

double percentile(QList<double> values, double q) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(q * double(values.size() - 1))];
}

// A workshop in `stage` with `people` on the roster and Candidates candidates on the list.
qint64 prepare(TestLibrary& library, const QString& title, int people, QList<qint64>* candidates) {
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(title, people);
    Workshop w = *store.workshop(id);
    w.checklistPerPerson = true;
    w.dotsPerPerson = DotsPerPerson;
    w.maxDotsPerCandidate = MaxPerCandidate;
    store.updateWorkshop(w);
    for (int i = 0; i < Candidates; ++i) {
        Candidate c = makeCandidate(id, QStringLiteral("Candidate %1").arg(i + 1));
        c.position = i;
        *candidates << *store.addCandidate(c);
    }
    store.setStageRevealed(id, QString(StageKeys::Silent), true); // phones see none before
    return id;
}

std::unique_ptr<RoomServer> openRoom(WorkshopSession& session) {
    auto room = std::make_unique<RoomServer>(session);
    RoomServer::Limits limits = room->limits();
    limits.writesPerSecond = 1000; // phones here write as fast as acks come back
    limits.writeBurst = 1000;
    room->setLimits(limits);
    if (!room->open(QHostAddress::LocalHost, 0))
        return nullptr;
    return room;
}

} // namespace

int main(int argc, char** argv) {
    const bool withConsole = argc > 1 && qstrcmp(argv[1], "--console") == 0;
    const std::unique_ptr<QCoreApplication> app =
        withConsole ? std::make_unique<QApplication>(argc, argv)
                    : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    TestLibrary library;
    WorkshopStore& store = library.store();
    SteadyClock clock;
    QList<qint64> voteCards;
    QList<qint64> scoreCards;
    const qint64 voteId = prepare(library, QStringLiteral("Bench vote"), Voters, &voteCards);
    const qint64 scoreId = prepare(library, QStringLiteral("Bench score"), Scorers, &scoreCards);
    WorkshopSession voteSession(store, clock, voteId);
    std::unique_ptr<BenchConsole> console;
    std::unique_ptr<WorkshopSession> bareScoring;
    if (withConsole)
        console = std::make_unique<BenchConsole>(store, clock, scoreId);
    else
        bareScoring = std::make_unique<WorkshopSession>(store, clock, scoreId);
    WorkshopSession& scoreSession = console ? console->session() : *bareScoring;
    voteSession.runner().goTo(QString(StageKeys::Decide));
    scoreSession.runner().goTo(QString(StageKeys::Score));
    const auto voteRoom = openRoom(voteSession);
    const auto scoreRoom = openRoom(scoreSession);
    if (!voteRoom || !scoreRoom) {
        out << "cannot open the rooms" << Qt::endl;
        return 1;
    }
    const auto peopleOf = [&](qint64 id) {
        QList<qint64> people;
        for (const Participant& p : store.participants(id))
            people << p.id;
        return people;
    };
    const auto roomOf = [&](RoomServer& server, qint64 id, const QList<qint64>& cards,
                            bool voting) {
        return Room{QStringLiteral("http://") + server.shortUrl(),
                    server.joinUrl().fragment().mid(2), peopleOf(id), cards, voting};
    };

    QThread phones;
    Swarm swarm({roomOf(*voteRoom, voteId, voteCards, true),
                 roomOf(*scoreRoom, scoreId, scoreCards, false)});
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
    QMetaObject::invokeMethod(
        &swarm, [&swarm] { qDeleteAll(swarm.children()); }, Qt::BlockingQueuedConnection);
    phones.quit();
    phones.wait();

    // What SQLite holds against what each phone was told.
    const Results& r = swarm.results;
    int dotsLost = 0, dotsDoubled = 0, overCaps = 0;
    std::map<qint64, std::map<qint64, int>> storedDots;
    for (const Vote& v : store.votes(voteId))
        storedDots[v.participantId][v.candidateId] += v.dots;
    for (const qint64 person : peopleOf(voteId)) {
        int total = 0;
        for (const qint64 card : voteCards) {
            const int stored = storedDots[person][card];
            const auto it = r.dots.find(person);
            const int told =
                it == r.dots.end() || !it->second.count(card) ? 0 : it->second.at(card);
            dotsLost += std::max(0, told - stored);
            dotsDoubled += std::max(0, stored - told);
            overCaps += stored > MaxPerCandidate ? 1 : 0;
            total += stored;
        }
        overCaps += total > DotsPerPerson ? 1 : 0;
    }
    int answersLost = 0, answersExtra = 0, answersTold = 0;
    std::map<qint64, std::map<std::pair<qint64, QString>, QString>> storedAnswers;
    static const QStringList keys{QStringLiteral("no"), QStringLiteral("partly"),
                                  QStringLiteral("yes")};
    for (const ChecklistScore& s : store.checklistScores(scoreId))
        storedAnswers[s.participantId][{s.candidateId, s.criterion}] = keys[int(s.answer)];
    for (const auto& [person, told] : r.answers)
        for (const auto& [where, answer] : told) {
            ++answersTold;
            const auto& mine = storedAnswers[person];
            const auto it = mine.find(where);
            const QString stored = it == mine.end() ? QString() : it->second;
            answersLost += stored == answer ? 0 : 1;
        }
    for (const auto& [person, stored] : storedAnswers)
        for (const auto& [where, answer] : stored) {
            const auto it = r.answers.find(person);
            if (it == r.answers.end() || !it->second.count(where) || it->second.at(where).isEmpty())
                ++answersExtra;
        }

    out << "bench_room_vote"
        << (withConsole ? " (main window and projector on the scoring)" : " (bare event loop)")
        << ": " << Voters << " phones x " << OpsPerPhone << " dot operations, " << Scorers
        << " phones x " << OpsPerPhone << " checklist answers, " << QString::number(seconds, 'f', 1)
        << " s\n"
        << "  acknowledgements: " << r.latenciesMs.size() << " (expected "
        << (Voters + Scorers) * (OpsPerPhone + 1)
        << "), refused unexpectedly: " << r.refusedUnexpectedly << '\n'
        << "  dots lost: " << dotsLost << ", dots doubled: " << dotsDoubled
        << ", answers lost or wrong: " << answersLost << " of " << answersTold
        << ", answers nobody gave: " << answersExtra << " (goal 0; " << Voters + Scorers
        << " retried operations included)\n"
        << "  cap violations accepted: " << r.capViolationsAccepted << " of " << r.capAttempts
        << " attempts (over-limit answers " << r.capRefusals
        << "); people over a cap in SQLite: " << overCaps << " (goal 0)\n"
        << "  ack latency: p50 " << QString::number(percentile(r.latenciesMs, 0.5), 'f', 2)
        << " ms, p99 " << QString::number(percentile(r.latenciesMs, 0.99), 'f', 2)
        << " ms (goal p99 <= 50 ms)\n"
        << "  longest event-loop stall: " << QString::number(probe.longestMs(), 'f', 2)
        << " ms (goal <= 16 ms); its own work, the most main-thread CPU time between two "
           "ticks: "
        << QString::number(probe.longestCpuMs(), 'f', 2) << " ms\n"
        << "  state pushes: vote " << voteRoom->revision() << ", score " << scoreRoom->revision()
        << Qt::endl;
    return 0;
}

#include "BenchRoomVote.moc"
