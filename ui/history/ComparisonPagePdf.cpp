// ComparisonPage: the comparison as a PDF for leadership, from the same records as the screen
// (a team workshop's too, as read from its document, saying whose it is as the screen does).
#include "ComparisonPage.h"

#include "UserText.h"
#include "domain/ProductName.h"
#include "files/FileWriter.h"
#include "history/ComparisonText.h"
#include "report/ComparisonReport.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

void ComparisonPage::savePdf() {
    if (!m_comparison)
        return;
    QString name = ComparisonText::wording(*m_comparison) == ComparisonText::Wording::Contrast
                       ? tr("%1 and %2")
                             .arg(ComparisonText::productLabel(m_comparison->before()),
                                  ComparisonText::productLabel(m_comparison->after()))
                       : ProductName::tidy(m_comparison->after().product);
    name.replace(u'/', u'-').replace(u'\\', u'-');
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name.isEmpty() ? tr("North Star comparison.pdf")
                                     : tr("%1 — North Star comparison.pdf").arg(name));
    QString path;
    if (m_chooseSave) {
        path = m_chooseSave(suggested);
    } else {
        QFileDialog dialog(this, tr("Save the comparison"), suggested, tr("PDF (*.pdf)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("pdf"));
        if (dialog.exec() == QDialog::Accepted)
            path = dialog.selectedFiles().value(0);
    }
    if (!path.isEmpty())
        saveAsPdf(path);
}

bool ComparisonPage::saveAsPdf(const QString& path) {
    if (!m_comparison)
        return false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportOptions options;
    options.pageSize = defaultReportPageSize();
    options.exportedAt = QDateTime::currentDateTime();
    QString error;
    if (!writeComparisonPdf(*m_comparison, options, &buffer, &error, teamLine()) ||
        !FileWriter::writeFile(path, buffer.data(), &error)) {
        emit problem(error);
        return false;
    }
    emit statusMessage(
        tr("Saved the comparison as %1.").arg(UserText::isolate(QDir::toNativeSeparators(path))));
    return true;
}
