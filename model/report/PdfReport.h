#pragma once
// The PDF that leadership reads after a workshop: page 1 "Our North Star" (the workshop's
// facts and the North Star tree as vectors), then "How we got here" (the game, every
// candidate with its checklist and hints, the matrix, the vote, what was set aside and why,
// anti-examples, open questions and next steps). Text stays text (selectable, fonts
// embedded), long text wraps onto more pages, every page has a footer.
#include "exchange/WorkshopDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>

class Playbook;
class QIODevice;

struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDateTime exportedAt; // footer date; the caller passes "now"
};

// Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines and
// a few more in the Americas), A4 everywhere else.
QPageSize::PageSizeId defaultReportPageSize(const QLocale& locale = QLocale());

// Writes the PDF to `out` (already open for writing). false + *error on failure.
bool writePdfReport(const WorkshopDocument& doc, const Playbook& playbook,
                    const ReportOptions& options, QIODevice* out, QString* error);
