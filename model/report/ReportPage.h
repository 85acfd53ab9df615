#pragma once
// What every PDF Lodestar writes shares: the page margins, a text document laid out in whole
// pages with those margins on every page, and the footer (the star, the export date, the page
// count). The workshop report (PdfReport) and the comparison of two workshops
// (ComparisonReport) both use it, so their pages look alike.
#include <QRectF>
#include <QSizeF>
#include <QTextDocument>

class QPainter;
class QPaintDevice;
class ReportGraphics;

namespace ReportPage {

// Page margins in points; the footer sits in the bottom one.
constexpr qreal SideMargin = 52, TopMargin = 50, BottomMargin = 62;

// A text document paginated for whole pages, the page margins repeated on every page (so a
// line that ends one page lies outside the next one, even for text extraction), that never
// loads anything: the report's HTML needs no resources, and user text that slipped through
// unescaped must not pull in local files.
class ReportDocument : public QTextDocument {
public:
    ReportDocument(QPaintDevice* device, const QSizeF& page, const QRectF& body);

    // Loads the HTML and only then creates the layout, so the document is laid out once.
    // setHtml() resets the root frame, so the page margins follow it. Frame margins are in
    // 1/96 inch, which the layout scales to the paint device.
    void setReportHtml(const QString& html, ReportGraphics* graphics = nullptr);

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }

private:
    QPaintDevice* m_device;
    QSizeF m_page;
    QRectF m_body;
};

// The footer under `body`: the star, "Lodestar · exported <date>", "Page n of m".
// `pt` is device pixels per point.
void paintFooter(QPainter& painter, const QRectF& body, qreal pt, int page, int pages,
                 const QString& exported);

} // namespace ReportPage
