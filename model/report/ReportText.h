#pragma once
// The translation context the report's sections share, declared once with Qt's macro so that
// lupdate and the code agree. The context string is the one the report has always used
// ("ReportSections"), so existing translations still match.
#include <QCoreApplication>

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportSections)
};

// The PDF's own words (page furniture, the tree's caption), in the context "PdfReport".
class PdfReportText {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};
