#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace {

void breakBefore(QTextBlock block) {
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
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
            } else {
                const QTextBlock block = it.currentBlock();
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
