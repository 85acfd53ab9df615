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

// After a page break, Qt lays the document out again from the break on, but may leave a
// block with no lines (seen: a heading and its intro between two tables), which would then
// print nothing. If any block with text lost its lines, everything is laid out again.
void relayOutIfLinesLost(QTextDocument& document) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() > 1 && block.layout()->lineCount() == 0) {
            document.markContentsDirty(0, document.characterCount());
            return;
        }
    }
}

} // namespace

namespace ReportPagination {

// Enough for every section heading and a few cards too tall to be drawn whole.
constexpr int MaxBreaks = 32;

void keepTogether(QTextDocument& document, qreal pageHeight, qreal bodyBottom, qreal headingRoom) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal bodyTop =
        document.rootFrame()->frameFormat().topMargin() *
        (layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0);
    const auto page = [&](qreal y) { return int(std::floor(y / pageHeight)); };

    // Each pass reads the current layout and adds the first break it needs; the document
    // then lays itself out again from that break on, and the next pass reads that. (Guessing
    // how far a break moves what follows is wrong past a table, whose rows move whole: the
    // guess broke before headings that had room.) Cards are drawn whole (ReportCards.h), so
    // few breaks are left to make, and each relayout is cheap.
    for (int pass = 0; pass < MaxBreaks; ++pass) {
        bool changed = false;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        QTextFrame* root = document.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                auto* table = qobject_cast<QTextTable*>(frame);
                if (!table || table->rows() != 1 || table->columns() != 1 ||
                    frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                const QRectF rect = layout->frameBoundingRect(frame);
                if (rect.height() >= (bodyBottom - bodyTop) * 0.8 ||
                    page(rect.top()) == page(rect.bottom() - 1))
                    continue;
                const QTextBlock heading = headingBefore(document, frame->firstPosition() - 1);
                const qreal top =
                    heading.isValid() ? layout->blockBoundingRect(heading).top() : rect.top();
                if (heading.isValid() && page(top) < page(rect.top()))
                    continue; // the heading already ends a page: the card follows it
                if (heading.isValid()) {
                    breakBefore(heading);
                } else {
                    QTextFrameFormat format = frame->frameFormat();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    frame->setFrameFormat(format);
                }
                changed = true;
                break;
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
                const qreal top = layout->blockBoundingRect(heading).top();
                if (page(top) == page(objectTop))
                    continue;
                breakBefore(heading);
                changed = true;
                break;
            } else {
                if (block.blockFormat().headingLevel() != 2 ||
                    block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                const QRectF rect = layout->blockBoundingRect(block);
                const qreal roomLeft = page(rect.top()) * pageHeight + bodyBottom - rect.bottom();
                if (roomLeft >= headingRoom ||
                    rect.top() - page(rect.top()) * pageHeight <= bodyTop + 1)
                    continue;
                breakBefore(block);
                changed = true;
                break;
            }
        }
        edit.endEditBlock();
        if (!changed)
            break;
        relayOutIfLinesLost(document);
    }
}

} // namespace ReportPagination
