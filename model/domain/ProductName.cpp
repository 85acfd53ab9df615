#include "ProductName.h"

namespace ProductName {

QString key(const QString& name) {
    // Compose again after folding: folding can leave a letter and its accent apart
    // ("İ" folds to "i" plus a combining dot).
    return name.normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C)
        .simplified();
}

QString tidy(const QString& name) {
    return name.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace ProductName
