#include "TreeTextWrap.h"

#include <QTextBoundaryFinder>

namespace TreeTextWrap {

namespace {

// The text cut at every place Unicode allows a line break (UAX #14, as Qt implements it):
// after a space in most scripts, between two ideographs in Chinese and Japanese. Each piece
// keeps the space that ends it.
QStringList breakablePieces(const QString& text) {
    QStringList pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start)
            pieces << text.mid(start, end - start);
        start = end;
    }
    if (start < text.size())
        pieces << text.mid(start);
    return pieces;
}

// `piece` cut into runs no wider than `width`, at character (grapheme) boundaries, so an
// emoji or an accented letter is never split; a single character wider than the line stays
// whole.
QStringList brokenPiece(const QString& piece, const QFontMetricsF& fm, qreal width) {
    QStringList runs;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, piece);
    qsizetype start = 0, lastFit = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (fm.horizontalAdvance(piece.mid(start, end - start)) > width && lastFit > start) {
            runs << piece.mid(start, lastFit - start);
            start = lastFit;
        }
        lastFit = end;
    }
    if (start < piece.size())
        runs << piece.mid(start);
    return runs;
}

} // namespace

Wrapped wrap(const QString& text, const QFontMetricsF& fm, qreal width, Overflow overflow,
             int maxLines) {
    // Runs of white space count as one space, as they always have on the tree.
    const QString simple = text.simplified();
    Wrapped out;
    QList<qsizetype> starts; // where each line begins in `simple`, for eliding
    QString line;
    qsizetype offset = 0, lineStart = 0;
    const auto push = [&] {
        const QString shown = line.trimmed();
        if (!shown.isEmpty()) {
            out.lines.append(shown);
            starts.append(lineStart);
        }
        line.clear();
    };
    for (const QString& piece : breakablePieces(simple)) {
        const qsizetype pieceStart = offset;
        offset += piece.size();
        // Only the visible part counts: a line may end in the space after its last word.
        if (fm.horizontalAdvance((line + piece).trimmed()) <= width) {
            if (line.isEmpty())
                lineStart = pieceStart;
            line += piece;
            continue;
        }
        push();
        lineStart = pieceStart;
        line = piece;
        if (fm.horizontalAdvance(line.trimmed()) <= width)
            continue;
        out.brokeWord = true;
        if (overflow == Overflow::Reject)
            continue;
        const QStringList runs = brokenPiece(line.trimmed(), fm, width);
        for (qsizetype i = 0; i + 1 < runs.size(); ++i) {
            line = runs.at(i);
            push();
            lineStart += runs.at(i).size();
        }
        line = runs.isEmpty() ? QString() : runs.last();
        if (piece.endsWith(u' '))
            line += u' ';
    }
    push();
    if (overflow == Overflow::Elide && maxLines > 0 && out.lines.size() > maxLines) {
        const QString rest = simple.mid(starts.at(maxLines - 1));
        out.lines = out.lines.mid(0, maxLines - 1);
        out.lines.append(fm.elidedText(rest, Qt::ElideRight, width));
        out.elided = true;
    }
    return out;
}

void balance(TreeText& text) {
    if (text.lines.size() < 2 || text.elided || !(text.alignment & Qt::AlignHCenter))
        return;
    const QFontMetricsF fm(text.font);
    const auto lineCount = text.lines.size();
    if (wrap(text.text, fm, text.rect.width(), Overflow::Reject, 0).lines.size() != lineCount)
        return; // words were broken to fit; leave those lines alone
    qreal low = text.rect.width() / 2, high = text.rect.width();
    for (int i = 0; i < 8; ++i) {
        const qreal mid = (low + high) / 2;
        const Wrapped narrower = wrap(text.text, fm, mid, Overflow::Reject, 0);
        (narrower.brokeWord || narrower.lines.size() > lineCount ? low : high) = mid;
    }
    text.lines = wrap(text.text, fm, high, Overflow::Reject, 0).lines;
}

} // namespace TreeTextWrap
