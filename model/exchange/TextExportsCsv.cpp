// The candidates CSV: one row per candidate the room considered, with its scores.
#include "TextExports.h"

#include "report/ReportFacts.h"

namespace TextExports {

QString csvField(const QString& value, bool userText) {
    QString field = value;
    if (userText && !field.isEmpty()) {
        // Spreadsheets skip leading spaces before a formula (" =1+1" still runs), so look
        // at the first character that is not one; the spaces themselves are kept.
        qsizetype at = 0;
        while (at < field.size() && field.at(at) == u' ')
            ++at;
        const QChar first = at < field.size() ? field.at(at) : QChar();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r' || field.front() == u'\t' || field.front() == u'\r')
            field.prepend(u'\'');
    }
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

} // namespace TextExports

QByteArray candidatesCsv(const WorkshopDocument& doc, const Playbook& playbook) {
    using TextExports::csvField;
    const ReportFacts facts = ReportFacts::gather(doc, playbook);
    QStringList header{QStringLiteral("id"),
                       QStringLiteral("kind"),
                       QStringLiteral("name"),
                       QStringLiteral("definition"),
                       QStringLiteral("author"),
                       QStringLiteral("status"),
                       QStringLiteral("elimination_reason")};
    for (const ChecklistColumn& column : facts.checklistColumns)
        header << QStringLiteral("checklist_") + column.key;
    header << QStringLiteral("checklist_total") << QStringLiteral("matrix_total")
           << QStringLiteral("matrix_rank") << QStringLiteral("dots")
           << QStringLiteral("north_star");
    QStringList lines{header.join(u',')};

    for (const CandidateFacts& c : facts.considered) {
        QStringList row{QString::number(c.candidate.id),
                        csvField(candidateKindKey(c.candidate.kind), false),
                        csvField(c.candidate.name, true),
                        csvField(c.candidate.definition, true),
                        csvField(c.author, true),
                        csvField(candidateStatusKey(c.candidate.status), false),
                        csvField(c.candidate.eliminationReason, true)};
        for (const ChecklistCriterionResult& r : c.checklist.criteria)
            row << csvField(ReportFacts::answerText(r), false);
        const bool scored = c.checklist.unscored.size() < c.checklist.criteria.size();
        row << (scored ? QString::number(c.checklist.total, 'g', 4) : QString())
            << (c.matrix ? QString::number(c.matrix->total) : QString())
            << (c.matrix ? QString::number(c.matrix->rank) : QString()) << QString::number(c.dots)
            << (c.chosen ? QStringLiteral("yes") : QString());
        lines << row.join(u',');
    }
    QByteArray csv("\xEF\xBB\xBF");
    csv += lines.join(QStringLiteral("\r\n")).toUtf8();
    csv += "\r\n";
    return csv;
}
