#pragma once
// User text (a name, a card's title, a group) set inside a sentence of ours. A right-to-left
// name in a left-to-right sentence takes the digits and punctuation around it into its own
// direction ("3 — محمد علي dots left" comes out as "left 3 · …"); wrapped in a first-strong
// isolate (U+2068 … U+2069) it keeps to itself and the sentence reads as written.
#include <QString>
#include <QStringList>

namespace UserText {

inline constexpr char16_t FirstStrongIsolate = u'\u2068';
inline constexpr char16_t PopDirectionalIsolate = u'\u2069';

// `text` isolated from the sentence around it, where that could change how either reads:
// when it holds right-to-left characters, or the interface itself runs right to left.
// Left-to-right text in a left-to-right interface comes back as it was.
QString isolate(const QString& text);
// Each of `texts` isolated, joined with `separator`.
QString isolateEach(const QStringList& texts, const QString& separator);

} // namespace UserText
