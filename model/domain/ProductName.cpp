#include "ProductName.h"

namespace ProductName {

QString key(const QString& name) {
    // Qt folds one character to one ("ß" stays "ß"); upper-casing first applies the
    // one-to-many rules ("ß" becomes "SS"), so "Straße" and "STRASSE" fold alike. Compose
    // again after folding: folding can leave a letter and its accent apart.
    return name.normalized(QString::NormalizationForm_C)
        .toUpper()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C)
        .simplified();
}

QString tidy(const QString& name) {
    return name.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace ProductName
