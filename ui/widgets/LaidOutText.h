#pragma once
// A plain text laid out for a font, a direction and the last few widths asked, and
// drawn and measured as QPainter::drawText(rect, flags, text) and
// QFontMetrics::boundingRect(rect, flags, text) draw and measure it: the same lines at the
// same places, clipped the same way. Those two lay the text out and shape it again on every
// call, which for the wrapping labels of the console's pages was more than half of all its
// painting and most of the work of laying its pages out (#17). Texts are shared: labels with
// the same caption in the same font (a field's caption in every card editor) use one.
#include <QFont>
#include <QString>
#include <QTextLayout>
#include <QTextOption>

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

    // The text in `font` for a device of `dpi` dots per inch, in the given direction; shared
    // while any label or the cache holds it.
    static std::shared_ptr<LaidOutText> of(const QString& text, const QFont& font, int dpi,
                                           Qt::LayoutDirection direction, bool justified);
    // How many times texts were laid out (and shaped) for a width: a test's measure.
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
    ~LaidOutText();

private:
    struct Line {
        qreal bottom = 0;       // the height of the text down to this line's end
        qreal widest = 0;       // the widest line up to this one, without trailing spaces
        qreal rightAligned = 0; // its advance, and the spaces a right-to-left line ends with
    };
    struct Lines {
        qreal lineWidth = 0;
        bool unbroken = true; // broken only where the text is: the same in any wider line
        QTextLayout layout;
        std::vector<Line> lines;
    };

    const Lines& linesFor(int width);
    std::unique_ptr<Lines> breakLines(qreal lineWidth) const;

    QString m_text; // as drawText shows it: line breaks as line separators
    QFont m_font;
    QTextOption m_option;
    qreal m_leading = 0;
    std::vector<std::unique_ptr<Lines>> m_laid; // the last few widths, the latest first
};
