#pragma once
// User text (a name, a card's title) set inside a sentence of ours, in any text Lodestar
// writes: a right-to-left name in a left-to-right sentence takes the digits and punctuation
// around it into its own direction ("3 — محمد علي dots left" reads "left 3 · …"). Wrapped in
// a first-strong isolate (U+2068 … U+2069) it keeps to itself and the sentence reads as
// written. The exports use this directly; the widgets through ui/UserText.
#include <QString>

namespace TextDirection {

inline constexpr char16_t FirstStrongIsolate = u'\u2068';
inline constexpr char16_t PopDirectionalIsolate = u'\u2069';

// Whether `text` holds right-to-left characters or explicit direction controls, which could
// change how the sentence around it reads.
bool mayTurnTheSentence(const QString& text);
// `text` wrapped in U+2068 … U+2069 when it may turn the sentence; otherwise as it was.
QString isolate(const QString& text);
// `text` wrapped in U+2068 … U+2069 whatever it holds.
QString isolateAlways(const QString& text);

} // namespace TextDirection
