#pragma once
// Hands on the console for the whole-workshop tests: finds controls the way a screen reader
// names them (their accessible names), clicks them, and types into whatever has the focus,
// as a facilitator at the keyboard would. Nothing here reaches past the widgets.
#include <QApplication>
#include <QList>
#include <QString>
#include <QWidget>

#include <algorithm>

class QAbstractItemView;
class QCheckBox;
class QListWidget;

class Facilitator {
public:
    explicit Facilitator(QWidget* window = nullptr)
        : m_window(window) {}
    void setWindow(QWidget* window) { m_window = window; }

    // Every visible control of type T named `name` under `root` (the window by default),
    // top to bottom, then left to right.
    template <typename T = QWidget>
    QList<T*> all(const QString& name, QWidget* root = nullptr) const {
        root = root ? root : m_window;
        QList<T*> found;
        for (T* w : root->findChildren<T*>())
            if (w->accessibleName() == name && w->isVisibleTo(root))
                found << w;
        std::stable_sort(found.begin(), found.end(), [root](QWidget* a, QWidget* b) {
            const QPoint pa = a->mapTo(root, QPoint()), pb = b->mapTo(root, QPoint());
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        return found;
    }
    // The first enabled one of them; null (and a warning naming it) when there is none.
    template <typename T = QWidget> T* find(const QString& name, QWidget* root = nullptr) const {
        for (T* w : all<T>(name, root))
            if (w->isEnabled())
                return w;
        warnMissing(name);
        return nullptr;
    }

    static void click(QWidget* widget);
    static void tick(QCheckBox* box);
    // Clicks the first row whose text contains `text`; false when there is none.
    static bool clickRow(QListWidget* list, const QString& text);
    static void clickCell(QAbstractItemView* view, int row, int column);

    // Keys and text go where the focus is, as on a real keyboard.
    static QWidget* focus() { return QApplication::focusWidget(); }
    void type(const QString& text) const;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    // Clicks into a text field, selects what is there and types over it.
    void retype(QWidget* field, const QString& text) const;

private:
    void warnMissing(const QString& name) const;

    QWidget* m_window;
};

// The closest enclosing widget of type T, or null.
template <typename T> T* enclosing(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (auto* t = qobject_cast<T*>(w))
            return t;
    return nullptr;
}
