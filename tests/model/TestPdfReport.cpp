// The PDF report read back with poppler and qpdf: the North Star's name, definition and
// inputs come out as text; page counts, sizes and footers are right for A4 and Letter; the
// file passes qpdf's check with embedded fonts; hostile text prints literally; empty
// sections are left out; long text is never cut; a 200-candidate workshop exports.
// Set LODESTAR_REPORT_KEEP=<folder> to keep the PDFs written here.
#include "PdfTools.h"
#include "ReportFixtures.h"
#include "TestLibrary.h"
#include "playbook/Playbook.h"
#include "report/PdfReport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Injection = u"<img src=\"file:///etc/passwd\"><b>x</b>"_s;

struct Run {
    int exitCode = -1;
    QString out;
};

Run run(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleHasTheNorthStarAsText();
    void pagesAndFooters_data();
    void pagesAndFooters();
    void passesQpdfCheckWithEmbeddedFonts();
    void userTextIsPrintedLiterally();
    void anonymousWorkshopNamesNoAuthors();
    void emptyWorkshopLeavesSectionsOut();
    void veryLongDefinitionIsNotCut();
    void twoHundredCandidatesExport();
    void pageSizeFollowsTheLocale();
    void refusesADeviceNotOpenForWriting();
    void guardrailIsPrintedAsWritten();
    void definitionReadsOnInTheSentence();
    void cjkAndEmojiPrintWithFontsThatHaveThem();

private:
    // Writes `doc` to a PDF in the temporary folder and returns its path.
    QString write(const WorkshopDocument& doc, QPageSize::PageSizeId size = QPageSize::A4);
    // The text of the page bodies (footers cropped off), whitespace folded to single spaces.
    QString bodyText(const QString& pdf, QPageSize::PageSizeId size = QPageSize::A4);
    QString pageText(const QString& pdf, int page);
    int pageCount(const QString& pdf);

    QTemporaryDir m_dir;
    TestLibrary m_library;
    WorkshopDocument m_example;
    int m_written = 0;
};

void TestPdfReport::initTestCase() {
    // The tools are required: without them this test would check nothing, so it fails.
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QString error;
    const auto doc = exampleDocument(m_library.store(), &error);
    QVERIFY2(doc, qPrintable(error));
    m_example = *doc;
    QVERIFY(m_example.northStar());
}

QString TestPdfReport::write(const WorkshopDocument& doc, QPageSize::PageSizeId size) {
    const QString keep = qEnvironmentVariable("LODESTAR_REPORT_KEEP");
    const QString name =
        u"%1-%2.pdf"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_written);
    const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString error;
    const ReportOptions options{size, QDateTime(QDate(2026, 3, 20), QTime(17, 30))};
    if (!writePdfReport(doc, Playbook::standard(), options, &file, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

QString TestPdfReport::bodyText(const QString& pdf, QPageSize::PageSizeId size) {
    const QSizeF points = QPageSize(size).size(QPageSize::Point);
    // The footer's text sits in the bottom 35 points; crop it off so text running across a
    // page break reads as one.
    const Run r = run(u"pdftotext"_s, {u"-x"_s, u"0"_s, u"-y"_s, u"0"_s, u"-W"_s,
                                       QString::number(int(points.width())), u"-H"_s,
                                       QString::number(int(points.height()) - 45), pdf, u"-"_s});
    return r.out.simplified();
}

QString TestPdfReport::pageText(const QString& pdf, int page) {
    const QString n = QString::number(page);
    return run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).out.simplified();
}

int TestPdfReport::pageCount(const QString& pdf) {
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf}).out).captured(1).toInt();
}

void TestPdfReport::exampleHasTheNorthStarAsText() {
    const QString pdf = write(m_example);
    QVERIFY(!pdf.isEmpty());
    const QString text = bodyText(pdf);
    const Candidate* metric = m_example.northStar();
    QVERIFY2(text.contains(metric->name), qPrintable(text.left(400)));
    QVERIFY(text.contains(metric->definition.simplified()));
    const QList<Input> inputs = m_example.inputsOf(metric->id);
    QVERIFY(inputs.size() >= 3);
    for (const Input& input : inputs)
        QVERIFY2(text.contains(input.name.simplified()), qPrintable(input.name));
    QVERIFY(text.contains(m_example.workshop.guardrailName));
    const QString first = pageText(pdf, 1);
    QVERIFY(first.contains(u"OUR NORTH STAR"_s));
    QVERIFY(first.contains(m_example.workshop.title));
    QVERIFY(first.contains(m_example.workshop.facilitator));
    for (const Participant& p : m_example.participants)
        QVERIFY2(first.contains(p.name), qPrintable(p.name));
    // Every section of "How we got here" has something to show in the example.
    for (const QString& heading :
         {u"HOW WE GOT HERE"_s, u"The game we play"_s, u"Every candidate we considered"_s,
          u"The decision matrix"_s, u"The dot vote"_s, u"Set aside, and why"_s, u"Anti-examples"_s,
          u"Open questions"_s, u"Next steps"_s})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    for (const FollowUp& f : m_example.followUps)
        QVERIFY2(text.contains(f.owner), qPrintable(f.owner));
}

void TestPdfReport::pagesAndFooters_data() {
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QString>("sizeLine");
    QTest::newRow("A4") << QPageSize::A4 << u"595 x 842 pts (A4)"_s;
    QTest::newRow("Letter") << QPageSize::Letter << u"612 x 792 pts (letter)"_s;
}

void TestPdfReport::pagesAndFooters() {
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QString, sizeLine);
    const QString pdf = write(m_example, size);
    QVERIFY(!pdf.isEmpty());
    const QString info = run(u"pdfinfo"_s, {pdf}).out;
    QVERIFY2(info.contains(sizeLine), qPrintable(info));
    // The cover, then "How we got here" on new pages: the example's seven candidates with
    // checklists, matrix, vote, reasons, anti-examples and follow-ups need at least three.
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(QDate(2026, 3, 20), QLocale::LongFormat)));
    }
    QVERIFY(!pageText(pdf, 1).contains(u"HOW WE GOT HERE"_s));
    QVERIFY(pageText(pdf, 2).startsWith(u"HOW WE GOT HERE"_s));
}

void TestPdfReport::passesQpdfCheckWithEmbeddedFonts() {
    const QString pdf = write(m_example);
    QVERIFY(!pdf.isEmpty());
    const Run check = run(u"qpdf"_s, {u"--check"_s, pdf});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    const QStringList lines = run(u"pdffonts"_s, {pdf}).out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // two header lines, then one line per font
    for (const QString& line : lines.mid(2)) {
        // name, type…, encoding, then "emb sub uni object ID": emb must be yes.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes"_s,
                 qPrintable(line));
    }
}

void TestPdfReport::userTextIsPrintedLiterally() {
    WorkshopDocument doc = m_example;
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.name = Injection;
    doc.workshop.title = u"Title "_s + Injection;
    doc.participants.first().name = u"<script>alert(1)</script> & Co"_s;
    doc.followUps.first().text = u"<a href=\"https://example.com\">link</a>"_s;
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    const QString text = bodyText(pdf);
    QVERIFY2(text.contains(Injection), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"Title "_s + Injection));
    QVERIFY(text.contains(u"<script>alert(1)</script> & Co"_s));
    QVERIFY(text.contains(u"<a href=\"https://example.com\">link</a>"_s));
    // Nothing was loaded: the markup stayed text, so the PDF holds no image.
    const Run images = run(u"pdfimages"_s, {u"-list"_s, pdf});
    if (images.exitCode == 0)
        QCOMPARE(images.out.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the header only
}

void TestPdfReport::anonymousWorkshopNamesNoAuthors() {
    WorkshopDocument doc = m_example;
    const QString named = bodyText(write(doc));
    QVERIFY(named.contains(u"· by Ana Ribeiro"_s) || named.contains(u" and Ana Ribeiro"_s));
    doc.workshop.anonymous = true;
    const QString text = bodyText(write(doc));
    QVERIFY(!text.contains(u"· by "_s));
    for (const Participant& p : doc.participants)
        QVERIFY2(!text.contains(u"by "_s + p.name), qPrintable(p.name));
}

void TestPdfReport::emptyWorkshopLeavesSectionsOut() {
    WorkshopDocument doc;
    doc.workshop.id = 1;
    doc.workshop.title = u"Nothing yet"_s;
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), 1);
    const QString text = bodyText(pdf);
    QVERIFY(text.contains(u"No North Star has been chosen yet."_s));
    for (const QString& heading :
         {u"HOW WE GOT HERE"_s, u"The game we play"_s, u"Every candidate"_s, u"decision matrix"_s,
          u"dot vote"_s, u"Set aside"_s, u"Anti-examples"_s, u"Open questions"_s, u"Next steps"_s,
          u"Participants"_s, u"Facilitator"_s, u"Product"_s})
        QVERIFY2(!text.contains(heading), qPrintable(heading));

    // One anti-example and nothing else: that section alone follows the cover.
    Candidate anti = makeCandidate(1, u"Page views"_s, CandidateKind::AntiExample);
    anti.id = 7;
    doc.candidates.append(anti);
    const QString withAnti = bodyText(write(doc));
    QVERIFY(withAnti.contains(u"Anti-examples"_s));
    QVERIFY(withAnti.contains(u"Page views"_s));
    QVERIFY(!withAnti.contains(u"Every candidate"_s));
    QVERIFY(!withAnti.contains(u"Open questions"_s));
}

void TestPdfReport::veryLongDefinitionIsNotCut() {
    WorkshopDocument doc = m_example;
    QStringList words;
    for (int i = 0; words.join(u' ').size() < 5000; ++i)
        words << u"word%1"_s.arg(i);
    const QString definition = words.join(u' ');
    QVERIFY(definition.size() >= 5000);
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.definition = definition;
    doc.workshop.guardrailDefinition = definition;
    doc.inputs[doc.workshop.northStarId].first().definition = definition;
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    const QString text = bodyText(pdf);
    QVERIFY2(text.count(definition) >= 3, qPrintable(QString::number(text.count(definition))));
    QVERIFY(pageText(pdf, 1).contains(u"written out in full"_s));
    QCOMPARE(run(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
}

void TestPdfReport::twoHundredCandidatesExport() {
    const WorkshopDocument doc = syntheticWorkshop(200);
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
    const QString text = bodyText(pdf);
    QVERIFY(text.contains(u"Candidate 200: weekly teams finishing shared tasks"_s));
    QVERIFY(pageText(pdf, pages).contains(u"Page %1 of %1"_s.arg(pages)));
    QCOMPARE(run(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
}

void TestPdfReport::pageSizeFollowsTheLocale() {
    QCOMPARE(defaultReportPageSize(QLocale(u"en_US"_s)), QPageSize::Letter);
    QCOMPARE(defaultReportPageSize(QLocale(u"fr_CA"_s)), QPageSize::Letter);
    QCOMPARE(defaultReportPageSize(QLocale(u"es_MX"_s)), QPageSize::Letter);
    QCOMPARE(defaultReportPageSize(QLocale(u"fil_PH"_s)), QPageSize::Letter);
    QCOMPARE(defaultReportPageSize(QLocale(u"es_CL"_s)), QPageSize::Letter);
    QCOMPARE(defaultReportPageSize(QLocale(u"en_GB"_s)), QPageSize::A4);
    QCOMPARE(defaultReportPageSize(QLocale(u"de_DE"_s)), QPageSize::A4);
    QCOMPARE(defaultReportPageSize(QLocale(u"ja_JP"_s)), QPageSize::A4);
    QCOMPARE(defaultReportPageSize(QLocale::c()), QPageSize::A4);
}

void TestPdfReport::refusesADeviceNotOpenForWriting() {
    QBuffer closed;
    QString error;
    QVERIFY(!writePdfReport(m_example, Playbook::standard(), {}, &closed, &error));
    QVERIFY(!error.isEmpty());
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    error.clear();
    QVERIFY(!writePdfReport(m_example, Playbook::standard(), {}, &readOnly, &error));
    QVERIFY(!error.isEmpty());
}

void TestPdfReport::guardrailIsPrintedAsWritten() {
    // The team's sentence, under a short label; no sentence built around it.
    WorkshopDocument doc = m_example;
    doc.workshop.guardrailName = u"Query latency p95 stays under 3 s"_s;
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(u"Guardrail: Query latency p95 stays under 3 s"_s), qPrintable(first));
    const QString all = bodyText(pdf);
    QVERIFY(!all.contains(u"3 s must not fall"_s));
}

void TestPdfReport::definitionReadsOnInTheSentence() {
    WorkshopDocument doc = m_example;
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.definition = u"Count of meals cooked per household a week."_s;
    const QString text = bodyText(write(doc));
    QVERIFY2(text.contains(u"which we define as count of meals cooked per household a week."_s),
             qPrintable(text.left(800)));
    // An acronym keeps its capitals.
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.definition = u"DAU who cook at least once"_s;
    QVERIFY(bodyText(write(doc)).contains(u"which we define as DAU who cook at least once."_s));
}

void TestPdfReport::cjkAndEmojiPrintWithFontsThatHaveThem() {
    const QStringList families = QFontDatabase::families();
    QVERIFY2(families.contains(u"Noto Sans CJK SC"_s) && families.contains(u"Symbola"_s),
             "fonts-noto-cjk and fonts-symbola are not installed (installer/install-deps.sh "
             "installs them)");
    WorkshopDocument doc = m_example;
    doc.participants.first().name = u"李雷"_s;
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.name = u"李雷的 🚀 launches"_s;
    // A character no installed font has (a private-use code point) is written out.
    doc.workshop.product = u"Meals \U000F0000 kit"_s;
    const QString pdf = write(doc);
    QVERIFY(!pdf.isEmpty());
    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(u"李雷"_s), qPrintable(first));
    QVERIFY(first.contains(u"李雷的"_s));
    QVERIFY2(first.contains(u"Meals [U+F0000] kit"_s), qPrintable(first));
    QVERIFY(!first.contains(QString::fromUcs4(U"\U000F0000")));
    // The fonts that have the glyphs are embedded: a CJK face and Symbola's outline emoji
    // (Qt writes no text mapping for characters beyond U+FFFF, so 🚀 is checked by its font).
    const QString fonts = run(u"pdffonts"_s, {pdf}).out;
    QVERIFY2(fonts.contains(u"NotoSansCJK"_s), qPrintable(fonts));
    QVERIFY2(fonts.contains(u"Symbola"_s), qPrintable(fonts));
    // Without the emoji, Symbola has no reason to be in the file.
    for (Candidate& c : doc.candidates)
        if (c.id == doc.workshop.northStarId)
            c.name = u"李雷的 launches"_s;
    QVERIFY(!run(u"pdffonts"_s, {write(doc)}).out.contains(u"Symbola"_s));
}

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
