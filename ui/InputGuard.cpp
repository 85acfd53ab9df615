#include "InputGuard.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTextEdit>

#include <algorithm>

namespace {

// The editing keys a text field keeps even when a menu item has the same shortcut.
bool isEditingKey(const QKeyEvent& key) {
    static const QKeySequence::StandardKey keys[] = {
        QKeySequence::Undo,
        QKeySequence::Redo,
        QKeySequence::Copy,
        QKeySequence::Cut,
        QKeySequence::Paste,
        QKeySequence::SelectAll,
        QKeySequence::Deselect,
        QKeySequence::Delete,
        QKeySequence::Backspace,
        QKeySequence::DeleteStartOfWord,
        QKeySequence::DeleteEndOfWord,
        QKeySequence::MoveToNextWord,
        QKeySequence::MoveToPreviousWord,
        QKeySequence::SelectNextWord,
        QKeySequence::SelectPreviousWord,
        QKeySequence::MoveToStartOfDocument,
        QKeySequence::MoveToEndOfDocument,
        QKeySequence::SelectStartOfDocument,
        QKeySequence::SelectEndOfDocument,
    };
    for (QKeySequence::StandardKey standard : keys)
        if (key.matches(standard))
            return true;
    return false;
}

bool matchesAction(const QList<QAction*>& actions, const QKeySequence& pressed) {
    for (QAction* action : actions) {
        if (!action->isEnabled() || !action->isVisible())
            continue;
        if (QMenu* menu = action->menu()) {
            if (matchesAction(menu->actions(), pressed))
                return true;
            continue;
        }
        for (const QKeySequence& shortcut : action->shortcuts())
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
    }
    return false;
}

} // namespace

namespace {
QPointer<InputGuard> s_guard; // the application's, once the main window has installed it
} // namespace

InputGuard::InputGuard(QObject* parent)
    : QObject(parent) {
    s_guard = this;
}

void InputGuard::reportCut(QWidget* field, int kept, int offered, int limit) {
    if (!s_guard || !field)
        return;
    const QString name = field->accessibleName().isEmpty()
                             ? tr("This field")
                             : tr("“%1”").arg(field->accessibleName());
    emit s_guard->textCut(field, kept, offered,
                          tr("%1 holds at most %2 characters: only the first %3 of the %4 it "
                             "was given were kept.")
                              .arg(name, QLocale().toString(limit), QLocale().toString(kept),
                                   QLocale().toString(offered)));
}

bool InputGuard::takesText(const QWidget* widget) {
    if (!widget || qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()))
        return false; // a spin box's inner line: numbers and dates, not text
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return !line->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return !plain->isReadOnly();
    if (const auto* rich = qobject_cast<const QTextEdit*>(widget))
        return !rich->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->isEditable();
    return false;
}

void InputGuard::markRevealing(QWidget* button) {
    button->setProperty("lodestarRevealing", true);
}

bool InputGuard::isRevealing(const QWidget* button) {
    return button && button->property("lodestarRevealing").toBool();
}

bool InputGuard::pressFocusedButton(QObject* watched, const QKeyEvent& key) {
    if ((key.key() != Qt::Key_Return && key.key() != Qt::Key_Enter) ||
        (key.modifiers() & ~Qt::KeypadModifier))
        return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || button != QApplication::focusWidget() || !button->isEnabled() ||
        qobject_cast<QDialog*>(button->window()) || isRevealing(button))
        return false;
    button->click();
    return true;
}

void InputGuard::checkLength(QObject* watched, const QString& offered) {
    auto* line = qobject_cast<QLineEdit*>(watched);
    if (!line || line->isReadOnly() || offered.isEmpty())
        return;
    const int room = line->maxLength() - int(line->text().size() - line->selectedText().size());
    const int kept = std::max(0, std::min(int(offered.size()), room));
    if (kept >= offered.size())
        return;
    const QString field = line->accessibleName().isEmpty() ? tr("This field")
                                                           : tr("“%1”").arg(line->accessibleName());
    emit textCut(line, kept, int(offered.size()),
                 tr("%1 holds at most %2 characters: only the first %3 of the %4 you pasted "
                    "were kept.")
                     .arg(field, QLocale().toString(line->maxLength()), QLocale().toString(kept),
                          QLocale().toString(offered.size())));
}

bool InputGuard::wheelIsStray(const QWidget* widget) {
    const bool guarded =
        qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
        (qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget));
    if (!guarded)
        return false;
    const QWidget* focus = QApplication::focusWidget();
    return !(focus && (focus == widget || widget->isAncestorOf(focus)));
}

bool InputGuard::shortcutWins(const QKeyEvent& key) {
    if (key.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    const QString text = key.text();
    return !text.isEmpty() && (text.at(0).isPrint() || key.key() == Qt::Key_Space);
}

bool InputGuard::isMenuShortcut(const QWidget* focus, const QKeyEvent& key) {
    if (!(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) ||
        isEditingKey(key))
        return false;
    const auto* window = qobject_cast<const QMainWindow*>(focus->window());
    if (!window || !window->menuWidget())
        return false;
    const QKeySequence pressed(key.keyCombination());
    return matchesAction(window->menuWidget()->actions(), pressed);
}

bool InputGuard::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Wheel:
        if (watched->isWidgetType() && wheelIsStray(static_cast<QWidget*>(watched))) {
            // Not for this control: ignored, the event goes on to the page, which scrolls.
            event->ignore();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        const auto& key = *static_cast<QKeyEvent*>(event);
        if (pressFocusedButton(watched, key))
            return true;
        if (key.matches(QKeySequence::Paste))
            checkLength(watched, QGuiApplication::clipboard()->text());
        break;
    }
    case QEvent::Drop:
        if (const QMimeData* data = static_cast<QDropEvent*>(event)->mimeData())
            checkLength(watched, data->text());
        break;
    case QEvent::ShortcutOverride: {
        // Asked of the control the key is for (the focus), then of its parents in turn while
        // nobody has claimed it; a text field claims what it types before its parents see it.
        if (!watched->isWidgetType())
            break;
        const auto* control = static_cast<QWidget*>(watched);
        const auto& key = *static_cast<QKeyEvent*>(event);
        const bool overrule = takesText(control) ? isMenuShortcut(control, key) : shortcutWins(key);
        if (overrule) {
            // Nobody on the way up may keep the key: the window's shortcut, if any, fires;
            // without one, the key reaches the focused control as a plain key press.
            event->ignore();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
