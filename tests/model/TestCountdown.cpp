// The stage timer on a hand-moved clock: thresholds, overrun, pause, reset, budgets, drift.
#include "agenda/Clock.h"
#include "agenda/Countdown.h"

#include <QTest>

class TestCountdown : public QObject {
    Q_OBJECT

private slots:
    void phases_data();
    void phases();
    void pauseAndResume();
    void resetAndBudgetChanges();
    void format_data();
    void format();
    void noDriftOverFortyFiveMinutes();
};

void TestCountdown::phases_data() {
    QTest::addColumn<int>("budgetMinutes");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("phase");
    using P = Countdown::Phase;
    QTest::newRow("fresh") << 10 << qint64(0) << int(P::Calm);
    QTest::newRow("just above 20%") << 10 << qint64(479'999) << int(P::Calm);
    QTest::newRow("exactly 20% left") << 10 << qint64(480'000) << int(P::Amber);
    QTest::newRow("61 s left") << 10 << qint64(539'000) << int(P::Amber);
    QTest::newRow("60 s left") << 10 << qint64(540'000) << int(P::Red);
    QTest::newRow("zero") << 10 << qint64(600'000) << int(P::Red);
    QTest::newRow("one ms over") << 10 << qint64(600'001) << int(P::Overrun);
    QTest::newRow("short stage skips amber") << 4 << qint64(179'000) << int(P::Calm);
    QTest::newRow("short stage at 60 s") << 4 << qint64(180'000) << int(P::Red);
    QTest::newRow("zero-minute stage") << 0 << qint64(0) << int(P::Red);
}

void TestCountdown::phases() {
    QFETCH(int, budgetMinutes);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, phase);
    ManualClock clock;
    Countdown countdown(clock);
    countdown.load(qint64(budgetMinutes) * 60'000, 0);
    countdown.start();
    clock.advance(elapsedMs);
    QCOMPARE(int(countdown.phase()), phase);
}

void TestCountdown::pauseAndResume() {
    ManualClock clock;
    Countdown countdown(clock);
    countdown.load(600'000, 120'000); // reopened with two minutes already spent
    QVERIFY(!countdown.isRunning());
    clock.advance(50'000); // paused time does not count
    QCOMPARE(countdown.remainingMs(), 480'000);
    countdown.start();
    clock.advance(30'000);
    QCOMPARE(countdown.elapsedMs(), 150'000);
    countdown.pause();
    clock.advance(1'000'000);
    QCOMPARE(countdown.elapsedMs(), 150'000);
    countdown.start();
    countdown.start(); // a second start changes nothing
    clock.advance(500'000);
    QCOMPARE(countdown.remainingMs(), -50'000);
    QCOMPARE(countdown.phase(), Countdown::Phase::Overrun);
    QCOMPARE(Countdown::format(countdown.remainingMs()), QStringLiteral("+00:50"));
}

void TestCountdown::resetAndBudgetChanges() {
    ManualClock clock;
    Countdown countdown(clock);
    countdown.load(300'000, 0);
    countdown.start();
    clock.advance(290'000);
    QCOMPARE(countdown.phase(), Countdown::Phase::Red);
    countdown.setBudget(360'000); // +1 min
    QCOMPARE(countdown.remainingMs(), 70'000);
    QCOMPARE(countdown.phase(), Countdown::Phase::Amber);
    countdown.setBudget(240'000); // back and another -1 min: now over
    QCOMPARE(countdown.phase(), Countdown::Phase::Overrun);
    countdown.reset();
    QVERIFY(!countdown.isRunning());
    QCOMPARE(countdown.remainingMs(), 240'000);
    countdown.setBudget(-5);
    QCOMPARE(countdown.budgetMs(), 0);
}

void TestCountdown::format_data() {
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("text");
    QTest::newRow("full") << qint64(600'000) << "10:00";
    QTest::newRow("rounds up") << qint64(462'001) << "07:43";
    QTest::newRow("last ms") << qint64(1) << "00:01";
    QTest::newRow("zero") << qint64(0) << "00:00";
    QTest::newRow("just over") << qint64(-999) << "+00:00";
    QTest::newRow("over") << qint64(-65'000) << "+01:05";
    QTest::newRow("an hour over") << qint64(-3'725'000) << "+62:05";
    QTest::newRow("long stage") << qint64(100 * 60'000) << "100:00";
}

void TestCountdown::format() {
    QFETCH(qint64, remaining);
    QFETCH(QString, text);
    QCOMPARE(Countdown::format(remaining), text);
}

void TestCountdown::noDriftOverFortyFiveMinutes() {
    // Irregular "ticks" (as a busy UI thread delivers them) must not add up to drift.
    ManualClock clock;
    Countdown countdown(clock);
    countdown.load(45 * 60'000, 0);
    countdown.start();
    quint32 seed = 12345;
    qint64 simulated = 0;
    while (simulated < 45 * 60'000) {
        seed = seed * 1664525u + 1013904223u;
        const qint64 step = 150 + qint64(seed % 400); // 150..549 ms between ticks
        clock.advance(step);
        simulated += step;
        (void)countdown.remainingMs(); // what a tick reads
        if (seed % 97 == 0) {          // now and then the facilitator pauses for a moment
            countdown.pause();
            countdown.start();
        }
    }
    const qint64 drift = qAbs(countdown.elapsedMs() - simulated);
    QVERIFY2(drift <= 100, qPrintable(QStringLiteral("drift %1 ms").arg(drift)));
    QCOMPARE(drift, 0);
}

QTEST_GUILESS_MAIN(TestCountdown)
#include "TestCountdown.moc"
