// The PDF page "How our North Star evolved", read back with poppler: the example's revisit,
// exported as the app and the command line export it, has the page right after the cover —
// its lineage oldest first (date, North Star, kept and why) and the check-ins between the
// two workshops; the first workshop has no such page; hostile text prints literally; a long
// chain of revisits and a revisit without check-ins read as they should.
// Set LODESTAR_REPORT_KEEP=<folder> to keep the PDFs written here.
#include "HistoryFixtures.h"
#include "PdfTools.h"
#include "TestLibrary.h"
#include "exchange/WorkshopExchange.h"
#include "history/NorthStarEvolution.h"
#include "history/RevisitSeed.h"
#include "playbook/ExampleWorkshop.h"
#include "playbook/Playbook.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPdfEvolution : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void revisitHasTheEvolutionPage();
    void firstWorkshopHasNone();
    void hostileTextPrintsLiterally();
    void chainOfThreeOldestFirst();
    void loadFollowsTheLineage();

private:
    QString exportPdf(WorkshopStore& store, qint64 id);
    // The text of every page in reading order (a table cell's lines stay together), folded.
    static QStringList readPages(const QString& pdf);
    // The page index (0-based) whose text holds the page's title, -1 if none.
    static int evolutionPage(const QStringList& pages);

    QTemporaryDir m_dir;
    int m_written = 0;
};

namespace {
const QString Title = u"How our North Star evolved"_s;
const QDateTime Now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

QList<qint64> example(WorkshopStore& store) {
    store.setClock([] { return Now; });
    const auto ids = ExampleWorkshop::createWithRevisit(store);
    return ids.value_or(QList<qint64>{});
}

QString folded(const QString& text) {
    return text.simplified();
}
} // namespace

void TestPdfEvolution::initTestCase() {
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY2(Playbook::standardError().isEmpty(), qPrintable(Playbook::standardError()));
}

QString TestPdfEvolution::exportPdf(WorkshopStore& store, qint64 id) {
    const QString keep = qEnvironmentVariable("LODESTAR_REPORT_KEEP");
    const QString name =
        u"evolution-%1-%2.pdf"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
            .arg(++m_written);
    const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    ReportOptions options;
    options.exportedAt = QDateTime(QDate(2026, 12, 6), QTime(17, 30));
    QString error;
    if (!WorkshopExchange::exportWorkshop(store, id, ExportFormat::Pdf, path, options, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

QStringList TestPdfEvolution::readPages(const QString& pdf) {
    QStringList result;
    const int count = PdfTools::pageCount(pdf);
    for (int page = 1; page <= count; ++page) {
        QProcess process;
        const QString n = QString::number(page);
        process.start(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s});
        process.waitForFinished(60000);
        result.append(QString::fromUtf8(process.readAllStandardOutput()).simplified());
    }
    return result;
}

int TestPdfEvolution::evolutionPage(const QStringList& pages) {
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (folded(pages.at(i)).contains(Title))
            return int(i);
    return -1;
}

void TestPdfEvolution::revisitHasTheEvolutionPage() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = example(store);
    QCOMPARE(ids.size(), 2);
    const QString pdf = exportPdf(store, ids.at(1));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = readPages(pdf);
    QCOMPARE(evolutionPage(pages), 1); // right after the cover
    const QString page = folded(pages.at(1));
    const NorthStarRecord first = *store.northStarRecord(ids.at(0));
    const NorthStarRecord revisit = *store.northStarRecord(ids.at(1));
    // The lineage, oldest first: both workshops with their North Star.
    const qsizetype older = page.indexOf(folded(first.title));
    const qsizetype newer = page.indexOf(folded(revisit.title));
    QVERIFY2(older >= 0 && newer > older, qPrintable(page));
    QVERIFY(page.contains(u"Where it started"_s));
    QVERIFY(page.contains(u"Kept"_s));
    QVERIFY(page.contains(first.metricName.simplified()));
    // The team's why, in full (it may wrap across lines of the table).
    QVERIFY2(page.contains(u"We kept our North Star: cooked meals rose and fell"_s),
             qPrintable(page));
    // The check-ins between the two, oldest first, with their confidence and next step.
    QVERIFY(page.contains(u"Check-ins since the last workshop"_s));
    const QList<CheckIn> checkIns = store.checkIns(ids.at(0)); // newest first
    QCOMPARE(checkIns.size(), 2);
    const qsizetype early = page.indexOf(u"Cooked meals rose with retention"_s);
    const qsizetype late = page.indexOf(u"The reminder lifted cooking"_s);
    QVERIFY2(early >= 0 && late > early, qPrintable(page));
    QVERIFY(page.contains(u"metric 4/5"_s));
    QVERIFY(page.contains(u"Weeks ordered per quarter 2/5"_s));
    QVERIFY(page.contains(u"Priya Nair"_s));
    // The rest of the report is still there after it.
    QVERIFY(folded(pages.join(u' ')).contains(u"HOW WE GOT HERE"_s));
    QVERIFY(evolutionPage(pages.mid(2)) < 0); // once
}

void TestPdfEvolution::firstWorkshopHasNone() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = example(store);
    QCOMPARE(ids.size(), 2);
    QVERIFY(!NorthStarEvolution::load(store, ids.at(0)));
    const QString pdf = exportPdf(store, ids.at(0));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = readPages(pdf);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(evolutionPage(pages), -1);
    QVERIFY(!folded(pages.join(u' ')).contains(u"Check-ins since"_s));
}

void TestPdfEvolution::hostileTextPrintsLiterally() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = example(store);
    QCOMPARE(ids.size(), 2);
    const QString tags = u"<b>tags</b> <img src=\"file:///etc/passwd\"> & “quotes” 'single'"_s;
    QVERIFY(store.setChangeNote(ids.at(1), u"Why "_s + tags));
    CheckIn c;
    c.workshopId = ids.at(0);
    c.date = Now.date().addDays(-10);
    c.metricConfidence = 5;
    c.learned = u"Learned "_s + tags;
    c.nextStep = u"Step "_s + tags;
    c.nextOwner = u"<i>Dana</i>"_s;
    QVERIFY2(store.addCheckIn(c), qPrintable(store.lastError()));
    const QString pdf = exportPdf(store, ids.at(1));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = readPages(pdf);
    const int at = evolutionPage(pages);
    QVERIFY(at >= 0);
    const QString page = folded(pages.at(at));
    for (const QString& expected :
         {u"Why <b>tags</b>"_s, u"Learned <b>tags</b>"_s, u"Step <b>tags</b>"_s, u"<i>Dana</i>"_s,
          u"<img src=\"file:///etc/passwd\">"_s, u"& “quotes” 'single'"_s})
        QVERIFY2(page.contains(expected), qPrintable(expected + u" in: "_s + page));
    QVERIFY(page.contains(u"metric 5/5"_s));
}

void TestPdfEvolution::chainOfThreeOldestFirst() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> mealKit = addMealKitHistory(store, u"Harvest Box"_s);
    store.setClock([] { return QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC); });
    auto plan = RevisitSeed::propose(store, mealKit.at(1), Playbook::standard().revisit());
    QVERIFY(plan);
    plan->workshop.title = u"Harvest Box, September"_s;
    const qint64 second = store.createRevisit(*plan).value_or(0);
    QVERIFY(second);
    QVERIFY(store.setNorthStar(second, store.candidates(second).first().id));
    store.setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    plan = RevisitSeed::propose(store, second, Playbook::standard().revisit());
    QVERIFY(plan);
    plan->workshop.title = u"Harvest Box, December"_s;
    const qint64 third = store.createRevisit(*plan).value_or(0);
    QVERIFY(third);
    const auto challenger = store.addCandidate(makeCandidate(third, u"Meals shared"_s));
    QVERIFY(store.setNorthStar(third, *challenger));

    const std::optional<NorthStarEvolution> evolution = NorthStarEvolution::load(store, third);
    QVERIFY(evolution);
    QCOMPARE(evolution->lineage.size(), 3); // the older, unlinked workshop is not in the chain
    QVERIFY(evolution->checkIns.isEmpty());
    const QString pdf = exportPdf(store, third);
    const QStringList pages = readPages(pdf);
    const int at = evolutionPage(pages);
    QVERIFY(at >= 0);
    const QString page = folded(pages.at(at));
    const qsizetype a = page.indexOf(u"Harvest Box revisit"_s);
    const qsizetype b = page.indexOf(u"Harvest Box, September"_s);
    const qsizetype c = page.indexOf(u"Harvest Box, December"_s);
    QVERIFY2(a >= 0 && b > a && c > b, qPrintable(page));
    QVERIFY(page.contains(u"Changed"_s));
    QVERIFY(page.contains(u"Meals shared"_s));
    QVERIFY(page.contains(u"No check-ins were recorded"_s));
}

void TestPdfEvolution::loadFollowsTheLineage() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = example(store);
    QCOMPARE(ids.size(), 2);
    const std::optional<NorthStarEvolution> evolution = NorthStarEvolution::load(store, ids.at(1));
    QVERIFY(evolution);
    QCOMPARE(evolution->lineage.size(), 2);
    QCOMPARE(evolution->lineage.first().workshopId, ids.at(0));
    QCOMPARE(evolution->predecessor()->workshopId, ids.at(0));
    QCOMPARE(evolution->checkIns.size(), 2);
    QVERIFY(evolution->checkIns.first().date < evolution->checkIns.last().date); // oldest first
    // The predecessor in the trash: the revisit stands on its own, no page.
    QVERIFY(store.deleteWorkshop(ids.at(0)));
    QVERIFY(!NorthStarEvolution::load(store, ids.at(1)));
}

QTEST_MAIN(TestPdfEvolution)
#include "TestPdfEvolution.moc"
