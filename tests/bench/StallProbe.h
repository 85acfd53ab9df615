#pragma once
// The longest stall of the main event loop for the room benchmarks: a 1 ms timer that cannot
// fire while the loop is busy, so the longest gap between two of its ticks, less the
// millisecond, is how long the loop was kept from everything else (a key press, a repaint).
// Beside it, the most CPU time the main thread spent between two ticks: on a shared machine
// the gap also holds the time other programs had the core, the CPU time only this loop's own
// work, which is what a change to the app can move.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class StallProbe : public QObject {
public:
    StallProbe();
    double longestMs() const { return double(m_longestNs) / 1e6; }
    // 0 where the platform has no per-thread CPU clock.
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = -1;
    qint64 m_longestCpuNs = 0;
};
