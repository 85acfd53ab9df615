#pragma once
// Shows a North Star tree (results, metric, inputs, guardrail) on the console or the
// projector, painted by the same NorthStarTreePainter that the PDF uses. Screen readers get
// the tree in words; text that had to be shortened shows in full as a tooltip.
#include "report/NorthStarTree.h"
#include "report/NorthStarTreeLayout.h"
#include "report/TreeColors.h"

#include <QWidget>

#include <optional>

class NorthStarTreeView : public QWidget {
    Q_OBJECT

public:
    explicit NorthStarTreeView(QWidget* parent = nullptr);

    void setTree(const NorthStarTree& tree);
    const NorthStarTree& tree() const { return m_tree; }
    // TreeColors::console() until told otherwise.
    void setColors(const TreeColors& colors);
    // The projector's colours, dark or light to match the window's background (the
    // projector's two looks), until setColors() is called. The window's own palette is read
    // because style sheets stop palettes from reaching child widgets.
    void setProjectorColors();
    // The colours painted with now.
    TreeColors colors() const;
    // TreeSizing::Scaled until told otherwise; the projector asks for Legible, which keeps
    // every text at or above the widget's font size.
    void setSizing(TreeSizing sizing);
    TreeSizing sizing() const { return m_sizing; }
    // The geometry as last painted (computed on demand for the current size).
    const NorthStarTreeLayout& treeLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void invalidateLayout();

    NorthStarTree m_tree;
    TreeColors m_colors;
    TreeSizing m_sizing = TreeSizing::Scaled;
    bool m_followsWindow = false;
    mutable std::optional<NorthStarTreeLayout> m_layout;
};
