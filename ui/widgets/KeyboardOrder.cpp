#include "KeyboardOrder.h"

#include <QWidget>

namespace KeyboardOrder {

void placeAfter(QWidget* anchor, const QList<QWidget*>& made) {
    const auto isMade = [&made](QWidget* w) {
        for (QWidget* root : made)
            if (w == root || root->isAncestorOf(w))
                return true;
        return false;
    };
    QList<QWidget*> controls;
    for (QWidget* w = anchor->nextInFocusChain(); w != anchor; w = w->nextInFocusChain())
        if (isMade(w) && w->focusPolicy() != Qt::NoFocus && !w->focusProxy())
            controls.append(w);
    QWidget* previous = anchor;
    for (QWidget* control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
}

QWidget* lastOf(QWidget* part) {
    QWidget* last = part;
    for (QWidget* w = part->nextInFocusChain(); w != part && part->isAncestorOf(w);
         w = w->nextInFocusChain())
        last = w;
    return last;
}

} // namespace KeyboardOrder
