#include "ReportPage.h"

#include "NorthStarTreePainter.h"
#include "ReportGraphics.h"
#include "ReportStyle.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QTextFrame>

namespace ReportPage {

ReportDocument::ReportDocument(QPaintDevice* device, const QSizeF& page, const QRectF& body)
    : m_device(device)
    , m_page(page)
    , m_body(body) {
    setUseDesignMetrics(true);
    setDefaultFont(ReportStyle::font(ReportStyle::BodyPoints));
    setDefaultStyleSheet(ReportStyle::styleSheet());
}

void ReportDocument::setReportHtml(const QString& html, ReportGraphics* graphics) {
    setHtml(html);
    if (graphics)
        ReportGraphics::replacePlaceholders(*this);
    const qreal toFrame = 96.0 / ReportStyle::Resolution;
    QTextFrameFormat frame = rootFrame()->frameFormat();
    frame.setLeftMargin(m_body.left() * toFrame);
    frame.setTopMargin(m_body.top() * toFrame);
    frame.setRightMargin((m_page.width() - m_body.right()) * toFrame);
    frame.setBottomMargin((m_page.height() - m_body.bottom()) * toFrame);
    rootFrame()->setFrameFormat(frame);
    documentLayout()->setPaintDevice(m_device);
    if (graphics)
        graphics->registerWith(*this);
    setPageSize(m_page);
}

void paintFooter(QPainter& painter, const QRectF& body, qreal pt, int page, int pages,
                 const QString& exported) {
    const qreal y = body.bottom() + 22 * pt;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ReportStyle::Mist, 0.75 * pt));
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    const QRectF line(body.left(), y + 5 * pt, body.width(), 12 * pt);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::Star);
    painter.drawPolygon(
        NorthStarTreePainter::star(QRectF(line.left(), line.top() + 1.5 * pt, 8 * pt, 8 * pt)));
    painter.setFont(ReportStyle::font(ReportStyle::FooterPoints, QFont::Medium));
    painter.setPen(ReportStyle::Muted);
    painter.drawText(line.adjusted(12 * pt, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     PdfReportText::tr("Lodestar · exported %1").arg(exported));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     PdfReportText::tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

} // namespace ReportPage
