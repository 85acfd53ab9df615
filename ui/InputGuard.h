#pragma once
// The application's rules for the keyboard and the mouse wheel, kept in one place: an event
// filter on the whole application, installed once by the main window, so every page, card
// and dialog follows them without a line of its own.
// - The wheel never changes a combo box, spin box, date or slider that does not have the
//   focus: it scrolls the page under the pointer instead, so scrolling a form edits nothing.
// - A key without Ctrl or Alt (Space for the timer; B, C and E for the projector) does what
//   its shortcut says whatever has the focus — a button, a tick box, a list, a combo box —
//   except in a field that takes typed text, where it types. Space never presses a button.
// - A menu shortcut (Ctrl+E to export …) works from a text field too, where the field would
//   otherwise keep the key for an editing binding of its own (Ctrl+E: end of line); the
//   field keeps its everyday editing keys (copy, paste, undo, word moves).
// - A paste (or drop) longer than a text field holds is not cut silently: textCut() says how
//   much was kept, for the window to show.
// - Enter presses the focused button outside dialogs (where Space used to), except a button
//   that shows the room something private (reveal the cards, unmask, close the vote): those
//   take a click or their own deliberate shortcut, never a stray key.
#include <QObject>

class QKeyEvent;
class QWidget;

class InputGuard : public QObject {
    Q_OBJECT

public:
    explicit InputGuard(QObject* parent = nullptr);

    // Whether `widget` takes typed text: an editable line, text or combo box (not a spin box).
    static bool takesText(const QWidget* widget);
    // Marks `button` as one that shows private content: no stray key presses it.
    static void markRevealing(QWidget* button);
    static bool isRevealing(const QWidget* button);

    // Tells the application's guard that `field`, which holds at most `limit` characters, kept
    // `kept` of the `offered` ones (widgets/TextLimit calls it, whatever way the text came).
    static void reportCut(QWidget* field, int kept, int offered, int limit);

signals:
    // A paste or drop into `field` kept `kept` of the `offered` characters; `message` says so.
    void textCut(QWidget* field, int kept, int offered, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool wheelIsStray(const QWidget* widget);
    static bool shortcutWins(const QKeyEvent& key);
    static bool isMenuShortcut(const QWidget* focus, const QKeyEvent& key);
    static bool pressFocusedButton(QObject* watched, const QKeyEvent& key);
    void checkLength(QObject* watched, const QString& offered);
};
