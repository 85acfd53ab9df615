#include "StageViews.h"

#include "ConvergePage.h"
#include "ConvergeView.h"
#include "DecidePage.h"
#include "DecideView.h"
#include "GamePage.h"
#include "GameView.h"
#include "GeneralStagePage.h"
#include "GoodBadPage.h"
#include "GoodBadView.h"
#include "OpeningPage.h"
#include "OpeningView.h"
#include "PairsPage.h"
#include "PairsView.h"
#include "ScorePage.h"
#include "ScoreView.h"
#include "SilentPage.h"
#include "SilentView.h"
#include "StageContext.h"
#include "StructurePage.h"
#include "WarmUpPage.h"
#include "WarmUpView.h"
#include "agenda/AgendaPlan.h"

namespace StageViews {

QWidget* createConsolePage(const PlannedStage& stage, StageContext& context, QWidget* parent) {
    if (stage.key == QLatin1String("opening"))
        return new OpeningPage(stage, context, parent);
    if (stage.key == QLatin1String("game"))
        return new GamePage(stage, context, parent);
    if (stage.key == QLatin1String("goodbad"))
        return new GoodBadPage(stage, context, parent);
    if (stage.key == QLatin1String("structure"))
        return new StructurePage(stage, context, parent);
    if (stage.key == QLatin1String("warmup"))
        return new WarmUpPage(stage, context, parent);
    if (stage.key == QLatin1String("draft.silent"))
        return new SilentPage(stage, context, parent);
    if (stage.key == QLatin1String("draft.pairs"))
        return new PairsPage(stage, context, parent);
    if (stage.key == ScorePage::StageKey)
        return new ScorePage(stage, context, parent);
    if (stage.key == QLatin1String("draft.decide"))
        return new DecidePage(stage, context, parent);
    if (stage.key == QLatin1String("draft.converge"))
        return new ConvergePage(stage, context, parent);
    return new GeneralStagePage(stage, parent);
}

QWidget* createAudienceView(const PlannedStage& stage, const StageContext& context,
                            QWidget* parent) {
    if (stage.key == QLatin1String("opening"))
        return new OpeningView(stage.key, context, parent);
    if (stage.key == QLatin1String("game"))
        return new GameView(context, parent);
    if (stage.key == QLatin1String("goodbad"))
        return new GoodBadView(context, parent);
    if (stage.key == QLatin1String("structure"))
        return StructurePage::createAudienceView(parent);
    if (stage.key == QLatin1String("warmup"))
        return new WarmUpView(stage.key, context, parent);
    if (stage.key == QLatin1String("draft.silent"))
        return new SilentView(context, parent);
    if (stage.key == QLatin1String("draft.pairs"))
        return new PairsView(context, parent);
    if (stage.key == ScorePage::StageKey)
        return new ScoreView(context, parent);
    if (stage.key == QLatin1String("draft.decide"))
        return new DecideView(context, parent);
    if (stage.key == QLatin1String("draft.converge"))
        return new ConvergeView(context, parent);
    return nullptr;
}

bool audienceShowsPrompt(const PlannedStage& stage) {
    // Converge: the tree's own heading says "North Star Metric", and the tree needs the room.
    // Decide: the matrix and the vote need every line of the screen; the title says enough.
    return stage.key != QLatin1String("structure") &&
           stage.key != QLatin1String("draft.converge") &&
           stage.key != QLatin1String("draft.decide");
}

} // namespace StageViews
