#include "Countdown.h"

#include "Clock.h"

#include <QString>

Countdown::Countdown(const Clock& clock)
    : m_clock(clock) {}

void Countdown::load(qint64 budgetMs, qint64 elapsedMs) {
    m_budgetMs = qMax<qint64>(0, budgetMs);
    m_elapsedBeforeStart = qMax<qint64>(0, elapsedMs);
    m_running = false;
}

void Countdown::start() {
    if (m_running)
        return;
    m_startedAt = m_clock.monotonicMs();
    m_running = true;
}

void Countdown::pause() {
    if (!m_running)
        return;
    m_elapsedBeforeStart = elapsedMs();
    m_running = false;
}

void Countdown::reset() {
    m_running = false;
    m_elapsedBeforeStart = 0;
}

void Countdown::setBudget(qint64 budgetMs) {
    m_budgetMs = qMax<qint64>(0, budgetMs);
}

qint64 Countdown::elapsedMs() const {
    return m_running ? m_elapsedBeforeStart + (m_clock.monotonicMs() - m_startedAt)
                     : m_elapsedBeforeStart;
}

Countdown::Phase Countdown::phase() const {
    const qint64 remaining = remainingMs();
    if (remaining < 0)
        return Phase::Overrun;
    if (remaining <= 60'000)
        return Phase::Red;
    if (remaining * 5 <= m_budgetMs) // 20% or less left
        return Phase::Amber;
    return Phase::Calm;
}

QString Countdown::format(qint64 remainingMs) {
    // Count down in whole seconds rounded up (so "00:01" shows until the very end), and
    // count the overrun up in whole seconds rounded down.
    const bool over = remainingMs < 0;
    const qint64 seconds = over ? (-remainingMs) / 1000 : (remainingMs + 999) / 1000;
    const QString text = QStringLiteral("%1:%2")
                             .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return over ? QStringLiteral("+") + text : text;
}
