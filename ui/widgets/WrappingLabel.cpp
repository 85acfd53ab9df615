#include "WrappingLabel.h"

#include "LaidOutText.h"

#include <QCache>
#include <QEvent>
#include <QHash>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace {

int heights = 0; // see WrappingLabel::heightLayouts()

// What QFontMetrics::boundingRect(0, 0, width, 2000, flags, text) answered for a font: a
// page asks each label's hints and heights afresh after any change near it, and a card
// editor's field captions are the same few texts in the same font.
struct Measure {
    QString text;
    QFont font;
    int dpi = 0;
    int width = 0;
    int flags = 0;
    bool operator==(const Measure&) const = default;
};

size_t qHash(const Measure& m, size_t seed = 0) {
    return qHashMulti(seed, m.text, m.font, m.dpi, m.width, m.flags);
}

QCache<Measure, QRect>& measures() {
    static QCache<Measure, QRect> kept(4000);
    return kept;
}

} // namespace

// QFontMetrics::boundingRect(0, 0, width, 2000, flags, text) for the label's text and font,
// from the text it draws when that breaks into the same lines.
QRect WrappingLabel::measured(int width, int flags, bool forHeight) const {
    Measure key{m_text, font(), logicalDpiY(), width, flags};
    if (const QRect* kept = measures().object(key))
        return *kept;
    if (forHeight)
        ++heights;
    const QRect rect = m_measuresAsMetrics
                           ? shaped()->boundingRect(width, flags)
                           : fontMetrics().boundingRect(0, 0, width, 2000, flags, m_text);
    measures().insert(std::move(key), new QRect(rect));
    return rect;
}

std::shared_ptr<LaidOutText> WrappingLabel::shaped() const {
    if (!m_shaped)
        m_shaped = LaidOutText::of(m_text, font(), logicalDpiY(), m_direction,
                                   alignment() & Qt::AlignJustify);
    return m_shaped;
}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {}

WrappingLabel::~WrappingLabel() = default;

int WrappingLabel::heightLayouts() {
    return heights;
}

// QLabel's hints, which it works out afresh whenever anything about the label changed.
QSize WrappingLabel::minimumSizeHint() const {
    ensurePolished(); // a style sheet's font
    refresh();
    if (!m_hints) {
        if (measuresItself()) {
            const QSize hint = sizeForWidth(-1); // wrapped: about the golden ratio
            QSize minimum(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
            minimum.setHeight(std::min(minimum.height(), hint.height()));
            m_hints = std::pair(minimum, hint);
        } else {
            const QSize minimum = QLabel::minimumSizeHint();
            m_hints = std::pair(minimum, QLabel::sizeHint());
        }
    }
    return m_hints->first;
}

QSize WrappingLabel::sizeHint() const {
    minimumSizeHint();
    return m_hints->second;
}

int WrappingLabel::heightForWidth(int width) const {
    refresh();
    for (const auto& [knownWidth, height] : m_heights)
        if (knownWidth == width)
            return height;
    // A plain text on one line is as tall for every width it fits in: the count in a
    // heading, new after each card a phone writes, needs one layout at most, not one for
    // each width the layouts ask. It fits in any width as wide as its hint when that is
    // one line tall (as tall as the minimum, which is the text on one line), and in any
    // width as wide as one it took a single line in (more room never wraps it more).
    if (m_ownText) {
        if (!m_hints)
            minimumSizeHint(); // what the layouts ask first anyway
        const auto& [minimum, hint] = *m_hints;
        const int oneLine = minimum.height();
        if ((hint.height() == oneLine && width >= hint.width()) ||
            (m_oneLineFrom >= 0 && width >= m_oneLineFrom))
            return oneLine;
    }
    int height = 0;
    if (measuresItself()) {
        height = sizeForWidth(width, true).height();
    } else {
        height = QLabel::heightForWidth(width);
        ++heights;
    }
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    if (m_hints && height == m_hints->first.height() &&
        (m_oneLineFrom < 0 || width < m_oneLineFrom))
        m_oneLineFrom = width;
    return height;
}

bool WrappingLabel::event(QEvent* event) {
    // Anything but these may change the height the text takes (a font, a style, a margin,
    // the direction, the screen): it is laid out again when next asked.
    switch (event->type()) {
    case QEvent::Paint:
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::UpdateRequest:
    case QEvent::Timer:
    case QEvent::Enter:
    case QEvent::Leave:
    case QEvent::HoverEnter:
    case QEvent::HoverLeave:
    case QEvent::HoverMove:
    case QEvent::MouseMove:
    case QEvent::ToolTip:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
        break;
    default:
        m_valid = false;
    }
    return QLabel::event(event);
}

// QLabel::paintEvent for a plain text, with QStyle::drawItemText's pen, and the text laid
// out once for its width.
void WrappingLabel::paintEvent(QPaintEvent* event) {
    refresh();
    // A disabled text may be etched or dithered by the style: QStyle::drawItemText knows how.
    if (!drawsItself() || !isEnabled()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const int align = QStyle::visualAlignment(
        m_direction, QFlag(int(alignment()) | (wordWrap() ? Qt::TextWordWrap : 0)));
    const QRect rect = textRect(align);
    QStyleOption option;
    option.initFrom(this);
    const QPalette::ColorRole role = foregroundRole();
    if (role != QPalette::NoRole)
        painter.setPen(QPen(option.palette.brush(role), painter.pen().widthF()));
    shaped()->draw(&painter, rect, align);
}

// Forgets the heights and hints kept for another text or look.
void WrappingLabel::refresh() const {
    const Key now{alignment(), wordWrap(), textFormat(), textInteractionFlags(), focusPolicy(),
                  buddy(),     indent(),   margin(),     minimumSize(),          maximumWidth()};
    if (m_valid && now == m_key && text() == m_text)
        return;
    m_key = now;
    m_text = text();
    m_ownText = textFormat() == Qt::PlainText && !m_text.isEmpty();
    m_direction = m_text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    m_heights.fill({-1, 0});
    m_hints.reset();
    m_oneLineFrom = -1;
    m_shaped.reset(); // another text, or a font, a style, a screen
    m_measuresAsMetrics = m_ownText && LaidOutText::measuresAsFontMetrics(m_text);
    m_valid = true;
}

// A text QLabel measures with QFontMetrics::boundingRect, as sizeForWidth() does.
bool WrappingLabel::measuresItself() const {
    return m_ownText && focusPolicy() == Qt::NoFocus && !buddy() &&
           !(textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
}

// A text QLabel draws with QStyle::drawItemText, and in a colour its palette has (a style
// sheet may give it another while the mouse is over it).
bool WrappingLabel::drawsItself() const {
    return measuresItself() && !testAttribute(Qt::WA_Hover) &&
           LaidOutText::canLayOut(m_text, font());
}

// QLabelPrivate::sizeForWidth() for a plain text.
QSize WrappingLabel::sizeForWidth(int width, bool forHeight) const {
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize contentsMargin(margins.left() + margins.right(), margins.top() + margins.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    const QFontMetrics metrics = fontMetrics();
    const int align =
        QStyle::visualAlignment(m_direction, QFlag(int(alignment()) | Qt::TextExpandTabs |
                                                   (wordWrap() ? Qt::TextWordWrap : 0)));
    int m = indent();
    if (m < 0 && frameWidth())
        m = metrics.horizontalAdvance(QLatin1Char('x')) - margin() * 2;
    if (m > 0) {
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += m;
    }
    const int flags = align & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    const bool tryWidth = width < 0 && (align & Qt::TextWordWrap);
    if (tryWidth)
        width = std::min(metrics.averageCharWidth() * 80, maximumSize().width());
    else if (width < 0)
        width = 2000;
    width -= hextra + contentsMargin.width();
    QRect br = measured(width, flags, forHeight);
    if (tryWidth && br.height() < 4 * metrics.lineSpacing() && br.width() > width / 2)
        br = measured(width / 2, flags, false);
    if (tryWidth && br.height() < 2 * metrics.lineSpacing() && br.width() > width / 4)
        br = measured(width / 4, flags, false);
    const QSize contentsSize(br.width() + hextra, br.height() + vextra);
    return (contentsSize + contentsMargin).expandedTo(minimumSize());
}

// QLabelPrivate::documentRect(): the contents less the margin and the indent.
QRect WrappingLabel::textRect(int align) const {
    QRect rect = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    int m = indent();
    if (m < 0 && frameWidth())
        m = fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 - margin();
    if (m > 0) {
        if (align & Qt::AlignLeft)
            rect.setLeft(rect.left() + m);
        if (align & Qt::AlignRight)
            rect.setRight(rect.right() - m);
        if (align & Qt::AlignTop)
            rect.setTop(rect.top() + m);
        if (align & Qt::AlignBottom)
            rect.setBottom(rect.bottom() - m);
    }
    return rect;
}
