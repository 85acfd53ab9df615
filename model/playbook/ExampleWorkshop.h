#pragma once
// A complete, realistic workshop for a fictional meal-kit subscription, filled through
// every stage, so a newcomer can see the whole flow before running their own.
#include <QCoreApplication>

#include <optional>

class WorkshopStore;

namespace ExampleWorkshop {
// Creates the example in `store` and returns its id, or nothing if the store refused a
// write (store.lastError() says why; a half-built example is removed).
std::optional<qint64> create(WorkshopStore& store);
} // namespace ExampleWorkshop
