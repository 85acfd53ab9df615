#pragma once
// The schema's history: step N turns a version N-1 database into version N. Steps are
// cumulative and never edited once released; a change to the schema is a new step.
#include <QStringList>

namespace Migrations {
// Statements of the step that brings the schema to `version` (1-based).
QStringList step(int version);
// The latest steps, kept in MigrationsRecent.cpp.
QStringList version13();
QStringList version14();
} // namespace Migrations
