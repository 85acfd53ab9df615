// The report's tables draw their lines themselves (issue #16): no table of the story or of
// the evolution page collapses its borders, which Qt lays out and draws by looking up every
// cell's neighbours (on a 200-candidate workshop, most of the export's time). The cards
// still have one line round them and the grid tables one line between two cells; the
// decision matrix and the vote are painted row by row (ReportGrid). The 200-candidate PDF
// still prints every candidate's matrix row as text, on as many pages, and never splits a
// row across two pages.
// Set LODESTAR_REPORT_KEEP=<folder> to keep the PDF written here.
#include "PdfTools.h"
#include "ReportFixtures.h"
#include "history/NorthStarEvolution.h"
#include "playbook/Playbook.h"
#include "report/PdfReport.h"
#include "report/ReportEvolution.h"
#include "report/ReportFacts.h"
#include "report/ReportGraphics.h"
#include "report/ReportHtml.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

// Every table of `frame`, nested ones too.
void collectTables(QTextFrame* frame, QList<QTextTable*>& tables) {
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables << table;
        collectTables(child, tables);
    }
}

bool hasBorder(const QTextTableCellFormat& f, QTextFormat::Property width) {
    return f.doubleProperty(width) > 0 && f.hasProperty(width);
}

} // namespace

class TestReportTables : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noTableCollapsesItsBorders();
    void evolutionTablesDoNotCollapseTheirBorders();
    void twoHundredCandidatesPrintEveryMatrixRow();
    void aMatrixRowIsNeverSplitAcrossPages();
    void everyVoteIsPrinted();

private:
    void checkTables(const QString& html, int* cards, int* grids);
    // The PDF of syntheticWorkshop(200), written once for the tests that read it (kept in
    // LODESTAR_REPORT_KEEP when set); empty, with m_error, when it could not be written.
    QString twoHundredPdf();

    QTemporaryDir m_dir;
    QString m_twoHundred;
    QString m_error;
};

QString TestReportTables::twoHundredPdf() {
    if (!m_twoHundred.isEmpty())
        return m_twoHundred;
    const QString keep = qEnvironmentVariable("LODESTAR_REPORT_KEEP");
    const QString path =
        (keep.isEmpty() ? QDir(m_dir.path()) : QDir(keep)).filePath(u"two-hundred-tables.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return {};
    }
    const ReportOptions options{QPageSize::A4, QDateTime(QDate(2026, 3, 20), QTime(17, 30))};
    if (!writePdfReport(syntheticWorkshop(200), Playbook::standard(), options, &file, &m_error))
        return {};
    m_twoHundred = path;
    return path;
}

void TestReportTables::initTestCase() {
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

// Checks every table of `html`: counts the one-cell cards and the grid tables (with a header
// row) in `cards` and `grids`.
void TestReportTables::checkTables(const QString& html, int* cards, int* grids) {
    QTextDocument document;
    document.setHtml(html);
    QList<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    for (QTextTable* table : tables) {
        QVERIFY2(
            !table->format().borderCollapse(),
            qPrintable(
                u"a %1x%2 table collapses its borders"_s.arg(table->rows()).arg(table->columns())));
        // No table-wide border: Qt would draw it round every cell as well, doubling the lines.
        QCOMPARE(table->format().border(), 0.0);
        if (table->columns() == 1 && table->rows() > 1)
            continue; // a painted grid: one text object per row
        const bool card = table->rows() == 1 && table->columns() == 1;
        const bool grid = table->format().headerRowCount() == 1;
        if (!card && !grid)
            continue;
        *cards += card;
        *grids += grid;
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCellFormat f = table->cellAt(r, c).format().toTableCellFormat();
                const QString where = u"cell %1,%2 of a %3x%4 table"_s.arg(r)
                                          .arg(c)
                                          .arg(table->rows())
                                          .arg(table->columns());
                QVERIFY2(hasBorder(f, QTextFormat::TableCellRightBorder), qPrintable(where));
                QVERIFY2(hasBorder(f, QTextFormat::TableCellBottomBorder), qPrintable(where));
                // The left and top lines only where no neighbour draws them already.
                QCOMPARE(hasBorder(f, QTextFormat::TableCellLeftBorder), c == 0);
                QCOMPARE(hasBorder(f, QTextFormat::TableCellTopBorder), r == 0);
            }
        }
    }
}

void TestReportTables::noTableCollapsesItsBorders() {
    const WorkshopDocument doc = syntheticWorkshop(17);
    const ReportFacts facts = ReportFacts::gather(doc, Playbook::standard());
    int cards = 0, grids = 0;
    ReportGraphics graphics{NorthStarTreeLayout()};
    checkTables(ReportHtml::story(facts, QLocale(), false, graphics, 400), &cards, &grids);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(cards, 17);
    QVERIFY2(grids >= 2, qPrintable(QString::number(grids))); // anti-examples, steps
}

void TestReportTables::evolutionTablesDoNotCollapseTheirBorders() {
    NorthStarEvolution evolution;
    for (int i = 1; i <= 2; ++i) {
        NorthStarRecord record;
        record.workshopId = i;
        record.title = u"Workshop %1"_s.arg(i);
        record.date = QDateTime(QDate(2026, i, 10), QTime(9, 0));
        record.northStarId = 10 * i;
        record.metricName = u"Metric %1"_s.arg(i);
        record.predecessorId = i - 1;
        record.incumbentId = i == 2 ? 10 : 0;
        evolution.lineage << record;
    }
    CheckIn checkIn;
    checkIn.workshopId = 1;
    checkIn.date = QDate(2026, 1, 20);
    checkIn.metricConfidence = 3;
    checkIn.learned = u"Slow start"_s;
    evolution.checkIns << checkIn;
    int cards = 0, grids = 0;
    checkTables(ReportEvolution::page(evolution, QLocale()), &cards, &grids);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grids, 2); // the lineage and the check-ins
}

void TestReportTables::twoHundredCandidatesPrintEveryMatrixRow() {
    const WorkshopDocument doc = syntheticWorkshop(200);
    const QString path = twoHundredPdf();
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));

    // 52 pages when the matrix and the cards were collapsed-border tables.
    const int pages = PdfTools::pageCount(path);
    QVERIFY2(pages >= 51 && pages <= 53, qPrintable(QString::number(pages)));

    // Every row of the matrix: its rank, the start of the name, the scores, the total.
    const ReportFacts facts = ReportFacts::gather(doc, Playbook::standard());
    QCOMPARE(facts.ranking.size(), 180); // one card in ten was set aside
    QStringList lines;
    for (const QString& page : PdfTools::pagesText(path))
        lines << PdfTools::lines(page);
    const qsizetype start = lines.indexOf(u"The decision matrix"_s);
    QVERIFY(start > 0);
    const QString matrix = lines.mid(start).join(u'\n');
    for (const MatrixRow& row : facts.ranking) {
        const QString name = facts.facts(row.candidateId)->name;
        const QString firstWords = name.section(u' ', 0, 2);
        const QRegularExpression line(u"^=?%1\\s+%2.*\\s%3$"_s.arg(row.rank)
                                          .arg(QRegularExpression::escape(firstWords))
                                          .arg(row.total),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(matrix).hasMatch(), qPrintable(name));
    }
}

// Qt split a row whose name wraps: its first line ended one page, the rest of the name
// started the next one under the repeated header.
void TestReportTables::aMatrixRowIsNeverSplitAcrossPages() {
    const WorkshopDocument doc = syntheticWorkshop(200);
    const QString path = twoHundredPdf();
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));

    const ReportFacts facts = ReportFacts::gather(doc, Playbook::standard());
    // Each row's first line: its rank, the start of the name, the total at the end.
    QList<std::pair<QRegularExpression, QString>> starts;
    for (const MatrixRow& row : facts.ranking) {
        const QString name = facts.facts(row.candidateId)->name;
        starts.append(
            {QRegularExpression(u"^=?%1\\s+%2\\s.*\\s%3$"_s.arg(row.rank)
                                    .arg(QRegularExpression::escape(name.section(u' ', 0, 1)))
                                    .arg(row.total)),
             name});
    }
    const QStringList pages = PdfTools::pagesText(path);
    int rows = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QStringList lines = PdfTools::lines(pages.at(p));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).contains(u"Candidate"_s))
                continue;
            for (const auto& [start, name] : starts) {
                if (!start.match(lines.at(i)).hasMatch())
                    continue;
                ++rows;
                // The name's last word on this line or the next one of the same page.
                const QString last = name.section(u' ', -1);
                const bool whole = lines.at(i).contains(last) ||
                                   (i + 1 < lines.size() && lines.at(i + 1).contains(last) &&
                                    !lines.at(i + 1).startsWith(u"="_s));
                QVERIFY2(
                    whole,
                    qPrintable(u"page %1: the row of '%2' runs onto the next page"_s.arg(p + 1).arg(
                        name)));
            }
        }
    }
    QCOMPARE(rows, facts.ranking.size());
}

// The painted vote prints every candidate of the tally with its dots, on one line.
void TestReportTables::everyVoteIsPrinted() {
    const WorkshopDocument doc = syntheticWorkshop(200);
    const QString path = twoHundredPdf();
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));

    const ReportFacts facts = ReportFacts::gather(doc, Playbook::standard());
    QVERIFY(facts.tally.size() >= 150);
    QStringList lines;
    for (const QString& page : PdfTools::pagesText(path))
        lines << PdfTools::lines(page);
    const qsizetype start = lines.indexOf(u"The dot vote"_s);
    QVERIFY(start > 0);
    const QString vote = lines.mid(start).join(u'\n');
    for (const DotTally& t : facts.tally) {
        const QString name = facts.facts(t.candidateId)->name;
        const QRegularExpression line(
            u"^%1\\s.*\\s%2$"_s.arg(QRegularExpression::escape(name.section(u' ', 0, 1)),
                                    QRegularExpression::escape(ReportHtml::dotsText(t.dots))),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(vote).hasMatch(), qPrintable(name));
    }
}

QTEST_MAIN(TestReportTables)
#include "TestReportTables.moc"
