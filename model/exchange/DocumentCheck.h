#pragma once
// Whether a WorkshopDocument may become a workshop in a library: ids unique and positive,
// every reference pointing at something in the document, numbers in range, text within
// domain/TextLimits and the counts within exchange/ImportLimits. The JSON reader runs it
// after reading the members, and WorkshopStore::importWorkshop runs it again before
// writing, so a document built in memory is held to the same rules.
#include "exchange/WorkshopDocument.h"

#include <QString>

namespace DocumentCheck {
// Empty when the document may be imported, otherwise the first problem, naming the field by
// its path in the JSON format ("candidates[3].authorId: no participant 17").
QString problem(const WorkshopDocument& doc);
// The part of problem() for members that must hold one of the playbook's keys: checklist
// criteria, opening questions and stage keys (DocumentKeys.cpp).
QString keyProblem(const WorkshopDocument& doc);

} // namespace DocumentCheck
