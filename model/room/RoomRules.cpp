#include "RoomRules.h"

#include "domain/StageKeys.h"

namespace RoomRules {

Mode mode(const QString& stageKey, bool revealed, bool waiting) {
    if (waiting)
        return Mode::Waiting;
    if (stageKey == StageKeys::WarmUp)
        return Mode::Worksheet;
    if (stageKey != StageKeys::Silent)
        return Mode::Look;
    return revealed ? Mode::Revealed : Mode::Write;
}

QString modeKey(Mode mode) {
    switch (mode) {
    case Mode::Waiting:
        return QStringLiteral("waiting");
    case Mode::Write:
        return QStringLiteral("write");
    case Mode::Revealed:
        return QStringLiteral("revealed");
    case Mode::Worksheet:
        return QStringLiteral("worksheet");
    case Mode::Look:
        break;
    }
    return QStringLiteral("look");
}

QString mayWrite(const QString& stageKey, bool revealed, qint64 participantId, bool waiting) {
    if (waiting || participantId <= 0)
        return QStringLiteral("waiting");
    if (mode(stageKey, revealed, false) != Mode::Write)
        return QStringLiteral("not-now");
    return {};
}

QString mayTouch(const Candidate& card, qint64 workshopId, qint64 participantId) {
    if (card.workshopId != workshopId || card.kind != CandidateKind::Own || participantId <= 0 ||
        card.authorId != participantId)
        return QStringLiteral("not-yours");
    return {};
}

} // namespace RoomRules
