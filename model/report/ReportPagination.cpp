#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace {

void breakBefore(QTextBlock block) {
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// Whether `block` holds nothing but one object (a card drawn whole, ReportCards.h).
bool isObjectOnly(const QTextBlock& block) {
    return block.length() == 2 &&
           block.document()->characterAt(block.position()) == QChar::ObjectReplacementCharacter;
}

// The heading (and the short intro under it) right before `position`, if any: a break goes
// before the heading so it stays with what it introduces.
QTextBlock headingBefore(const QTextDocument& document, int position) {
    QTextBlock block = document.findBlock(position).previous();
    for (int steps = 0; steps < 2 && block.isValid(); ++steps, block = block.previous())
        if (block.blockFormat().headingLevel() == 2)
            return block;
    return {};
}

} // namespace

namespace ReportPagination {

void keepTogether(QTextDocument& document, qreal pageHeight, qreal bodyBottom, qreal headingRoom) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal bodyTop =
        document.rootFrame()->frameFormat().topMargin() *
        (layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0);
    const auto page = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    const auto nextPageTop = [&](qreal y) { return (page(y) + 1) * pageHeight + bodyTop; };

    // Each pass reads the current layout and adds the breaks it needs, moving what follows a
    // break down by as much as the break adds (an estimate: the document lays itself out
    // once per pass, at the end). A later pass catches what the estimate missed.
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        qreal shift = 0;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        QTextFrame* root = document.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                auto* table = qobject_cast<QTextTable*>(frame);
                if (!table || table->rows() != 1 || table->columns() != 1 ||
                    frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                const QRectF rect = layout->frameBoundingRect(frame).translated(0, shift);
                if (rect.height() >= (bodyBottom - bodyTop) * 0.8 ||
                    page(rect.top()) == page(rect.bottom() - 1))
                    continue;
                const QTextBlock heading = headingBefore(document, frame->firstPosition() - 1);
                const qreal top = heading.isValid()
                                      ? layout->blockBoundingRect(heading).top() + shift
                                      : rect.top();
                if (heading.isValid() && page(top) < page(rect.top()))
                    continue; // the heading already ends a page: the card follows it
                if (heading.isValid()) {
                    breakBefore(heading);
                } else {
                    QTextFrameFormat format = frame->frameFormat();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    frame->setFrameFormat(format);
                }
                shift += nextPageTop(top) - top;
                changed = true;
            } else if (const QTextBlock block = it.currentBlock(); isObjectOnly(block)) {
                // A card drawn as one object moves to the next page whole when it does not
                // fit; the heading right before it goes with it.
                const QTextBlock heading = headingBefore(document, block.position());
                if (!heading.isValid() ||
                    heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                // The block starts where the page ended; its one line, on the next page.
                const QTextLayout* line = block.layout();
                const qreal objectTop =
                    line->position().y() + (line->lineCount() > 0 ? line->lineAt(0).y() : 0);
                const qreal top = layout->blockBoundingRect(heading).top() + shift;
                if (page(top) == page(objectTop + shift))
                    continue;
                breakBefore(heading);
                shift += nextPageTop(top) - top;
                changed = true;
            } else {
                if (block.blockFormat().headingLevel() != 2 ||
                    block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                const QRectF rect = layout->blockBoundingRect(block).translated(0, shift);
                const qreal roomLeft = page(rect.top()) * pageHeight + bodyBottom - rect.bottom();
                if (roomLeft >= headingRoom ||
                    rect.top() - page(rect.top()) * pageHeight <= bodyTop + 1)
                    continue;
                breakBefore(block);
                shift += nextPageTop(rect.top()) - rect.top();
                changed = true;
            }
        }
        edit.endEditBlock();
        if (!changed)
            break;
    }
}

} // namespace ReportPagination
