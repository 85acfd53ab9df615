#include "ProjectorTexts.h"

#include "widgets/ElidedLabel.h"

#include <QLabel>

QLabel* ProjectorTexts::keep(QLabel* label) {
    m_labels.append(label);
    return label;
}

int ProjectorTexts::update(const QStringList& before, const QStringList& texts) {
    if (before.size() != m_labels.size() || texts.size() != m_labels.size())
        return -1;
    for (const QPointer<QLabel>& label : std::as_const(m_labels))
        if (!label)
            return -1;
    int changed = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (before.at(i) == texts.at(i))
            continue;
        setText(m_labels.at(i), texts.at(i));
        ++changed;
    }
    return changed;
}

void ProjectorTexts::setText(QLabel* label, const QString& text) {
    if (auto* elided = qobject_cast<ElidedLabel*>(label))
        elided->setFullText(text);
    else
        label->setText(text);
}
