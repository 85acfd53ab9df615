#pragma once
// Renders the console and the projector (dark and light) for every stage of a workshop, and
// the projector's cheat sheet of examples, to PNG files, for the README and for reviewing
// how each stage looks. Moves through the stages in preview,
// so the workshop itself is not changed.
#include <QStringList>

class Clock;
class WorkshopStore;

namespace Grabber {
// Returns the files written, or an empty list with `error` set.
QStringList grabWorkshop(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                         const QString& folder, QString* error);
} // namespace Grabber
