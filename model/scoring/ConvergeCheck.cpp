#include "ConvergeCheck.h"

#include "ListText.h"

#include <algorithm>

namespace {

bool isBlank(const QString& text) {
    return text.trimmed().isEmpty();
}

QString withoutFinalStop(QString text) {
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QList<ConvergeIssue> ConvergeCheck::check(const Candidate& metric, const QList<Input>& inputs) {
    QList<ConvergeIssue> issues;
    if (isBlank(metric.name))
        issues << ConvergeIssue{ConvergeIssueKind::MissingMetricName, true, 0, -1,
                                tr("Give the North Star Metric a short name.")};
    if (isBlank(metric.definition))
        issues << ConvergeIssue{ConvergeIssueKind::MissingMetricDefinition, true, 0, -1,
                                tr("Define the North Star Metric: what is counted, over what "
                                   "period, with what threshold.")};

    const int count = int(inputs.size());
    if (count < MinInputs)
        issues << ConvergeIssue{ConvergeIssueKind::TooFewInputs, false, 0, -1,
                                count == 0
                                    ? tr("No inputs yet. Three to five inputs usually "
                                         "explain what moves the metric.")
                                    : tr("Only %1 of the usual 3 to 5 inputs so far.").arg(count)};
    if (count > MaxInputs)
        issues << ConvergeIssue{
            ConvergeIssueKind::TooManyInputs, false, 0, -1,
            tr("%1 inputs: more than 5 are hard to own and to remember.").arg(count)};

    for (int i = 0; i < count; ++i) {
        const Input& input = inputs.at(i);
        const QString label = isBlank(input.name) ? tr("Input %1").arg(i + 1)
                                                  : tr("The input '%1'").arg(input.name.trimmed());
        if (isBlank(input.name))
            issues << ConvergeIssue{ConvergeIssueKind::InputWithoutName, false, input.id, i,
                                    tr("Input %1 has no name.").arg(i + 1)};
        if (isBlank(input.definition))
            issues << ConvergeIssue{ConvergeIssueKind::InputWithoutDefinition, false, input.id, i,
                                    tr("%1 has no definition yet.").arg(label)};
        if (isBlank(input.owner))
            issues << ConvergeIssue{ConvergeIssueKind::InputWithoutOwner, false, input.id, i,
                                    tr("%1 has no owner yet: which team or person will move "
                                       "it?")
                                        .arg(label)};
    }
    return issues;
}

bool ConvergeCheck::hasErrors(const QList<ConvergeIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const ConvergeIssue& issue) { return issue.blocking; });
}

QString ConvergeCheck::definitionInSentence(const QString& definition) {
    // Only a word that is plainly a capitalised ordinary word ("Count", "Share", "A") is
    // lowered; "DAU", "iOS", "NPS-weighted" or "I" keep their letters as typed.
    QString text = definition.trimmed();
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    if (end == 0 || !text.at(0).isUpper())
        return text;
    if (end == 1 && text.at(0) != u'A')
        return text;
    for (qsizetype i = 1; i < end; ++i)
        if (!text.at(i).isLower())
            return text;
    if (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'-'))
        return text; // "Q3", "E-commerce": not sure it is an ordinary word
    text[0] = text.at(0).toLower();
    return text;
}

QString ConvergeCheck::northStarSentence(const Candidate& metric) {
    const QString name = metric.name.trimmed();
    if (name.isEmpty())
        return {};
    const QString definition = definitionInSentence(withoutFinalStop(metric.definition));
    if (definition.isEmpty())
        return tr("Our North Star Metric is called %1.").arg(name);
    return tr("Our North Star Metric is called %1, which we define as %2.").arg(name, definition);
}

QString ConvergeCheck::beliefSentence(const Candidate& metric, const QList<Input>& inputs) {
    const QString name = metric.name.trimmed();
    QStringList names;
    for (const Input& input : inputs)
        if (!isBlank(input.name))
            names << input.name.trimmed();
    if (name.isEmpty() || names.isEmpty())
        return {};
    if (names.size() == 1)
        return tr("We believe that %1 is a function of %2.").arg(name, names.first());
    return tr("We believe that %1 is a function of %2, and that these move somewhat "
              "independently.")
        .arg(name, ListText::joined(names));
}
