#include "ReportStyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QMutex>

namespace ReportStyle {

QString family() {
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString& candidate : {QStringLiteral("Inter"), QStringLiteral("DejaVu Sans")})
            if (installed.contains(candidate))
                return candidate;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

QFont font(qreal points, QFont::Weight weight) {
    QFont f(family());
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setStyleHint(QFont::SansSerif);
    // Inter's contextual alternates (the raised colon in "200: x", for one) are glyphs with
    // no character of their own: copied or searched text would lose them. Latin text is
    // set from the character map instead; scripts that need shaping are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

namespace {
// Whether some installed font has a glyph for `ucs4`. Marks, joiners and variation
// selectors are not drawn on their own and always pass.
bool canDraw(char32_t ucs4) {
    switch (QChar::category(ucs4)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    static QMutex mutex; // exports may run off the GUI thread
    static QHash<char32_t, bool> known;
    const QMutexLocker lock(&mutex);
    const auto it = known.constFind(ucs4);
    if (it != known.constEnd())
        return *it;
    // The metrics consult the font's fallbacks too, as drawing does.
    const bool drawableHere = QFontMetricsF(font(BodyPoints)).inFontUcs4(ucs4);
    known.insert(ucs4, drawableHere);
    return drawableHere;
}
} // namespace

QString drawable(const QString& text) {
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 0x250; // Latin: Inter has it all
    if (plain)
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        char32_t ucs4 = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (canDraw(ucs4))
            result += text.mid(i, length);
        else
            result += QStringLiteral("[U+%1]").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
        i += length;
    }
    return result;
}

QString px(qreal points) {
    return QString::number(qRound(points * 96.0 / 72.0)) + QStringLiteral("px");
}

QString gridMargins(qreal bottomPoints) {
    return QStringLiteral("margin-top: 1px; margin-left: 1px; margin-right: 1px; "
                          "margin-bottom: %1px;")
        .arg(qRound(bottomPoints * 96.0 / 72.0) + 1);
}

QString styleSheet() {
    const QString css = QStringLiteral(
        "body { color: %1; }"
        "p { margin-top: 0px; margin-bottom: %6; }"
        "h1 { font-size: 22pt; font-weight: 700; color: %2; margin-top: 0px; margin-bottom: %7; }"
        "h2 { font-size: 14pt; font-weight: 700; color: %2; margin-top: %8; "
        "margin-bottom: %9; }"
        "h3 { font-size: 10.5pt; font-weight: 600; color: %2; margin-top: 0px; "
        "margin-bottom: %10; }"
        ".kicker { font-size: 8pt; font-weight: 700; color: %11; margin-bottom: %10; }"
        ".muted { color: %3; }"
        ".small { font-size: 8pt; color: %3; }"
        ".hint { font-size: 8pt; color: %4; }"
        ".lead { font-size: 11pt; }"
        ".chip { font-size: 7.5pt; font-weight: 700; color: %2; background-color: %5; }"
        ".gone { color: %3; }"
        "th { font-size: 8pt; font-weight: 700; color: %3; text-align: left; }"
        "td { vertical-align: top; }"
        ".num { text-align: right; }");
    return css
        .arg(Ink.name(), Night.name(), Muted.name(), AmberText.name(), Star.name(), px(5), px(10),
             px(20), px(6), px(3))
        .arg(QColor(0xB0, 0x7A, 0x10).name());
}

} // namespace ReportStyle
