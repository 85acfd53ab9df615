#pragma once
// A finished workshop whose every piece of user text is hostile: seven people whose names mix
// accents, Arabic, Hebrew, Chinese, quotes, `<b>` markup and emoji, and cards, pairs, warm-up
// worksheets, terrible North Stars, criteria, follow-ups and a chosen North Star written the
// same way. For tests that walk every page and projector view with text that has broken
// other programs: markup must stay literal, right-to-left names must not turn a sentence.
#include "exchange/WorkshopDocument.h"

#include <QStringList>

#include <optional>

class WorkshopStore;

namespace HostileWorkshop {

// The seven names, in roster order.
QStringList roster();
// Fragments of the hostile text that would disappear (or turn bold) if rendered as markup.
QStringList markupFragments();
// The workshop as a document, ready to import: silent cards revealed, pairs drawn, every
// candidate scored, dots placed (the vote still open), a North Star chosen with inputs.
WorkshopDocument document();
// Imports it into `store`; the new workshop's id.
std::optional<qint64> create(WorkshopStore& store);

} // namespace HostileWorkshop
