#pragma once
// The projector window's type sizes and its one kind of label, shared by the files that
// build AudienceWindow. Internal to ui/.
#include "Theme.h"
#include "stages/common/StageWidgets.h"

#include <QLabel>

namespace AudienceStyle {
// Projector type sizes, in points: titles 48+, body 28+, timer far larger.
constexpr qreal TitlePoints = 54;
constexpr qreal CompactTitlePoints = 48; // the design's smallest title
constexpr qreal PromptPoints = 34;
constexpr qreal CompactPromptPoints = 30;
constexpr qreal FooterPoints = 28;
constexpr qreal ExampleCompanyPoints = 32;
constexpr qreal ExampleMetricPoints = 40;
constexpr int TimerPixels = 150;
constexpr int CompactTimerPixels = 96; // 72 pt, the design's smallest timer
// Below this height (a 1280×720, 1280×800 or 1366×768 projector) the chrome shrinks to the
// design's minimums so the stage's content keeps its room.
constexpr int CompactBelowHeight = StageWidgets::CompactProjectorBelowHeight;
// Below this height a stage that needs every line (the matrix) gets a title row that hugs
// the timer's figures: the title and the timer on one short line.
constexpr int TightTitleBelowHeight = 900;

inline QLabel* projectorLabel(QWidget* parent, qreal points, QFont::Weight weight,
                              const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setFont(Theme::font(points, weight));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace AudienceStyle
