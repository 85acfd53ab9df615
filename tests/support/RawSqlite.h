#pragma once
// A SQLite file written through a raw connection of its own (foreign keys off, SQLite's
// default), bypassing Database, as another program or an older Lodestar would write it.
#include <QString>
#include <QStringList>

// Runs `statements` in order on `path` (blank ones skipped); false, with a warning naming the
// statement, when the file does not open or any statement fails.
bool writeRawSqlite(const QString& path, const QStringList& statements);
