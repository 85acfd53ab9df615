#pragma once
// One table says what each stage looks like on every face: the console page where the
// facilitator works, the view the projector shows the room, and the phone's view of the
// stage (from the room's own table, RoomStages). Stages without a row get the general page (purpose
// and prompt) and the projector's title, prompt and timer.
#include "room/RoomStages.h"

#include <QString>

class QWidget;
struct PlannedStage;
struct StageContext;

struct StageFaces {
    using ConsolePage = QWidget* (*)(const PlannedStage&, StageContext&, QWidget* parent);
    using ProjectorView = QWidget* (*)(const PlannedStage&, const StageContext&, QWidget* parent);

    QString key;
    ConsolePage console = nullptr;
    ProjectorView projector = nullptr; // none: title, prompt and timer only
    // False when the projector view says what the prompt says and needs the room itself (the
    // structure block's tree shows "one metric, three to five inputs" by itself).
    bool projectorShowsPrompt = true;
    // True when the view needs every line a small projector has: the title and the timer
    // then share one short line (the matrix of "decide").
    bool projectorTightTitle = false;
    // The phone's view of the stage. Its table is the room's (model/room/RoomStages), which
    // the room server reads below the widgets; a stage without a row there puts the phones
    // on "look at the screen".
    RoomStages::Phone phone() const { return RoomStages::phoneOf(key); }
};

namespace StageRegistry {
// The row for a stage key; nullptr for a stage Lodestar has no page of its own for.
const StageFaces* find(const QString& key);
const QList<StageFaces>& all();

QWidget* createConsolePage(const PlannedStage& stage, StageContext& context, QWidget* parent);
// May return nullptr: the projector then shows the stage's title, prompt and timer only.
QWidget* createProjectorView(const PlannedStage& stage, const StageContext& context,
                             QWidget* parent);
bool projectorShowsPrompt(const PlannedStage& stage);
bool projectorTightTitle(const PlannedStage& stage);
} // namespace StageRegistry
