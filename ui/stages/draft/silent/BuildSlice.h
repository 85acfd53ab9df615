#pragma once
// The time one pass of the event loop may spend making the silent page's card editors, and
// whether the next editor still fits in it. Judged before each editor by what the editors made
// so far took to make, polish, measure and show, so a pass stops before an editor that would
// take it past its slice, not after it, as checking the time alone before each one would. The
// first editor of a pass is always made: every pass gets on.
#include <QtGlobal>

#include <functional>

class BuildSlice {
public:
    // A monotonic clock in nanoseconds; tests give one they move by hand.
    using Clock = std::function<qint64()>;

    explicit BuildSlice(qint64 sliceNs);

    void setClock(Clock clock);
    qint64 sliceNs() const { return m_sliceNs; }
    // What an editor is expected to take, from those made so far.
    qint64 editorNs() const { return m_editorNs; }

    // A pass begins.
    void start();
    // Asked before each editor: whether the pass stops here. Once full, the pass stays so.
    bool full();
    // Whether the time is up, without counting an editor (for the work between editors).
    bool spent();
    // The pass ends; its time counts in longestPassNs().
    void finish();
    qint64 longestPassNs() const { return m_longestNs; }

private:
    qint64 now() const;

    Clock m_clock;
    qint64 m_sliceNs;
    qint64 m_editorNs;
    qint64 m_start = 0;
    qint64 m_asked = -1; // when the editor being made was let through, -1 if none
    int m_made = 0;      // editors let through in this pass
    bool m_full = false;
    qint64 m_longestNs = 0;
};
