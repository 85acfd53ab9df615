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
    m_followsWindow = false;
    m_colors = colors;
    update();
}

void NorthStarTreeView::setProjectorColors() {
    m_followsWindow = true;
    update();
}

TreeColors NorthStarTreeView::colors() const {
    if (!m_followsWindow)
        return m_colors;
    const bool dark = window()->palette().color(QPalette::Window).lightness() < 128;
    return dark ? TreeColors::projector() : TreeColors::projectorLight();
}

void NorthStarTreeView::setSizing(TreeSizing sizing) {
    if (sizing == m_sizing)
        return;
    m_sizing = sizing;
    invalidateLayout();
}

const NorthStarTreeLayout& NorthStarTreeView::treeLayout() const {
    // Hidden widgets get no resize events, so the size is checked here too.
    if (!m_layout || m_layout->area != QRectF(rect())) {
        // The layout reads point sizes at 96 dpi; rescale so a point here is a point on this
        // screen, whatever its dpi.
        QFont base = font();
        if (base.pixelSize() <= 0 && base.pointSizeF() > 0)
            base.setPointSizeF(base.pointSizeF() * logicalDpiY() / 96.0);
        m_layout = NorthStarTreeLayout::compute(m_tree, QRectF(rect()), base, m_sizing);
    }
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
    NorthStarTreePainter::paint(painter, treeLayout(), colors());
}

void NorthStarTreeView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void NorthStarTreeView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        invalidateLayout();
    if (m_followsWindow &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        update(); // the projector's look changed
}

void NorthStarTreeView::invalidateLayout() {
    m_layout.reset();
    update();
}
