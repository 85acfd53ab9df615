#pragma once
// One input of a North Star Metric: a factor the team can move that helps produce it.
#include <QString>

enum class InputPattern { Breadth, Depth, Frequency, Efficiency, Other };

QString inputPatternKey(InputPattern pattern);
InputPattern inputPatternFromKey(const QString& key);

struct Input {
    qint64 id = 0;
    qint64 candidateId = 0;
    QString name;
    QString definition;
    InputPattern pattern = InputPattern::Other;
    QString owner;
    int position = 0;

    friend bool operator==(const Input&, const Input&) = default;
};
