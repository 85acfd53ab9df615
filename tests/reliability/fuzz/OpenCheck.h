#pragma once
// The property the database-opener fuzzer checks, shared with the regression test that
// replays the corpus in the normal suite: whatever bytes a library file holds, Database
// either opens it as a library or refuses it with a message and leaves it byte-identical.
#include <QByteArray>
#include <QString>

namespace OpenCheck {
// Writes `bytes` as a library file in the empty folder `folder`, opens it, and empties the
// folder again. Returns an empty string when the property held, otherwise what went wrong.
QString checkOpen(const QByteArray& bytes, const QString& folder);
} // namespace OpenCheck
