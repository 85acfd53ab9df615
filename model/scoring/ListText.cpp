#include "ListText.h"

#include <QCoreApplication>

namespace ListText {

QString joined(const QStringList& items) {
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    QString head = items.first();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        head = QCoreApplication::translate("ListText", "%1, %2", "all but the last list item")
                   .arg(head, items.at(i));
    return QCoreApplication::translate("ListText", "%1 and %2", "before the last list item")
        .arg(head, items.last());
}

} // namespace ListText
