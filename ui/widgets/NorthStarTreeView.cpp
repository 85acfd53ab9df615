#include "NorthStarTreeView.h"

#include "report/NorthStarTreePainter.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

NorthStarTreeView::NorthStarTreeView(QWidget* parent)
    : QWidget(parent)
    , m_colors(TreeColors::console()) {
    setAccessibleName(tr("North Star tree"));
    setAccessibleDescription(m_tree.summary());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void NorthStarTreeView::setTree(const NorthStarTree& tree) {
    if (tree == m_tree)
        return;
    m_tree = tree;
    setAccessibleDescription(m_tree.summary());
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    invalidateLayout();
}

void NorthStarTreeView::setColors(const TreeColors& colors) {
    m_colors = colors;
    update();
}

const NorthStarTreeLayout& NorthStarTreeView::treeLayout() const {
    // Hidden widgets get no resize events, so the size is checked here too.
    if (!m_layout || m_layout->area != QRectF(rect()))
        m_layout = NorthStarTreeLayout::compute(m_tree, QRectF(rect()), font());
    return *m_layout;
}

QSize NorthStarTreeView::sizeHint() const {
    return {900, 540};
}

QSize NorthStarTreeView::minimumSizeHint() const {
    return {480, 300};
}

bool NorthStarTreeView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const TreeText& text : treeLayout().texts) {
            if (text.elided && text.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), text.text, this, text.rect.toRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void NorthStarTreeView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    NorthStarTreePainter::paint(painter, treeLayout(), m_colors);
}

void NorthStarTreeView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void NorthStarTreeView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        invalidateLayout();
}

void NorthStarTreeView::invalidateLayout() {
    m_layout.reset();
    update();
}
