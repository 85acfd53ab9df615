#include "TreeTextWrap.h"

#include <QRegularExpression>

namespace TreeTextWrap {

Wrapped wrap(const QString& text, const QFontMetricsF& fm, qreal width, Overflow overflow,
             int maxLines) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    Wrapped out;
    QString line;
    const auto push = [&out](const QString& l) { out.lines.append(l); };
    for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(joined) <= width) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            push(line);
        line = word;
        if (fm.horizontalAdvance(line) <= width)
            continue;
        out.brokeWord = true;
        if (overflow == Overflow::Reject)
            continue;
        while (fm.horizontalAdvance(line) > width && line.size() > 1) {
            qsizetype n = line.size() - 1;
            while (n > 1 && fm.horizontalAdvance(line.left(n)) > width)
                --n;
            push(line.left(n));
            line = line.mid(n);
        }
    }
    if (!line.isEmpty())
        push(line);
    if (overflow == Overflow::Elide && maxLines > 0 && out.lines.size() > maxLines) {
        const QString rest = out.lines.mid(maxLines - 1).join(QLatin1Char(' '));
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
