#include "Workshop.h"

QString workshopStatusKey(WorkshopStatus status) {
    switch (status) {
    case WorkshopStatus::Planned:
        return QStringLiteral("planned");
    case WorkshopStatus::Running:
        return QStringLiteral("running");
    case WorkshopStatus::Finished:
        return QStringLiteral("finished");
    }
    return QStringLiteral("planned");
}

WorkshopStatus workshopStatusFromKey(const QString& key) {
    if (key == QLatin1String("running"))
        return WorkshopStatus::Running;
    if (key == QLatin1String("finished"))
        return WorkshopStatus::Finished;
    return WorkshopStatus::Planned;
}
