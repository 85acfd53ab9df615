#pragma once
// Renders the console and the projector (dark and light) for every stage of a workshop, the
// projector's join card (with an example address) and its cheat sheet of examples, to PNG
// files, for the README and for reviewing how each stage looks. Moves through the stages in
// preview, so the workshop itself is not changed.
#include <QSize>
#include <QStringList>

#include <functional>

class Clock;
class QWidget;
class WorkshopStore;

namespace Grabber {
// Called with each image's file name (console-03-goodbad.png…) and the laid-out window
// about to be grabbed, so a test can inspect the widgets the picture shows.
using Visitor = std::function<void(const QString& name, QWidget* window)>;

// Returns the files written, or an empty list with `error` set. `screen` sets the size of
// both windows (empty: the console at 1600×1000, the projector at 1920×1080). An empty
// `folder` writes no files and only calls `visit` (then the names are returned).
QStringList grabWorkshop(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                         const QString& folder, QString* error, QSize screen = {},
                         const Visitor& visit = {});
} // namespace Grabber
