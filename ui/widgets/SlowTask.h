#pragma once
// Runs a piece of work on a worker thread and waits for it while the window keeps painting.
// If the work is still going after `delayMs`, a modal "please wait" dialog appears until it
// ends, so a quick task never flashes a dialog and a slow one never looks frozen.
#include <QString>

#include <functional>

class QWidget;

namespace SlowTask {

inline constexpr int DefaultDelayMs = 300;

// Returns whether the progress dialog was shown. `work` must not touch widgets or the
// library's database connection (they belong to the GUI thread).
bool run(QWidget* parent, const QString& label, const std::function<void()>& work,
         int delayMs = DefaultDelayMs);

} // namespace SlowTask
