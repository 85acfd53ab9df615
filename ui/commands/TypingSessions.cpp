#include "TypingSessions.h"

#include <QEvent>
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
    if (event->type() == QEvent::FocusOut)
        if (auto it = m_sessions.find(watched); it != m_sessions.end())
            ++*it;
    return QObject::eventFilter(watched, event);
}
