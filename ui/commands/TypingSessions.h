#pragma once
// Merge keys for text typed into a page's fields. Keystrokes in one field merge into one
// undo step until the field loses focus; the next visit to the field starts a new step, so
// Ctrl+Z takes back one burst of typing, not everything ever typed there. In a watched field
// Ctrl+Z and Ctrl+Shift+Z are the workshop's Undo and Redo, not the field's own.
#include <QHash>
#include <QObject>

class QWidget;

class TypingSessions : public QObject {
    Q_OBJECT

public:
    explicit TypingSessions(QObject* parent = nullptr);

    // Starts watching `editor`'s focus; call once per editor.
    void watch(QWidget* editor);
    // The merge key for typing `field` (e.g. "candidate-name-12") in `editor` right now.
    QString key(const QString& field, QWidget* editor) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QHash<QObject*, int> m_sessions;
};
