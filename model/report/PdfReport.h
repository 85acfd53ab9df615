#pragma once
// The PDF that leadership reads after a workshop: page 1 "Our North Star" (the workshop's
// facts and the North Star tree as vectors), then "How we got here" (the game, every
// candidate with its checklist and hints, the matrix, the vote, what was set aside and why,
// anti-examples, open questions and next steps). A revisit gets a page "How our North Star
// evolved" after the first (ReportEvolution.cpp). Text stays text (selectable, fonts
// embedded), long text wraps onto more pages, every page has a footer.
#include "exchange/WorkshopDocument.h"
#include "history/NorthStarEvolution.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>

class Playbook;
class QIODevice;

struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDateTime exportedAt; // footer date; the caller passes "now"
    // The lineage and the check-ins before this workshop, when it revisits another (the
    // document alone cannot say: ids do not travel). Nothing: no page "How our North Star
    // evolved".
    std::optional<NorthStarEvolution> evolution;
};

// Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines and
// a few more in the Americas), A4 everywhere else.
QPageSize::PageSizeId defaultReportPageSize(const QLocale& locale = QLocale());

// Writes the PDF to `out` (already open for writing). false + *error on failure.
bool writePdfReport(const WorkshopDocument& doc, const Playbook& playbook,
                    const ReportOptions& options, QIODevice* out, QString* error);
