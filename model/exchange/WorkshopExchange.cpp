#include "exchange/WorkshopExchange.h"

#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "files/FileWriter.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

class WorkshopExchangeText {
    Q_DECLARE_TR_FUNCTIONS(WorkshopExchange)
};

// The largest file the import reads at all; JsonExchange::read enforces the documented limit.
constexpr qint64 ReadCap = 64 * 1024 * 1024;

} // namespace

namespace WorkshopExchange {

std::optional<ExportFormat> formatFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    if (k == u"pdf")
        return ExportFormat::Pdf;
    if (k == u"md" || k == u"markdown")
        return ExportFormat::Markdown;
    if (k == u"csv")
        return ExportFormat::Csv;
    if (k == u"json")
        return ExportFormat::Json;
    return std::nullopt;
}

QString formatKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString fileSuffix(ExportFormat format) {
    return formatKey(format);
}

QString suggestedFileName(const Workshop& workshop, ExportFormat format) {
    // Dashes of every kind (– — ‒) become "-"; any other character a file name should not
    // hold becomes a space, and runs of spaces shrink to one, so "Meals — Q3: plan" gives
    // "Meals - Q3 plan", not "Meals  Q3 plan".
    QString base;
    for (const QChar c : workshop.title) {
        if (c.category() == QChar::Punctuation_Dash)
            base += u'-';
        else if (c.isLetterOrNumber() || c == u'_' || c == u'.' || c.isMark())
            base += c;
        else
            base += u' ';
    }
    base = base.simplified().left(80).trimmed();
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = WorkshopExchangeText::tr("North Star workshop");
    if (format == ExportFormat::Csv)
        base += WorkshopExchangeText::tr(" - candidates");
    return base + u'.' + fileSuffix(format);
}

std::optional<QByteArray> render(const WorkshopDocument& doc, const Playbook& playbook,
                                 ExportFormat format, const ReportOptions& options,
                                 QString* error) {
    switch (format) {
    case ExportFormat::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!writePdfReport(doc, playbook, options, &buffer, error))
            return std::nullopt;
        return bytes;
    }
    case ExportFormat::Markdown:
        return markdownReport(doc, playbook);
    case ExportFormat::Csv:
        return candidatesCsv(doc, playbook);
    case ExportFormat::Json:
        return JsonExchange::write(doc);
    }
    if (error)
        *error = WorkshopExchangeText::tr("Unknown export format.");
    return std::nullopt;
}

bool save(const QByteArray& bytes, const QString& path, QString* error) {
    return FileWriter::writeFile(path, bytes, error);
}

bool exportWorkshop(const WorkshopStore& store, qint64 workshopId, ExportFormat format,
                    const QString& path, const ReportOptions& options, QString* error) {
    const auto doc = WorkshopDocument::load(store, workshopId, error);
    if (!doc)
        return false;
    ReportOptions withHistory = options;
    withHistory.evolution = NorthStarEvolution::load(store, workshopId);
    const auto bytes = render(*doc, Playbook::standard(), format, withHistory, error);
    return bytes && save(*bytes, path, error);
}

std::optional<qint64> importFile(WorkshopStore& store, const QString& path, QString* error) {
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&](const QString& why) -> std::optional<qint64> {
        if (error)
            *error = WorkshopExchangeText::tr("Could not import %1: %2").arg(shown, why);
        return std::nullopt;
    };
    if (QFileInfo(path).isDir())
        return failed(WorkshopExchangeText::tr("it is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    const QByteArray bytes = file.read(ReadCap + 1);
    if (bytes.size() > ReadCap)
        return failed(WorkshopExchangeText::tr("the file is far larger than any Lodestar export"));
    QString why;
    const auto doc = JsonExchange::read(bytes, &why);
    if (!doc)
        return failed(why);
    const auto id = store.importWorkshop(*doc);
    if (!id)
        return failed(store.lastError());
    return id;
}

} // namespace WorkshopExchange
