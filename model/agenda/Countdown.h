#pragma once
// The stage timer. Remaining time is always computed from timestamps (when it was started
// and how much had elapsed before), never by counting ticks, so it cannot drift however
// irregularly the display refreshes. It never moves the agenda on by itself.
#include <QtGlobal>

class Clock;

class Countdown {
public:
    enum class Phase { Calm, Amber, Red, Overrun };

    explicit Countdown(const Clock& clock);

    // Sets the budget and the time already spent, paused (as when a stage is entered).
    void load(qint64 budgetMs, qint64 elapsedMs);
    void start();
    void pause();
    void reset(); // back to the full budget, paused
    void setBudget(qint64 budgetMs);

    bool isRunning() const { return m_running; }
    qint64 budgetMs() const { return m_budgetMs; }
    qint64 elapsedMs() const;
    qint64 remainingMs() const { return m_budgetMs - elapsedMs(); } // negative when over
    Phase phase() const;

    // "07:42" while counting down, "+01:05" once over time.
    static QString format(qint64 remainingMs);

private:
    const Clock& m_clock;
    qint64 m_budgetMs = 0;
    qint64 m_elapsedBeforeStart = 0;
    qint64 m_startedAt = 0;
    bool m_running = false;
};
