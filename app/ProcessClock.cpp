#include "ProcessClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

namespace {
QElapsedTimer& sinceMain() {
    static QElapsedTimer timer;
    return timer;
}

#if defined(Q_OS_LINUX)
// Field 22 of /proc/self/stat: start time in clock ticks since boot.
qint64 startTicksSinceBoot() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')'); // the command name may hold spaces
    if (afterName < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is at index 19.
    return fields.size() > 19 ? fields[19].toLongLong() : -1;
}
#endif
} // namespace

namespace ProcessClock {

void markMainEntered() {
    sinceMain().start();
}

qint64 millisecondsSinceStart() {
#if defined(Q_OS_LINUX)
    const qint64 ticks = startTicksSinceBoot();
    const long hertz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (ticks >= 0 && hertz > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
        return nowMs - ticks * 1000 / hertz;
    }
#endif
    return sinceMain().isValid() ? sinceMain().elapsed() : -1;
}

} // namespace ProcessClock
