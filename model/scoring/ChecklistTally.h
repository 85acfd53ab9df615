#pragma once
// Adds up the room's checklist answers for one candidate. Per criterion, the group's
// consensus answer (participantId 0) wins when there is one; otherwise the individual
// answers are summarised (counts, mean on 0..2, majority). The total scores yes = 2,
// partly = 1, no = 0, so the seven standard criteria give at most 14 points.
#include "domain/Scoring.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

struct ChecklistCriterionResult {
    QString criterion;                        // the criterion key
    std::optional<ChecklistAnswer> consensus; // the group's answer, when recorded
    int yes = 0;                              // individual answers (consensus not counted)
    int partly = 0;
    int no = 0;
    double mean = 0.0;                       // of the individual answers, 0..2; 0 when none
    std::optional<ChecklistAnswer> majority; // the most frequent individual answer; empty
                                             // when nobody answered or the top is a tie
    double points = 0.0; // what counts: the consensus value, else the mean; 0 when unscored

    int answerCount() const { return yes + partly + no; }
    bool isScored() const { return consensus.has_value() || answerCount() > 0; }
    // True when individual answers exist and do not all agree.
    bool isSplit() const {
        return answerCount() > 0 &&
               !(yes == answerCount() || partly == answerCount() || no == answerCount());
    }
};

struct ChecklistSummary {
    qint64 candidateId = 0;
    QList<ChecklistCriterionResult> criteria; // in the order of the criterion keys given
    double total = 0.0;                       // sum of points
    int maxTotal = 0;                         // 2 per criterion
    QStringList unscored;                     // keys with neither consensus nor answers

    bool isComplete() const { return unscored.isEmpty(); }
};

class ChecklistTally {
public:
    // The seven keys of the playbook checklist, in the playbook's order.
    static QStringList standardCriteria();

    // Summarises `candidateId`'s answers among `scores` (other candidates' scores and
    // unknown criterion keys are ignored; when the same person answers the same criterion
    // twice, the later entry counts).
    static ChecklistSummary summarize(qint64 candidateId, const QList<ChecklistScore>& scores,
                                      const QStringList& criteria = standardCriteria());

    // The people (never the consensus) who have answered every one of `criteria` for
    // `candidateId`: what the room sees as "4 of 7 have answered", never who said what.
    static QSet<qint64> answeredBy(qint64 candidateId, const QList<ChecklistScore>& scores,
                                   const QStringList& criteria = standardCriteria());
};
