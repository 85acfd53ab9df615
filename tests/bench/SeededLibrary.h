#pragma once
// Seeded libraries for the benchmarks: the same content for the same arguments, written in
// one transaction (seconds for 10,000 workshops, not 10,000 process starts).
#include <QString>

namespace SeededLibrary {

// Creates (or adds to) the library at `path`: `workshops` workshops, each with six people,
// a vision, a current stage, `candidatesEach` candidates with inputs and votes, and a chosen
// North Star in two workshops of three. Returns an empty string or why it failed.
QString seed(const QString& path, int workshops, int candidatesEach = 12);

} // namespace SeededLibrary
