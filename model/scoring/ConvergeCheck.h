#pragma once
// The last step of "Draft and converge": is the chosen North Star written down well enough to
// leave the room with? The metric needs a name and a definition (errors); the inputs should
// be 3 to 5, each with a name, a definition and an owner (warnings: the room may still
// close with gaps, and the gaps go on the list of what is still unknown). It also writes the
// two sentences the report and the projector show.
#include "domain/Candidate.h"
#include "domain/Input.h"

#include <QCoreApplication>
#include <QList>

enum class ConvergeIssueKind {
    MissingMetricName,
    MissingMetricDefinition,
    TooFewInputs,
    TooManyInputs,
    InputWithoutName,
    InputWithoutDefinition,
    InputWithoutOwner,
};

struct ConvergeIssue {
    ConvergeIssueKind kind = ConvergeIssueKind::MissingMetricName;
    bool blocking = false; // an error; otherwise a warning
    qint64 inputId = 0;    // for input issues: the input's id (0 if not stored yet)
    int inputIndex = -1;   // for input issues: its place in the list given, from 0
    QString message;       // translated
};

class ConvergeCheck {
    Q_DECLARE_TR_FUNCTIONS(ConvergeCheck)

public:
    static constexpr int MinInputs = 3;
    static constexpr int MaxInputs = 5;

    // Errors first (metric), then the input count, then each input in the given order.
    // Text that is only spaces counts as missing. `inputs` are the chosen metric's inputs in
    // display order; the pattern is not checked (Other is a legitimate choice).
    static QList<ConvergeIssue> check(const Candidate& metric, const QList<Input>& inputs);
    static bool hasErrors(const QList<ConvergeIssue>& issues);

    // "Our North Star Metric is called X, which we define as Y." Without a definition:
    // "Our North Star Metric is called X."; empty without a name. A final full stop in the
    // definition is not doubled, and its first word is lowered as definitionInSentence() says.
    static QString northStarSentence(const Candidate& metric);
    // A definition as it reads after "which we define as": trimmed, and the first letter
    // lowered only when the first word is a capital followed by lower-case letters only
    // ("Count of orders" → "count of orders"; "DAU", "NPS", "iOS users", "Q3 sales" stay).
    static QString definitionInSentence(const QString& definition);

    // "We believe that <NSM> is a function of <X, Y and Z>, and that these move somewhat
    // independently." With one named input: "We believe that <NSM> is a function of <X>."
    // Inputs without a name are left out; empty when the metric or every input is unnamed.
    static QString beliefSentence(const Candidate& metric, const QList<Input>& inputs);
};
