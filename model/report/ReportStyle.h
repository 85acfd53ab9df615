#pragma once
// The report's look in one place: the design palette by role, the typeface (Inter, falling
// back to DejaVu Sans), the sizes in points and the style sheet the HTML pages use. The PDF
// writer and the pages' HTML both read it, so a change of colour happens once.
#include <QColor>
#include <QFont>
#include <QString>

namespace ReportStyle {

// Palette roles from the design card.
inline const QColor Night{0x14, 0x21, 0x3D};
inline const QColor Star{0xF2, 0xB1, 0x34};
inline const QColor Paper{0xF7, 0xF6, 0xF2};
inline const QColor Ink{0x1C, 0x1C, 0x1C};
inline const QColor Muted{0x4A, 0x4F, 0x5A}; // small print: 8:1 on white
inline const QColor Mist{0xE3, 0xE6, 0xEC};
inline const QColor Calm{0x2E, 0x7D, 0x5B};
inline const QColor Amber{0xD9, 0x8E, 0x04};
inline const QColor Red{0xC0, 0x39, 0x2B};
// Darker amber for hint text: the accent itself is too light to read on white.
inline const QColor AmberText{0x8A, 0x5A, 0x00};

// Inter when installed, else DejaVu Sans, else the default sans-serif.
QString family();
// The body font at `points`, in `weight`.
QFont font(qreal points, QFont::Weight weight = QFont::Normal);
// User text as the PDF can print it: a character that no installed font can draw would
// print as an empty box, so it is written out as its code point ("[U+F0000]") instead.
// Characters Inter lacks come from the system's fallbacks (Noto CJK, Symbola for emoji).
QString drawable(const QString& text);

// The PDF's resolution (device pixels per inch).
constexpr int Resolution = 1200;
// `points` as a CSS length for margins in the report's HTML, e.g. "8px" for 6 points. Qt 6.4
// drops margins given in pt, and scales px as 1/96 inch to the paint device.
QString px(qreal points);

// The CSS margins of a table whose cells draw its lines, `bottomPoints` below it: Qt drew
// the collapsed-border tables these replace 1px inside their margins, so 1px more on every
// side keeps the lines and the text where they were.
QString gridMargins(qreal bottomPoints);

// Sizes in points.
constexpr qreal BodyPoints = 9.5;
constexpr qreal FooterPoints = 7.5;

// The default style sheet of every report page (QTextDocument's CSS subset).
QString styleSheet();

} // namespace ReportStyle
