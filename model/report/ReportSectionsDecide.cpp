// The later sections of "How we got here": how the room decided, and what it left open.
#include "ReportSections.h"

#include "ReportFacts.h"
#include "ReportGraphics.h"
#include "ReportHtml.h"
#include "ReportStyle.h"
#include "ReportText.h"

#include <QCoreApplication>

using ReportHtml::dotsText;
using ReportHtml::heading;
using ReportHtml::text;

namespace {

QString table() {
    return ReportHtml::gridTable(4, 4);
}

QString th(const QString& label, const QString& attributes = {}, bool first = false) {
    return ReportHtml::gridHeader(label, attributes, first);
}

QString td(const QString& content, const QString& attributes = {}, bool first = false) {
    return ReportHtml::gridCell(content, attributes, first);
}

QString rankText(int rank, bool tied) {
    return tied ? ReportText::tr("=%1", "tied rank").arg(rank) : QString::number(rank);
}

} // namespace

namespace ReportSections {

QString matrix(const ReportFacts& facts) {
    if (facts.ranking.isEmpty())
        return {};
    const QList<MatrixCriterion>& criteria = facts.matrix.criteria();
    QString html = heading(ReportText::tr("The decision matrix"));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(ReportText::tr(
                    "Each survivor scored 1 to 5 per criterion; a score counts times the "
                    "criterion's weight. Highest total first; \"=\" marks a tie."));
    html += table() + QStringLiteral("<thead><tr>") +
            th(ReportText::tr("Rank"), QStringLiteral("width=\"7%\""), true) +
            th(ReportText::tr("Candidate"));
    for (const MatrixCriterion& c : criteria)
        html += th(QStringLiteral("%1<br><span style=\"font-weight: 400;\">%2</span>")
                       .arg(text(c.name), ReportText::tr("weight %1").arg(c.weight)),
                   QStringLiteral("align=\"center\""));
    html += th(ReportText::tr("Total<br><span style=\"font-weight: 400;\">of %1</span>")
                   .arg(facts.matrix.maxTotal()),
               QStringLiteral("align=\"right\""));
    html += QStringLiteral("</tr></thead>");
    for (const MatrixRow& row : facts.ranking) {
        const CandidateFacts* c = facts.facts(row.candidateId);
        const bool lead = row.rank == 1;
        html += QStringLiteral("<tr%1>").arg(lead ? QStringLiteral(" style=\"background-color: "
                                                                   "#FFF8E8;\"")
                                                  : QString());
        html += td(QStringLiteral("<b>%1</b>").arg(rankText(row.rank, row.tied)),
                   QStringLiteral("width=\"7%\""), true) +
                td(c ? text(c->name) : QString(), QStringLiteral("width=\"33%\""));
        for (const MatrixCriterion& criterion : criteria) {
            const int score = facts.matrix.score(criterion.id, row.candidateId);
            html += td(score > 0 ? QString::number(score) : QStringLiteral("—"),
                       QStringLiteral("align=\"center\""));
        }
        html += td(QStringLiteral("<b>%1</b>").arg(row.total), QStringLiteral("align=\"right\"")) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString votes(const ReportFacts& facts, qreal contentWidthPoints) {
    if (facts.tally.isEmpty())
        return {};
    const Workshop& w = facts.doc->workshop;
    QString html = heading(ReportText::tr("The dot vote"));
    html +=
        QStringLiteral("<p class=\"small\">%1</p>")
            .arg(ReportText::tr("%1 dots placed. Each person had %2, at most %3 on one candidate.")
                     .arg(facts.dotsPlaced)
                     .arg(w.dotsPerPerson)
                     .arg(w.maxDotsPerCandidate));
    const int top = facts.tally.isEmpty() ? 1 : std::max(1, facts.tally.first().dots);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    const qreal barWidth = contentWidthPoints * 0.44;
    for (const DotTally& t : facts.tally) {
        const CandidateFacts* c = facts.facts(t.candidateId);
        html += QStringLiteral("<tr><td width=\"44%\">%1</td><td width=\"46%\">%2</td>"
                               "<td align=\"right\"><b>%3</b></td></tr>")
                    .arg(c ? text(c->name) : QString(),
                         ReportGraphics::barTag(t.dots, top, t.rank == 1 && t.dots > 0, barWidth),
                         dotsText(t.dots));
    }
    return html + QStringLiteral("</table>");
}

QString eliminated(const ReportFacts& facts) {
    const QList<const CandidateFacts*> gone = facts.eliminated();
    if (gone.isEmpty())
        return {};
    QString html = heading(ReportText::tr("Set aside, and why"));
    for (const CandidateFacts* c : gone) {
        const QString reason = c->candidate.eliminationReason.trimmed();
        html +=
            QStringLiteral("<p><b>%1</b><br><span class=\"muted\">%2</span></p>")
                .arg(text(c->name), reason.isEmpty()
                                        ? ReportText::tr("No reason was recorded.").toHtmlEscaped()
                                        : text(reason));
    }
    return html;
}

QString antiExamples(const ReportFacts& facts) {
    if (facts.antiExamples.isEmpty())
        return {};
    QString html = heading(ReportText::tr("Anti-examples"));
    html +=
        QStringLiteral("<p class=\"small\">%1</p>")
            .arg(ReportText::tr("Deliberately bad North Stars for us, and the checklist point each "
                                "one breaks."));
    html += table() + QStringLiteral("<thead><tr>") +
            th(ReportText::tr("Anti-example"), QStringLiteral("width=\"62%\""), true) +
            th(ReportText::tr("Breaks")) + QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < facts.antiExamples.size(); ++i) {
        const Candidate& c = facts.antiExamples.at(i);
        const QString breaks = c.breaksCriterion.isEmpty()
                                   ? QStringLiteral("—")
                                   : text(facts.antiExampleBreaks.at(i).title);
        QString what = QStringLiteral("<b>%1</b>").arg(text(ReportFacts::candidateName(c)));
        if (!c.definition.trimmed().isEmpty())
            what += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(text(c.definition));
        html += QStringLiteral("<tr>") + td(what, {}, true) + td(breaks) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString followUps(const ReportFacts& facts, const QLocale& locale) {
    QString html;
    const auto list = [&](const QString& title, const QString& intro,
                          const QList<FollowUp>& items) {
        if (items.isEmpty())
            return;
        // The intro also keeps the heading: Qt drops a heading placed between two tables.
        html += heading(title) + QStringLiteral("<p class=\"small\">%1</p>").arg(intro) + table() +
                QStringLiteral("<thead><tr>") +
                th(title == ReportText::tr("Next steps") ? ReportText::tr("Step")
                                                         : ReportText::tr("Question"),
                   QStringLiteral("width=\"60%\""), true) +
                th(ReportText::tr("Owner")) + th(ReportText::tr("Due")) +
                QStringLiteral("</tr></thead>");
        for (const FollowUp& f : items)
            html += QStringLiteral("<tr>") + td(text(f.text), {}, true) +
                    td(f.owner.trimmed().isEmpty() ? QStringLiteral("—") : text(f.owner)) +
                    td(f.due.isValid() ? locale.toString(f.due, QLocale::ShortFormat)
                                       : QStringLiteral("—")) +
                    QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    };
    list(ReportText::tr("Open questions"),
         ReportText::tr("What nobody could answer yet, and who finds out."), facts.openQuestions);
    list(ReportText::tr("Next steps"), ReportText::tr("Who does what, and by when."),
         facts.nextSteps);
    return html;
}

} // namespace ReportSections
