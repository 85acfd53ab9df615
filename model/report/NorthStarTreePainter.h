#pragma once
// The one painter of the North Star tree: widgets, offscreen grabs and the PDF report all
// call it, so the three never disagree. Works on any QPaintDevice (Qt Gui only).
#include "NorthStarTreeLayout.h"
#include "TreeColors.h"

#include <QPolygonF>

class QPainter;

class NorthStarTreePainter {
public:
    // Lays the tree out in `area` and paints it, background included.
    static void paint(QPainter& painter, const NorthStarTree& tree, const QRectF& area,
                      const TreeColors& colors, const QFont& base);
    // Paints a layout computed earlier (a widget keeps one between resizes).
    static void paint(QPainter& painter, const NorthStarTreeLayout& layout,
                      const TreeColors& colors);
    // The five-pointed star of the brand mark, fitted in `box`.
    static QPolygonF star(const QRectF& box);

private:
    static void paintArrow(QPainter& painter, const TreeArrow& arrow, qreal unit);
    static void paintText(QPainter& painter, const TreeText& text, const TreeColors& colors);
};
