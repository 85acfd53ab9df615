#include "NorthStarTree.h"

#include <QCoreApplication>

namespace {
class NorthStarTreeText {
    Q_DECLARE_TR_FUNCTIONS(NorthStarTree)
};
} // namespace

QString NorthStarTree::summary() const {
    QStringList parts;
    const QString name = metricName.trimmed();
    parts << (name.isEmpty() ? NorthStarTreeText::tr("The North Star Metric is not chosen yet.")
                             : NorthStarTreeText::tr("North Star Metric: %1.").arg(name));
    if (!metricDefinition.trimmed().isEmpty())
        parts << NorthStarTreeText::tr("Definition: %1.").arg(metricDefinition.trimmed());
    if (!gameLabel.trimmed().isEmpty())
        parts << NorthStarTreeText::tr("Game: %1.").arg(gameLabel.trimmed());
    const QString results = resultsLabel.trimmed();
    parts << NorthStarTreeText::tr("It leads to %1.")
                 .arg(results.isEmpty() ? NorthStarTreeText::tr("business results") : results);
    if (inputs.isEmpty()) {
        parts << NorthStarTreeText::tr("No inputs yet.");
    } else {
        QStringList described;
        for (const NorthStarTreeInput& input : inputs) {
            QStringList details;
            if (!input.patternLabel.isEmpty())
                details << input.patternLabel;
            if (!input.owner.isEmpty())
                details << NorthStarTreeText::tr("owner %1").arg(input.owner);
            QString text = input.name;
            if (!details.isEmpty())
                text +=
                    QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
            described << text;
        }
        parts << NorthStarTreeText::tr("Inputs: %1.").arg(described.join(QStringLiteral("; ")));
    }
    if (hasGuardrail()) {
        // The team's sentence as written; only a full stop is added when it has none.
        QString guardrail = guardrailName.trimmed();
        if (!guardrail.endsWith(u'.') && !guardrail.endsWith(u'!') && !guardrail.endsWith(u'?'))
            guardrail += u'.';
        parts << NorthStarTreeText::tr("Guardrail: %1").arg(guardrail);
    }
    return parts.join(QLatin1Char(' '));
}
