#include "PlaybookContent.h"

#include <QRegularExpression>

namespace {
const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}
} // namespace

QString FillInTemplate::filled(const QHash<QString, QString>& values) const {
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString key = match.captured(1);
        QString value = values.value(key).trimmed();
        if (value.isEmpty()) {
            QString hint = key;
            for (const TemplateBlank& blank : blanks)
                if (blank.key == key)
                    hint = blank.hint;
            value = QChar(0x27E8) + hint + QChar(0x27E9);
        }
        result += value;
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QStringList FillInTemplate::placeholders() const {
    QStringList keys;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

QString RevisitStageGuide::roomText() const {
    QStringList lines{prompt};
    for (const QString& point : points)
        lines.append(QStringLiteral("\u2022 ") + point);
    return lines.join(u'\n');
}
