#include "PlainCellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>

namespace {

bool isPlain(const QStyleOptionViewItem& option) {
    constexpr auto extras = QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    constexpr auto states = QStyle::State_Selected | QStyle::State_HasFocus |
                            QStyle::State_MouseOver | QStyle::State_Editing;
    return (option.features & QStyleOptionViewItem::HasDisplay) && !(option.features & extras) &&
           !(option.state & states) && option.direction == Qt::LeftToRight &&
           (option.displayAlignment & Qt::AlignVCenter) && !option.text.isEmpty() &&
           !option.text.contains(u'\n') && !option.text.contains(QChar::LineSeparator);
}

} // namespace

void PlainCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlain(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true); // else drawing shapes the text again
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(qMax(0, opt.rect.width() - 2 * margin));
    line.setPosition(QPointF(0, 0));
    layout.endLayout();

    // Where the style puts the text: its size, aligned in the cell, less the margins.
    const QSize textSize(qCeil(line.naturalTextWidth()) + 2 * margin, qCeil(line.height()));
    const bool wholeCell =
        style->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, &opt, widget) != 0;
    const QRect textRect =
        (wholeCell ? opt.rect
                   : QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                         textSize.boundedTo(opt.rect.size()), opt.rect))
            .adjusted(margin, 0, -margin, 0);
    if (line.naturalTextWidth() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index); // elided by the style
        return;
    }
    line.setLineWidth(textRect.width()); // already shaped: only the line is laid out again
    const QRect layoutRect = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                                 layout.boundingRect().size().toSize(), textRect);

    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(opt.palette.color(group, QPalette::Text));
    layout.draw(painter, QPointF(textRect.x(), layoutRect.top()));
    painter->restore();
}
