#pragma once
// A plain text laid out once for a font, a width and a direction, and drawn as
// QPainter::drawText(rect, flags, text) draws it: the same lines at the same places, clipped
// the same way. drawText lays the text out and shapes it again on every call, which for the
// wrapping labels of the console's pages was more than half of all its painting (#17).
// Layouts are shared: labels with the same caption in the same font at the same width (a
// field's caption in every card editor) draw the one layout.
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QRect;

class LaidOutText {
public:
    // Whether drawText() lays `text` out as this class does: not if it has tabs (expanded at
    // tab stops), several length variants (U+009C) or a font with underline, overline or
    // strike-out (drawn after each line).
    static bool canLayOut(const QString& text, const QFont& font);

    // The text laid out in lines `width` wide (or never wrapped, for a negative width) in the
    // given direction, for a device of `dpi` dots per inch; made once and shared while any
    // label or the cache holds it.
    static std::shared_ptr<const LaidOutText> of(const QString& text, const QFont& font, int dpi,
                                                 int width, Qt::LayoutDirection direction,
                                                 bool justified);
    // How many layouts of() has made: a test's measure.
    static int layoutsMade();

    // Draws as painter->drawText(rect, flags, text) with the painter's pen: `flags` are the
    // alignment (visual: left and right already swapped for a right-to-left text).
    void draw(QPainter* painter, const QRect& rect, int flags) const;

    LaidOutText(const QString& text, const QFont& font, int width, Qt::LayoutDirection direction,
                bool justified);

private:
    struct Line {
        qreal bottom = 0;       // the height of the text down to this line's end
        qreal widest = 0;       // the widest line up to this one, without trailing spaces
        qreal rightAligned = 0; // its advance, and the spaces a right-to-left line ends with
    };

    QTextLayout m_layout;
    std::vector<Line> m_lines;
};
