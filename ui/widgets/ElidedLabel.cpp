#include "ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextDocument>

#include <algorithm>

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString& text) {
    m_fullText = text.simplified();
    setAccessibleName(m_fullText);
    elide();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics metrics(font());
    const int margins = 2 * margin() + contentsMargins().left() + contentsMargins().right();
    // Fallback fonts (Chinese, Arabic, emoji) can be taller than the label's own font.
    const QSize text = metrics.size(0, m_fullText);
    return {text.width() + margins, std::max(text.height(), metrics.height()) + 2 * margin() +
                                        contentsMargins().top() + contentsMargins().bottom()};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("M…")), sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide() {
    const int room = contentsRect().width() - 2 * margin();
    const QFontMetrics metrics(font());
    QString shown = metrics.elidedText(m_fullText, Qt::ElideRight, room);
    // Cutting a joined script (Arabic) changes the shape of the last letters kept, so the
    // shortened text can come out wider than asked for: ask again for less until it fits.
    for (int target = room;
         shown != m_fullText && target > 0 && metrics.size(0, shown).width() > room;) {
        target -= std::max(1, metrics.averageCharWidth() / 2);
        shown = metrics.elidedText(m_fullText, Qt::ElideRight, target);
    }
    // A tooltip is shown as rich text when it looks like markup: user text must stay literal.
    setToolTip(shown == m_fullText ? QString()
                                   : Qt::convertFromPlainText(m_fullText, Qt::WhiteSpaceNormal));
    if (text() != shown)
        QLabel::setText(shown);
}
