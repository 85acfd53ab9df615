#pragma once
// Reading a written PDF back with poppler-utils and qpdf, for the report tests. The tools are
// required: a test that needs them fails (never skips) when one is missing, naming the
// package, so a CI machine without them cannot pass by checking nothing.
#include <QString>
#include <QStringList>

namespace PdfTools {

// The tools among pdftotext, pdfinfo, pdffonts and qpdf that are not installed, as a sentence
// naming the packages that bring them; empty when all are there.
QString missingTools();

// The text of every page, in order, as `pdftotext -layout` lays it out (one string per page,
// lines kept). Empty when the file cannot be read.
QStringList pagesText(const QString& pdf);

// The page count pdfinfo reports, 0 when it cannot tell.
int pageCount(const QString& pdf);

// The non-empty lines of one page's text, trimmed.
QStringList lines(const QString& pageText);

} // namespace PdfTools
