#pragma once
// Lodestar's look in one place: the palette roles from the design brief, the typeface, and
// the console style sheet. Widgets ask the theme for colours by role, never by hex value,
// so the projector's light and dark themes can swap them.
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QApplication;

namespace Theme {

enum class Role {
    Night,
    Star,
    Paper,
    Ink,
    Mist,
    Calm,
    Amber,
    Red,
    MutedInk,
    // The timer's states deepened or lightened to stay readable as text: amber at 4.5:1 on
    // the console's white, all three at 7:1 on the projector's paper, red at 7:1 on night
    // (calm is paper there, amber the star).
    AmberOnWhite,
    CalmOnPaper,
    AmberOnPaper,
    RedOnPaper,
    RedOnNight,
    // Two more line colours for charts of several series (at least 4.5:1 on white).
    Sky,
    Plum,
    // Quiet surfaces and text on the console: a draft card's paper, a field's caption, the
    // disabled text, and the pale tints behind a hint (amber), a warning (amber, warmer), a
    // problem (red) and a facilitator's tip (star).
    CardPaper,
    CaptionInk,
    DisabledInk,
    AmberTint,
    WarningTint,
    RedTint,
    StarTint,
};

QColor color(Role role);
// Line colours for a chart's series on the console's white, in order, each at least 4.5:1
// on white and apart in hue: night first (the North Star Metric), then the inputs'.
QList<QColor> seriesColors();
// Inter when installed, else DejaVu Sans, else the platform's sans serif.
QString fontFamily();
QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal);
// The draft stages' cards (silent brainstorm, pairs): paper, border, caption and the card
// being written, for the page that holds them.
QString draftCardsSheet();
// Sets the console's font, palette and style sheet on the whole application.
void applyConsoleTheme(QApplication& app);

} // namespace Theme
