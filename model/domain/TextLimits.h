#pragma once
// Length limits for user text, enforced by the store and documented in the README.
// Short fields are titles and names that must fit a card or a projector line; long
// fields are definitions and notes.
#include <QString>

namespace TextLimits {
inline constexpr int ShortText = 200;
inline constexpr int LongText = 20000;
inline constexpr int Notes = 200000;

// Returns an empty string when `text` may be stored in a field called `field` that holds
// at most `maxLength` characters, otherwise a sentence saying why not.
QString check(const QString& field, const QString& text, int maxLength);
} // namespace TextLimits
