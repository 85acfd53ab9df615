#pragma once
// Paints a table's plain text cells (no icon, no check box, one line that fits, not
// selected, focused or hovered) with one text layout, where the style lays the text out
// four times: to size it, to see whether it must be elided, to lay it out and to draw it.
// The pixels are the style's own; every other cell is painted by the style.
#include <QStyledItemDelegate>

class PlainCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};
