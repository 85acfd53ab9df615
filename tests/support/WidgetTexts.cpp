#include "WidgetTexts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        texts << w->windowTitle() << w->accessibleName() << w->accessibleDescription()
              << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            texts << edit->toPlainText();
        if (auto* edit = qobject_cast<QTextEdit*>(w))
            texts << edit->toPlainText();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->text();
        if (auto* combo = qobject_cast<QComboBox*>(w))
            texts << combo->currentText();
    }
    texts.removeAll(QString());
    return texts;
}
