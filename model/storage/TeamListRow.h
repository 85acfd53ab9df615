#pragma once
// One row of the team's list as the server sends it, shared by the Team view's list
// (TeamLibraryList.cpp) and a product's page (TeamLibraryProduct.cpp): the columns it selects
// and the check of each, as strict as the importer's of a file.
#include "domain/TeamWorkshop.h"

#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace TeamListRow {

// The list's columns, in the order read() reads them.
inline constexpr int ColumnCount = 11;

// "SELECT <the list's columns>[, extra] FROM lodestar.team_workshop WHERE ": `extra` comes
// after them, at ColumnCount, and is a fixed expression (never user text).
QString select(const QString& extra = {});

// Whether `value` is an integer, as QPSQL hands them over (in any of several types).
bool isWholeNumber(const QVariant& value);

// The row's summary, or (in `problem`) the first thing in it that the importer would refuse
// in a file: the server may be old, broken or hostile, and the window shows what it gets.
std::optional<TeamWorkshopSummary> read(const QSqlQuery& row, QString* problem);

} // namespace TeamListRow
