#pragma once
// Two workshops side by side as a PDF for leadership: the summary, the team's note on why,
// then the metric, the game, every input and the guardrail, earlier beside later, each
// difference shaded and named in words. The same words as the screen (ComparisonText) and
// the same pages as the workshop report (ReportPage): text stays text, user text escaped.
#include "PdfReport.h"
#include "history/WorkshopComparison.h"

class QIODevice;

// The report's HTML (for QTextDocument), exposed for tests. `whereFrom`, when given, says
// under the two workshops where a side comes from (a team library's workshop, who published
// it and when), as the screen does.
QString comparisonReportHtml(const WorkshopComparison& comparison, const QLocale& locale,
                             const QString& whereFrom = {});

// Writes the PDF to `out` (already open for writing). false + *error on failure.
bool writeComparisonPdf(const WorkshopComparison& comparison, const ReportOptions& options,
                        QIODevice* out, QString* error, const QString& whereFrom = {});
