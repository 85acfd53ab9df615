#include "UserText.h"

#include "domain/TextDirection.h"

#include <QGuiApplication>

namespace UserText {

QString isolate(const QString& text) {
    if (text.isEmpty())
        return text;
    // In a right-to-left interface even a left-to-right name could turn our sentence.
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        return TextDirection::isolateAlways(text);
    return TextDirection::isolate(text);
}

QString isolateEach(const QStringList& texts, const QString& separator) {
    QStringList isolated;
    isolated.reserve(texts.size());
    for (const QString& text : texts)
        isolated << isolate(text);
    return isolated.join(separator);
}

} // namespace UserText
