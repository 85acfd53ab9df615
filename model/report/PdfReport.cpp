#include "PdfReport.h"

#include "NorthStarTreePainter.h"
#include "ReportEvolution.h"
#include "ReportFacts.h"
#include "ReportGraphics.h"
#include "ReportHtml.h"
#include "ReportPage.h"
#include "ReportPagination.h"
#include "ReportStyle.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

using ReportPage::BottomMargin;
using ReportPage::ReportDocument;
using ReportPage::SideMargin;
using ReportPage::TopMargin;

namespace {

constexpr qreal TreeBasePixels = 11; // the tree's smallest comfortable text, at 96 dpi
constexpr int ShortenedTreeText[] = {480, 240, 120};

bool needsFullText(const NorthStarTreeLayout& layout) {
    return !layout.fits || layout.omittedDetails ||
           std::any_of(layout.texts.begin(), layout.texts.end(),
                       [](const TreeText& t) { return t.elided; });
}

QString shortened(const QString& text, int limit) {
    if (text.size() <= limit)
        return text;
    QString cut = text.left(limit);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > limit / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

NorthStarTree shortenedTree(NorthStarTree tree, int limit) {
    tree.metricName = shortened(tree.metricName, limit / 2);
    tree.metricDefinition = shortened(tree.metricDefinition, limit);
    tree.guardrailName = shortened(tree.guardrailName, limit / 2);
    tree.guardrailDefinition = shortened(tree.guardrailDefinition, limit / 2);
    for (NorthStarTreeInput& input : tree.inputs) {
        input.name = shortened(input.name, limit / 4);
        input.owner = shortened(input.owner, limit / 4);
        input.definition = shortened(input.definition, limit / 3);
    }
    return tree;
}

// The tree's user text with what no installed font can draw written out, never a box.
NorthStarTree drawableTree(NorthStarTree tree) {
    for (QString* text :
         {&tree.metricName, &tree.metricDefinition, &tree.guardrailName, &tree.guardrailDefinition})
        *text = ReportStyle::drawable(*text);
    for (NorthStarTreeInput& input : tree.inputs)
        for (QString* text : {&input.name, &input.owner, &input.definition})
            *text = ReportStyle::drawable(*text);
    return tree;
}

} // namespace

QPageSize::PageSizeId defaultReportPageSize(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Panama:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool writePdfReport(const WorkshopDocument& doc, const Playbook& playbook,
                    const ReportOptions& options, QIODevice* out, QString* error) {
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!out || !out->isWritable())
        return fail(PdfReportText::tr(
            "The report could not be written: the file is not open for writing."));

    QPdfWriter writer(out);
    writer.setResolution(ReportStyle::Resolution);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(doc.workshop.title);
    writer.setCreator(QStringLiteral("Lodestar"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(
            PdfReportText::tr("The report could not be written: the PDF could not be started."));

    const qreal pt = ReportStyle::Resolution / 72.0;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body =
        page.adjusted(SideMargin * pt, TopMargin * pt, -SideMargin * pt, -BottomMargin * pt);
    const ReportFacts facts = ReportFacts::gather(doc, playbook);
    const QLocale locale;

    // Page 1: measure the header, give the tree the rest of the page (a tree squeezed below
    // a very long header moves to a page of its own).
    ReportHtml::CoverParts cover;
    NorthStarTreeLayout layout;
    bool fullText = false;
    if (facts.northStar) {
        ReportDocument header(&writer, page.size(), body);
        header.setReportHtml(ReportHtml::cover(facts, locale, cover));
        const qreal bodyPoints = body.height() / pt;
        const qreal headerHeight = header.size().height() - (page.height() - body.height());
        qreal treePoints = bodyPoints - headerHeight / pt - 36;
        if (treePoints < bodyPoints * 0.5)
            treePoints = bodyPoints * 0.8;
        const qreal widthPoints = body.width() / pt - 2;
        const QRectF area(0, 0, widthPoints * 96 / 72, treePoints * 96 / 72);
        QFont base = ReportStyle::font(8);
        base.setPixelSize(int(TreeBasePixels));
        const NorthStarTree tree = drawableTree(facts.tree);
        layout = NorthStarTreeLayout::compute(tree, area, base);
        for (int limit : ShortenedTreeText) {
            if (!needsFullText(layout))
                break;
            fullText = true;
            layout = NorthStarTreeLayout::compute(shortenedTree(tree, limit), area, base);
        }
        cover.treeTag = ReportGraphics::treeTag(widthPoints, treePoints);
        cover.fullTextFollows = fullText;
    }

    // The cover and the story are separate documents so the story always starts on a new
    // page; both are drawn with one page count.
    ReportGraphics graphics(layout);
    // Cards shorter than most of a page are laid out once and never split (ReportCards.h).
    graphics.setPage(&writer, body.width(), body.height() * 0.8);
    ReportDocument first(&writer, page.size(), body);
    first.setReportHtml(ReportHtml::cover(facts, locale, cover), &graphics);
    // A revisit's lineage and check-ins on a page of their own, right after the cover.
    ReportDocument evolution(&writer, page.size(), body);
    if (options.evolution)
        evolution.setReportHtml(ReportEvolution::page(*options.evolution, locale));
    ReportDocument story(&writer, page.size(), body);
    story.setReportHtml(ReportHtml::story(facts, locale, fullText, graphics, body.width() / pt),
                        &graphics);
    QList<std::pair<ReportDocument*, int>> pages;
    for (ReportDocument* document : {&first, &evolution, &story}) {
        if (document->isEmpty())
            continue;
        ReportPagination::keepTogether(*document, page.height(), body.bottom(), 90 * pt);
        for (int index = 0; index < document->pageCount(); ++index)
            pages.append({document, index});
    }

    const QString exported = locale.toString(
        (options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime()).date(),
        QLocale::LongFormat);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, ReportStyle::Ink);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const auto [document, index] = pages.at(i);
        if (i > 0 && !writer.newPage())
            return fail(PdfReportText::tr(
                "The report could not be written: a new page could not be added."));
        painter.save();
        painter.translate(0, -index * page.height());
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.setClipRect(view);
        context.clip = view;
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        ReportPage::paintFooter(painter, body, pt, int(i + 1), int(pages.size()), exported);
    }
    if (!painter.end())
        return fail(
            PdfReportText::tr("The report could not be written: the PDF could not be finished."));
    if (const auto* file = qobject_cast<const QFileDevice*>(out);
        file && file->error() != QFileDevice::NoError)
        return fail(
            PdfReportText::tr("The report could not be written: %1").arg(file->errorString()));
    return true;
}
