#include "ReportSections.h"

#include "ReportFacts.h"
#include "ReportGraphics.h"
#include "ReportHtml.h"
#include "ReportStyle.h"
#include "ReportText.h"
#include "scoring/ConvergeCheck.h"

#include <QCoreApplication>

using ReportHtml::dotsText;
using ReportHtml::heading;
using ReportHtml::text;

namespace {

// A bordered card around `body`; `fill` tints the chosen one. The one cell draws the border
// itself (a collapsed-border table would look up neighbours it does not have), inset as the
// collapsed border was, so the card looks, and its text wraps, as before.
QString card(const QString& body, const QString& fill = QStringLiteral("#FFFFFF")) {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" "
                          "style=\"%1\"><tr><td style=\"background-color: %2; "
                          "border: 1px solid #E3E6EC;\">%3</td></tr></table>")
        .arg(ReportStyle::gridMargins(7), fill, body);
}

QString chip(const QString& label, const QString& background, const QString& colour) {
    return QStringLiteral("<span style=\"background-color: %1; color: %2; font-size: 7pt; "
                          "font-weight: 700;\">&nbsp;%3&nbsp;</span>")
        .arg(background, colour, label.toHtmlEscaped());
}

QString number(double value) {
    return QLocale().toString(value, 'g', 3);
}

// The card's text width: its 1px margins, 1px border and 7px padding on either side.
constexpr qreal CardChromePoints = 2 * (1 + 1 + 7) * 72.0 / 96.0;

// The checklist as a line of coloured pills, one per criterion: green yes, amber partly, red
// no, grey not scored. Painted (PillRow), so a long list of cards lays out fast.
QString checklistRow(const ReportFacts& facts, const CandidateFacts& c, ReportGraphics& graphics,
                     qreal cardWidthPoints) {
    if (c.checklist.criteria.isEmpty())
        return {};
    QList<Pill> pills;
    for (const ChecklistCriterionResult& r : c.checklist.criteria) {
        Pill pill{facts.criterionTitle(r.criterion), ReportFacts::answerText(r),
                  QColor(0xEE, 0xF0, 0xF3), QColor(0x4A, 0x4F, 0x5A)};
        if (r.isScored()) {
            if (r.points >= 1.5) {
                pill.fill = QColor(0xE3, 0xF1, 0xEA);
                pill.colour = QColor(0x22, 0x61, 0x4A);
            } else if (r.points >= 0.5) {
                pill.fill = QColor(0xFB, 0xF0, 0xDA);
                pill.colour = QColor(0x7A, 0x50, 0x00);
            } else {
                pill.fill = QColor(0xF8, 0xE1, 0xDE);
                pill.colour = QColor(0xA9, 0x32, 0x26);
            }
        }
        if (pill.answer.isEmpty())
            pill.answer = ReportText::tr("not scored");
        pills.append(pill);
    }
    return QStringLiteral("<p style=\"margin-top: %1;\">%2</p>")
        .arg(ReportStyle::px(2),
             graphics.addPills(PillRow(pills, cardWidthPoints - CardChromePoints - 0.01)));
}

} // namespace

namespace ReportSections {

QString northStarInFull(const ReportFacts& facts) {
    if (!facts.northStar)
        return {};
    QString html = heading(ReportText::tr("Our North Star in full"));
    html += QStringLiteral("<h3>%1</h3>").arg(text(facts.tree.metricName));
    // The sentence the room read out loud, as on the console.
    if (!facts.tree.metricDefinition.isEmpty()) {
        const QString sentence = ConvergeCheck::northStarSentence(*facts.northStar);
        html += QStringLiteral("<p>%1</p>")
                    .arg(text(sentence.isEmpty() ? facts.tree.metricDefinition : sentence));
    }
    for (const NorthStarTreeInput& input : facts.tree.inputs) {
        QStringList about;
        if (!input.patternLabel.isEmpty())
            about << text(input.patternLabel);
        if (!input.owner.isEmpty())
            about << ReportText::tr("owner: %1").arg(text(input.owner));
        html +=
            QStringLiteral("<p><b>%1</b> <span class=\"small\">%2</span><br>%3</p>")
                .arg(text(input.name), about.join(QStringLiteral(" · ")), text(input.definition));
    }
    if (facts.tree.hasGuardrail())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(ReportText::tr("Guardrail: %1").arg(text(facts.tree.guardrailName)),
                         text(facts.tree.guardrailDefinition));
    return html;
}

QString game(const ReportFacts& facts) {
    const Workshop& w = facts.doc->workshop;
    if (facts.gameTitle.isEmpty() && w.gameRationale.trimmed().isEmpty() &&
        w.valueExchange.trimmed().isEmpty())
        return {};
    QString html = heading(ReportText::tr("The game we play"));
    if (!facts.gameTitle.isEmpty())
        html += QStringLiteral("<p class=\"lead\"><b>%1</b>%2</p>")
                    .arg(ReportText::tr("%1 game").arg(facts.gameTitle).toHtmlEscaped(),
                         facts.gameTagline.isEmpty()
                             ? QString()
                             : QStringLiteral(" <span class=\"muted\">— %1</span>")
                                   .arg(facts.gameTagline.toHtmlEscaped()));
    if (!w.gameRationale.trimmed().isEmpty())
        html += QStringLiteral("<p><span class=\"small\">%1</span><br>%2</p>")
                    .arg(ReportText::tr("WHY"), text(w.gameRationale));
    if (!w.valueExchange.trimmed().isEmpty())
        html += QStringLiteral("<p><span class=\"small\">%1</span><br>%2</p>")
                    .arg(ReportText::tr("THE MOMENT OF VALUE EXCHANGE"), text(w.valueExchange));
    if (!facts.gameHands.isEmpty()) {
        QStringList hands;
        for (const auto& [title, count] : facts.gameHands)
            hands << ReportText::tr("%1 %2").arg(title.toHtmlEscaped()).arg(count);
        html +=
            QStringLiteral("<p class=\"small\">%1</p>")
                .arg(ReportText::tr("Show of hands: %1").arg(hands.join(QStringLiteral(" · "))));
    }
    return html;
}

QString candidates(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints) {
    if (facts.considered.isEmpty())
        return {};
    QString html = heading(ReportText::tr("Every candidate we considered"));
    // No margin under the intro: Qt left none above a card when cards were tables.
    html += QStringLiteral("<p class=\"small\" style=\"margin-bottom: 0px;\">%1</p>")
                .arg(facts.doc->workshop.checklistPerPerson
                         ? ReportText::tr(
                               "Checklist answers were given person by person; each box counts "
                               "the answers.")
                         : ReportText::tr("Checklist answers are the room's consensus."));
    QStringList cards;
    for (const CandidateFacts& c : facts.considered) {
        QString body;
        QString chips;
        if (c.chosen)
            chips += chip(ReportText::tr("OUR NORTH STAR"), QStringLiteral("#F2B134"),
                          QStringLiteral("#14213D"));
        if (c.eliminated())
            chips += chip(ReportText::tr("SET ASIDE"), QStringLiteral("#E3E6EC"),
                          QStringLiteral("#4A4F5A"));
        body += QStringLiteral("<h3>%1%2</h3>")
                    .arg(c.eliminated()
                             ? QStringLiteral("<span class=\"gone\">%1</span>").arg(text(c.name))
                             : text(c.name),
                         chips.isEmpty() ? QString() : QStringLiteral(" ") + chips);
        QStringList about{c.kindLabel.toHtmlEscaped()};
        if (!c.author.isEmpty())
            about << ReportText::tr("by %1").arg(text(c.author));
        if (c.checklist.unscored.size() < c.checklist.criteria.size())
            about << ReportText::tr("checklist %1 of %2")
                         .arg(number(c.checklist.total))
                         .arg(c.checklist.maxTotal);
        if (c.matrix)
            about << ReportText::tr("matrix %1, rank %2").arg(c.matrix->total).arg(c.matrix->rank);
        if (c.dots > 0)
            about << dotsText(c.dots);
        body += QStringLiteral("<p class=\"small\">%1</p>").arg(about.join(QStringLiteral(" · ")));
        // The chosen one in the sentence the room read out loud, as on the console.
        const QString sentence =
            c.chosen ? ConvergeCheck::northStarSentence(c.candidate) : QString();
        if (!c.candidate.definition.trimmed().isEmpty())
            body += QStringLiteral("<p>%1</p>")
                        .arg(text(sentence.isEmpty() ? c.candidate.definition : sentence));
        body += checklistRow(facts, c, graphics, contentWidthPoints);
        for (const QString& hint : c.hints)
            body += QStringLiteral("<p class=\"hint\">%1</p>")
                        .arg(ReportText::tr("Hint: %1").arg(hint.toHtmlEscaped()));
        cards << card(body, c.chosen ? QStringLiteral("#FFF8E8") : QStringLiteral("#FFFFFF"));
    }
    return html + graphics.addCards(cards);
}

} // namespace ReportSections
