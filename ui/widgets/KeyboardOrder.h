#pragma once
// Where a part made late (when first shown, not at start-up) sits in the keyboard's order.
// Qt puts a widget in its window's Tab chain where it is made, so a part made late would
// come last; this puts its controls back where they were when it was made with the window.
#include <QList>

class QWidget;

namespace KeyboardOrder {

// Moves the controls of each of `made` (themselves and everything inside them), in their
// present order, to right after `anchor` in the window's keyboard order.
void placeAfter(QWidget* anchor, const QList<QWidget*>& made);

// The last of `part` and everything inside it in the window's keyboard order (they follow
// one another there when `part` is made before what it holds).
QWidget* lastOf(QWidget* part);

} // namespace KeyboardOrder
