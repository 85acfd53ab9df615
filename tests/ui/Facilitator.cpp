#include "Facilitator.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QListWidget>
#include <QStyleOptionButton>
#include <QTest>

void Facilitator::click(QWidget* widget) {
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

void Facilitator::tick(QCheckBox* box) {
    // On the box itself: the middle of a stretched check box may be past its text.
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, indicator.center());
}

bool Facilitator::clickRow(QListWidget* list, const QString& text) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text)) {
            QListWidgetItem* item = list->item(i);
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                              list->visualItemRect(item).center());
            return true;
        }
    return false;
}

void Facilitator::clickCell(QAbstractItemView* view, int row, int column) {
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(index).center());
}

void Facilitator::type(const QString& text) const {
    QTest::keyClicks(focus() ? focus() : m_window, text);
}

void Facilitator::press(Qt::Key key, Qt::KeyboardModifiers modifiers) const {
    QTest::keyClick(focus() ? focus() : m_window, key, modifiers);
}

void Facilitator::retype(QWidget* field, const QString& text) const {
    click(field);
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

void Facilitator::warnMissing(const QString& name) const {
    QStringList near;
    for (QWidget* w : m_window->findChildren<QWidget*>())
        if (!w->accessibleName().isEmpty() && w->isVisibleTo(m_window) &&
            w->accessibleName().left(6) == name.left(6))
            near << w->accessibleName();
    qWarning("No enabled, visible control named \"%s\"; similar: %s", qPrintable(name),
             qPrintable(near.join(QStringLiteral(" | "))));
}
