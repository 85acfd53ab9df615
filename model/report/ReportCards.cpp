#include "ReportCards.h"

#include "ReportGraphics.h"
#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace {

// Loads nothing: the cards' HTML needs no resources (as ReportPage::ReportDocument).
class DeckDocument : public QTextDocument {
protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

} // namespace

CardDeck::CardDeck(const QStringList& cards, QPaintDevice* device, qreal width,
                   ReportGraphics& graphics)
    : m_document(std::make_unique<DeckDocument>())
    , m_width(width) {
    QTextDocument& document = *m_document;
    document.setUseDesignMetrics(true);
    document.setDefaultFont(ReportStyle::font(ReportStyle::BodyPoints));
    document.setDefaultStyleSheet(ReportStyle::styleSheet());
    document.setHtml(cards.join(QString()));
    ReportGraphics::replacePlaceholders(document);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);
    document.documentLayout()->setPaintDevice(device);
    graphics.registerWith(document);
    document.setPageSize(QSizeF(width, -1)); // one long page: laid out once, never broken

    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    if (frames.size() != cards.size())
        return;
    // A card's bounding rect starts at its cell's text (past its margin, border and
    // padding) and is as tall as the whole card: every card is offset alike, and the first
    // one starts the document.
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal offset = layout->frameBoundingRect(frames.first()).top();
    for (QTextFrame* frame : frames) {
        const QRectF rect = layout->frameBoundingRect(frame);
        m_tops.append(rect.top() - offset);
        m_bottoms.append(rect.bottom() - offset);
    }
}

CardDeck::~CardDeck() = default;

qreal CardDeck::height(int index) const {
    if (index < 0 || index >= m_tops.size())
        return -1;
    // Down to where the next card starts: the space between two cards as it was.
    const qreal bottom = index + 1 < m_tops.size() ? m_tops.at(index + 1) : m_bottoms.at(index);
    return bottom - m_tops.at(index);
}

void CardDeck::draw(QPainter& painter, int index, const QPointF& topLeft) const {
    const qreal tall = height(index);
    if (tall <= 0)
        return;
    const QRectF slice(0, m_tops.at(index), m_width, tall);
    painter.save();
    painter.translate(topLeft.x(), topLeft.y() - slice.top());
    painter.setClipRect(slice, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, ReportStyle::Ink);
    context.clip = slice;
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}
