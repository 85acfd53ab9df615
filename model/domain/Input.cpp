#include "Input.h"

QString inputPatternKey(InputPattern pattern) {
    switch (pattern) {
    case InputPattern::Breadth:
        return QStringLiteral("breadth");
    case InputPattern::Depth:
        return QStringLiteral("depth");
    case InputPattern::Frequency:
        return QStringLiteral("frequency");
    case InputPattern::Efficiency:
        return QStringLiteral("efficiency");
    case InputPattern::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

InputPattern inputPatternFromKey(const QString& key) {
    if (key == QLatin1String("breadth"))
        return InputPattern::Breadth;
    if (key == QLatin1String("depth"))
        return InputPattern::Depth;
    if (key == QLatin1String("frequency"))
        return InputPattern::Frequency;
    if (key == QLatin1String("efficiency"))
        return InputPattern::Efficiency;
    return InputPattern::Other;
}
