// The PDF report's page breaks, checked on the file itself: workshops with many long cards of
// uneven length are rendered, read back page by page with `pdftotext -layout`, and every
// page is checked: a candidate card is never split across two pages, the first card is on
// its section heading's page, and a section heading is never the last text on a page. Set
// LODESTAR_REPORT_KEEP=<folder> to keep the PDFs.
#include "PdfTools.h"
#include "ReportFixtures.h"
#include "playbook/Playbook.h"
#include "report/PdfReport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The report's section headings (ReportSections, ReportSectionsDecide).
const QStringList Headings = {
    u"Our North Star in full"_s, u"The game we play"_s, u"Every candidate we considered"_s,
    u"The decision matrix"_s,    u"The dot vote"_s,     u"Set aside, and why"_s,
    u"Anti-examples"_s,          u"Next steps"_s,       u"Open questions"_s,
};

// The last checklist criterion: its pill ends every card's checklist row.
const QString LastPill = u"Not a vanity metric"_s;

// A page's lines without the footer ("Lodestar · exported …   Page 3 of 9").
QStringList bodyLines(const QString& page) {
    static const QRegularExpression footer(u"Page \\d+ of \\d+$"_s);
    QStringList lines = PdfTools::lines(page);
    while (!lines.isEmpty() && (footer.match(lines.last()).hasMatch() ||
                                lines.last().startsWith(u"Lodestar · exported"_s)))
        lines.removeLast();
    return lines;
}

// The index of the first line of `lines` containing `token`, or -1.
qsizetype lineWith(const QStringList& lines, const QString& token) {
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(token))
            return i;
    return -1;
}

} // namespace

class TestReportPagination : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aCardIsNeverSplitAcrossPages_data() { workshops(); }
    void aCardIsNeverSplitAcrossPages();
    void aHeadingIsNeverLastOnAPage_data() { workshops(); }
    void aHeadingIsNeverLastOnAPage();
    void theFirstCardStaysWithItsHeading();

private:
    void workshops();
    // Renders the row's workshop and returns each page's body lines (footer removed).
    QList<QStringList> renderPages(int* cardCount);

    QTemporaryDir m_dir;
    int m_written = 0;
};

void TestReportPagination::initTestCase() {
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestReportPagination::workshops() {
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("minWords");
    QTest::addColumn<int>("maxWords");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<quint32>("seed");
    // Uneven card lengths and counts move every break to a different place in a card.
    const struct {
        int cards, minWords, maxWords;
        quint32 seed;
    } rows[] = {{14, 20, 160, 1}, {23, 40, 120, 2}, {31, 10, 90, 3},  {40, 60, 170, 4},
                {9, 120, 180, 5}, {27, 5, 60, 6},   {35, 30, 150, 7}, {18, 80, 140, 8}};
    for (const auto& r : rows)
        for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter})
            QTest::addRow("%d cards, %d-%d words, seed %u, %s", r.cards, r.minWords, r.maxWords,
                          r.seed, size == QPageSize::A4 ? "A4" : "Letter")
                << r.cards << r.minWords << r.maxWords << size << r.seed;
}

QList<QStringList> TestReportPagination::renderPages(int* cardCount) {
    QFETCH(int, minWords);
    QFETCH(int, maxWords);
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(quint32, seed);
    QFETCH(int, cards);
    *cardCount = cards;
    const WorkshopDocument doc = longCardsWorkshop(cards, minWords, maxWords, seed);
    const QString keep = qEnvironmentVariable("LODESTAR_REPORT_KEEP");
    const QString name = u"pagination-%1.pdf"_s.arg(++m_written);
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
    file.close();
    QList<QStringList> pages;
    for (const QString& page : PdfTools::pagesText(path))
        pages << bodyLines(page);
    if (pages.size() != PdfTools::pageCount(path))
        return {};
    return pages;
}

void TestReportPagination::aCardIsNeverSplitAcrossPages() {
    int cards = 0;
    const QList<QStringList> pages = renderPages(&cards);
    QVERIFY(pages.size() > 3);
    // The cards follow their heading; the cover before it quotes the chosen one's definition.
    qsizetype cardsStart = 0;
    while (cardsStart < pages.size() &&
           !pages.at(cardsStart).contains(u"Every candidate we considered"_s))
        ++cardsStart;
    QVERIFY(cardsStart < pages.size());
    for (int i = 1; i <= cards; ++i) {
        const QString tag = u"%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        const QString name = u"N"_s + tag, first = u"C%1a"_s.arg(tag), last = u"C%1z"_s.arg(tag);
        qsizetype page = -1, begins = -1, ends = -1;
        for (qsizetype p = cardsStart; p < pages.size() && begins < 0; ++p)
            if ((begins = lineWith(pages[p], first)) >= 0)
                page = p;
        QVERIFY2(begins >= 0, qPrintable(u"card %1 is missing"_s.arg(tag)));
        // The first card goes where its section's heading is, never a page after it.
        if (i == 1)
            QVERIFY2(
                page == cardsStart,
                qPrintable(
                    u"the first card is on page %1, its heading on page %2"_s.arg(page + 1).arg(
                        cardsStart + 1)));
        const QStringList& lines = pages.at(page);
        const QString where = u"card %1 on page %2"_s.arg(tag).arg(page + 1);
        // Its name, its definition from start to end, and the checklist after it: one page.
        const qsizetype named = lineWith(lines, name);
        QVERIFY2(named >= 0 && named < begins,
                 qPrintable(where + u": its name is on another page"_s));
        ends = lineWith(lines, last);
        QVERIFY2(ends >= begins, qPrintable(where + u": its text runs onto the next page"_s));
        // The checklist's pills close the card (they may take two lines); any hint after them
        // would start the next page.
        const qsizetype pills = lineWith(lines.mid(ends), LastPill);
        QVERIFY2(pills > 0, qPrintable(where + u": its checklist runs onto the next page"_s));
        if (ends + pills == lines.size() - 1 && page + 1 < pages.size())
            QVERIFY2(!pages.at(page + 1).value(0).startsWith(u"Hint:"_s),
                     qPrintable(where + u": its hints are on the next page"_s));
    }
}

void TestReportPagination::aHeadingIsNeverLastOnAPage() {
    int cards = 0;
    const QList<QStringList> pages = renderPages(&cards);
    QVERIFY(pages.size() > 3);
    int seen = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QStringList& lines = pages.at(p);
        for (const QString& heading : Headings)
            seen += int(lines.count(heading));
        if (lines.isEmpty())
            continue;
        QVERIFY2(!Headings.contains(lines.last()),
                 qPrintable(u"page %1 ends with the heading '%2'"_s.arg(p + 1).arg(lines.last())));
    }
    QVERIFY2(seen >= 5, qPrintable(u"only %1 headings found"_s.arg(seen)));
}

// A longer and longer story before the cards moves their heading down page 2, past the
// point where the first (long) card no longer fits under it: the heading then starts the
// next page with the card, never ends this one with only its intro.
void TestReportPagination::theFirstCardStaysWithItsHeading() {
    for (int words = 0; words <= 480; words += 30) {
        WorkshopDocument doc = longCardsWorkshop(3, 150, 170, 9);
        doc.workshop.gameRationale = QStringList(words, u"rationale"_s).join(u' ');
        const QString keep = qEnvironmentVariable("LODESTAR_REPORT_KEEP");
        const QString name = u"heading-%1.pdf"_s.arg(words);
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        const ReportOptions options{QPageSize::A4, QDateTime(QDate(2026, 3, 20), QTime(17, 30))};
        QVERIFY2(writePdfReport(doc, Playbook::standard(), options, &file, &error),
                 qPrintable(error));
        file.close();
        const QStringList pages = PdfTools::pagesText(path);
        qsizetype heading = -1, card = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QStringList lines = bodyLines(pages.at(p));
            if (heading < 0 && lines.contains(u"Every candidate we considered"_s))
                heading = p;
            // The cover quotes the chosen card's definition: the card follows its heading.
            if (heading >= 0 && card < 0 && lineWith(lines, u"C001a"_s) >= 0)
                card = p;
        }
        QVERIFY2(heading >= 0 && card >= 0, qPrintable(QString::number(words)));
        QVERIFY2(
            card == heading,
            qPrintable(u"%1 words before: the heading on page %2, the first card on %3"_s.arg(words)
                           .arg(heading + 1)
                           .arg(card + 1)));
    }
}

QTEST_MAIN(TestReportPagination)
#include "TestReportPagination.moc"
