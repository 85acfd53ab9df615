#pragma once
// A complete, realistic workshop for a fictional meal-kit subscription, filled through
// every stage, so a newcomer can see the whole flow before running their own.
#include <QCoreApplication>
#include <QList>

#include <optional>

class WorkshopStore;

namespace ExampleWorkshop {
// Creates the example in `store` and returns its id, or nothing if the store refused a
// write (store.lastError() says why; a half-built example is removed).
std::optional<qint64> create(WorkshopStore& store);
// The example with its history: the workshop above, dated nine months before the store's
// clock says now, two check-ins on its North Star three and six months on, and a revisit of it
// dated now that keeps the North Star, changes one input and says why (ExampleRevisit.cpp). Returns
// both ids, oldest first; nothing (and neither workshop) if a write was refused.
std::optional<QList<qint64>> createWithRevisit(WorkshopStore& store);
} // namespace ExampleWorkshop
