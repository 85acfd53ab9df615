#include "LaidOutText.h"

#include <QCache>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace {

int made = 0;

struct Key {
    QString text;
    QFont font;
    int dpi = 0;
    int width = -1;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool justified = false;
    bool operator==(const Key&) const = default;
};

size_t qHash(const Key& key, size_t seed = 0) {
    return qHashMulti(seed, key.text, key.font, key.dpi, key.width, int(key.direction),
                      key.justified);
}

// A few hundred layouts: every label of a busy page, and the same captions at a few widths.
QCache<Key, std::shared_ptr<const LaidOutText>>& cache() {
    static QCache<Key, std::shared_ptr<const LaidOutText>> layouts(400);
    return layouts;
}

// The width of the spaces a line of a right-to-left text ends with: drawText moves such a
// line, aligned to the right, that much further left.
qreal endingSpacesWidth(const QTextLine& line, const QString& text, const QFont& font,
                        const QTextOption& option) {
    const int start = line.textStart();
    const int end = start + line.textLength();
    int from = end;
    while (from > start && text.at(from - 1).isSpace() && text.at(from - 1) != QChar::Nbsp)
        --from;
    if (from == end)
        return 0;
    QTextOption spaced = option;
    spaced.setFlags(spaced.flags() | QTextOption::IncludeTrailingSpaces);
    spaced.setWrapMode(QTextOption::NoWrap);
    QTextLayout alone(text.mid(start, end - start), font);
    alone.setTextOption(spaced);
    alone.beginLayout();
    QTextLine whole = alone.createLine();
    whole.setLineWidth(qreal(0x01000000));
    alone.endLayout();
    return whole.naturalTextWidth() - line.naturalTextWidth();
}

} // namespace

bool LaidOutText::canLayOut(const QString& text, const QFont& font) {
    return !font.underline() && !font.overline() && !font.strikeOut() &&
           !text.contains(QLatin1Char('\t')) && !text.contains(QChar(0x9c));
}

std::shared_ptr<const LaidOutText> LaidOutText::of(const QString& text, const QFont& font, int dpi,
                                                   int width, Qt::LayoutDirection direction,
                                                   bool justified) {
    Key key{text, font, dpi, width, direction, justified};
    if (auto* kept = cache().object(key))
        return *kept;
    auto laidOut = std::make_shared<const LaidOutText>(text, font, width, direction, justified);
    cache().insert(std::move(key), new std::shared_ptr<const LaidOutText>(laidOut));
    return laidOut;
}

int LaidOutText::layoutsMade() {
    return made;
}

// The lines as qt_format_text() makes them: `leading` apart, each starting on a whole pixel.
LaidOutText::LaidOutText(const QString& text, const QFont& font, int width,
                         Qt::LayoutDirection direction, bool justified) {
    ++made;
    QString shown = text;
    for (QChar& c : shown) {
        if (c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
    }
    m_layout.setText(shown);
    m_layout.setFont(font);
    QTextOption option;
    option.setTextDirection(direction);
    option.setAlignment(justified ? Qt::AlignJustify : Qt::AlignLeft);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);

    const qreal lineWidth = width < 0 ? qreal(0x01000000) : qreal(width);
    const qreal leading = QFontMetricsF(font).leading();
    qreal height = -leading;
    qreal widest = 0;
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(lineWidth);
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent(); // QTextLine::height() is rounded up
        widest = std::max(widest, line.naturalTextWidth());
        m_lines.push_back({height, widest, line.horizontalAdvance()});
    }
    m_layout.endLayout();
    if (direction == Qt::RightToLeft)
        for (int i = 0; i < m_layout.lineCount(); ++i)
            m_lines[i].rightAligned += endingSpacesWidth(m_layout.lineAt(i), shown, font, option);
}

void LaidOutText::draw(QPainter* painter, const QRect& rect, int flags) const {
    if (m_lines.empty())
        return;
    const QRectF r(rect);
    // drawText lays out lines until one reaches the rectangle's bottom, and aligns those.
    std::size_t count = 0;
    while (count < m_lines.size() && m_lines[count++].bottom <= r.height()) {
    }
    const qreal height = m_lines[count - 1].bottom;
    const qreal width = m_lines[count - 1].widest;

    qreal yoff = 0;
    qreal xoff = 0;
    if (flags & Qt::AlignBottom)
        yoff = r.height() - height;
    else if (flags & Qt::AlignVCenter)
        yoff = (r.height() - height) / 2;
    if (flags & Qt::AlignRight)
        xoff = r.width() - width;
    else if (flags & Qt::AlignHCenter)
        xoff = (r.width() - width) / 2;
    const QRectF bounds(r.x() + xoff, r.y() + yoff, width, height);

    const bool clip = !r.contains(bounds);
    if (clip) {
        painter->save();
        painter->setClipRect(r, Qt::IntersectClip);
    }
    for (std::size_t i = 0; i < count; ++i) {
        const QTextLine line = m_layout.lineAt(int(i));
        qreal x = 0;
        if (flags & Qt::AlignRight)
            x = r.width() - m_lines[i].rightAligned;
        else if (flags & Qt::AlignHCenter)
            x = (r.width() - line.horizontalAdvance()) / 2;
        line.draw(painter, QPointF(r.x() + x, r.y() + yoff));
    }
    if (clip)
        painter->restore();
}
