#pragma once
// A proposed North Star Metric: written in the silent brainstorm, refined in pairs, or
// written as a deliberately bad example. Pair candidates remember which cards fed them.
#include <QList>
#include <QString>

// Own: a silent-brainstorm card (authorId is the writer). Pair: written by a pair in
// pair-and-share (pairId). Room: written by the whole room while converging, usually from a
// source candidate (mergedFrom). WarmUp: a worksheet in the warm-up. AntiExample: a
// deliberately bad North Star from "good vs bad".
enum class CandidateKind { Own, WarmUp, AntiExample, Pair, Room };
enum class CandidateStatus { Active, Eliminated };

QString candidateKindKey(CandidateKind kind);
CandidateKind candidateKindFromKey(const QString& key);
QString candidateStatusKey(CandidateStatus status);
CandidateStatus candidateStatusFromKey(const QString& key);

struct Candidate {
    qint64 id = 0;
    qint64 workshopId = 0;
    qint64 authorId = 0; // participant; 0 when written by the facilitator or a group
    CandidateKind kind = CandidateKind::Own;
    QString name;
    QString definition;
    QString behaviour; // "an increase in <customer behaviour>"
    QString measure;   // "which we could measure by <how>"
    CandidateStatus status = CandidateStatus::Active;
    QString eliminationReason;
    int position = 0;
    QList<qint64> mergedFrom; // lineage: the candidates this one was refined or merged from
    QString breaksCriterion;  // for an anti-example: the checklist point it breaks
    qint64 pairId = 0;        // for a pair candidate: the pair group that wrote it
    bool incumbent = false;   // in a revisit: the North Star carried over (one per workshop)

    friend bool operator==(const Candidate&, const Candidate&) = default;
};
