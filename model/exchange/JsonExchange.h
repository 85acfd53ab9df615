#pragma once
// A workshop as a JSON file: the export that another library (or another tool) can read
// back, and the strict reader behind File ▸ Import and --import. The format, its limits and
// its versioning policy are documented in resources/exchange/README.md.
#include "exchange/WorkshopDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace JsonExchange {
inline constexpr int SchemaVersion = 2; // written; every version from 1 up is read
inline constexpr int OldestReadVersion = 1;
inline constexpr auto FormatTag = "lodestar-workshop";

// UTF-8, indented, schema version 2.
QByteArray write(const WorkshopDocument& doc);

// Strict: types, lengths (domain/TextLimits), references, version, duplicates, size and
// nesting limits (exchange/ImportLimits.h). On failure: nullopt and *error names the field,
// e.g. "candidates[3].authorId: no participant 17".
std::optional<WorkshopDocument> read(const QByteArray& json, QString* error);
} // namespace JsonExchange
