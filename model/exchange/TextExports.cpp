// The Markdown report for wikis.
#include "TextExports.h"

#include "ExchangeText.h"
#include "domain/TextDirection.h"
#include "history/HistoryText.h"
#include "report/ReportFacts.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using TextExports::markdownCell;
using TextExports::markdownNamed;
using TextExports::markdownText;

QString row(const QStringList& cells) {
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString table(const QStringList& headers, const QList<QStringList>& rows) {
    QString md = row(headers);
    md += row(QStringList(headers.size(), QStringLiteral("---")));
    for (const QStringList& r : rows)
        md += row(r);
    return md + u'\n';
}

QString section(const QString& title) {
    return QStringLiteral("### ") + markdownText(title) + QStringLiteral("\n\n");
}

QString northStar(const ReportFacts& f) {
    QString md =
        QStringLiteral("## ") + TextExportsText::tr("Our North Star") + QStringLiteral("\n\n");
    if (!f.northStar)
        return md + TextExportsText::tr("No North Star has been chosen yet.") +
               QStringLiteral("\n\n");
    md += TextExportsText::tr("Our North Star Metric is **%1**.")
              .arg(markdownNamed(f.tree.metricName));
    if (!f.tree.metricDefinition.isEmpty())
        md += u' ' + markdownNamed(f.tree.metricDefinition);
    md += QStringLiteral("\n\n");
    if (!f.gameTitle.isEmpty())
        md += TextExportsText::tr("We play the **%1 game**.").arg(markdownText(f.gameTitle)) +
              QStringLiteral("\n\n");
    if (!f.northStarInputs.isEmpty()) {
        QList<QStringList> rows;
        for (const NorthStarTreeInput& input : f.tree.inputs)
            rows << QStringList{markdownCell(input.name), markdownCell(input.patternLabel),
                                markdownCell(input.owner), markdownCell(input.definition)};
        md += section(TextExportsText::tr("Inputs")) +
              table({TextExportsText::tr("Input"), TextExportsText::tr("Pattern"),
                     TextExportsText::tr("Owner"), TextExportsText::tr("Definition")},
                    rows);
    }
    if (f.tree.hasGuardrail()) {
        md += TextExportsText::tr("**Guardrail:** %1").arg(markdownNamed(f.tree.guardrailName));
        if (!f.tree.guardrailDefinition.isEmpty())
            md += QStringLiteral(" — ") + markdownNamed(f.tree.guardrailDefinition);
        md += QStringLiteral("\n\n");
    }
    return md;
}

// Where this workshop stands in its product's history: the workshop it revisits, whether it
// kept the North Star it carried over, and the team's reason.
QString history(const WorkshopDocument& doc) {
    const Candidate* incumbent = doc.incumbent();
    const Candidate* chosen = doc.northStar();
    const NorthStarOutcome outcome =
        northStarOutcome(incumbent ? incumbent->id : 0, chosen ? chosen->id : 0);
    if (!doc.predecessor && outcome == NorthStarOutcome::NotARevisit &&
        doc.changeNote.trimmed().isEmpty())
        return {};
    QString md = QStringLiteral("## ") + TextExportsText::tr("Our North Star over time") +
                 QStringLiteral("\n\n");
    QStringList lines;
    if (doc.predecessor)
        lines << HistoryText::revisits(
                     QStringLiteral("“%1”").arg(markdownNamed(doc.predecessor->title)),
                     doc.predecessor->createdAt.date()) +
                     u'.';
    if (outcome != NorthStarOutcome::NotARevisit)
        lines << QStringLiteral("**%1:** ").arg(HistoryText::outcomeLabel(outcome)) +
                     HistoryText::outcomeSentence(
                         outcome, QStringLiteral("**%1**").arg(markdownNamed(incumbent->name)),
                         chosen ? QStringLiteral("**%1**").arg(markdownNamed(chosen->name))
                                : QString());
    if (!doc.changeNote.trimmed().isEmpty())
        lines << TextExportsText::tr("**Why:** %1").arg(markdownNamed(doc.changeNote));
    return md + lines.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
}

QString game(const ReportFacts& f) {
    const Workshop& w = f.doc->workshop;
    if (f.gameTitle.isEmpty() && w.gameRationale.trimmed().isEmpty() &&
        w.valueExchange.trimmed().isEmpty())
        return {};
    QString md = section(TextExportsText::tr("The game we play"));
    if (!f.gameTitle.isEmpty())
        md += QStringLiteral("**%1**\n\n")
                  .arg(markdownText(TextExportsText::tr("%1 game").arg(f.gameTitle)));
    if (!w.gameRationale.trimmed().isEmpty())
        md += TextExportsText::tr("Why: %1").arg(markdownNamed(w.gameRationale)) +
              QStringLiteral("\n\n");
    if (!w.valueExchange.trimmed().isEmpty())
        md += TextExportsText::tr("The moment of value exchange: %1")
                  .arg(markdownNamed(w.valueExchange)) +
              QStringLiteral("\n\n");
    return md;
}

QString candidates(const ReportFacts& f) {
    if (f.considered.isEmpty())
        return {};
    QString md = section(TextExportsText::tr("Every candidate we considered"));
    for (const CandidateFacts& c : f.considered) {
        md += QStringLiteral("#### ") + markdownNamed(c.name);
        if (c.chosen)
            md += QStringLiteral(" ★");
        md += QStringLiteral("\n\n");
        QStringList about{markdownText(c.kindLabel)};
        if (!c.author.isEmpty())
            about << TextExportsText::tr("by %1").arg(markdownNamed(c.author));
        if (c.eliminated())
            about << TextExportsText::tr("set aside");
        md += QStringLiteral("*") + about.join(QStringLiteral(" · ")) + QStringLiteral("*\n\n");
        if (!c.candidate.definition.trimmed().isEmpty())
            md += markdownText(c.candidate.definition) + QStringLiteral("\n\n");
        QStringList scores;
        for (const ChecklistCriterionResult& r : c.checklist.criteria) {
            const QString answer = ReportFacts::answerText(r);
            scores << QStringLiteral("%1: %2").arg(
                markdownText(f.criterionTitle(r.criterion)),
                answer.isEmpty() ? TextExportsText::tr("not scored") : answer);
        }
        if (c.checklist.unscored.size() < c.checklist.criteria.size())
            md += QStringLiteral("- ") +
                  TextExportsText::tr("Checklist %1 of %2: %3")
                      .arg(QLocale().toString(c.checklist.total, 'g', 3))
                      .arg(c.checklist.maxTotal)
                      .arg(scores.join(QStringLiteral(", "))) +
                  u'\n';
        for (const QString& hint : c.hints)
            md += QStringLiteral("- ") + TextExportsText::tr("Hint: %1").arg(markdownText(hint)) +
                  u'\n';
        md += u'\n';
    }
    return md;
}

QString decisions(const ReportFacts& f) {
    QString md;
    if (!f.ranking.isEmpty()) {
        QStringList headers{TextExportsText::tr("Rank"), TextExportsText::tr("Candidate")};
        for (const MatrixCriterion& c : f.matrix.criteria())
            headers << TextExportsText::tr("%1 (×%2)")
                           .arg(TextDirection::isolate(markdownCell(c.name)))
                           .arg(c.weight);
        headers << TextExportsText::tr("Total");
        QList<QStringList> rows;
        for (const MatrixRow& r : f.ranking) {
            const CandidateFacts* c = f.facts(r.candidateId);
            QStringList cells{(r.tied ? QStringLiteral("=") : QString()) + QString::number(r.rank),
                              c ? markdownCell(c->name) : QString()};
            for (const MatrixCriterion& criterion : f.matrix.criteria()) {
                const int score = f.matrix.score(criterion.id, r.candidateId);
                cells << (score > 0 ? QString::number(score) : QStringLiteral("—"));
            }
            cells << QString::number(r.total);
            rows << cells;
        }
        md += section(TextExportsText::tr("The decision matrix")) + table(headers, rows);
    }
    if (!f.tally.isEmpty()) {
        QList<QStringList> rows;
        for (const DotTally& t : f.tally) {
            const CandidateFacts* c = f.facts(t.candidateId);
            rows << QStringList{c ? markdownCell(c->name) : QString(), QString::number(t.dots)};
        }
        md += section(TextExportsText::tr("The dot vote")) +
              table({TextExportsText::tr("Candidate"), TextExportsText::tr("Dots")}, rows);
    }
    const QList<const CandidateFacts*> gone = f.eliminated();
    if (!gone.isEmpty()) {
        md += section(TextExportsText::tr("Set aside, and why"));
        for (const CandidateFacts* c : gone) {
            const QString reason = c->candidate.eliminationReason.trimmed();
            md += QStringLiteral("- **%1**: %2\n")
                      .arg(markdownNamed(c->name),
                           reason.isEmpty() ? TextExportsText::tr("No reason was recorded.")
                                            : markdownNamed(reason));
        }
        md += u'\n';
    }
    return md;
}

QString leftOpen(const ReportFacts& f) {
    QString md;
    if (!f.antiExamples.isEmpty()) {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < f.antiExamples.size(); ++i) {
            const Candidate& c = f.antiExamples.at(i);
            rows << QStringList{markdownCell(ReportFacts::candidateName(c)),
                                markdownCell(c.definition),
                                markdownCell(f.antiExampleBreaks.at(i).title)};
        }
        md += section(TextExportsText::tr("Anti-examples")) +
              table({TextExportsText::tr("Anti-example"),
                     TextExportsText::tr("Why it is bad for us"), TextExportsText::tr("Breaks")},
                    rows);
    }
    const auto list = [&](const QString& title, const QList<FollowUp>& items) {
        if (items.isEmpty())
            return;
        QList<QStringList> rows;
        for (const FollowUp& fu : items)
            rows << QStringList{markdownCell(fu.text), markdownCell(fu.owner),
                                fu.due.isValid() ? fu.due.toString(Qt::ISODate) : QString()};
        md += section(title) +
              table({title == TextExportsText::tr("Next steps") ? TextExportsText::tr("Step")
                                                                : TextExportsText::tr("Question"),
                     TextExportsText::tr("Owner"), TextExportsText::tr("Due")},
                    rows);
    };
    list(TextExportsText::tr("Open questions"), f.openQuestions);
    list(TextExportsText::tr("Next steps"), f.nextSteps);
    return md;
}

} // namespace

namespace TextExports {

QString markdownNamed(const QString& text) {
    return TextDirection::isolate(markdownText(text));
}

QString markdownText(const QString& text) {
    static const QString special = QStringLiteral("\\`*_[]<>#|~!&");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar ch = trimmed.at(i);
        if (ch == u'\r')
            continue;
        if (ch == u'\n') {
            out += QStringLiteral("\\\n"); // a hard line break, not a new paragraph
            lineStart = true;
            continue;
        }
        if (lineStart && (ch == u'-' || ch == u'+' || ch == u'=' || ch.isDigit())) {
            // "- x", "+ x", "1. x" and "===" would start a list or a heading underline.
            if (ch.isDigit()) {
                qsizetype j = i;
                while (j < trimmed.size() && trimmed.at(j).isDigit())
                    ++j;
                out += trimmed.mid(i, j - i);
                if (j < trimmed.size() && (trimmed.at(j) == u'.' || trimmed.at(j) == u')')) {
                    out += u'\\';
                    out += trimmed.at(j);
                    ++j;
                }
                i = j - 1;
                lineStart = false;
                continue;
            }
            out += u'\\';
        }
        if (special.contains(ch))
            out += u'\\';
        out += ch;
        lineStart = lineStart && ch.isSpace();
    }
    return out;
}

QString markdownCell(const QString& text) {
    QString cell = markdownText(text);
    cell.replace(QStringLiteral("\\\n"), QStringLiteral("<br>"));
    return cell;
}

} // namespace TextExports

QByteArray markdownReport(const WorkshopDocument& doc, const Playbook& playbook) {
    const ReportFacts f = ReportFacts::gather(doc, playbook);
    const Workshop& w = doc.workshop;
    QString md = QStringLiteral("# ") +
                 markdownText(w.title.trimmed().isEmpty() ? TextExportsText::tr("Untitled workshop")
                                                          : w.title) +
                 QStringLiteral("\n\n");
    QStringList facts;
    if (!w.product.trimmed().isEmpty())
        facts << TextExportsText::tr("**Product:** %1").arg(markdownNamed(w.product));
    if (w.createdAt.isValid())
        facts << TextExportsText::tr("**Date:** %1").arg(w.createdAt.date().toString(Qt::ISODate));
    if (!w.facilitator.trimmed().isEmpty())
        facts << TextExportsText::tr("**Facilitator:** %1").arg(markdownNamed(w.facilitator));
    if (!f.participantNames.isEmpty()) {
        QStringList names;
        for (const QString& name : f.participantNames)
            names << markdownNamed(name);
        facts << TextExportsText::tr("**Participants:** %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!facts.isEmpty())
        md += facts.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
    md += northStar(f) + history(doc) + TextExports::markdownCheckIns(doc);
    const QString story = game(f) + candidates(f) + decisions(f) + leftOpen(f);
    if (!story.isEmpty())
        md += QStringLiteral("## ") + TextExportsText::tr("How we got here") +
              QStringLiteral("\n\n") + story;
    while (md.endsWith(QStringLiteral("\n\n")))
        md.chop(1);
    return md.toUtf8();
}
