#include "SteadyBox.h"

#include <QEvent>

SteadyBox::SteadyBox(QWidget* content, QWidget* parent)
    : QWidget(parent)
    , m_content(content) {
    m_content->setParent(this);
    setSizePolicy(m_content->sizePolicy());
    m_hints = hints();
}

QSize SteadyBox::sizeHint() const {
    const QSize hint = m_content->sizeHint();
    return {std::max(hint.width(), m_widest), hint.height()};
}

QSize SteadyBox::minimumSizeHint() const {
    const QSize hint = m_content->minimumSizeHint();
    return {std::max(hint.width(), m_widestMinimum), hint.height()};
}

bool SteadyBox::hasHeightForWidth() const {
    return m_content->hasHeightForWidth();
}

int SteadyBox::heightForWidth(int width) const {
    return m_content->heightForWidth(width);
}

SteadyBox::Hints SteadyBox::hints() const {
    return {sizeHint(),
            minimumSizeHint(),
            m_content->minimumSize(),
            m_content->maximumSize(),
            m_content->sizePolicy(),
            m_content->hasHeightForWidth() ? m_content->heightForWidth(width()) : -1};
}

void SteadyBox::follow() {
    m_widest = std::max(m_widest, m_content->sizeHint().width());
    m_widestMinimum = std::max(m_widestMinimum, m_content->minimumSizeHint().width());
    Hints now = hints();
    if (now == m_hints)
        return;
    m_hints = std::move(now);
    setSizePolicy(m_hints.policy);
    setMinimumSize(m_hints.minimum);
    setMaximumSize(m_hints.maximum);
    updateGeometry();
}

bool SteadyBox::event(QEvent* event) {
    // The content's updateGeometry() posts LayoutRequest here (the box has no layout). Shown
    // (and so polished), the box starts from the content's hints as they are then.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        follow();
    return QWidget::event(event);
}

void SteadyBox::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_content->setGeometry(rect());
    m_hints.height = m_content->hasHeightForWidth() ? m_content->heightForWidth(width()) : -1;
}
