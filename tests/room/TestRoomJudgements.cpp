// Phones score and vote (issue #18) against a real server on 127.0.0.1: each person's
// checklist answers land as that person's ChecklistScore, dots obey DotVote's caps, the tally
// reaches phones only once the vote is closed, and every operation is applied once.
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"
#include "scoring/DotVote.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestRoomJudgements : public QObject {
    Q_OBJECT

private slots:
    void scoresLandPerPerson();
    void consensusIsReadOnly();
    void followsTheFocusAndLosesTheEliminated();
    void candidateTextsArriveIntact();
    void dotsObeyTheCaps();
    void aLoweredCapReachesPhones();
    void tallyOnlyAfterClosing();
    void doneAndUndone();
    void retriesApplyOnce();
    void writesOutsideTheirStage();
    void nothingBeforeTheReveal();
    void theIncumbentBeforeTheReveal();
};

namespace {

QString key(qint64 candidateId) {
    return RoomProtocol::keyOfCandidate(candidateId);
}

// Three candidates on the shortlist (silent-brainstorm cards nobody built on), revealed
// unless `revealed` is false.
QList<qint64> addCandidates(RoomHarness& room, int count = 3, bool revealed = true) {
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Candidate c = makeCandidate(room.workshopId(), u"Candidate %1"_s.arg(i + 1));
        c.position = i;
        ids << *room.store().addCandidate(c);
    }
    room.setRevealed(revealed);
    return ids;
}

void setWorkshop(RoomHarness& room, const std::function<void(Workshop&)>& change) {
    Workshop w = *room.store().workshop(room.workshopId());
    change(w);
    QVERIFY(room.store().updateWorkshop(w));
}

QJsonObject scorePut(Phone& phone, qint64 card, const QString& criterion, const QString& answer,
                     const QString& opId = {}) {
    return phone.operation({{u"op"_s, u"score.put"_s},
                            {u"card"_s, key(card)},
                            {u"criterion"_s, criterion},
                            {u"answer"_s, answer}},
                           opId);
}

QJsonObject dot(Phone& phone, const QString& op, qint64 card, const QString& opId = {}) {
    return phone.operation({{u"op"_s, op}, {u"card"_s, key(card)}}, opId);
}

QJsonObject done(Phone& phone, bool isDone, const QString& opId = {}) {
    return phone.operation({{u"op"_s, u"vote.done"_s}, {u"done"_s, isDone}}, opId);
}

QJsonObject member(const QJsonObject& state, const char* name) {
    return state.value(QLatin1String(name)).toObject();
}

QString mode(const QJsonObject& state) {
    return member(state, "stage").value(u"mode"_s).toString();
}

QString error(const QJsonObject& ack) {
    return ack.value(u"ok"_s).toBool() ? u"ok"_s : ack.value(u"error"_s).toString();
}

int dotsOf(RoomHarness& room, qint64 person, qint64 card) {
    int dots = 0;
    for (const Vote& v : room.store().votes(room.workshopId()))
        if (v.participantId == person && (card == 0 || v.candidateId == card))
            dots += v.dots;
    return dots;
}

QList<ChecklistScore> scoresOf(RoomHarness& room, qint64 person) {
    QList<ChecklistScore> result;
    for (const ChecklistScore& s : room.store().checklistScores(room.workshopId()))
        if (s.participantId == person)
            result << s;
    return result;
}

// The cards not revealed, the checklist person by person, the first person's phone joined.
std::unique_ptr<Phone> phoneBeforeTheReveal(RoomHarness& room) {
    room.setRevealed(false);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    return room.phone(room.join(room.people()[0].id));
}

// Whether a state carries any text planted as "UNREVEALED".
bool leaksUnrevealed(const QJsonObject& state) {
    return QString::fromUtf8(QJsonDocument(state).toJson()).contains(u"UNREVEALED"_s);
}

} // namespace

void TestRoomJudgements::scoresLandPerPerson() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    const QList<Participant> people = room.people();
    auto aisha = room.phone(room.join(people[0].id));
    auto ben = room.phone(room.join(people[1].id));
    QVERIFY(aisha && ben);
    room.goTo(QString(StageKeys::Score));
    const QJsonObject first =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"score"; });
    const QJsonObject score = member(first, "score");
    QVERIFY(score.value(u"perPerson"_s).toBool());
    QCOMPARE(member(score, "candidate").value(u"card"_s).toString(), key(cards[0]));
    QCOMPARE(member(score, "candidate").value(u"index"_s).toInt(), 1);
    QCOMPARE(member(score, "candidate").value(u"count"_s).toInt(), 3);
    QVERIFY(member(score, "mine").isEmpty());
    QCOMPARE(score.value(u"people"_s).toInt(), 3);
    QVERIFY(first.value(u"cards"_s).toArray().isEmpty());

    const QList<ChecklistCriterion> criteria = Playbook::standard().checklist();
    const QJsonObject ack = scorePut(*aisha, cards[0], criteria[0].key, u"partly"_s);
    QCOMPARE(error(ack), u"ok"_s);
    QCOMPARE(ack.value(u"card"_s).toString(), key(cards[0]));
    const QList<ChecklistScore> hers = scoresOf(room, people[0].id);
    QCOMPARE(hers.size(), 1);
    QCOMPARE(hers[0],
             (ChecklistScore{cards[0], criteria[0].key, people[0].id, ChecklistAnswer::Partly}));
    QVERIFY(scoresOf(room, 0).isEmpty()); // not the consensus row
    QVERIFY(aisha
                ->waitForState([&](const QJsonObject& s) {
                    return member(member(s, "score"), "mine").value(criteria[0].key) == u"partly"_s;
                })
                .size());
    // Changing and clearing an answer.
    QCOMPARE(error(scorePut(*aisha, cards[0], criteria[0].key, u"yes"_s)), u"ok"_s);
    QCOMPARE(scoresOf(room, people[0].id).first().answer, ChecklistAnswer::Yes);
    QCOMPARE(error(scorePut(*aisha, cards[0], criteria[0].key, u""_s)), u"ok"_s);
    QVERIFY(scoresOf(room, people[0].id).isEmpty());
    // Aisha answers everything: Ben's phone learns "1 answered", not what she answered.
    for (const ChecklistCriterion& c : criteria)
        QCOMPARE(error(scorePut(*aisha, cards[0], c.key, u"no"_s)), u"ok"_s);
    const QJsonObject bens = ben->waitForState(
        [](const QJsonObject& s) { return member(s, "score").value(u"answered"_s).toInt() == 1; });
    QVERIFY(!bens.isEmpty());
    QVERIFY(member(member(bens, "score"), "mine").isEmpty());
    QCOMPARE(scoresOf(room, people[0].id).size(), criteria.size());
    QCOMPARE(scoresOf(room, people[1].id).size(), 0);
    QCOMPARE(room.session().undoStack().count(), 0); // the console's history is untouched
}

void TestRoomJudgements::consensusIsReadOnly() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    auto aisha = room.phone(room.join(room.people()[0].id));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Score));
    const QJsonObject state =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"score"; });
    QVERIFY(!member(state, "score").value(u"perPerson"_s).toBool());
    QVERIFY(!member(state, "score").contains(u"mine"_s));
    QCOMPARE(member(member(state, "score"), "candidate").value(u"card"_s).toString(),
             key(cards[0]));
    const QJsonObject refused =
        scorePut(*aisha, cards[0], Playbook::standard().checklist()[0].key, u"yes"_s);
    QCOMPARE(error(refused), u"not-now"_s);
    QVERIFY(!refused.value(u"message"_s).toString().isEmpty());
    QVERIFY(room.store().checklistScores(room.workshopId()).isEmpty());
    // Switching to per person on the console reaches the phone.
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return member(s, "score").value(u"perPerson"_s).toBool();
                 })
                 .isEmpty());
}

void TestRoomJudgements::followsTheFocusAndLosesTheEliminated() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    auto aisha = room.phone(room.join(room.people()[0].id));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Score));
    const auto onScreen = [](const QJsonObject& s) {
        return member(member(s, "score"), "candidate").value(u"card"_s).toString();
    };
    QVERIFY(!aisha->waitForState([&](const QJsonObject& s) { return onScreen(s) == key(cards[0]); })
                 .isEmpty());
    room.store().setStageFocus(room.workshopId(), QString(StageKeys::Score), int(cards[1]));
    const QJsonObject second =
        aisha->waitForState([&](const QJsonObject& s) { return onScreen(s) == key(cards[1]); });
    QCOMPARE(member(member(second, "score"), "candidate").value(u"index"_s).toInt(), 2);
    // Eliminated on the console: the phone shows nothing to score, and scoring it is refused.
    Candidate c = *room.store().candidate(cards[1]);
    c.status = CandidateStatus::Eliminated;
    c.eliminationReason = u"too vague"_s;
    QVERIFY(room.store().updateCandidate(c));
    const QJsonObject gone = aisha->waitForState(
        [](const QJsonObject& s) { return member(s, "score").value(u"candidate"_s).isNull(); });
    QVERIFY(!gone.isEmpty());
    QVERIFY(!QJsonDocument(gone).toJson().contains("too vague"));
    const QString criterion = Playbook::standard().checklist()[0].key;
    QCOMPARE(error(scorePut(*aisha, cards[1], criterion, u"yes"_s)), u"not-now"_s);
    QCOMPARE(error(scorePut(*aisha, 999999, criterion, u"yes"_s)), u"not-now"_s); // unknown
    QCOMPARE(error(scorePut(*aisha, cards[2], criterion, u"yes"_s)), u"ok"_s);    // not on screen
    QCOMPARE(room.store().checklistScores(room.workshopId()).size(), 1);
}

void TestRoomJudgements::candidateTextsArriveIntact() {
    RoomHarness room;
    Candidate c = makeCandidate(room.workshopId(), u"שבועי 🚀 Wöchentliche"_s);
    c.definition = QString(20000, u'ж');
    c.behaviour = u"مستخدمون 👩🏽‍🍳"_s;
    const qint64 card = *room.store().addCandidate(c);
    room.setRevealed(true);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    auto aisha = room.phone(room.join(room.people()[0].id));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Score));
    const QJsonObject score = member(
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"score"; }), "score");
    const QJsonObject shown = member(score, "candidate");
    QCOMPARE(shown.value(u"name"_s).toString(), c.name);
    QCOMPARE(shown.value(u"definition"_s).toString(), c.definition);
    QCOMPARE(shown.value(u"behaviour"_s).toString(), c.behaviour);
    room.goTo(QString(StageKeys::Decide));
    const QJsonObject vote = member(
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"vote"; }), "vote");
    QCOMPARE(vote.value(u"candidates"_s).toArray().first().toObject().value(u"name"_s).toString(),
             c.name);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, card)), u"ok"_s);
}

void TestRoomJudgements::dotsObeyTheCaps() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    const Participant aishaP = room.people()[0];
    auto aisha = room.phone(room.join(aishaP.id));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Decide));
    const QJsonObject first = member(
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"vote"; }), "vote");
    QCOMPARE(first.value(u"dotsPerPerson"_s).toInt(), 3);
    QCOMPARE(first.value(u"maxPerCandidate"_s).toInt(), 2);
    QCOMPARE(first.value(u"left"_s).toInt(), 3);
    QCOMPARE(first.value(u"candidates"_s).toArray().size(), 3);

    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[0])), u"ok"_s);
    QCOMPARE(dot(*aisha, u"dot.place"_s, cards[0]).value(u"card"_s).toString(), key(cards[0]));
    // A third on one candidate: over the per-candidate cap, in DotVote's words.
    DotVote model(3, 2);
    model.setVotes(room.store().votes(room.workshopId()));
    const QJsonObject third = dot(*aisha, u"dot.place"_s, cards[0]);
    QCOMPARE(error(third), u"over-limit"_s);
    QCOMPARE(third.value(u"message"_s).toString(),
             model.placementProblem(aishaP.id, aishaP.name, cards[0]));
    QCOMPARE(dotsOf(room, aishaP.id, cards[0]), 2);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[1])), u"ok"_s);
    // A fourth dot: over the per-person cap.
    model.setVotes(room.store().votes(room.workshopId()));
    const QJsonObject fourth = dot(*aisha, u"dot.place"_s, cards[2]);
    QCOMPARE(error(fourth), u"over-limit"_s);
    QCOMPARE(fourth.value(u"message"_s).toString(),
             model.placementProblem(aishaP.id, aishaP.name, cards[2]));
    QCOMPARE(dotsOf(room, aishaP.id, 0), 3);
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return member(s, "vote").value(u"left"_s).toInt() == 0;
                 })
                 .isEmpty());
    // Taking back: none there is fine and changes nothing; one there goes.
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[2])), u"ok"_s);
    QCOMPARE(dotsOf(room, aishaP.id, 0), 3);
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[0])), u"ok"_s);
    QCOMPARE(dotsOf(room, aishaP.id, cards[0]), 1);
    const QJsonObject after = member(aisha->waitForState([](const QJsonObject& s) {
        return member(s, "vote").value(u"left"_s).toInt() == 1;
    }),
                                     "vote");
    QCOMPARE(after.value(u"candidates"_s).toArray()[0].toObject().value(u"mine"_s).toInt(), 1);
    QCOMPARE(room.session().undoStack().count(), 0);
}

void TestRoomJudgements::aLoweredCapReachesPhones() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    const Participant aishaP = room.people()[0];
    auto aisha = room.phone(room.join(aishaP.id));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Decide));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[0])), u"ok"_s);
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return member(s, "vote").value(u"left"_s).toInt() == 1;
                 })
                 .isEmpty());
    // The facilitator lowers the per-candidate cap under her: a push says so.
    setWorkshop(room, [](Workshop& w) { w.maxDotsPerCandidate = 1; });
    const QJsonObject over = member(aisha->waitForState([](const QJsonObject& s) {
        return member(s, "vote").value(u"maxPerCandidate"_s).toInt() == 1;
    }),
                                    "vote");
    QVERIFY(over.value(u"overLimit"_s).toBool());
    // Her dots still count. As on the console (DotVote), no more on the candidate over the
    // cap, but her last dot may go where the new cap allows it.
    QCOMPARE(dotsOf(room, aishaP.id, cards[0]), 2);
    const QJsonObject there = dot(*aisha, u"dot.place"_s, cards[0]);
    QCOMPARE(error(there), u"over-limit"_s);
    QVERIFY(!there.value(u"message"_s).toString().isEmpty());
    QCOMPARE(dotsOf(room, aishaP.id, 0), 2);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[1])), u"ok"_s);
    QCOMPARE(dotsOf(room, aishaP.id, 0), 3);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[2])), u"over-limit"_s); // none left
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[0])), u"ok"_s);
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return !member(s, "vote").value(u"overLimit"_s).toBool();
                 })
                 .isEmpty());
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[2])), u"ok"_s);
    // Lowering the dots per person flags it too.
    setWorkshop(room, [](Workshop& w) { w.dotsPerPerson = 1; });
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     const QJsonObject v = member(s, "vote");
                     return v.value(u"dotsPerPerson"_s).toInt() == 1 &&
                            v.value(u"overLimit"_s).toBool() && v.value(u"left"_s).toInt() == 0;
                 })
                 .isEmpty());
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[2])), u"over-limit"_s);
}

void TestRoomJudgements::tallyOnlyAfterClosing() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    const QList<Participant> people = room.people();
    auto aisha = room.phone(room.join(people[0].id));
    auto ben = room.phone(room.join(people[1].id));
    QVERIFY(aisha && ben);
    room.goTo(QString(StageKeys::Decide));
    const qsizetype aishaFrom = aisha->count();
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[1])), u"ok"_s);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[1])), u"ok"_s);
    QCOMPARE(error(dot(*ben, u"dot.place"_s, cards[1])), u"ok"_s);
    QCOMPARE(error(dot(*ben, u"dot.place"_s, cards[0])), u"ok"_s);
    QVERIFY(!ben->waitForState([](const QJsonObject& s) {
                    return member(s, "vote").value(u"left"_s).toInt() == 1;
                })
                 .isEmpty());
    // Before the close: no tally, no totals, in anything either phone received.
    for (Phone* phone : {aisha.get(), ben.get()})
        for (const QJsonObject& m : phone->messages()) {
            const QByteArray bytes = QJsonDocument(m).toJson(QJsonDocument::Compact);
            QVERIFY2(!bytes.contains("\"tally\"") && !bytes.contains("\"dots\"") &&
                         !bytes.contains("\"voters\""),
                     bytes.constData());
        }
    QVERIFY(aisha->count() > aishaFrom);
    room.store().setStageRevealed(room.workshopId(), QString(StageKeys::Decide), true);
    const QJsonObject closed = member(aisha->waitForState([](const QJsonObject& s) {
        return member(s, "vote").value(u"closed"_s).toBool();
    }),
                                      "vote");
    const QJsonArray tally = closed.value(u"tally"_s).toArray();
    QCOMPARE(tally.size(), 3);
    QCOMPARE(tally[0].toObject().value(u"card"_s).toString(), key(cards[1]));
    QCOMPARE(tally[0].toObject().value(u"dots"_s).toInt(), 3);
    QCOMPARE(tally[0].toObject().value(u"voters"_s).toInt(), 2);
    QCOMPARE(tally[0].toObject().value(u"rank"_s).toInt(), 1);
    QCOMPARE(tally[1].toObject().value(u"card"_s).toString(), key(cards[0]));
    QCOMPARE(tally[2].toObject().value(u"dots"_s).toInt(), 0);
    // Closed: no more dots; reopened: the tally goes away again.
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[0])), u"not-now"_s);
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[1])), u"not-now"_s);
    QCOMPARE(dotsOf(room, people[0].id, 0), 2);
    room.store().setStageRevealed(room.workshopId(), QString(StageKeys::Decide), false);
    const QJsonObject reopened = member(aisha->waitForState([](const QJsonObject& s) {
        return !member(s, "vote").value(u"closed"_s).toBool();
    }),
                                        "vote");
    QVERIFY(!reopened.contains(u"tally"_s));
}

void TestRoomJudgements::doneAndUndone() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    const QList<Participant> people = room.people();
    auto aisha = room.phone(room.join(people[0].id));
    auto ben = room.phone(room.join(people[1].id));
    QVERIFY(aisha && ben);
    room.goTo(QString(StageKeys::Decide));
    QVERIFY(!ben->waitForState([](const QJsonObject& s) { return mode(s) == u"vote"; }).isEmpty());
    QCOMPARE(member(ben->latestState(), "vote").value(u"finished"_s).toInt(), 0);
    bool voteChanged = false; // what the console's dot-vote panel listens to
    QObject::connect(&room.store(), &WorkshopStore::changed, &room.store(),
                     [&](const WorkshopChanges& c) { voteChanged |= c.has(ChangeKind::Vote); });
    const QJsonObject ack = done(*aisha, true);
    QCOMPARE(error(ack), u"ok"_s);
    QVERIFY(!ack.contains(u"card"_s));
    QCOMPARE(room.store().votesDone(room.workshopId()), QSet<qint64>{people[0].id});
    QVERIFY(voteChanged);
    // Ben's phone hears that one person is done, not who.
    QVERIFY(!ben->waitForState([](const QJsonObject& s) {
                    return member(s, "vote").value(u"finished"_s).toInt() == 1;
                })
                 .isEmpty());
    QVERIFY(!member(ben->latestState(), "vote").value(u"done"_s).toBool());
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return member(s, "vote").value(u"done"_s).toBool();
                 })
                 .isEmpty());
    QCOMPARE(error(done(*aisha, true)), u"ok"_s); // twice is the same
    QCOMPARE(error(done(*aisha, false)), u"ok"_s);
    QVERIFY(room.store().votesDone(room.workshopId()).isEmpty());
    QVERIFY(!ben->waitForState([](const QJsonObject& s) {
                    return member(s, "vote").value(u"finished"_s).toInt() == 0;
                })
                 .isEmpty());
    // Using every dot counts as finished too.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(error(dot(*ben, u"dot.place"_s, cards[i])), u"ok"_s);
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return member(s, "vote").value(u"finished"_s).toInt() == 1;
                 })
                 .isEmpty());
}

void TestRoomJudgements::retriesApplyOnce() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    const qint64 aishaId = room.people()[0].id;
    auto aisha = room.phone(room.join(aishaId));
    QVERIFY(aisha);
    room.goTo(QString(StageKeys::Decide));
    const QString placeId = Phone::newOpId();
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[0], placeId)), u"ok"_s);
    const QJsonObject again = dot(*aisha, u"dot.place"_s, cards[0], placeId);
    QCOMPARE(error(again), u"ok"_s);
    QCOMPARE(again.value(u"card"_s).toString(), key(cards[0]));
    QCOMPARE(dotsOf(room, aishaId, cards[0]), 1);
    // A retry after later changes is still not applied again.
    const QString removeId = Phone::newOpId();
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[0], removeId)), u"ok"_s);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, cards[0], placeId)), u"ok"_s);
    QCOMPARE(error(dot(*aisha, u"dot.remove"_s, cards[0], removeId)), u"ok"_s);
    QCOMPARE(dotsOf(room, aishaId, 0), 0);
    const QString doneId = Phone::newOpId();
    QCOMPARE(error(done(*aisha, true, doneId)), u"ok"_s);
    QCOMPARE(error(done(*aisha, false)), u"ok"_s);
    QCOMPARE(error(done(*aisha, true, doneId)), u"ok"_s);
    QVERIFY(room.store().votesDone(room.workshopId()).isEmpty());
    // The same for scores.
    room.goTo(QString(StageKeys::Score));
    const QString criterion = Playbook::standard().checklist()[0].key;
    const QString scoreId = Phone::newOpId();
    QCOMPARE(error(scorePut(*aisha, cards[0], criterion, u"yes"_s, scoreId)), u"ok"_s);
    QCOMPARE(error(scorePut(*aisha, cards[0], criterion, u"no"_s)), u"ok"_s);
    QCOMPARE(error(scorePut(*aisha, cards[0], criterion, u"yes"_s, scoreId)), u"ok"_s);
    QCOMPARE(scoresOf(room, aishaId).first().answer, ChecklistAnswer::No);
    // A refused operation is not remembered: the same id works once it is allowed.
    room.goTo(QString(StageKeys::Silent));
    const QString lateId = Phone::newOpId();
    QCOMPARE(error(scorePut(*aisha, cards[1], criterion, u"yes"_s, lateId)), u"not-now"_s);
    room.goTo(QString(StageKeys::Score));
    QCOMPARE(error(scorePut(*aisha, cards[1], criterion, u"yes"_s, lateId)), u"ok"_s);
    QCOMPARE(scoresOf(room, aishaId).size(), 2);
}

void TestRoomJudgements::writesOutsideTheirStage() {
    RoomHarness room;
    const QList<qint64> cards = addCandidates(room);
    setWorkshop(room, [](Workshop& w) { w.checklistPerPerson = true; });
    auto aisha = room.phone(room.join(room.people()[0].id));
    auto zoe = room.phone(room.joinNew(u"Zoë"_s)); // waiting for approval
    QVERIFY(aisha && zoe);
    const QString criterion = Playbook::standard().checklist()[0].key;
    const auto tryAll = [&](Phone& phone) {
        return QStringList{error(scorePut(phone, cards[0], criterion, u"yes"_s)),
                           error(dot(phone, u"dot.place"_s, cards[0])),
                           error(dot(phone, u"dot.remove"_s, cards[0])), error(done(phone, true))};
    };
    const QString notNow = u"not-now"_s;
    for (const QString& stage : {QString(StageKeys::Silent), QString(StageKeys::Pairs),
                                 u"opening"_s, QString(StageKeys::WarmUp)}) {
        room.goTo(stage);
        QCOMPARE(tryAll(*aisha), (QStringList{notNow, notNow, notNow, notNow}));
        room.clock().advance(10'000); // the rate limit refills
    }
    room.goTo(QString(StageKeys::Score));
    QCOMPARE(tryAll(*aisha), (QStringList{u"ok"_s, notNow, notNow, notNow}));
    room.goTo(QString(StageKeys::Decide));
    QCOMPARE(tryAll(*aisha), (QStringList{notNow, u"ok"_s, u"ok"_s, u"ok"_s}));
    const QString waiting = u"waiting"_s;
    QCOMPARE(tryAll(*zoe), (QStringList{waiting, waiting, waiting, waiting}));
    QCOMPARE(room.store().checklistScores(room.workshopId()).size(), 1);
    QVERIFY(room.store().votes(room.workshopId()).isEmpty());
    QCOMPARE(room.store().votesDone(room.workshopId()).size(), 1);
}

// Until the cards are revealed the projector shows no candidate on Score and Decide, and no
// phone receives one or may score it or put a dot on it.
void TestRoomJudgements::nothingBeforeTheReveal() {
    RoomHarness room;
    const QString secret = u"UNREVEALED <b>Ben's</b> card \u202e"_s;
    Candidate bens = makeCandidate(room.workshopId(), secret);
    bens.behaviour = secret + u" behaviour"_s;
    bens.measure = secret + u" measure"_s;
    bens.definition = secret + u" definition"_s;
    bens.authorId = room.people()[1].id;
    const qint64 card = *room.store().addCandidate(bens);
    auto aisha = phoneBeforeTheReveal(room);
    QVERIFY(aisha);
    const QString criterion = Playbook::standard().checklist()[0].key;

    room.goTo(QString(StageKeys::Score));
    const QJsonObject scoring =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"score"; });
    QVERIFY(member(scoring, "score").value(u"hidden"_s).toBool());
    QVERIFY(member(scoring, "score").value(u"candidate"_s).isNull());
    QVERIFY(!leaksUnrevealed(scoring));
    QCOMPARE(error(scorePut(*aisha, card, criterion, u"yes"_s)), u"not-now"_s);
    QVERIFY(room.store().checklistScores(room.workshopId()).isEmpty());

    room.clock().advance(10'000);
    room.goTo(QString(StageKeys::Decide));
    const QJsonObject voting =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"vote"; });
    QVERIFY(member(voting, "vote").value(u"hidden"_s).toBool());
    QVERIFY(member(voting, "vote").value(u"candidates"_s).toArray().isEmpty());
    QVERIFY(!leaksUnrevealed(voting));
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, card)), u"not-now"_s);
    QVERIFY(room.store().votes(room.workshopId()).isEmpty());

    // Revealed: the same card reaches the phone and takes a dot.
    room.setRevealed(true);
    const QJsonObject shown = aisha->waitForState([](const QJsonObject& s) {
        return !member(s, "vote").value(u"candidates"_s).toArray().isEmpty();
    });
    QVERIFY(!member(shown, "vote").value(u"hidden"_s).toBool());
    QCOMPARE(
        member(shown, "vote").value(u"candidates"_s).toArray().first().toObject().value(u"name"_s),
        secret);
    room.clock().advance(10'000);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, card)), u"ok"_s);
}

// A revisit's carried-over North Star was chosen in the open: phones score it and put dots
// on it before the reveal, while the silent cards beside it stay on the laptop.
void TestRoomJudgements::theIncumbentBeforeTheReveal() {
    RoomHarness room;
    Candidate bens = makeCandidate(room.workshopId(), u"UNREVEALED \u05e9\u05dc\u05d5\u05dd"_s);
    bens.authorId = room.people()[1].id;
    const qint64 secret = *room.store().addCandidate(bens);
    Candidate kept =
        makeCandidate(room.workshopId(), u"Weekly cooked meals \U0001F373"_s, CandidateKind::Room);
    kept.position = 1;
    const qint64 incumbent = *room.store().addCandidate(kept);
    auto aisha = phoneBeforeTheReveal(room);
    QVERIFY(aisha);
    const QString criterion = Playbook::standard().checklist()[0].key;

    room.goTo(QString(StageKeys::Score));
    const QJsonObject scoring =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"score"; });
    const QJsonObject score = member(scoring, "score");
    QVERIFY(!score.value(u"hidden"_s).toBool());
    QCOMPARE(score.value(u"candidate"_s).toObject().value(u"name"_s).toString(), kept.name);
    QCOMPARE(score.value(u"candidate"_s).toObject().value(u"count"_s).toInt(), 1);
    QVERIFY(!leaksUnrevealed(scoring));
    QCOMPARE(error(scorePut(*aisha, incumbent, criterion, u"yes"_s)), u"ok"_s);
    QCOMPARE(error(scorePut(*aisha, secret, criterion, u"yes"_s)), u"not-now"_s);
    QCOMPARE(scoresOf(room, room.people()[0].id).size(), 1);

    room.clock().advance(10'000);
    room.goTo(QString(StageKeys::Decide));
    const QJsonObject voting =
        aisha->waitForState([](const QJsonObject& s) { return mode(s) == u"vote"; });
    const QJsonArray candidates = member(voting, "vote").value(u"candidates"_s).toArray();
    QVERIFY(!member(voting, "vote").value(u"hidden"_s).toBool());
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().toObject().value(u"card"_s).toString(), key(incumbent));
    QVERIFY(!leaksUnrevealed(voting));
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, secret)), u"not-now"_s);
    QCOMPARE(error(dot(*aisha, u"dot.place"_s, incumbent)), u"ok"_s);
    QCOMPARE(dotsOf(room, room.people()[0].id, incumbent), 1);
    QCOMPARE(dotsOf(room, room.people()[0].id, secret), 0);
}

QTEST_GUILESS_MAIN(TestRoomJudgements)
#include "TestRoomJudgements.moc"
