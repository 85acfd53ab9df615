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
    const TreeColors& colors() const { return m_colors; }
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
    mutable std::optional<NorthStarTreeLayout> m_layout;
};
