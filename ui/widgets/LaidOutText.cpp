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
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool justified = false;
    bool operator==(const Key&) const = default;
};

size_t qHash(const Key& key, size_t seed = 0) {
    return qHashMulti(seed, key.text, key.font, key.dpi, int(key.direction), key.justified);
}

// A few hundred texts: every label of a busy page, and the texts they had a moment ago.
QCache<Key, std::shared_ptr<LaidOutText>>& cache() {
    static QCache<Key, std::shared_ptr<LaidOutText>> texts(400);
    return texts;
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

bool LaidOutText::measuresAsFontMetrics(const QString& text) {
    for (const char32_t c : QStringView(text).toUcs4()) {
        switch (QChar::direction(c)) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return false;
        default:
            break;
        }
    }
    return true;
}

std::shared_ptr<LaidOutText> LaidOutText::of(const QString& text, const QFont& font, int dpi,
                                             Qt::LayoutDirection direction, bool justified) {
    Key key{text, font, dpi, direction, justified};
    if (auto* kept = cache().object(key))
        return *kept;
    auto shaped = std::make_shared<LaidOutText>(text, font, direction, justified);
    cache().insert(std::move(key), new std::shared_ptr<LaidOutText>(shaped));
    return shaped;
}

int LaidOutText::layoutsMade() {
    return made;
}

LaidOutText::LaidOutText(const QString& text, const QFont& font, Qt::LayoutDirection direction,
                         bool justified)
    : m_text(text)
    , m_font(font)
    , m_leading(QFontMetricsF(font).leading()) {
    for (QChar& c : m_text) {
        if (c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
    }
    m_option.setTextDirection(direction);
    m_option.setAlignment(justified ? Qt::AlignJustify : Qt::AlignLeft);
}

LaidOutText::~LaidOutText() = default;

// QTextLayout shapes its text again whenever it breaks it into lines anew, so the lines are
// kept for the last few widths. Lines that broke only where the text does (a one-line count)
// stay the same for any wider line: they answer those widths too.
const LaidOutText::Lines& LaidOutText::linesFor(int width) {
    const qreal lineWidth = width < 0 ? qreal(0x01000000) : qreal(width);
    const bool justified = m_option.alignment() & Qt::AlignJustify;
    for (auto it = m_laid.begin(); it != m_laid.end(); ++it) {
        if ((*it)->lineWidth == lineWidth ||
            (!justified && (*it)->unbroken && (*it)->lineWidth <= lineWidth)) {
            std::rotate(m_laid.begin(), it, it + 1);
            return *m_laid.front();
        }
    }
    if (m_laid.size() == 4)
        m_laid.pop_back();
    m_laid.insert(m_laid.begin(), breakLines(lineWidth));
    return *m_laid.front();
}

// The lines as qt_format_text() makes them: `leading` apart, each starting on a whole pixel.
std::unique_ptr<LaidOutText::Lines> LaidOutText::breakLines(qreal lineWidth) const {
    ++made;
    auto laid = std::make_unique<Lines>();
    laid->lineWidth = lineWidth;
    laid->layout.setText(m_text);
    laid->layout.setFont(m_font);
    laid->layout.setTextOption(m_option);
    laid->layout.setCacheEnabled(true); // the shaped glyphs stay for the paints
    qreal height = -m_leading;
    qreal widest = 0;
    laid->layout.beginLayout();
    for (QTextLine line = laid->layout.createLine(); line.isValid();
         line = laid->layout.createLine()) {
        line.setLineWidth(lineWidth);
        height = std::ceil(height + m_leading);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent(); // QTextLine::height() is rounded up
        widest = std::max(widest, line.naturalTextWidth());
        laid->lines.push_back({height, widest, line.horizontalAdvance()});
    }
    laid->layout.endLayout();
    for (int i = 0; i + 1 < laid->layout.lineCount(); ++i) {
        const int end = laid->layout.lineAt(i).textStart() + laid->layout.lineAt(i).textLength();
        if (end > 0 && m_text.at(end - 1) != QChar::LineSeparator &&
            (end >= m_text.size() || m_text.at(end) != QChar::LineSeparator))
            laid->unbroken = false;
    }
    if (m_option.textDirection() == Qt::RightToLeft)
        for (int i = 0; i < laid->layout.lineCount(); ++i)
            laid->lines[i].rightAligned +=
                endingSpacesWidth(laid->layout.lineAt(i), m_text, m_font, m_option);
    return laid;
}

QRect LaidOutText::boundingRect(int width, int flags) {
    const std::vector<Line>& lines =
        linesFor((flags & Qt::TextWordWrap) ? std::max(0, width) : -1).lines;
    const qreal textWidth = lines.empty() ? 0 : lines.back().widest;
    const qreal height = lines.empty() ? 0 : lines.back().bottom;
    qreal xoff = 0;
    qreal yoff = 0;
    if (flags & Qt::AlignBottom)
        yoff = 2000 - height;
    else if (flags & Qt::AlignVCenter)
        yoff = (2000 - height) / 2;
    if (flags & Qt::AlignRight)
        xoff = width - textWidth;
    else if (flags & Qt::AlignHCenter)
        xoff = (width - textWidth) / 2;
    return QRectF(xoff, yoff, textWidth, height).toAlignedRect();
}

void LaidOutText::draw(QPainter* painter, const QRect& rect, int flags) {
    const Lines& laid = linesFor((flags & Qt::TextWordWrap) ? std::max(0, rect.width()) : -1);
    const std::vector<Line>& lines = laid.lines;
    if (lines.empty())
        return;
    const QRectF r(rect);
    // drawText lays out lines until one reaches the rectangle's bottom, and aligns those.
    std::size_t count = 0;
    while (count < lines.size() && lines[count++].bottom <= r.height()) {
    }
    const qreal height = lines[count - 1].bottom;
    const qreal width = lines[count - 1].widest;

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
        const QTextLine line = laid.layout.lineAt(int(i));
        qreal x = 0;
        if (flags & Qt::AlignRight)
            x = r.width() - lines[i].rightAligned;
        else if (flags & Qt::AlignHCenter)
            x = (r.width() - line.horizontalAdvance()) / 2;
        line.draw(painter, QPointF(r.x() + x, r.y() + yoff));
    }
    if (clip)
        painter->restore();
}
