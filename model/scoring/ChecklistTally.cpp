#include "ChecklistTally.h"

#include <QHash>

#include <algorithm>

QStringList ChecklistTally::standardCriteria() {
    return {QStringLiteral("value"),          QStringLiteral("vision"),
            QStringLiteral("leading"),        QStringLiteral("actionable"),
            QStringLiteral("understandable"), QStringLiteral("measurable"),
            QStringLiteral("not_vanity")};
}

namespace {

std::optional<ChecklistAnswer> majorityOf(int yes, int partly, int no) {
    const int top = std::max({yes, partly, no});
    if (top == 0)
        return std::nullopt;
    const int atTop = int(yes == top) + int(partly == top) + int(no == top);
    if (atTop > 1)
        return std::nullopt;
    if (yes == top)
        return ChecklistAnswer::Yes;
    return partly == top ? ChecklistAnswer::Partly : ChecklistAnswer::No;
}

} // namespace

ChecklistSummary ChecklistTally::summarize(qint64 candidateId, const QList<ChecklistScore>& scores,
                                           const QStringList& criteria) {
    // criterion -> participant -> answer; later entries overwrite earlier ones.
    QHash<QString, QHash<qint64, ChecklistAnswer>> answers;
    for (const ChecklistScore& score : scores)
        if (score.candidateId == candidateId && criteria.contains(score.criterion))
            answers[score.criterion].insert(score.participantId, score.answer);

    ChecklistSummary summary;
    summary.candidateId = candidateId;
    summary.maxTotal = 2 * int(criteria.size());
    for (const QString& key : criteria) {
        ChecklistCriterionResult result;
        result.criterion = key;
        const QHash<qint64, ChecklistAnswer> byPerson = answers.value(key);
        int sum = 0;
        for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
            if (it.key() == 0) {
                result.consensus = it.value();
                continue;
            }
            sum += int(it.value());
            switch (it.value()) {
            case ChecklistAnswer::Yes:
                ++result.yes;
                break;
            case ChecklistAnswer::Partly:
                ++result.partly;
                break;
            case ChecklistAnswer::No:
                ++result.no;
                break;
            }
        }
        if (result.answerCount() > 0)
            result.mean = double(sum) / result.answerCount();
        result.majority = majorityOf(result.yes, result.partly, result.no);
        result.points = result.consensus ? double(int(*result.consensus)) : result.mean;
        if (!result.isScored())
            summary.unscored.append(key);
        summary.total += result.points;
        summary.criteria.append(result);
    }
    return summary;
}

QSet<qint64> ChecklistTally::answeredBy(qint64 candidateId, const QList<ChecklistScore>& scores,
                                        const QStringList& criteria) {
    QHash<qint64, QSet<QString>> answered; // person -> criteria answered
    for (const ChecklistScore& score : scores)
        if (score.candidateId == candidateId && score.participantId != 0 &&
            criteria.contains(score.criterion))
            answered[score.participantId].insert(score.criterion);
    QSet<qint64> people;
    for (auto it = answered.cbegin(); it != answered.cend(); ++it)
        if (it.value().size() == criteria.size())
            people.insert(it.key());
    return people;
}
