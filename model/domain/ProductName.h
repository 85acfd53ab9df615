#pragma once
// How Lodestar decides that two workshops are about the same product: by name, tolerant of
// the ways people type a name twice ("Meal kit", " meal  KIT ", "Meal kit\u00a0"). Pure
// functions, no storage: the store groups by the key, widgets show the name as typed.
#include <QString>

namespace ProductName {

// The key two spellings of one product share: Unicode-composed (NFC, so "é" typed as one
// character or as "e" plus an accent is the same), case-folded ("Straße" is "STRASSE"),
// trimmed, and every run of white space (tabs, line breaks, no-break spaces) collapsed into
// one space. The empty key is "no product named".
QString key(const QString& name);

// True when `a` and `b` name the same product.
inline bool same(const QString& a, const QString& b) {
    return key(a) == key(b);
}

// `name` as it should be stored after an edit: trimmed, inner white space collapsed, case
// kept as typed.
QString tidy(const QString& name);

} // namespace ProductName
