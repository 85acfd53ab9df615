#pragma once
// The member-by-member half of the JSON import: every object of schema versions 1 and 2 read into
// a WorkshopDocument with its types, required members, enums, text lengths, ranges and list
// sizes checked. References between objects are DocumentCheck's job.
#include "exchange/JsonReader.h"
#include "exchange/WorkshopDocument.h"

namespace JsonReadParts {
// Reads everything below the top level's "format" and "version" as file version `version`
// (version 2 adds the history members and the optional check-ins); false when `root` failed.
bool readDocument(JsonReader& root, int version, WorkshopDocument* doc);
} // namespace JsonReadParts
