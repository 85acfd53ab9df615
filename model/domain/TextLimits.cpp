#include "TextLimits.h"

#include <QCoreApplication>

namespace TextLimits {

QString check(const QString& field, const QString& text, int maxLength) {
    if (text.size() > maxLength)
        return QCoreApplication::translate("TextLimits",
                                           "The %1 is %2 characters long; the limit is %3. "
                                           "Nothing was changed.")
            .arg(field)
            .arg(text.size())
            .arg(maxLength);
    if (text.contains(QChar(u'\0')))
        return QCoreApplication::translate("TextLimits",
                                           "The %1 contains an invisible NUL character. "
                                           "Nothing was changed; remove it and try again.")
            .arg(field);
    return {};
}

} // namespace TextLimits
