#include "FollowUp.h"

QString followUpKindKey(FollowUpKind kind) {
    return kind == FollowUpKind::NextStep ? QStringLiteral("next_step")
                                          : QStringLiteral("question");
}

FollowUpKind followUpKindFromKey(const QString& key) {
    return key == QLatin1String("next_step") ? FollowUpKind::NextStep : FollowUpKind::OpenQuestion;
}
