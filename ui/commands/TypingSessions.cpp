#include "TypingSessions.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

TypingSessions::TypingSessions(QObject* parent)
    : QObject(parent) {}

void TypingSessions::watch(QWidget* editor) {
    if (m_sessions.contains(editor))
        return;
    m_sessions.insert(editor, 0);
    editor->installEventFilter(this);
    connect(editor, &QObject::destroyed, this, [this](QObject* gone) { m_sessions.remove(gone); });
}

QString TypingSessions::key(const QString& field, QWidget* editor) const {
    return QStringLiteral("%1#%2").arg(field).arg(m_sessions.value(editor));
}

bool TypingSessions::eventFilter(QObject* watched, QEvent* event) {
    // A text field keeps an undo history of its own and would take Ctrl+Z for it; leave the
    // key to the workshop's Undo, which the status bar announces and which saves nothing new.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        if (auto it = m_sessions.find(watched); it != m_sessions.end())
            ++*it;
    return QObject::eventFilter(watched, event);
}
