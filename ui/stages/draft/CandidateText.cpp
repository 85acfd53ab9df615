#include "CandidateText.h"

#include "playbook/Playbook.h"
#include "scoring/MetricLint.h"

namespace CandidateText {

QString name(const Candidate& candidate) {
    const QString trimmed = candidate.name.trimmed();
    return trimmed.isEmpty() ? QCoreApplication::translate("CandidateText", "Unnamed candidate")
                             : trimmed;
}

QString sentence(const Candidate& candidate) {
    if (candidate.behaviour.trimmed().isEmpty() && candidate.measure.trimmed().isEmpty())
        return {};
    const auto form = Playbook::standard().fillInTemplate(QStringLiteral("candidate"));
    if (!form)
        return {};
    return form->filled({{QStringLiteral("behaviour"), candidate.behaviour.trimmed()},
                         {QStringLiteral("measure"), candidate.measure.trimmed()}});
}

QStringList hints(const Candidate& candidate, int inputCount) {
    static const MetricLint lint;
    QStringList result;
    for (const MetricHint& h : lint.check(candidate.name, candidate.definition))
        result << h.message;
    // Inputs usually come later; only warn about their number once some are written.
    if (inputCount > 0)
        for (const MetricHint& h : lint.checkInputCount(inputCount))
            result << h.message;
    return result;
}

QHash<qint64, QString> names(const QList<Candidate>& candidates) {
    QHash<qint64, QString> result;
    for (const Candidate& c : candidates)
        result.insert(c.id, name(c));
    return result;
}

QList<qint64> ids(const QList<Candidate>& candidates) {
    QList<qint64> result;
    for (const Candidate& c : candidates)
        result << c.id;
    return result;
}

QString lines(const QString& text, qsizetype width) {
    QStringList result;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result << line;
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        result << line;
    return result.join(u'\n');
}

} // namespace CandidateText
