// RoomRules as tables: which mode a stage puts the phones in, and when a phone may score,
// place a dot or say it is done (issue #18); who is over the caps and who has finished.
#include "RoomRules.h"
#include "RoomStages.h"
#include "domain/StageKeys.h"
#include "scoring/DotVote.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomRules : public QObject {
    Q_OBJECT

private slots:
    void mode_data();
    void mode();
    void modesComeFromThePhoneTable();
    void mayScore_data();
    void mayScore();
    void mayPlaceDot_data();
    void mayPlaceDot();
    void mayMarkDone_data();
    void mayMarkDone();
    void overLimitAndFinished();
};

void TestRoomRules::mode_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<QString>("mode");
    const QString silent = StageKeys::Silent;
    QTest::newRow("silent") << silent << false << false << u"write"_s;
    QTest::newRow("silent, revealed") << silent << true << false << u"revealed"_s;
    QTest::newRow("silent, waiting") << silent << false << true << u"waiting"_s;
    QTest::newRow("score") << QString(StageKeys::Score) << false << false << u"score"_s;
    QTest::newRow("score, revealed flag ignored")
        << QString(StageKeys::Score) << true << false << u"score"_s;
    QTest::newRow("score, waiting") << QString(StageKeys::Score) << false << true << u"waiting"_s;
    QTest::newRow("decide") << QString(StageKeys::Decide) << false << false << u"vote"_s;
    QTest::newRow("decide, waiting") << QString(StageKeys::Decide) << false << true << u"waiting"_s;
    QTest::newRow("warmup") << QString(StageKeys::WarmUp) << false << false << u"worksheet"_s;
    QTest::newRow("pairs") << QString(StageKeys::Pairs) << false << false << u"look"_s;
    QTest::newRow("converge") << u"draft.converge"_s << false << false << u"look"_s;
    QTest::newRow("opening") << u"opening"_s << true << false << u"look"_s;
    QTest::newRow("no stage") << QString() << false << false << u"look"_s;
}

void TestRoomRules::mode() {
    QFETCH(QString, stage);
    QFETCH(bool, revealed);
    QFETCH(bool, waiting);
    QFETCH(QString, mode);
    QCOMPARE(RoomRules::modeKey(RoomRules::mode(stage, revealed, waiting)), mode);
}

// One table says which stage shows which face on the phones: every rule follows it, so a
// stage added to it (or moved in it) changes the room's modes and permissions together.
void TestRoomRules::modesComeFromThePhoneTable() {
    using RoomStages::Phone;
    const QStringList keys = {StageKeys::Opening,   StageKeys::Game,   StageKeys::GoodBad,
                              StageKeys::Structure, StageKeys::WarmUp, StageKeys::Silent,
                              StageKeys::Pairs,     StageKeys::Score,  StageKeys::Decide,
                              StageKeys::Converge};
    QList<Phone> faces;
    for (const RoomStages::Row& row : RoomStages::all()) {
        QVERIFY2(keys.contains(row.key), qPrintable(QString(row.key)));
        QVERIFY2(!faces.contains(row.phone), "one stage per face");
        faces.append(row.phone);
    }
    QCOMPARE(faces.size(), 4); // the silent cards, the checklist, the vote, the worksheet
    for (const QString& key : keys) {
        const Phone phone = RoomStages::phoneOf(key);
        const RoomRules::Mode mode = RoomRules::mode(key, false, false);
        QCOMPARE(mode == RoomRules::Mode::Write, phone == Phone::Cards);
        QCOMPARE(RoomRules::mode(key, true, false) == RoomRules::Mode::Revealed,
                 phone == Phone::Cards);
        QCOMPARE(mode == RoomRules::Mode::Score, phone == Phone::Score);
        QCOMPARE(mode == RoomRules::Mode::Vote, phone == Phone::Vote);
        QCOMPARE(mode == RoomRules::Mode::Worksheet, phone == Phone::Worksheet);
        QCOMPARE(mode == RoomRules::Mode::Look, phone == Phone::Look);
        QCOMPARE(RoomRules::mayWrite(key, false, 1, false).isEmpty(), phone == Phone::Cards);
        QCOMPARE(RoomRules::mayScore(key, false, 1, true, true).isEmpty(), phone == Phone::Score);
        QCOMPARE(RoomRules::mayPlaceDot(key, false, 1, false, true).isEmpty(),
                 phone == Phone::Vote);
        QCOMPARE(RoomRules::mayMarkDone(key, false, 1).isEmpty(), phone == Phone::Vote);
    }
    QCOMPARE(RoomStages::phoneOf(u"custom.retro"_s), Phone::Look);
}

void TestRoomRules::mayScore_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<bool>("perPerson");
    QTest::addColumn<bool>("scorable");
    QTest::addColumn<QString>("answer");
    const QString score = StageKeys::Score;
    QTest::newRow("per person, in play") << score << false << 7ll << true << true << QString();
    QTest::newRow("consensus") << score << false << 7ll << false << true << u"not-now"_s;
    QTest::newRow("eliminated or unknown")
        << score << false << 7ll << true << false << u"not-now"_s;
    QTest::newRow("waiting device") << score << true << 0ll << true << true << u"waiting"_s;
    QTest::newRow("no person") << score << false << 0ll << true << true << u"waiting"_s;
    QTest::newRow("decide") << QString(StageKeys::Decide) << false << 7ll << true << true
                            << u"not-now"_s;
    QTest::newRow("silent") << QString(StageKeys::Silent) << false << 7ll << true << true
                            << u"not-now"_s;
}

void TestRoomRules::mayScore() {
    QFETCH(QString, stage);
    QFETCH(bool, waiting);
    QFETCH(qint64, person);
    QFETCH(bool, perPerson);
    QFETCH(bool, scorable);
    QFETCH(QString, answer);
    QCOMPARE(RoomRules::mayScore(stage, waiting, person, perPerson, scorable), answer);
}

void TestRoomRules::mayPlaceDot_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("survivor");
    QTest::addColumn<QString>("answer");
    const QString decide = StageKeys::Decide;
    QTest::newRow("open vote, survivor") << decide << false << 7ll << false << true << QString();
    QTest::newRow("closed vote") << decide << false << 7ll << true << true << u"not-now"_s;
    QTest::newRow("not a survivor") << decide << false << 7ll << false << false << u"not-now"_s;
    QTest::newRow("waiting device") << decide << true << 0ll << false << true << u"waiting"_s;
    QTest::newRow("score stage") << QString(StageKeys::Score) << false << 7ll << false << true
                                 << u"not-now"_s;
    QTest::newRow("opening") << u"opening"_s << false << 7ll << false << true << u"not-now"_s;
}

void TestRoomRules::mayPlaceDot() {
    QFETCH(QString, stage);
    QFETCH(bool, waiting);
    QFETCH(qint64, person);
    QFETCH(bool, closed);
    QFETCH(bool, survivor);
    QFETCH(QString, answer);
    QCOMPARE(RoomRules::mayPlaceDot(stage, waiting, person, closed, survivor), answer);
}

void TestRoomRules::mayMarkDone_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<QString>("answer");
    QTest::newRow("decide") << QString(StageKeys::Decide) << false << 7ll << QString();
    QTest::newRow("waiting") << QString(StageKeys::Decide) << true << 0ll << u"waiting"_s;
    QTest::newRow("score") << QString(StageKeys::Score) << false << 7ll << u"not-now"_s;
    QTest::newRow("warmup") << QString(StageKeys::WarmUp) << false << 7ll << u"not-now"_s;
}

void TestRoomRules::mayMarkDone() {
    QFETCH(QString, stage);
    QFETCH(bool, waiting);
    QFETCH(qint64, person);
    QFETCH(QString, answer);
    QCOMPARE(RoomRules::mayMarkDone(stage, waiting, person), answer);
}

void TestRoomRules::overLimitAndFinished() {
    constexpr qint64 Ana = 1, Ben = 2, Chen = 3, Dev = 4;
    DotVote vote(3, 2);
    // Ana: 2 + 1 (all used, within caps); Ben: 2 on one; Chen: none; Dev: 3 on one (a cap
    // that was lowered under him).
    vote.setVotes({{Ana, 10, 2}, {Ana, 11, 1}, {Ben, 10, 2}, {Dev, 11, 3}});
    QVERIFY(!RoomRules::overLimit(vote, Ana));
    QVERIFY(!RoomRules::overLimit(vote, Ben));
    QVERIFY(!RoomRules::overLimit(vote, Chen));
    QVERIFY(RoomRules::overLimit(vote, Dev)); // 3 on one candidate, the cap is 2
    DotVote fewer(2, 2);
    fewer.setVotes(vote.votes());
    QVERIFY(RoomRules::overLimit(fewer, Ana)); // 3 dots, 2 allowed now
    QVERIFY(!RoomRules::overLimit(fewer, Ben));

    const QSet<qint64> done{Chen};
    QVERIFY(RoomRules::finishedVoting(vote, Ana, {}));    // no dot left
    QVERIFY(!RoomRules::finishedVoting(vote, Ben, {}));   // one left
    QVERIFY(RoomRules::finishedVoting(vote, Chen, done)); // said so
    QVERIFY(!RoomRules::finishedVoting(vote, Chen, {}));
    QVERIFY(RoomRules::finishedVoting(vote, Dev, {}));
}

QTEST_GUILESS_MAIN(TestRoomRules)
#include "TestRoomRules.moc"
