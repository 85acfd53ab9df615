// The Markdown report's check-ins: how confident the team has been since the workshop in the
// North Star it chose and in each input, what it learned and what it does next.
#include "TextExports.h"

#include "ExchangeText.h"
#include "domain/TextDirection.h"

#include <QCoreApplication>

namespace {

using TextExports::markdownCell;
using TextExports::markdownNamed;

QString outOfFive(int confidence) {
    return TextExportsText::tr("%1 of 5").arg(confidence);
}

// The input's name as the document has it now (a rename since shows the new name).
QString inputName(const WorkshopDocument& doc, const CheckIn& c, const InputConfidence& rating) {
    for (const Input& input : doc.inputsOf(c.northStarId))
        if (input.id == rating.inputId)
            return input.name;
    return rating.inputName;
}

QString checkIn(const WorkshopDocument& doc, const CheckIn& c) {
    QString md = QStringLiteral("### ") + c.date.toString(Qt::ISODate) + QStringLiteral("\n\n");
    QStringList lines;
    const Candidate* reviewed = doc.candidate(c.northStarId);
    if (c.northStarId != doc.workshop.northStarId && reviewed)
        lines << TextExportsText::tr("**On:** %1").arg(markdownNamed(reviewed->name));
    lines << TextExportsText::tr("**Confidence in the metric:** %1")
                 .arg(outOfFive(c.metricConfidence));
    md += lines.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
    if (!c.inputs.isEmpty()) {
        md += QStringLiteral("| %1 | %2 |\n| --- | --- |\n")
                  .arg(TextExportsText::tr("Input"), TextExportsText::tr("Confidence"));
        for (const InputConfidence& rating : c.inputs)
            md += QStringLiteral("| %1 | %2 |\n")
                      .arg(markdownCell(inputName(doc, c, rating)), outOfFive(rating.confidence));
        md += u'\n';
    }
    lines.clear();
    if (!c.learned.trimmed().isEmpty())
        lines << TextExportsText::tr("**What we learned:** %1").arg(markdownNamed(c.learned));
    if (!c.nextStep.trimmed().isEmpty()) {
        QString step = TextExportsText::tr("**Next step:** %1").arg(markdownNamed(c.nextStep));
        QStringList about;
        if (!c.nextOwner.trimmed().isEmpty())
            about << TextExportsText::tr("owner: %1").arg(markdownNamed(c.nextOwner));
        if (c.nextDue.isValid())
            about << TextExportsText::tr("due %1").arg(c.nextDue.toString(Qt::ISODate));
        if (!about.isEmpty())
            step += QStringLiteral(" (") + about.join(QStringLiteral(", ")) + u')';
        lines << step;
    }
    if (!lines.isEmpty())
        md += lines.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
    return md;
}

} // namespace

namespace TextExports {

QString markdownCheckIns(const WorkshopDocument& doc) {
    if (doc.checkIns.isEmpty())
        return {};
    QString md = QStringLiteral("## ") + TextExportsText::tr("Check-ins") + QStringLiteral("\n\n");
    for (const CheckIn& c : doc.checkIns)
        md += checkIn(doc, c);
    return md;
}

} // namespace TextExports
