#include "ReportEvolution.h"

#include "ReportHtml.h"
#include "ReportStyle.h"
#include "history/HistoryText.h"
#include "history/NorthStarEvolution.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using ReportHtml::heading;
using ReportHtml::text;

namespace {

class EvolutionTr {
    Q_DECLARE_TR_FUNCTIONS(ReportEvolution)
};

QString historyTable() {
    return ReportHtml::gridTable(5, 6);
}

QString historyHeader(const QString& label, const QString& width, bool first = false) {
    return ReportHtml::gridHeader(label.toHtmlEscaped(), QStringLiteral("width=\"%1\"").arg(width),
                                  first);
}

// A row of the history tables: one cell per entry of `cells` (HTML).
QString historyRow(const QStringList& cells) {
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        html += ReportHtml::gridCell(cells.at(i), {}, i == 0);
    return html + QStringLiteral("</tr>");
}

QString quotedName(const QString& name) {
    return EvolutionTr::tr("“%1”").arg(text(name));
}

// The third column of a workshop's row: where the North Star came from, in words.
QString outcome(const NorthStarRecord& record, const NorthStarRecord* before) {
    const NorthStarOutcome o = record.outcome();
    QString html;
    if (!before)
        html = QStringLiteral("<b>%1</b>").arg(EvolutionTr::tr("Where it started").toHtmlEscaped());
    else if (o == NorthStarOutcome::NotARevisit)
        html = QStringLiteral("<b>%1</b>").arg(EvolutionTr::tr("A later workshop").toHtmlEscaped());
    else
        html = QStringLiteral("<b>%1</b> %2")
                   .arg(HistoryText::outcomeLabel(o).toHtmlEscaped(),
                        HistoryText::outcomeSentence(o, quotedName(before->metricName),
                                                     quotedName(record.metricName)));
    if (!record.changeNote.trimmed().isEmpty())
        html += QStringLiteral("<br><span class=\"muted\">%1</span> %2")
                    .arg(EvolutionTr::tr("Why:").toHtmlEscaped(), text(record.changeNote));
    return html;
}

QString northStar(const NorthStarRecord& record) {
    if (!record.hasNorthStar())
        return QStringLiteral("<span class=\"muted\">%1</span>")
            .arg(EvolutionTr::tr("not chosen yet").toHtmlEscaped());
    QString html = QStringLiteral("<b>%1</b>").arg(text(record.metricName));
    if (!record.metricDefinition.trimmed().isEmpty())
        html += QStringLiteral("<br><span class=\"small\">%1</span>")
                    .arg(text(record.metricDefinition));
    return html;
}

QString confidences(const CheckIn& c) {
    QStringList parts;
    parts << EvolutionTr::tr("metric <b>%1</b>/5").arg(c.metricConfidence);
    for (const InputConfidence& input : c.inputs)
        parts << EvolutionTr::tr("%1 <b>%2</b>/5").arg(text(input.inputName)).arg(input.confidence);
    return parts.join(QStringLiteral(" · "));
}

QString nextStep(const CheckIn& c, const QLocale& locale) {
    if (c.nextStep.trimmed().isEmpty())
        return QStringLiteral("—");
    QString html = text(c.nextStep);
    QStringList who;
    if (!c.nextOwner.trimmed().isEmpty())
        who << text(c.nextOwner);
    if (c.nextDue.isValid())
        who << EvolutionTr::tr("by %1").arg(locale.toString(c.nextDue, QLocale::ShortFormat));
    if (!who.isEmpty())
        html += QStringLiteral("<br><span class=\"small\">%1</span>").arg(who.join(u", "_s));
    return html;
}

QString checkIns(const NorthStarEvolution& evolution, const QLocale& locale) {
    const NorthStarRecord* before = evolution.predecessor();
    QString html = heading(EvolutionTr::tr("Check-ins since the last workshop"));
    if (evolution.checkIns.isEmpty())
        return html + QStringLiteral("<p class=\"muted\">%1</p>")
                          .arg(EvolutionTr::tr("No check-ins were recorded on %1 between the two "
                                               "workshops.")
                                   .arg(quotedName(before->metricName)));
    // The intro also keeps the heading: Qt drops a heading placed between two tables.
    html +=
        QStringLiteral("<p class=\"small\">%1</p>")
            .arg(EvolutionTr::tr("How confident the team was in %1 and its inputs, from 1 (not at "
                                 "all) to 5 (fully), oldest first.")
                     .arg(quotedName(before->metricName)));
    html += historyTable() + QStringLiteral("<thead><tr>") +
            historyHeader(EvolutionTr::tr("Date"), u"15%"_s, true) +
            historyHeader(EvolutionTr::tr("Confidence"), u"35%"_s) +
            historyHeader(EvolutionTr::tr("What we learned"), u"28%"_s) +
            historyHeader(EvolutionTr::tr("Next step"), u"22%"_s) + QStringLiteral("</tr></thead>");
    for (const CheckIn& c : evolution.checkIns)
        html += historyRow({locale.toString(c.date, QLocale::ShortFormat), confidences(c),
                            c.learned.trimmed().isEmpty() ? QStringLiteral("—") : text(c.learned),
                            nextStep(c, locale)});
    return html + QStringLiteral("</table>");
}

} // namespace

namespace ReportEvolution {

QString page(const NorthStarEvolution& evolution, const QLocale& locale) {
    if (evolution.lineage.size() < 2)
        return {};
    QString html = QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1>")
                       .arg(EvolutionTr::tr("OUR NORTH STAR OVER TIME").toHtmlEscaped(),
                            EvolutionTr::tr("How our North Star evolved").toHtmlEscaped());
    html +=
        QStringLiteral("<p class=\"lead\">%1</p>")
            .arg(EvolutionTr::tr("The workshops that shaped it, oldest first, and what the team "
                                 "chose each time.")
                     .toHtmlEscaped());
    html += historyTable() + QStringLiteral("<thead><tr>") +
            historyHeader(EvolutionTr::tr("Date"), u"15%"_s, true) +
            historyHeader(EvolutionTr::tr("Workshop"), u"22%"_s) +
            historyHeader(EvolutionTr::tr("North Star chosen"), u"28%"_s) +
            historyHeader(EvolutionTr::tr("Kept or changed, and why"), u"35%"_s) +
            QStringLiteral("</tr></thead>");
    const NorthStarRecord* before = nullptr;
    for (const NorthStarRecord& record : evolution.lineage) {
        html += historyRow({locale.toString(record.date.date(), QLocale::ShortFormat),
                            text(record.title), northStar(record), outcome(record, before)});
        before = &record;
    }
    html += QStringLiteral("</table>");
    return html + checkIns(evolution, locale);
}

} // namespace ReportEvolution
