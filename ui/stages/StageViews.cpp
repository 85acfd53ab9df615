#include "StageViews.h"

#include "GeneralStagePage.h"
#include "StageContext.h"
#include "agenda/AgendaPlan.h"

namespace StageViews {

QWidget* createConsolePage(const PlannedStage& stage, StageContext& context, QWidget* parent) {
    Q_UNUSED(context);
    return new GeneralStagePage(stage, parent);
}

QWidget* createAudienceView(const PlannedStage& stage, const StageContext& context,
                            QWidget* parent) {
    Q_UNUSED(stage);
    Q_UNUSED(context);
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace StageViews
