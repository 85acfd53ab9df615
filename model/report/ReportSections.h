#pragma once
// The sections of "How we got here", each as HTML, each empty when it has nothing to show
// (so no heading is ever printed above a blank). User text is escaped by ReportHtml::text().
#include <QLocale>
#include <QString>

class ReportGraphics;
struct ReportFacts;

namespace ReportSections {

QString northStarInFull(const ReportFacts& facts);
QString game(const ReportFacts& facts);
// Each card's checklist pills are painted by `graphics` (PillRow); `contentWidthPoints` is
// the page's text width.
QString candidates(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints);
// The matrix and the vote are tables `graphics` paints (ReportGrid), `contentWidthPoints` wide.
QString matrix(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints);
QString votes(const ReportFacts& facts, ReportGraphics& graphics, qreal contentWidthPoints);
QString eliminated(const ReportFacts& facts);
QString antiExamples(const ReportFacts& facts);
QString followUps(const ReportFacts& facts, const QLocale& locale);

} // namespace ReportSections
