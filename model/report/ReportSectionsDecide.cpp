// The later sections of "How we got here": how the room decided, and what it left open.
#include "ReportSections.h"

#include "ReportFacts.h"
#include "ReportGraphics.h"
#include "ReportGrid.h"
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

QString matrix(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints) {
    if (facts.ranking.isEmpty())
        return {};
    const QList<MatrixCriterion>& criteria = facts.matrix.criteria();
    QString html = heading(ReportText::tr("The decision matrix"));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(ReportText::tr(
                    "Each survivor scored 1 to 5 per criterion; a score counts times the "
                    "criterion's weight. Highest total first; \"=\" marks a tie."));
    // Rank and candidate as wide as they were; the scores and the total share the rest.
    QList<GridColumn> columns{{0.07, Qt::AlignLeft}, {0.33, Qt::AlignLeft}};
    for (qsizetype i = 0; i < criteria.size(); ++i)
        columns.append({-1, Qt::AlignHCenter});
    columns.append({-1, Qt::AlignRight});
    // The table's 1px margins on either side (ReportStyle::gridMargins).
    ReportGrid grid(columns, contentWidthPoints - 2 * 0.75 - 0.01, 4, true);
    GridRow header;
    header.cells = {GridCell{ReportText::tr("Rank")}, GridCell{ReportText::tr("Candidate")}};
    for (const MatrixCriterion& c : criteria)
        header.cells.append(
            GridCell{ReportGrid::plain(c.name), ReportText::tr("weight %1").arg(c.weight)});
    header.cells.append(
        GridCell{ReportText::tr("Total"),
                 ReportText::tr("of %1", "matrix total").arg(facts.matrix.maxTotal())});
    grid.setHeader(header);
    for (const MatrixRow& row : facts.ranking) {
        const CandidateFacts* c = facts.facts(row.candidateId);
        GridRow cells;
        if (row.rank == 1)
            cells.fill = QColor(0xFF, 0xF8, 0xE8);
        cells.cells = {GridCell{rankText(row.rank, row.tied), {}, true},
                       GridCell{c ? ReportGrid::plain(c->name) : QString()}};
        for (const MatrixCriterion& criterion : criteria) {
            const int score = facts.matrix.score(criterion.id, row.candidateId);
            cells.cells.append(GridCell{score > 0 ? QString::number(score) : QStringLiteral("—")});
        }
        cells.cells.append(GridCell{QString::number(row.total), {}, true});
        grid.addRow(std::move(cells));
    }
    return html + graphics.addGrid(std::move(grid), 4);
}

QString votes(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints) {
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
    const int top = std::max(1, facts.tally.first().dots);
    ReportGrid grid({{0.44, Qt::AlignLeft}, {0.46, Qt::AlignLeft}, {-1, Qt::AlignRight}},
                    contentWidthPoints - 0.01, 3, false);
    for (const DotTally& t : facts.tally) {
        const CandidateFacts* c = facts.facts(t.candidateId);
        GridCell bar;
        bar.barValue = t.dots;
        bar.barMaximum = top;
        bar.barLeading = t.rank == 1 && t.dots > 0;
        bar.barPoints = contentWidthPoints * 0.44;
        grid.addRow(GridRow{{GridCell{c ? ReportGrid::plain(c->name) : QString()}, bar,
                             GridCell{dotsText(t.dots), {}, true}},
                            {}});
    }
    return html + graphics.addGrid(std::move(grid), 0);
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
