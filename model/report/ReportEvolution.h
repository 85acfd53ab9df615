#pragma once
// The report's page "How our North Star evolved", for a workshop that revisits another: the
// workshops of its lineage, oldest first (date, the North Star chosen, kept or changed and
// the team's why), then the check-ins between the last workshop and this one (date, the
// confidence in the metric and each input, what was learned, the next step). HTML for
// QTextDocument; user text escaped by ReportHtml::text().
#include <QLocale>
#include <QString>

struct NorthStarEvolution;

namespace ReportEvolution {

// Empty when there is no lineage to show (fewer than two workshops).
QString page(const NorthStarEvolution& evolution, const QLocale& locale);

} // namespace ReportEvolution
