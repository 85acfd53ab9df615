#include "StageRegistry.h"

#include "GeneralStagePage.h"
#include "StageContext.h"
#include "agenda/AgendaPlan.h"
#include "domain/StageKeys.h"
#include "stages/draft/converge/ConvergePage.h"
#include "stages/draft/converge/ConvergeView.h"
#include "stages/draft/decide/DecidePage.h"
#include "stages/draft/decide/DecideView.h"
#include "stages/draft/pairs/PairsPage.h"
#include "stages/draft/pairs/PairsView.h"
#include "stages/draft/score/ScorePage.h"
#include "stages/draft/score/ScoreView.h"
#include "stages/draft/silent/SilentPage.h"
#include "stages/draft/silent/SilentView.h"
#include "stages/game/GamePage.h"
#include "stages/game/GameView.h"
#include "stages/goodbad/GoodBadPage.h"
#include "stages/goodbad/GoodBadView.h"
#include "stages/opening/OpeningPage.h"
#include "stages/opening/OpeningView.h"
#include "stages/structure/StructurePage.h"
#include "stages/warmup/WarmUpPage.h"
#include "stages/warmup/WarmUpView.h"

#include <QList>

namespace {

// A console page for every stage class constructed as (stage, context, parent).
template <typename Page>
QWidget* page(const PlannedStage& stage, StageContext& context, QWidget* parent) {
    return new Page(stage, context, parent);
}

// A projector view for every view class constructed as (context, parent).
template <typename View>
QWidget* view(const PlannedStage&, const StageContext& context, QWidget* parent) {
    return new View(context, parent);
}

// The two views that show a stage's own notes and prompts need its key as well.
template <typename View>
QWidget* keyedView(const PlannedStage& stage, const StageContext& context, QWidget* parent) {
    return new View(stage.key, context, parent);
}

QWidget* structureView(const PlannedStage&, const StageContext&, QWidget* parent) {
    return StructurePage::createAudienceView(parent);
}

QList<StageFaces> makeTable() {
    return {
        {StageKeys::Opening, page<OpeningPage>, keyedView<OpeningView>},
        {StageKeys::Game, page<GamePage>, view<GameView>},
        {StageKeys::GoodBad, page<GoodBadPage>, view<GoodBadView>},
        {StageKeys::Structure, page<StructurePage>, structureView, false},
        {StageKeys::WarmUp, page<WarmUpPage>, keyedView<WarmUpView>},
        {StageKeys::Silent, page<SilentPage>, view<SilentView>},
        {StageKeys::Pairs, page<PairsPage>, view<PairsView>},
        {StageKeys::Score, page<ScorePage>, view<ScoreView>},
        // The matrix and the vote need every line of the screen; the title says enough.
        {StageKeys::Decide, page<DecidePage>, view<DecideView>, false, true},
        // The tree's own heading says "North Star Metric", and the tree needs the room.
        {StageKeys::Converge, page<ConvergePage>, view<ConvergeView>, false},
    };
}

} // namespace

namespace StageRegistry {

const QList<StageFaces>& all() {
    static const QList<StageFaces> table = makeTable();
    return table;
}

const StageFaces* find(const QString& key) {
    for (const StageFaces& faces : all())
        if (faces.key == key)
            return &faces;
    return nullptr;
}

QWidget* createConsolePage(const PlannedStage& stage, StageContext& context, QWidget* parent) {
    if (const StageFaces* faces = find(stage.key))
        return faces->console(stage, context, parent);
    return new GeneralStagePage(stage, parent);
}

QWidget* createProjectorView(const PlannedStage& stage, const StageContext& context,
                             QWidget* parent) {
    const StageFaces* faces = find(stage.key);
    return faces && faces->projector ? faces->projector(stage, context, parent) : nullptr;
}

bool projectorShowsPrompt(const PlannedStage& stage) {
    const StageFaces* faces = find(stage.key);
    return !faces || faces->projectorShowsPrompt;
}

bool projectorTightTitle(const PlannedStage& stage) {
    const StageFaces* faces = find(stage.key);
    return faces && faces->projectorTightTitle;
}

} // namespace StageRegistry
