#pragma once
// Where the agenda runner gets the time. The app uses a monotonic clock; tests use a clock
// they move by hand, so a 45-minute countdown is tested in microseconds without sleeping.
#include <QDateTime>
#include <QElapsedTimer>

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic scale: only differences mean anything.
    virtual qint64 monotonicMs() const = 0;
    // Wall-clock time, for "ends at 12:58".
    virtual QDateTime wallTime() const = 0;
};

class SteadyClock final : public Clock {
public:
    SteadyClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime wallTime() const override { return QDateTime::currentDateTime(); }

private:
    QElapsedTimer m_timer;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 14), QTime(11, 0)))
        : m_start(std::move(start)) {}
    qint64 monotonicMs() const override { return m_now; }
    QDateTime wallTime() const override { return m_start.addMSecs(m_now); }
    void advance(qint64 ms) { m_now += ms; }

private:
    QDateTime m_start;
    qint64 m_now = 0;
};
