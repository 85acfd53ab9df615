#pragma once
// Small builders shared by the stage pages and projector views, so every card, heading and
// projector label looks the same: console cards are white with a mist border and 8 px
// corners; projector labels are never smaller than 28 pt.
#include "widgets/ElidedLabel.h"

#include <QFont>
#include <QString>

class QFrame;
class QLabel;
class QVBoxLayout;
class QWidget;
struct PlannedStage;

namespace StageWidgets {

// Projector type, in points. Nothing on the projector is smaller than ProjectorFloor.
constexpr qreal ProjectorFloor = 28;
constexpr qreal ProjectorBody = 30;
constexpr qreal ProjectorLarge = 40;
constexpr qreal ProjectorHeading = 48;

// A plain-text label that wraps (a WrappingLabel: drawn and measured as QLabel, but laid out
// once for each text, font and width).
QLabel* label(const QString& text, QWidget* parent, const char* objectName = nullptr);
// How many times labels made by label() have laid their text out to learn its height for a
// width (the measures are kept for every label with that text and font): a test's measure.
int labelLayouts();
// The page title and the stage's purpose, added to the top of a console page.
void addPageHeader(const PlannedStage& stage, QVBoxLayout* layout, QWidget* page);
// A console card (QFrame#card) with a section heading and a vertical layout for its body.
QFrame* card(const QString& heading, QWidget* parent, QVBoxLayout** body);
// A muted, smaller console label for hints and warnings that are not errors.
QLabel* hint(const QString& text, QWidget* parent);

// A projector label in Theme's typeface at `points` (at least 28).
QLabel* projectorLabel(const QString& text, qreal points, QWidget* parent,
                       QFont::Weight weight = QFont::Normal);
// A one-line projector label that shortens its text with "…" to its width rather than wrap
// over its neighbours or be cut (names, card titles); the whole text stays its tooltip.
ElidedLabel* projectorLine(const QString& text, qreal points, QWidget* parent,
                           QFont::Weight weight = QFont::Normal);
// The size of the projector window `inside` is in, known before `inside` is laid out, so a
// view can build as much as fits.
QSize projectorScreen(const QWidget* inside);
// A small projector (1280×720, 1280×800, 1366×768): views show fewer items and tighter
// cards; type stays at its minimums.
bool isCompactProjector(const QWidget* inside);
constexpr int CompactProjectorBelowHeight = 1000;

// A projector card: 8 px corners and a 1 px border in a tint that suits the projector's
// theme; `chosen` draws a thick star-accent border instead. AudienceWindow's style sheet
// draws both, so they follow its dark and light looks.
QFrame* projectorCard(QWidget* parent, bool chosen = false);

} // namespace StageWidgets
