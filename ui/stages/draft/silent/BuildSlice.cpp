#include "BuildSlice.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {

// What an editor is expected to take before any was timed: about a millisecond to make,
// polish and show (bench_room --console).
constexpr qint64 FirstGuessNs = 1'000'000;

} // namespace

BuildSlice::BuildSlice(qint64 sliceNs)
    : m_sliceNs(sliceNs)
    , m_editorNs(FirstGuessNs) {
    setClock({});
}

void BuildSlice::setClock(Clock clock) {
    if (clock) {
        m_clock = std::move(clock);
        return;
    }
    QElapsedTimer steady;
    steady.start();
    m_clock = [steady] { return steady.nsecsElapsed(); };
}

qint64 BuildSlice::now() const {
    return m_clock();
}

void BuildSlice::start() {
    m_start = now();
    m_asked = -1;
    m_made = 0;
    m_full = false;
}

bool BuildSlice::full() {
    if (m_full)
        return true;
    const qint64 at = now();
    // The time since the last editor was let through is what it took, with the little work
    // around it: learnt, leaning on the latest (an editor costs more as the window fills).
    if (m_asked >= 0)
        m_editorNs = std::max((m_editorNs + at - m_asked) / 2, at - m_asked);
    m_full = m_made > 0 && at - m_start + m_editorNs > m_sliceNs;
    m_asked = m_full ? -1 : at;
    m_made += m_full ? 0 : 1;
    return m_full;
}

bool BuildSlice::spent() {
    m_full = m_full || now() - m_start >= m_sliceNs;
    return m_full;
}

void BuildSlice::finish() {
    m_longestNs = std::max(m_longestNs, now() - m_start);
}
