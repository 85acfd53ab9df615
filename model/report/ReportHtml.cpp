#include "ReportHtml.h"

#include "ReportFacts.h"
#include "ReportSections.h"
#include "ReportStyle.h"
#include "ReportText.h"

namespace {
class ReportHtmlText {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};
} // namespace

namespace ReportHtml {

QString heading(const QString& title) {
    return QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
}

QString dotsText(int dots) {
    return dots == 1 ? ReportText::tr("1 dot") : ReportText::tr("%1 dots").arg(dots);
}

namespace {
// The lines a grid cell draws: right and bottom always, top in the header row (`top`), left
// in the first column (`left`).
QString cellEdges(bool top, bool left) {
    static const QString line = QStringLiteral(" 1px solid #E3E6EC;");
    QString style =
        QStringLiteral("border-right:") + line + QStringLiteral(" border-bottom:") + line;
    if (top)
        style += QStringLiteral(" border-top:") + line;
    if (left)
        style += QStringLiteral(" border-left:") + line;
    return style;
}
} // namespace

QString gridTable(int cellPadding, qreal bottomMarginPoints) {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"%2\">")
        .arg(cellPadding)
        .arg(ReportStyle::gridMargins(bottomMarginPoints));
}

QString gridHeader(const QString& label, const QString& attributes, bool first) {
    return QStringLiteral("<th %1 style=\"background-color: #F7F6F2; %2\">%3</th>")
        .arg(attributes, cellEdges(true, first), label);
}

QString gridCell(const QString& content, const QString& attributes, bool first) {
    return QStringLiteral("<td %1 style=\"%2\">%3</td>")
        .arg(attributes, cellEdges(false, first), content);
}

QString text(const QString& userText) {
    QString escaped = ReportStyle::drawable(userText.trimmed()).toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

QString cover(const ReportFacts& facts, const QLocale& locale, const CoverParts& parts) {
    const Workshop& w = facts.doc->workshop;
    QString html;
    html += QStringLiteral("<p class=\"kicker\">%1</p>").arg(ReportHtmlText::tr("OUR NORTH STAR"));
    const QString title =
        w.title.trimmed().isEmpty() ? ReportHtmlText::tr("Untitled workshop") : w.title;
    html += QStringLiteral("<h1>%1</h1>").arg(text(title));

    // The facts as a quiet two-column list.
    QList<std::pair<QString, QString>> rows;
    if (!w.product.trimmed().isEmpty())
        rows.append({ReportHtmlText::tr("Product"), text(w.product)});
    if (w.createdAt.isValid())
        rows.append(
            {ReportHtmlText::tr("Date"), locale.toString(w.createdAt.date(), QLocale::LongFormat)});
    if (!w.facilitator.trimmed().isEmpty())
        rows.append({ReportHtmlText::tr("Facilitator"), text(w.facilitator)});
    if (!facts.participantNames.isEmpty()) {
        QStringList names;
        for (const QString& name : facts.participantNames)
            names << text(name);
        rows.append({ReportHtmlText::tr("Participants"), names.join(QStringLiteral(" · "))});
    }
    if (!rows.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                               "style=\"margin-top: %1; margin-bottom: %2;\">")
                    .arg(ReportStyle::px(8), ReportStyle::px(6));
        for (const auto& [label, value] : rows)
            html += QStringLiteral("<tr><td width=\"18%\" class=\"small\">%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value);
        html += QStringLiteral("</table>");
    }

    if (!facts.northStar) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"14\" "
                               "style=\"margin-top: %3; border-color: #E3E6EC; "
                               "border-style: solid;\" border=\"1\"><tr><td "
                               "style=\"background-color: #F7F6F2;\">"
                               "<h3>%1</h3><p class=\"muted\">%2</p></td></tr></table>")
                    .arg(ReportHtmlText::tr("No North Star has been chosen yet."),
                         ReportHtmlText::tr(
                             "The room has not chosen its North Star Metric in this workshop. "
                             "The pages that follow show how far it got."),
                         ReportStyle::px(18));
        return html;
    }
    if (!parts.treeTag.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin-top: %1;\">%2</p>")
                    .arg(ReportStyle::px(4), parts.treeTag);
    if (parts.fullTextFollows)
        html += QStringLiteral("<p class=\"small\" align=\"center\">%1</p>")
                    .arg(ReportHtmlText::tr(
                        "Some definitions are long: they are written out in full on the "
                        "next page."));
    return html;
}

QString story(const ReportFacts& facts, const QLocale& locale, bool fullDefinitions,
              ReportGraphics& graphics, qreal contentWidthPoints) {
    QString html;
    if (fullDefinitions)
        html += ReportSections::northStarInFull(facts);
    html += ReportSections::game(facts);
    html += ReportSections::candidates(facts, graphics, contentWidthPoints);
    html += ReportSections::matrix(facts, graphics, contentWidthPoints);
    html += ReportSections::votes(facts, graphics, contentWidthPoints);
    html += ReportSections::eliminated(facts);
    html += ReportSections::antiExamples(facts);
    html += ReportSections::followUps(facts, locale);
    if (html.isEmpty())
        return {}; // nothing happened yet: no page with only a heading
    return QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1>")
               .arg(ReportHtmlText::tr("HOW WE GOT HERE"),
                    ReportHtmlText::tr("From the first card to one metric")) +
           html;
}

} // namespace ReportHtml
