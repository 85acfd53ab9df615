#include "StallProbe.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace {

qint64 threadCpuNs() {
#ifdef Q_OS_UNIX
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#endif
    return -1;
}

} // namespace

StallProbe::StallProbe() {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_last.isValid())
            m_longestNs = std::max(m_longestNs, m_last.nsecsElapsed() - 1'000'000);
        m_last.start();
        const qint64 cpu = threadCpuNs();
        if (cpu >= 0 && m_lastCpuNs >= 0)
            m_longestCpuNs = std::max(m_longestCpuNs, cpu - m_lastCpuNs);
        m_lastCpuNs = cpu;
    });
    m_timer.start();
}
