#pragma once
// The length the library keeps of a one-line field, applied however the text arrives: typed,
// pasted, dropped, or set through the accessibility interface (a screen reader, dictation),
// which sends no key and which QLineEdit's own maximum would cut without a word. Text past
// the limit is cut as it arrives, and the InputGuard says how much was kept, so nothing is
// cut silently and the library is never offered text it would refuse.
class QLineEdit;
class QPlainTextEdit;

namespace TextLimit {

// Caps `field` at `limit` characters (one of domain/TextLimits).
void apply(QLineEdit* field, int limit);
// The same for a text box; call it before connecting the box's own textChanged handlers, so
// they see the text already cut.
void apply(QPlainTextEdit* field, int limit);
// The cap `apply` set on `field`, 0 when it has none.
int of(const QLineEdit* field);
int of(const QPlainTextEdit* field);

} // namespace TextLimit
