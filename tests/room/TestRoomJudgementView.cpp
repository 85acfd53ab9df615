// What a phone sees while the room scores and votes (issue #18), as a pure function of the
// room: only MY answers and MY dots, counts of the others, and the tally only once closed.
#include "RoomView.h"
#include "domain/StageKeys.h"
#include "playbook/Playbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Aisha = 11;
constexpr qint64 Ben = 12;
constexpr qint64 Chen = 13;

Candidate candidate(qint64 id, const QString& name) {
    Candidate c;
    c.id = id;
    c.workshopId = 1;
    c.authorId = Ben;
    c.kind = CandidateKind::Pair;
    c.name = name;
    c.behaviour = name + u" behaviour"_s;
    return c;
}

RoomSnapshot room(const QString& stage) {
    RoomSnapshot room;
    room.title = u"Judging"_s;
    room.stageKey = stage;
    room.people = {
        {Aisha, 1, u"Aisha"_s, {}, 0}, {Ben, 1, u"Ben"_s, {}, 1}, {Chen, 1, u"Chen"_s, {}, 2}};
    return room;
}

RoomViewer viewer(qint64 person) {
    if (person == 0)
        return {u"dev-w"_s, 0, u"Zoë"_s, true};
    return {u"dev-%1"_s.arg(person), person, u"P%1"_s.arg(person), false};
}

QJsonObject member(const RoomSnapshot& room, qint64 person, const char* name) {
    return RoomView::state(room, viewer(person)).value(QLatin1String(name)).toObject();
}

} // namespace

class TestRoomJudgementView : public QObject {
    Q_OBJECT

private slots:
    void scoreShowsOnlyMyAnswers();
    void scoreInConsensusIsReadOnly();
    void scoreWithoutCandidate();
    void voteBeforeAndAfterClosing();
    void voteOverLimit();
    void membersOnlyInTheirMode();
};

void TestRoomJudgementView::scoreShowsOnlyMyAnswers() {
    RoomSnapshot r = room(QString(StageKeys::Score));
    const QList<ChecklistCriterion> criteria = Playbook::standard().checklist();
    QVERIFY(criteria.size() >= 3);
    r.scoring.perPerson = true;
    r.scoring.criteria = criteria;
    r.scoring.candidate = candidate(41, u"Weekly orders"_s);
    r.scoring.index = 2;
    r.scoring.count = 5;
    // Ben answered everything "partly"; Aisha two criteria "yes"/"no"; Chen nothing.
    for (const ChecklistCriterion& c : criteria)
        r.scoring.answers.append({41, c.key, Ben, ChecklistAnswer::Partly});
    r.scoring.answers.append({41, criteria[0].key, Aisha, ChecklistAnswer::Yes});
    r.scoring.answers.append({41, criteria[1].key, Aisha, ChecklistAnswer::No});

    const QJsonObject aisha = member(r, Aisha, "score");
    QVERIFY(aisha.value(u"perPerson"_s).toBool());
    const QJsonObject card = aisha.value(u"candidate"_s).toObject();
    QCOMPARE(card.value(u"card"_s).toString(), u"c41"_s);
    QCOMPARE(card.value(u"index"_s).toInt(), 2);
    QCOMPARE(card.value(u"count"_s).toInt(), 5);
    QVERIFY(!card.contains(u"author"_s));
    QCOMPARE(aisha.value(u"criteria"_s).toArray().size(), criteria.size());
    QCOMPARE(aisha.value(u"criteria"_s).toArray().first().toObject().value(u"key"_s).toString(),
             criteria[0].key);
    const QJsonObject mine = aisha.value(u"mine"_s).toObject();
    QCOMPARE(mine.size(), 2); // unanswered criteria are absent
    QCOMPARE(mine.value(criteria[0].key).toString(), u"yes"_s);
    QCOMPARE(mine.value(criteria[1].key).toString(), u"no"_s);
    QCOMPARE(aisha.value(u"answered"_s).toInt(), 1); // Ben, all of them
    QCOMPARE(aisha.value(u"people"_s).toInt(), 3);
    // Aisha's message carries no "partly" at all: Ben's answers stay on the laptop.
    QVERIFY(!QJsonDocument(RoomView::state(r, viewer(Aisha))).toJson().contains("partly"));
    const QJsonObject chen = member(r, Chen, "score");
    QVERIFY(chen.value(u"mine"_s).toObject().isEmpty());
    QVERIFY(!QJsonDocument(RoomView::state(r, viewer(Chen))).toJson().contains("\"yes\""));
    QCOMPARE(member(r, Ben, "score").value(u"mine"_s).toObject().size(), criteria.size());
}

void TestRoomJudgementView::scoreInConsensusIsReadOnly() {
    RoomSnapshot r = room(QString(StageKeys::Score));
    r.scoring.perPerson = false;
    r.scoring.criteria = Playbook::standard().checklist();
    r.scoring.candidate = candidate(41, u"Weekly orders"_s);
    r.scoring.index = 1;
    r.scoring.count = 1;
    const QJsonObject score = member(r, Aisha, "score");
    QVERIFY(!score.value(u"perPerson"_s).toBool());
    QVERIFY(!score.contains(u"mine"_s));
    QCOMPARE(score.value(u"candidate"_s).toObject().value(u"name"_s).toString(),
             u"Weekly orders"_s);
}

void TestRoomJudgementView::scoreWithoutCandidate() {
    RoomSnapshot r = room(QString(StageKeys::Score));
    r.scoring.perPerson = true;
    r.scoring.count = 3; // the one on screen is eliminated: readScoring leaves it unset
    const QJsonObject score = member(r, Aisha, "score");
    QVERIFY(score.contains(u"candidate"_s));
    QVERIFY(score.value(u"candidate"_s).isNull());
}

void TestRoomJudgementView::voteBeforeAndAfterClosing() {
    RoomSnapshot r = room(QString(StageKeys::Decide));
    r.voting.dotsPerPerson = 3;
    r.voting.maxPerCandidate = 2;
    r.voting.survivors = {candidate(41, u"Orders"_s), candidate(42, u"Nights"_s)};
    r.voting.votes = {{Aisha, 41, 2}, {Ben, 41, 1}, {Ben, 42, 2}, {Chen, 42, 1}};
    r.voting.done = {Chen};
    const QJsonObject open = member(r, Aisha, "vote");
    QVERIFY(!open.value(u"closed"_s).toBool());
    QCOMPARE(open.value(u"left"_s).toInt(), 1);
    QVERIFY(!open.value(u"done"_s).toBool());
    QVERIFY(!open.value(u"overLimit"_s).toBool());
    const QJsonArray candidates = open.value(u"candidates"_s).toArray();
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates[0].toObject().value(u"card"_s).toString(), u"c41"_s);
    QCOMPARE(candidates[0].toObject().value(u"mine"_s).toInt(), 2);
    QCOMPARE(candidates[1].toObject().value(u"mine"_s).toInt(), 0);
    QCOMPARE(open.value(u"finished"_s).toInt(), 2); // Ben used all; Chen said done
    QCOMPARE(open.value(u"people"_s).toInt(), 3);
    QVERIFY(!open.contains(u"tally"_s));
    // Nothing in Aisha's message carries the others' dots: no 3 (41's total), no tally.
    const QByteArray bytes = QJsonDocument(RoomView::state(r, viewer(Aisha))).toJson();
    QVERIFY(!bytes.contains("\"dots\""));
    QVERIFY(!bytes.contains("voters"));
    QCOMPARE(member(r, Chen, "vote").value(u"done"_s).toBool(), true);

    r.voting.closed = true;
    const QJsonObject closed = member(r, Aisha, "vote");
    const QJsonArray tally = closed.value(u"tally"_s).toArray();
    QCOMPARE(tally.size(), 2);
    QCOMPARE(tally[0].toObject().value(u"card"_s).toString(), u"c41"_s); // 3 dots, first
    QCOMPARE(tally[0].toObject().value(u"dots"_s).toInt(), 3);
    QCOMPARE(tally[0].toObject().value(u"voters"_s).toInt(), 2);
    QCOMPARE(tally[0].toObject().value(u"rank"_s).toInt(), 1);
    QVERIFY(tally[0].toObject().value(u"tied"_s).toBool());
    QCOMPARE(tally[1].toObject().value(u"rank"_s).toInt(), 1);
}

void TestRoomJudgementView::voteOverLimit() {
    RoomSnapshot r = room(QString(StageKeys::Decide));
    r.voting.dotsPerPerson = 2; // lowered after Aisha placed three
    r.voting.maxPerCandidate = 2;
    r.voting.survivors = {candidate(41, u"Orders"_s), candidate(42, u"Nights"_s)};
    r.voting.votes = {{Aisha, 41, 2}, {Aisha, 42, 1}};
    const QJsonObject vote = member(r, Aisha, "vote");
    QVERIFY(vote.value(u"overLimit"_s).toBool());
    QCOMPARE(vote.value(u"left"_s).toInt(), 0);
    QVERIFY(!member(r, Ben, "vote").value(u"overLimit"_s).toBool());
}

void TestRoomJudgementView::membersOnlyInTheirMode() {
    for (const QString& stage : {QString(StageKeys::Silent), QString(StageKeys::Score),
                                 QString(StageKeys::Decide), u"opening"_s}) {
        RoomSnapshot r = room(stage);
        r.scoring.candidate = candidate(41, u"Orders"_s);
        const QJsonObject state = RoomView::state(r, viewer(Aisha));
        QCOMPARE(state.contains(u"score"_s), stage == StageKeys::Score);
        QCOMPARE(state.contains(u"vote"_s), stage == StageKeys::Decide);
        QVERIFY(state.value(u"cards"_s).toArray().isEmpty());
        const QJsonObject waiting = RoomView::state(r, viewer(0));
        QVERIFY(!waiting.contains(u"score"_s));
        QVERIFY(!waiting.contains(u"vote"_s));
    }
}

QTEST_GUILESS_MAIN(TestRoomJudgementView)
#include "TestRoomJudgementView.moc"
