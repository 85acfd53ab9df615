#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
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
    const auto page = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    const auto roomLeft = [&](qreal y) { return page(y) * pageHeight + bodyBottom - y; };
    const qreal bodyHeight = bodyBottom; // generous: a card taller than this splits anyway

    // Walk the top-level blocks and tables in document order.
    QTextFrame* root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table || table->rows() != 1 || table->columns() != 1)
                continue;
            const QRectF rect = layout->frameBoundingRect(frame);
            if (rect.height() >= bodyHeight * 0.8 || page(rect.top()) == page(rect.bottom() - 1))
                continue;
            const QTextBlock heading = headingBefore(document, frame->firstPosition() - 1);
            if (heading.isValid()) {
                breakBefore(heading);
            } else {
                QTextFrameFormat format = frame->frameFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                frame->setFrameFormat(format);
            }
        } else {
            const QTextBlock block = it.currentBlock();
            if (block.blockFormat().headingLevel() != 2)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            if (roomLeft(rect.bottom()) < headingRoom && page(rect.top()) > 0)
                breakBefore(block);
        }
    }
}

} // namespace ReportPagination
