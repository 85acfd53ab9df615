#pragma once
// Joins names into one phrase for a sentence shown to people: "A", "A and B",
// "A, B and C". Translators can change both the separator and the final "and".
#include <QStringList>

namespace ListText {
QString joined(const QStringList& items);
} // namespace ListText
