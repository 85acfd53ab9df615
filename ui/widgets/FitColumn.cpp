#include "FitColumn.h"

#include <QLabel>
#include <QVBoxLayout>

FitColumn::FitColumn(QWidget* parent, GiveWay giveWay)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_giveWay(giveWay) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(); // what is shown sits at the top
}

void FitColumn::addWidget(QWidget* widget, bool optional) {
    m_layout->insertWidget(m_layout->count() - 1, widget);
    if (optional)
        m_optional.append(widget);
}

void FitColumn::addSpacing(int pixels) {
    m_layout->insertSpacing(m_layout->count() - 1, pixels);
}

void FitColumn::setShrinkable(QLabel* label, qreal floorPoints) {
    m_shrinkable = label;
    m_fullPoints = label->font().pointSizeF();
    m_floorPoints = floorPoints;
}

QSize FitColumn::minimumSizeHint() const {
    // Only what is never hidden counts: the optional widgets give way instead.
    QSize size(0, 0);
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget* widget = m_layout->itemAt(i)->widget();
        if (!widget || m_optional.contains(widget))
            continue;
        const QSize hint = widget->minimumSizeHint();
        size.setWidth(std::max(size.width(), hint.width()));
        size.rheight() +=
            widget->hasHeightForWidth() ? widget->heightForWidth(width()) : hint.height();
    }
    return size;
}

void FitColumn::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fit();
}

void FitColumn::fit() {
    for (QWidget* widget : std::as_const(m_optional))
        widget->setVisible(true);
    if (m_shrinkable) {
        QFont font = m_shrinkable->font();
        font.setPointSizeF(m_fullPoints);
        m_shrinkable->setFont(font);
    }
    const auto needed = [this] {
        m_layout->invalidate();
        return m_layout->hasHeightForWidth() ? m_layout->totalHeightForWidth(width())
                                             : m_layout->totalMinimumSize().height();
    };
    const qsizetype count = m_optional.size();
    for (qsizetype i = 0; i < count && needed() > height(); ++i)
        m_optional.at(m_giveWay == GiveWay::Last ? count - 1 - i : i)->setVisible(false);
    for (QFont font = m_shrinkable ? m_shrinkable->font() : QFont();
         m_shrinkable && font.pointSizeF() > m_floorPoints && needed() > height();) {
        font.setPointSizeF(std::max(m_floorPoints, font.pointSizeF() - 2));
        m_shrinkable->setFont(font);
    }
    // Lay out again now, with what is left: the layout already placed the children for this
    // size before this resize event, with every detail shown, and a column that is not yet
    // visible would keep those squashed heights (its layout request is dropped until shown).
    m_layout->invalidate();
    m_layout->activate();
}
