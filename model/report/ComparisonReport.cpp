#include "ComparisonReport.h"

#include "ReportHtml.h"
#include "ReportPage.h"
#include "ReportPagination.h"
#include "ReportStyle.h"
#include "domain/ProductName.h"
#include "history/ComparisonText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileDevice>
#include <QPainter>
#include <QPdfWriter>

namespace {

class ComparisonReportTr {
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
};

using ReportHtml::text;

QString lines(const QStringList& parts) {
    QStringList escaped;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            escaped << text(part);
    return escaped.isEmpty() ? ComparisonReportTr::tr("—") : escaped.join(QStringLiteral("<br>"));
}

QString inputLines(const std::optional<Input>& input) {
    if (!input)
        return ComparisonReportTr::tr("—");
    QString html =
        QStringLiteral("<b>%1</b>")
            .arg(input->name.trimmed().isEmpty() ? ComparisonReportTr::tr("(unnamed input)")
                                                 : text(input->name));
    if (!input->definition.trimmed().isEmpty())
        html += QStringLiteral("<br>") + text(input->definition);
    html += QStringLiteral("<br><span class=\"muted\">%1</span>")
                .arg(input->owner.trimmed().isEmpty()
                         ? ComparisonReportTr::tr("no owner")
                         : ComparisonReportTr::tr("owner: %1").arg(text(input->owner)));
    return html;
}

QColor kindColour(const QString& kind) {
    if (kind == QLatin1String("added"))
        return ReportStyle::Calm;
    if (kind == QLatin1String("removed"))
        return ReportStyle::Red;
    if (kind == QLatin1String("changed"))
        return ReportStyle::AmberText;
    return ReportStyle::Muted;
}

// One row: the aspect, the two cells (shaded when they differ) and the change in words.
QString row(const QString& aspect, const QString& before, const QString& after,
            const QString& words, const QString& kind) {
    const bool differs = kind != QLatin1String("same");
    const QString shade =
        differs ? QStringLiteral(" bgcolor=\"%1\"").arg(QColor(0xFC, 0xEC, 0xCC).name())
                : QString();
    return QStringLiteral("<tr><td width=\"16%\"><b>%1</b></td><td width=\"35%\"%2>%3</td>"
                          "<td width=\"35%\"%2>%4</td><td width=\"14%\"><span style=\"color:%5; "
                          "font-weight:700\">%6</span></td></tr>")
        .arg(aspect.toHtmlEscaped(), shade, before, after, kindColour(kind).name(),
             words.toHtmlEscaped());
}

QString dateText(const QDateTime& date, const QLocale& locale) {
    return locale.toString(date.toLocalTime().date(), QLocale::LongFormat);
}

QString workshopLine(const QString& label, const NorthStarRecord& r, const QLocale& locale) {
    QString line =
        ComparisonReportTr::tr("%1: %2, %3").arg(label, text(r.title), dateText(r.date, locale));
    if (!r.facilitator.trimmed().isEmpty())
        line += ComparisonReportTr::tr(", facilitated by %1").arg(text(r.facilitator));
    return line;
}

} // namespace

QString comparisonReportHtml(const WorkshopComparison& c, const QLocale& locale,
                             const QString& whereFrom) {
    using namespace ComparisonText;
    const NorthStarRecord& a = c.before();
    const NorthStarRecord& b = c.after();
    QString html;
    // Two products are set side by side: no "change", and no note on why.
    const bool contrast = wording(c) == Wording::Contrast;
    html += QStringLiteral("<p class=\"kicker\">%1</p>")
                .arg((contrast ? ComparisonReportTr::tr("TWO NORTH STARS SIDE BY SIDE")
                               : ComparisonReportTr::tr("HOW OUR NORTH STAR CHANGED"))
                         .toHtmlEscaped());
    const QString product = ProductName::tidy(b.product);
    html += QStringLiteral("<h1>%1</h1>")
                .arg(contrast ? ComparisonReportTr::tr("%1 and %2")
                                    .arg(text(productLabel(a)), text(productLabel(b)))
                     : product.isEmpty() ? ComparisonReportTr::tr("Two workshops compared")
                                         : text(product));
    html += QStringLiteral("<p class=\"muted\">%1<br>%2%3</p>")
                .arg(workshopLine(ComparisonReportTr::tr("Earlier"), a, locale),
                     workshopLine(ComparisonReportTr::tr("Later"), b, locale),
                     whereFrom.trimmed().isEmpty() ? QString()
                                                   : QStringLiteral("<br>") + text(whereFrom));
    html += ReportHtml::heading(ComparisonReportTr::tr("At a glance"));
    QStringList summary;
    for (const QString& sentence : ComparisonText::summary(c))
        summary << text(sentence);
    html += QStringLiteral("<p class=\"lead\">%1</p>").arg(summary.join(u' '));
    if (!contrast) {
        html +=
            ReportHtml::heading(c.northStarChanged() ? ComparisonReportTr::tr("Why we changed")
                                                     : ComparisonReportTr::tr("Why we kept it"));
        html += c.whyChanged().trimmed().isEmpty()
                    ? QStringLiteral("<p class=\"muted\">%1</p>")
                          .arg(ComparisonReportTr::tr("The team has not written down why.")
                                   .toHtmlEscaped())
                    : QStringLiteral("<p>%1</p>").arg(text(c.whyChanged()));
    }

    html += ReportHtml::heading(ComparisonReportTr::tr("Side by side"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    const auto columnHead = [&](const QString& label, const NorthStarRecord& r) {
        return contrast ? ComparisonReportTr::tr("%1: %2, %3")
                              .arg(label.toHtmlEscaped(), text(productLabel(r)),
                                   dateText(r.date, locale).toHtmlEscaped())
                        : ComparisonReportTr::tr("%1: %2")
                              .arg(label, dateText(r.date, locale))
                              .toHtmlEscaped();
    };
    html += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th><th></th></tr>")
                .arg(columnHead(ComparisonReportTr::tr("Earlier"), a),
                     columnHead(ComparisonReportTr::tr("Later"), b));
    html += row(ComparisonReportTr::tr("North Star Metric"),
                QStringLiteral("<b>%1</b>").arg(lines({a.metricName})),
                QStringLiteral("<b>%1</b>").arg(lines({b.metricName})),
                words(c.metricName().difference, wording(c)), kindKey(c.metricName().difference));
    html += row(ComparisonReportTr::tr("Definition"), lines({a.metricDefinition}),
                lines({b.metricDefinition}), words(c.metricDefinition().difference, wording(c)),
                kindKey(c.metricDefinition().difference));
    html += row(ComparisonReportTr::tr("Game"), lines({gameLabel(a.game)}),
                lines({gameLabel(b.game)}), words(c.game(), wording(c)), kindKey(c.game()));
    for (const InputDifference& input : c.inputs())
        html += row(ComparisonReportTr::tr("Input"), inputLines(input.before),
                    inputLines(input.after), words(input, wording(c)), kindKey(input));
    html +=
        row(ComparisonReportTr::tr("Guardrail"), lines({a.guardrailName, a.guardrailDefinition}),
            lines({b.guardrailName, b.guardrailDefinition}), words(guardrail(c), wording(c)),
            kindKey(guardrail(c)));
    html += QStringLiteral("</table>");
    return html;
}

bool writeComparisonPdf(const WorkshopComparison& comparison, const ReportOptions& options,
                        QIODevice* out, QString* error, const QString& whereFrom) {
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!out || !out->isWritable())
        return fail(ComparisonReportTr::tr(
            "The comparison could not be written: the file is not open for writing."));
    QPdfWriter writer(out);
    writer.setResolution(ReportStyle::Resolution);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(ComparisonText::wording(comparison) == ComparisonText::Wording::Contrast
                        ? ComparisonReportTr::tr("Two North Stars side by side")
                        : ComparisonReportTr::tr("How our North Star changed"));
    writer.setCreator(QStringLiteral("Lodestar"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ComparisonReportTr::tr(
            "The comparison could not be written: the PDF could not be started."));

    using namespace ReportPage;
    const qreal pt = ReportStyle::Resolution / 72.0;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body =
        page.adjusted(SideMargin * pt, TopMargin * pt, -SideMargin * pt, -BottomMargin * pt);
    const QLocale locale;
    ReportDocument document(&writer, page.size(), body);
    document.setReportHtml(comparisonReportHtml(comparison, locale, whereFrom));
    ReportPagination::keepTogether(document, page.height(), body.bottom(), 90 * pt);

    const QString exported = locale.toString(
        (options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime()).date(),
        QLocale::LongFormat);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, ReportStyle::Ink);
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !writer.newPage())
            return fail(ComparisonReportTr::tr(
                "The comparison could not be written: a new page could not be added."));
        painter.save();
        painter.translate(0, -index * page.height());
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, body, pt, index + 1, pages, exported);
    }
    if (!painter.end())
        return fail(ComparisonReportTr::tr(
            "The comparison could not be written: the PDF could not be finished."));
    if (const auto* file = qobject_cast<const QFileDevice*>(out);
        file && file->error() != QFileDevice::NoError)
        return fail(ComparisonReportTr::tr("The comparison could not be written: %1")
                        .arg(file->errorString()));
    return true;
}
