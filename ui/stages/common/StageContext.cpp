// The session first: StageContext.h leaves qint64 to whoever includes it.
#include "session/WorkshopSession.h"

#include "StageContext.h"

StageContext StageContext::of(WorkshopSession& session, PassTheLaptop* passTheLaptop) {
    return StageContext{
        session,      session.store(), session.runner(), session.undoStack(), session.workshopId(),
        passTheLaptop};
}
