#pragma once
// How a workshop leaves the library as a file, and comes back: the four export formats, a
// renderer that turns a loaded workshop into a file's bytes (pure, so it can run on a worker
// thread), an atomic write through FileWriter, and the strict JSON import.
#include "exchange/WorkshopDocument.h"
#include "report/PdfReport.h"

#include <QByteArray>
#include <QString>

#include <optional>

class Playbook;
class WorkshopStore;

enum class ExportFormat { Pdf, Markdown, Csv, Json };

namespace WorkshopExchange {

// "pdf", "md", "csv", "json" (the command line's words); nullopt for anything else.
std::optional<ExportFormat> formatFromKey(const QString& key);
QString formatKey(ExportFormat format);
QString fileSuffix(ExportFormat format); // without the dot
// A file name made from the workshop's title: no path separators, no control characters.
QString suggestedFileName(const Workshop& workshop, ExportFormat format);

// The bytes of the exported file. Touches no storage and no widgets.
std::optional<QByteArray> render(const WorkshopDocument& doc, const Playbook& playbook,
                                 ExportFormat format, const ReportOptions& options, QString* error);
// Replaces `path` with `bytes` all at once (FileWriter): a failed write, or a target that
// is not a regular file, leaves what is there untouched.
bool save(const QByteArray& bytes, const QString& path, QString* error);
// Loads (with the workshop's lineage and check-ins, options.evolution), renders and saves in
// one call (the command line).
bool exportWorkshop(const WorkshopStore& store, qint64 workshopId, ExportFormat format,
                    const QString& path, const ReportOptions& options, QString* error);

// Reads a JSON export from `path` and adds it to the library as a new workshop, in one
// transaction. Nothing is written when anything in the file is wrong; *error names it.
std::optional<qint64> importFile(WorkshopStore& store, const QString& path, QString* error);

} // namespace WorkshopExchange
