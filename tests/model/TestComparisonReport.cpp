// Two workshops side by side as a PDF, read back with poppler: the summary, the note on why,
// every kind of input change named in words, user text printed as typed (never as markup),
// and a long comparison running onto more pages with a footer on each.
#include "PdfTools.h"

#include "report/ComparisonReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestComparisonReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void printsTheSummaryAndEveryChange();
    void userTextIsEscaped();
    void longComparisonsRunOntoMorePages();
    void refusesAFileNotOpen();
    void twoProductsSideBySide();

private:
    QString write(const WorkshopComparison& comparison);
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

Input input(const QString& name, const QString& definition, const QString& owner, int position) {
    Input in;
    in.name = name;
    in.definition = definition;
    in.owner = owner;
    in.position = position;
    return in;
}

NorthStarRecord record(const QString& title, QDate date, const QString& metric,
                       QList<Input> inputs) {
    NorthStarRecord r;
    r.workshopId = date.year();
    r.northStarId = date.month();
    r.title = title;
    r.product = QStringLiteral("Harvest Box");
    r.facilitator = QStringLiteral("Morgan");
    r.date = QDateTime(date, QTime(9, 0), Qt::UTC);
    r.game = Game::Transaction;
    r.metricName = metric;
    r.metricDefinition = QStringLiteral("Counted each week");
    r.inputs = std::move(inputs);
    return r;
}

WorkshopComparison mealKit() {
    NorthStarRecord a = record(
        QStringLiteral("First"), {2025, 3, 14}, QStringLiteral("Weekly boxes delivered"),
        {input(QStringLiteral("Households"), QStringLiteral("h"), QStringLiteral("Growth"), 0),
         input(QStringLiteral("Old name"), QStringLiteral("same words"), QStringLiteral("A"), 1),
         input(QStringLiteral("Referrals"), QStringLiteral("r"), QStringLiteral("B"), 2)});
    NorthStarRecord b = record(
        QStringLiteral("Revisit"), {2026, 3, 20}, QStringLiteral("Weekly dinners cooked"),
        {input(QStringLiteral("Households"), QStringLiteral("h"), QStringLiteral("Retention"), 0),
         input(QStringLiteral("New name"), QStringLiteral("same words"), QStringLiteral("A"), 1),
         input(QStringLiteral("Confidence"), QStringLiteral("c"), QStringLiteral("C"), 2)});
    b.game = Game::Productivity;
    b.changeNote = QStringLiteral("We counted deliveries, not dinners.");
    return {a, b};
}

} // namespace

void TestComparisonReport::initTestCase() {
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QString TestComparisonReport::write(const WorkshopComparison& comparison) {
    const QString path = m_dir.filePath(QStringLiteral("compare-%1.pdf").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    ReportOptions options;
    options.exportedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0));
    QString error;
    if (!writeComparisonPdf(comparison, options, &file, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestComparisonReport::printsTheSummaryAndEveryChange() {
    const QString pdf = write(mealKit());
    QVERIFY(!pdf.isEmpty());
    // Kept for a look when asked, as the widget tests keep their grabs.
    if (const QString folder = qEnvironmentVariable("LODESTAR_GRAB_DIR"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        QFile::remove(QDir(folder).filePath(QStringLiteral("history-compare.pdf")));
        QVERIFY(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("history-compare.pdf"))));
    }
    const QStringList pages = PdfTools::pagesText(pdf);
    QCOMPARE(pages.size(), 1);
    const QString all = PdfTools::lines(pages.first()).join(u' ').simplified();
    for (const char* expected :
         {"HOW OUR NORTH STAR CHANGED", "Harvest Box", "The North Star changed from",
          "Weekly boxes delivered", "Weekly dinners cooked", "Transaction game",
          "Productivity game", "We counted deliveries, not dinners.", "new owner", "renamed",
          "added", "dropped", "owner: Retention", "Page 1 of 1"})
        QVERIFY2(all.contains(QLatin1String(expected)), expected);
}

void TestComparisonReport::userTextIsEscaped() {
    WorkshopComparison c = mealKit();
    NorthStarRecord b = c.after();
    b.metricName = QStringLiteral("<b>Bold</b> & <img src=\"/etc/passwd\">");
    b.changeNote = QStringLiteral("<script>alert(1)</script>");
    const WorkshopComparison hostile(c.before(), b);
    const QString html = comparisonReportHtml(hostile, QLocale::c());
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    const QString pdf = write(hostile);
    QVERIFY(!pdf.isEmpty());
    const QString all = PdfTools::pagesText(pdf).join(u' ').simplified();
    QVERIFY2(all.contains(QLatin1String("<b>Bold</b> & <img")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("<script>alert(1)</script>")));
    // Where a side comes from is text too.
    const QString from = comparisonReportHtml(
        c, QLocale::c(), QStringLiteral("“<i>Kits</i>” is in the team library, published by <b>"));
    QVERIFY(from.contains(QLatin1String("&lt;i&gt;Kits&lt;/i&gt;")));
    QVERIFY(!from.contains(QLatin1String("<i>Kits")));
    QVERIFY(!comparisonReportHtml(c, QLocale::c()).contains(QLatin1String("team library")));
}

void TestComparisonReport::longComparisonsRunOntoMorePages() {
    QList<Input> many;
    for (int i = 0; i < 60; ++i)
        many << input(QStringLiteral("Input %1").arg(i), QString(300, u'd'),
                      QStringLiteral("Owner %1").arg(i), i);
    const WorkshopComparison c(
        record(QStringLiteral("A"), {2025, 1, 1}, QStringLiteral("M"), {}),
        record(QStringLiteral("B"), {2026, 1, 1}, QStringLiteral("M"), many));
    const QString pdf = write(c);
    QVERIFY(!pdf.isEmpty());
    const int pages = PdfTools::pageCount(pdf);
    QVERIFY(pages > 2);
    const QStringList text = PdfTools::pagesText(pdf);
    QVERIFY(text.last().contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.join(u' ').contains(QLatin1String("Input 59")));
}

void TestComparisonReport::refusesAFileNotOpen() {
    QFile closed(m_dir.filePath(QStringLiteral("closed.pdf")));
    QString error;
    QVERIFY(!writeComparisonPdf(mealKit(), {}, &closed, &error));
    QVERIFY(error.contains(QLatin1String("not open")));
}

// Two products: side by side, no note on why, no "changed".
void TestComparisonReport::twoProductsSideBySide() {
    const WorkshopComparison same = mealKit();
    NorthStarRecord b = same.after();
    b.product = QStringLiteral("Atlas <b>trips</b>");
    const WorkshopComparison c(same.before(), b);
    const QString html = comparisonReportHtml(c, QLocale(QLocale::English));
    QVERIFY(html.contains(QStringLiteral("TWO NORTH STARS SIDE BY SIDE")));
    QVERIFY(!html.contains(QStringLiteral("HOW OUR NORTH STAR CHANGED")));
    QVERIFY(!html.contains(QStringLiteral("Why we changed")));
    QVERIFY(!html.contains(QStringLiteral("We counted deliveries")));
    QVERIFY(html.contains(QStringLiteral("Atlas &lt;b&gt;trips&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>trips</b>")));
    QVERIFY(!html.contains(QStringLiteral(">changed<")));
    QVERIFY(html.contains(QStringLiteral(">different<")));
    const QString text = PdfTools::pagesText(write(c)).join(u' ').simplified();
    QVERIFY2(text.contains(QStringLiteral("Two different products")), qPrintable(text));
}

QTEST_MAIN(TestComparisonReport)
#include "TestComparisonReport.moc"
