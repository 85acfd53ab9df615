#include "Candidate.h"

QString candidateKindKey(CandidateKind kind) {
    switch (kind) {
    case CandidateKind::Own:
        return QStringLiteral("own");
    case CandidateKind::WarmUp:
        return QStringLiteral("warmup");
    case CandidateKind::AntiExample:
        return QStringLiteral("anti");
    case CandidateKind::Pair:
        return QStringLiteral("pair");
    case CandidateKind::Room:
        return QStringLiteral("room");
    }
    return QStringLiteral("own");
}

CandidateKind candidateKindFromKey(const QString& key) {
    if (key == QLatin1String("warmup"))
        return CandidateKind::WarmUp;
    if (key == QLatin1String("anti"))
        return CandidateKind::AntiExample;
    if (key == QLatin1String("pair"))
        return CandidateKind::Pair;
    if (key == QLatin1String("room"))
        return CandidateKind::Room;
    return CandidateKind::Own;
}

QString candidateStatusKey(CandidateStatus status) {
    return status == CandidateStatus::Eliminated ? QStringLiteral("eliminated")
                                                 : QStringLiteral("active");
}

CandidateStatus candidateStatusFromKey(const QString& key) {
    return key == QLatin1String("eliminated") ? CandidateStatus::Eliminated
                                              : CandidateStatus::Active;
}
