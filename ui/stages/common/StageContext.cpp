#include "StageContext.h"

#include "session/WorkshopSession.h"

StageContext StageContext::of(WorkshopSession& session, PassTheLaptop* passTheLaptop) {
    return StageContext{
        session,      session.store(), session.runner(), session.undoStack(), session.workshopId(),
        passTheLaptop};
}
