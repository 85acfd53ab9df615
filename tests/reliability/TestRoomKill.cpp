// The kill test for a room in full flow (issue #18): `lodestar --room` serves 20 simulated
// phones (real WebSockets from this process) through the warm-up worksheet, the silent
// brainstorm, per-person scoring and the dot vote, and is killed with SIGKILL at seeded
// random moments: after some number of acknowledged operations, or while the phones are
// still joining the restarted app. After each kill the library must pass integrity_check and
// hold every acknowledged operation (and the one in flight exactly when its id was recorded);
// then the app starts again on the same library, the phones join the new room and resend
// their unacknowledged operation under the same id; at the end the library holds exactly what
// every phone was told, nothing twice. LODESTAR_ROOM_KILLS raises the number of kills
// (default 8); LODESTAR_KILL_SEED changes the moments.
#include "RoomKillApp.h"
#include "RoomKillPhone.h"
#include "TestLibrary.h"

#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

constexpr int Phones = 20;

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QString answerKey(ChecklistAnswer answer) {
    static const QStringList keys{QStringLiteral("no"), QStringLiteral("partly"),
                                  QStringLiteral("yes")};
    return keys[int(answer)];
}

// What one phone's rows must be: what it was told, plus its operation in flight exactly when
// the operation's id was recorded (the change and the id are one transaction).
QString verifyPhone(WorkshopStore& store, qint64 workshop, const KillPhone& phone,
                    PhoneModel* expected, int* landedUnacknowledged) {
    const qint64 person = phone.person();
    for (const QString& id : phone.acknowledged())
        if (!store.roomOperation(workshop, person, id))
            return QStringLiteral("phone %1: acknowledged %2 is not recorded")
                .arg(phone.index())
                .arg(id);
    *expected = phone.model();
    if (const auto& op = phone.inFlight())
        if (const auto touched =
                store.roomOperation(workshop, person, op->value(QLatin1String("id")).toString())) {
            expected->apply(*op, *touched);
            ++*landedUnacknowledged; // committed, its ack lost: the resend must not apply it again
        }

    QStringList cards;
    for (const Candidate& c : store.candidates(workshop))
        if (c.authorId == person && c.kind == CandidateKind::Own)
            cards << c.name;
    if (sorted(cards) != sorted(expected->cards.values()))
        return QStringLiteral("phone %1: cards [%2], expected [%3]")
            .arg(phone.index())
            .arg(sorted(cards).join(u'|'), sorted(expected->cards.values()).join(u'|'));

    QMap<std::pair<qint64, QString>, QString> answers;
    for (const ChecklistScore& s : store.checklistScores(workshop))
        if (s.participantId == person)
            answers.insert({s.candidateId, s.criterion}, answerKey(s.answer));
    if (answers != expected->answers)
        return QStringLiteral("phone %1: %2 answers, expected %3")
            .arg(phone.index())
            .arg(answers.size())
            .arg(expected->answers.size());

    QMap<qint64, int> dots;
    for (const Vote& v : store.votes(workshop))
        if (v.participantId == person && v.dots > 0)
            dots.insert(v.candidateId, v.dots);
    if (dots != expected->dots) {
        QStringList told, stored;
        for (auto it = expected->dots.cbegin(); it != expected->dots.cend(); ++it)
            told << QStringLiteral("c%1:%2").arg(it.key()).arg(it.value());
        for (auto it = dots.cbegin(); it != dots.cend(); ++it)
            stored << QStringLiteral("c%1:%2").arg(it.key()).arg(it.value());
        return QStringLiteral("phone %1: dots %2, expected %3")
            .arg(phone.index())
            .arg(stored.join(u' '), told.join(u' '));
    }
    return {};
}

// Each group of four phones shares one worksheet; member k owns one field of it.
QString verifyWorksheets(WorkshopStore& store, qint64 workshop, const QList<PhoneModel>& expected) {
    QList<WarmUpGroup> groups = store.warmUpGroups(workshop);
    std::sort(groups.begin(), groups.end(),
              [](const WarmUpGroup& a, const WarmUpGroup& b) { return a.position < b.position; });
    for (int g = 0; g < groups.size(); ++g) {
        const WarmUpGroup& group = groups[g];
        const std::optional<Candidate> star =
            group.candidateId ? store.candidate(group.candidateId) : std::nullopt;
        QStringList inputs;
        if (star)
            for (const Input& i : store.inputs(star->id))
                inputs << i.name + u'/' + i.definition;
        QStringList told;
        for (const PhoneModel::SheetInput& i : expected[4 * g + 3].inputs)
            told << i.name + u'/' + i.definition;
        const QStringList stored{star ? star->name : QString(), star ? star->definition : QString(),
                                 gameKey(group.game), inputs.join(u'|')};
        const QStringList wanted{expected[4 * g].sheet.value(QStringLiteral("name")),
                                 expected[4 * g + 1].sheet.value(QStringLiteral("definition")),
                                 expected[4 * g + 2].sheet.value(QStringLiteral("game")),
                                 told.join(u'|')};
        if (stored != wanted)
            return QStringLiteral("worksheet of group %1 holds [%2], expected [%3]")
                .arg(g)
                .arg(stored.join(u"; "), wanted.join(u"; "));
    }
    return {};
}

// Opens the library as the app would and compares it with what the phones were told.
QString verifyLibrary(const QString& path, qint64 workshop, const QList<KillPhone*>& phones,
                      int* landedUnacknowledged) {
    Database database(path);
    if (!database.open())
        return QStringLiteral("reopen refused: ") + database.errorMessage();
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + check.value(0).toString();
    WorkshopStore store(database);
    QList<PhoneModel> expected;
    for (const KillPhone* phone : phones) {
        PhoneModel model;
        if (const QString problem =
                verifyPhone(store, workshop, *phone, &model, landedUnacknowledged);
            !problem.isEmpty())
            return problem;
        expected << model;
    }
    return verifyWorksheets(store, workshop, expected);
}

} // namespace

class TestRoomKill : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedPhoneWriteSurvivesSigkill();
};

void TestRoomKill::everyAcknowledgedPhoneWriteSurvivesSigkill() {
    const int kills = qEnvironmentVariableIsSet("LODESTAR_ROOM_KILLS")
                          ? qEnvironmentVariableIntValue("LODESTAR_ROOM_KILLS")
                          : 8;
    const quint32 seed = qEnvironmentVariableIsSet("LODESTAR_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("LODESTAR_KILL_SEED"))
                             : 20261206u;
    QRandomGenerator moments(seed);
    QElapsedTimer clock;
    clock.start();

    // A workshop with 20 people in five warm-up groups of four, three candidates to score and
    // vote on, per-person scoring, 3 dots each and at most 2 on one candidate.
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 workshop = library.addWorkshop(QStringLiteral("Room under kills"), Phones);
    Workshop w = *store.workshop(workshop);
    w.checklistPerPerson = true;
    w.dotsPerPerson = 3;
    w.maxDotsPerCandidate = 2;
    QVERIFY(store.updateWorkshop(w));
    QList<qint64> candidates;
    for (int i = 0; i < 3; ++i) {
        Candidate c = makeCandidate(workshop, QStringLiteral("Nights booked %1").arg(i));
        c.position = i;
        candidates << store.addCandidate(c).value_or(0);
    }
    const QList<Participant> people = store.participants(workshop);
    QCOMPARE(people.size(), Phones);
    for (int g = 0; g < Phones / 4; ++g) {
        WarmUpGroup group;
        group.workshopId = workshop;
        group.name = QStringLiteral("Group %1").arg(g);
        group.position = g;
        for (int k = 0; k < 4; ++k)
            group.members << people[4 * g + k].id;
        QVERIFY(store.addWarmUpGroup(group));
    }
    QStringList criteria;
    for (const ChecklistCriterion& c : Playbook::standard().checklist())
        criteria << c.key;
    const QString path = library.path();
    library.close(); // the app takes the library's lock

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QObject owner;
    QList<KillPhone*> phones;
    int total = 0;
    const QList<std::pair<KillPhase, QString>> phases{
        {KillPhase::WarmUp, QString(StageKeys::WarmUp)},
        {KillPhase::Silent, QString(StageKeys::Silent)},
        {KillPhase::Score, QString(StageKeys::Score)},
        {KillPhase::Decide, QString(StageKeys::Decide)}};
    for (int i = 0; i < Phones; ++i) {
        phones << new KillPhone({i, people[i].id, candidates, criteria, 3, 2, seed}, network,
                                &owner);
        for (const auto& phase : phases)
            total += KillPhone::scriptLength(phase.first, i);
    }
    const auto acknowledged = [&] {
        int n = 0;
        for (const KillPhone* p : std::as_const(phones))
            n += int(p->acknowledged().size());
        return n;
    };
    const auto count = [&](bool (KillPhone::*test)() const) {
        return int(std::count_if(phones.cbegin(), phones.cend(),
                                 [test](const KillPhone* p) { return (p->*test)(); }));
    };
    const auto trouble = [&] {
        QStringList all;
        for (const KillPhone* p : std::as_const(phones))
            if (!p->trouble().isEmpty())
                all << p->trouble();
        return all.join(u'\n');
    };

    RoomApp app(path, workshop);
    const auto startApp = [&] {
        QString token;
        const QString base = app.start(&token);
        if (base.isEmpty())
            return false;
        network.clearConnectionCache();
        for (KillPhone* phone : std::as_const(phones))
            phone->joinRoom(base, token);
        return true;
    };
    // Kill i falls after a number of acknowledged operations in the i-th slice of the run, or
    // (one time in four) once a number of phones joined the restarted app, 0 to all of them.
    struct Plan {
        bool whileJoining = false;
        int threshold = 0;
    } plan;
    int killed = 0;
    int landed = 0; // operations in flight at a kill that had been committed
    const auto nextPlan = [&] {
        if (moments.bounded(4) == 0)
            return Plan{true, int(moments.bounded(Phones + 1))};
        const int from = killed * total / (kills + 1);
        const int to = (killed + 1) * total / (kills + 1);
        return Plan{false, from + 1 + int(moments.bounded(std::max(1, to - from)))};
    };
    const auto killDue = [&] {
        return killed < kills && (plan.whileJoining ? count(&KillPhone::ready) >= plan.threshold
                                                    : acknowledged() >= plan.threshold);
    };
    QVERIFY2(startApp(), qPrintable(app.errors()));
    plan = nextPlan();

    for (const auto& [phase, stage] : phases) {
        if (phase == KillPhase::Score) // phones see no candidate before the reveal
            QCOMPARE(app.command(QStringLiteral("reveal draft.silent on")), QStringLiteral("ok"));
        QCOMPARE(app.command(QStringLiteral("stage ") + stage), QStringLiteral("ok"));
        for (KillPhone* phone : std::as_const(phones))
            phone->startPhase(phase);
        for (;;) {
            // Waits on the phones' and the app's signals, never polling: the kill goes out
            // from inside the handler of the acknowledgement (or greeting) that made it due,
            // while the app is busy with the other phones' operations.
            QEventLoop waiter;
            bool killedNow = false;
            bool timedOut = false;
            const auto check = [&] {
                if (killedNow)
                    return;
                if (killDue()) {
                    killedNow = true;
                    ++killed;
                    app.kill();
                    waiter.quit();
                } else if (count(&KillPhone::idle) == Phones || !trouble().isEmpty() ||
                           !app.running()) {
                    waiter.quit();
                }
            };
            for (KillPhone* phone : std::as_const(phones)) {
                connect(phone, &KillPhone::acknowledgedOp, &waiter, check);
                connect(phone, &KillPhone::greeted, &waiter, check);
                connect(phone, &KillPhone::troubled, &waiter, check);
            }
            connect(app.process(), &QProcess::finished, &waiter, check);
            QTimer::singleShot(0, &waiter, check); // it may hold already
            QTimer::singleShot(WaitMs, &waiter, [&] {
                timedOut = true;
                waiter.quit();
            });
            waiter.exec();
            QVERIFY2(trouble().isEmpty(), qPrintable(trouble()));
            if (!killedNow) {
                QVERIFY2(app.running(),
                         qPrintable(QStringLiteral("the app died: ") + app.errors()));
                QVERIFY2(!timedOut,
                         qPrintable(QStringLiteral("stuck in %1: %2 phones ready, %3 idle")
                                        .arg(stage)
                                        .arg(count(&KillPhone::ready))
                                        .arg(count(&KillPhone::idle))));
                break; // every phone did its part of this stage
            }
            const QString problem = verifyLibrary(path, workshop, phones, &landed);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(
                         QStringLiteral("after kill %1 (%2): %3").arg(killed).arg(stage, problem)));
            QVERIFY2(startApp(), qPrintable(app.errors()));
            plan = nextPlan();
        }
    }
    QCOMPARE(app.terminate(), 0);
    QCOMPARE(killed, kills);
    QCOMPARE(acknowledged(), total);
    int resends = 0;
    for (const KillPhone* phone : std::as_const(phones)) {
        QVERIFY(!phone->inFlight());
        resends += phone->resends();
    }
    int none = 0;
    const QString problem = verifyLibrary(path, workshop, phones, &none);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("at the end: ") + problem));
    qInfo("%d kills, %d acknowledged operations from %d phones, %d resent after a kill (%d of "
          "them committed before it), %lld ms",
          kills, total, Phones, resends, landed, clock.elapsed());
}

QTEST_GUILESS_MAIN(TestRoomKill)
#include "TestRoomKill.moc"
