#pragma once
// The property the JSON-import fuzzer checks, shared with the regression test that replays
// its corpus in the normal suite: whatever bytes a file holds, JsonExchange::read either
// refuses them with a message naming a field, or returns a document that exports and reads
// back unchanged and that WorkshopStore::importWorkshop accepts; the imported workshop then
// loads with as many rows of every kind as the document had.
#include <QByteArray>
#include <QString>

class WorkshopStore;

namespace JsonImportCheck {
// Returns an empty string when the property held, otherwise what went wrong. An imported
// workshop is deleted again (to the trash) so the library stays small.
QString checkImport(const QByteArray& bytes, WorkshopStore& store);
} // namespace JsonImportCheck
