#pragma once
// Holds one widget (a label whose number the room moves) and asks the layout around it again
// only when that widget needs other room. A label given a new text asks its parent's layout,
// and with it the whole window's, to lay out again, even when "12 cards" becomes "13 cards";
// in this box it only paints itself again. Widths only grow: digits differ by a pixel or two,
// and a text a pixel narrower than the widest the box has shown keeps that room.
#include <QSizePolicy>
#include <QWidget>

class SteadyBox : public QWidget {
    Q_OBJECT

public:
    // Takes `content` as its child; the box takes its size policy.
    explicit SteadyBox(QWidget* content, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // What the layout around the box reads of it.
    struct Hints {
        QSize hint, minimumHint, minimum, maximum;
        QSizePolicy policy;
        int height = -1; // for the box's width, when the height follows the width
        bool operator==(const Hints&) const = default;
    };
    Hints hints() const;
    // Passes a change of the content's hints on to the layout around the box.
    void follow();

    QWidget* m_content;
    Hints m_hints;
    int m_widest = 0;        // the widest hint since shown
    int m_widestMinimum = 0; // and minimum hint
};
