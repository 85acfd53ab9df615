#pragma once
// How long this process has been running, measured from the kernel's record of its start
// (so time spent loading libraries before main() counts too).
#include <QtGlobal>

namespace ProcessClock {
// Call first thing in main(): the fallback when the kernel's start time is unavailable.
void markMainEntered();
qint64 millisecondsSinceStart();
} // namespace ProcessClock
