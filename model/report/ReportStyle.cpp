#include "ReportStyle.h"

#include <QFontDatabase>

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
    return f;
}

QString styleSheet() {
    const QString css = QStringLiteral(
        "body { color: %1; }"
        "p { margin-top: 0; margin-bottom: 5pt; }"
        "h1 { font-size: 22pt; font-weight: 700; color: %2; margin-top: 0; margin-bottom: 4pt; }"
        "h2 { font-size: 14pt; font-weight: 700; color: %2; margin-top: 16pt; "
        "margin-bottom: 6pt; }"
        "h3 { font-size: 10.5pt; font-weight: 600; color: %2; margin-top: 0; margin-bottom: 2pt; }"
        ".kicker { font-size: 8pt; font-weight: 700; color: %3; letter-spacing: 1pt; "
        "margin-bottom: 2pt; }"
        ".muted { color: %3; }"
        ".small { font-size: 8pt; color: %3; }"
        ".hint { font-size: 8pt; color: %4; }"
        ".lead { font-size: 11pt; }"
        ".chip { font-size: 7.5pt; font-weight: 700; color: %2; background-color: %5; }"
        ".gone { color: %3; }"
        "th { font-size: 8pt; font-weight: 700; color: %3; text-align: left; }"
        "td { vertical-align: top; }"
        ".num { text-align: right; }");
    return css.arg(Ink.name(), Night.name(), Muted.name(), AmberText.name(), Star.name());
}

} // namespace ReportStyle
