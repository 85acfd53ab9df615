#pragma once
// A plain text shaped once for a font and a direction, broken into lines for any width, and
// drawn and measured as QPainter::drawText(rect, flags, text) and
// QFontMetrics::boundingRect(rect, flags, text) draw and measure it: the same lines at the
// same places, clipped the same way. Those two lay the text out and shape it again on every
// call, which for the wrapping labels of the console's pages was more than half of all its
// painting and most of the work of laying its pages out (#17). Texts are shared: labels with
// the same caption in the same font (a field's caption in every card editor) use one.
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
    // Whether QFontMetrics::boundingRect() breaks `text` into the same lines: it lays out
    // without the bidirectional algorithm, which changes nothing for a text without
    // right-to-left letters or directional marks.
    static bool measuresAsFontMetrics(const QString& text);

    // The text in `font` for a device of `dpi` dots per inch, in the given direction; shaped
    // once and shared while any label or the cache holds it.
    static std::shared_ptr<LaidOutText> of(const QString& text, const QFont& font, int dpi,
                                           Qt::LayoutDirection direction, bool justified);
    // How many texts of() has shaped: a test's measure.
    static int layoutsMade();

    // As QFontMetrics(font).boundingRect(0, 0, width, 2000, flags, text), for a text that
    // measuresAsFontMetrics() and a direction left to right.
    QRect boundingRect(int width, int flags);
    // As painter->drawText(rect, flags, text) with the painter's pen: `flags` are the
    // alignment (visual: left and right already swapped for a right-to-left text) and
    // Qt::TextWordWrap.
    void draw(QPainter* painter, const QRect& rect, int flags);

    LaidOutText(const QString& text, const QFont& font, Qt::LayoutDirection direction,
                bool justified);

private:
    struct Line {
        qreal bottom = 0;       // the height of the text down to this line's end
        qreal widest = 0;       // the widest line up to this one, without trailing spaces
        qreal rightAligned = 0; // its advance, and the spaces a right-to-left line ends with
    };

    void breakLines(int width);

    QTextLayout m_layout;
    QFont m_font;
    qreal m_leading = 0;
    int m_width = -2; // what the lines are broken for; -1: never wrapped
    std::vector<Line> m_lines;
};
