#pragma once
// Makes the two faces of a stage: the console page where the facilitator works, and the
// view the projector shows the room. Stages without a page of their own get the general
// page: purpose and prompt.
#include <QString>

class QWidget;
struct PlannedStage;
struct StageContext;

namespace StageViews {
QWidget* createConsolePage(const PlannedStage& stage, StageContext& context, QWidget* parent);
// May return nullptr: the projector then shows the stage's title, prompt and timer only.
QWidget* createAudienceView(const PlannedStage& stage, const StageContext& context,
                            QWidget* parent);
// False when the stage's projector view says what the prompt says and needs its room (the
// structure block's tree shows "one metric, three to five inputs" by itself).
bool audienceShowsPrompt(const PlannedStage& stage);
} // namespace StageViews
