// The Markdown report and the candidates CSV: the example workshop's facts come out in
// both; Markdown escapes what it must (tables keep their columns, markup stays text); the
// CSV is RFC 4180 with CRLF and a BOM, survives quotes, commas, newlines, emoji and
// right-to-left text, guards against formulas and leaves authors out when anonymous.
#include "ReportFixtures.h"
#include "TestLibrary.h"
#include "domain/TextDirection.h"
#include "exchange/TextExports.h"
#include "exchange/WorkshopExchange.h"
#include "playbook/Playbook.h"
#include "scoring/Shortlist.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small RFC 4180 reader, strict about CRLF, to read the export back.
QList<QStringList> parseCsv(const QString& csv, bool* ok) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar ch = csv.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (ch == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (ch == u'\n' || ch == u'\r' || ch == u'"') {
            *ok = false; // bare line end or quote outside a quoted field
        } else {
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end with CRLF
    return rows;
}

} // namespace

class TestTextExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void markdownHasTheWholeStory();
    void markdownEscapesUserText_data();
    void markdownEscapesUserText();
    void markdownTablesKeepTheirColumns();
    void markdownLeavesEmptySectionsOut();
    void markdownTellsTheCheckIns();
    void csvHasOneRowPerConsideredCandidate();
    void csvKeepsHostileTextIntact();
    void csvGuardsAgainstFormulas_data();
    void csvGuardsAgainstFormulas();
    void csvLeavesAuthorsOutWhenAnonymous();
    void suggestedFileName_data();
    void suggestedFileName();

private:
    QList<QStringList> csvRows(const WorkshopDocument& doc);
    Candidate& candidate(WorkshopDocument& doc, int index);

    TestLibrary m_library;
    WorkshopDocument m_example;
};

void TestTextExports::initTestCase() {
    QString error;
    const auto doc = exampleDocument(m_library.store(), &error);
    QVERIFY2(doc, qPrintable(error));
    m_example = *doc;
}

QList<QStringList> TestTextExports::csvRows(const WorkshopDocument& doc) {
    const QByteArray csv = candidatesCsv(doc, Playbook::standard());
    if (!csv.startsWith("\xEF\xBB\xBF"))
        return {};
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)), &ok);
    return ok ? rows : QList<QStringList>{};
}

Candidate& TestTextExports::candidate(WorkshopDocument& doc, int index) {
    const qint64 id = Shortlist::considered(doc.candidates).at(index).id;
    return *std::find_if(doc.candidates.begin(), doc.candidates.end(),
                         [&](const Candidate& c) { return c.id == id; });
}

void TestTextExports::markdownHasTheWholeStory() {
    const QString md = QString::fromUtf8(markdownReport(m_example, Playbook::standard()));
    QVERIFY(md.startsWith(u"# Harvest Box North Star (example)\n"_s));
    const Candidate* metric = m_example.northStar();
    QVERIFY2(md.contains(u"Our North Star Metric is **%1**."_s.arg(metric->name)),
             qPrintable(md.left(800)));
    QVERIFY(md.contains(u"| Input | Pattern | Owner | Definition |\n| --- | --- | --- | --- |"_s));
    for (const Input& input : m_example.inputsOf(metric->id))
        QVERIFY2(md.contains(TextExports::markdownCell(input.name)), qPrintable(input.name));
    for (const QString& heading :
         {u"## How we got here"_s, u"### The game we play"_s,
          u"### Every candidate we considered"_s, u"### The decision matrix"_s,
          u"### The dot vote"_s, u"### Set aside, and why"_s, u"### Anti-examples"_s,
          u"### Open questions"_s, u"### Next steps"_s})
        QVERIFY2(md.contains(heading + u"\n\n"_s), qPrintable(heading));
    for (const Candidate& c : Shortlist::considered(m_example.candidates))
        QVERIFY2(md.contains(u"#### "_s + TextExports::markdownText(c.name)), qPrintable(c.name));
    for (const FollowUp& f : m_example.followUps)
        QVERIFY(md.contains(f.due.toString(Qt::ISODate)));
    QVERIFY(md.contains(u"Checklist "_s));
    QVERIFY(!md.endsWith(u"\n\n"_s));
}

void TestTextExports::markdownEscapesUserText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("markup") << u"<img src=\"file:///etc/passwd\"><b>x</b>"_s
                            << u"\\<img src=\"file:///etc/passwd\"\\>\\<b\\>x\\</b\\>"_s;
    QTest::newRow("emphasis") << u"*bold* _it_ `code`"_s << u"\\*bold\\* \\_it\\_ \\`code\\`"_s;
    QTest::newRow("heading") << u"# not a heading"_s << u"\\# not a heading"_s;
    QTest::newRow("list") << u"- not a list"_s << u"\\- not a list"_s;
    QTest::newRow("numbered") << u"1. not a list"_s << u"1\\. not a list"_s;
    QTest::newRow("link") << u"[x](javascript:y)"_s << u"\\[x\\](javascript:y)"_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"one\\\ntwo"_s;
    QTest::newRow("inner hyphen") << u"meal-kit 2.0"_s << u"meal-kit 2.0"_s;
    QTest::newRow("emoji rtl") << u"🚀 שלום عربي"_s << u"🚀 שלום عربي"_s;
}

void TestTextExports::markdownEscapesUserText() {
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(TextExports::markdownText(text), escaped);
}

void TestTextExports::markdownTablesKeepTheirColumns() {
    QCOMPARE(TextExports::markdownCell(u"a | b\nc"_s), u"a \\| b<br>c"_s);
    WorkshopDocument doc = m_example;
    const qint64 metric = doc.workshop.northStarId;
    doc.inputs[metric].first().name = u"Pipes | and\nnewlines"_s;
    doc.inputs[metric].first().owner = u"Team | A"_s;
    const QString md = QString::fromUtf8(markdownReport(doc, Playbook::standard()));
    // Every line of every table has exactly as many unescaped pipes as its header.
    const QStringList lines = md.split(u'\n');
    int tables = 0;
    qsizetype columns = -1;
    for (const QString& line : lines) {
        if (!line.startsWith(u'|')) {
            columns = -1;
            continue;
        }
        QString bare = line;
        bare.remove(u"\\|"_s);
        const qsizetype pipes = bare.count(u'|');
        if (columns < 0) {
            columns = pipes;
            ++tables;
        }
        QVERIFY2(pipes == columns, qPrintable(line));
    }
    QVERIFY(tables >= 5); // inputs, matrix, votes, anti-examples, questions, steps
    QVERIFY(md.contains(u"Pipes \\| and<br>newlines"_s));
}

void TestTextExports::markdownLeavesEmptySectionsOut() {
    WorkshopDocument doc;
    doc.workshop.title = u"Nothing yet"_s;
    const QString md = QString::fromUtf8(markdownReport(doc, Playbook::standard()));
    QVERIFY(md.contains(u"No North Star has been chosen yet."_s));
    for (const QString& heading :
         {u"How we got here"_s, u"Anti-examples"_s, u"Inputs"_s, u"Open questions"_s,
          u"Guardrail"_s, u"Participants"_s, u"Check-ins"_s})
        QVERIFY2(!md.contains(heading), qPrintable(heading));
    // The example workshop has no check-ins either: no empty section.
    QVERIFY(!QString::fromUtf8(markdownReport(m_example, Playbook::standard()))
                 .contains(u"Check-ins"_s));
}

void TestTextExports::markdownTellsTheCheckIns() {
    WorkshopDocument doc = m_example;
    const qint64 star = doc.workshop.northStarId;
    const QList<Input> inputs = doc.inputsOf(star);
    QVERIFY(inputs.size() >= 2);
    CheckIn older;
    older.id = 1;
    older.workshopId = doc.workshop.id;
    older.northStarId = star;
    older.date = QDate(2025, 6, 2);
    older.metricConfidence = 4;
    older.inputs = {{inputs[0].id, 3, inputs[0].name}, {inputs[1].id, 2, inputs[1].name}};
    older.learned = u"Cooked meals rose."_s;
    CheckIn newer = older;
    newer.id = 2;
    newer.date = QDate(2025, 9, 1);
    newer.metricConfidence = 2;
    newer.inputs = {{inputs[1].id, 5, inputs[1].name}};
    newer.learned = u"<b>bold</b> *x* | y\n# not a heading 🚀 שלום"_s;
    newer.nextStep = u"[link](javascript:y)"_s;
    newer.nextOwner = u"محمد علي"_s;
    newer.nextDue = QDate(2025, 10, 1);
    doc.checkIns = {newer, older}; // newest first, as the store lists them
    const QString md = QString::fromUtf8(markdownReport(doc, Playbook::standard()));

    const QString newest =
        u"## Check-ins\n\n### 2025-09-01\n\n**Confidence in the metric:** "
        u"2 of 5\n\n| Input | Confidence |\n| --- | --- |\n| %1 | 5 of 5 |\n\n"_s.arg(
            TextExports::markdownCell(inputs[1].name));
    QVERIFY2(md.contains(newest), qPrintable(md));
    QVERIFY(md.indexOf(u"### 2025-09-01"_s) < md.indexOf(u"### 2025-06-02"_s));
    QVERIFY(md.indexOf(u"## Check-ins"_s) < md.indexOf(u"## How we got here"_s));
    QVERIFY(md.contains(u"| %1 | 3 of 5 |\n| %2 | 2 of 5 |"_s.arg(
        TextExports::markdownCell(inputs[0].name), TextExports::markdownCell(inputs[1].name))));
    QVERIFY(md.contains(u"**What we learned:** Cooked meals rose.\n"_s));
    // Markup stays text, the line break stays in the paragraph, right-to-left text is isolated.
    const QString learned = u"\\<b\\>bold\\</b\\> \\*x\\* \\| y\\\n\\# not a heading 🚀 שלום"_s;
    QCOMPARE(TextExports::markdownText(newer.learned), learned);
    QVERIFY2(md.contains(u"**What we learned:** "_s + TextDirection::isolate(learned) + u"  \n"_s),
             qPrintable(md));
    QVERIFY2(md.contains(u"**Next step:** \\[link\\](javascript:y) (owner: "_s +
                         TextDirection::isolate(newer.nextOwner) + u", due 2025-10-01)"_s),
             qPrintable(md));
    QVERIFY(!md.contains(u"<b>"_s));
    // A check-in without a next step says nothing about one.
    QCOMPARE(md.count(u"**Next step:**"_s), 1);
}

void TestTextExports::csvHasOneRowPerConsideredCandidate() {
    const QByteArray csv = candidatesCsv(m_example, Playbook::standard());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> rows = csvRows(m_example);
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 7), (QStringList{u"id"_s, u"kind"_s, u"name"_s, u"definition"_s,
                                            u"author"_s, u"status"_s, u"elimination_reason"_s}));
    QVERIFY(header.contains(u"checklist_value"_s));
    QCOMPARE(header.mid(header.size() - 5),
             (QStringList{u"checklist_total"_s, u"matrix_total"_s, u"matrix_rank"_s, u"dots"_s,
                          u"north_star"_s}));
    const QList<Candidate> considered = Shortlist::considered(m_example.candidates);
    QCOMPARE(rows.size(), considered.size() + 1);
    int chosen = 0, eliminated = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(0).toLongLong(), considered.at(i - 1).id);
        QCOMPARE(row.at(2), considered.at(i - 1).name);
        QVERIFY(!row.at(4).isEmpty()); // every card in the example has an author
        QCOMPARE(row.at(header.indexOf(u"checklist_value"_s)).isEmpty(), false);
        chosen += row.last() == u"yes"_s;
        if (row.at(5) == u"eliminated"_s) {
            ++eliminated;
            QVERIFY(!row.at(6).isEmpty());
        }
    }
    QCOMPARE(chosen, 1);
    QCOMPARE(eliminated, 1);
}

void TestTextExports::csvKeepsHostileTextIntact() {
    WorkshopDocument doc = m_example;
    const QList<QString> texts{u"He said \"hi\", then left"_s, u"line one\nline two\r\nthree"_s,
                               u"🚀 emoji, שלום עולם and عربي"_s,
                               u"<img src=\"file:///etc/passwd\"><b>x</b>"_s};
    for (int i = 0; i < texts.size(); ++i)
        candidate(doc, i).name = texts.at(i);
    candidate(doc, 0).definition = texts.at(1);
    const QList<QStringList> rows = csvRows(doc);
    QVERIFY(!rows.isEmpty());
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(rows.at(i + 1).at(2), texts.at(i));
    QCOMPARE(rows.at(1).at(3), texts.at(1));
}

void TestTextExports::csvGuardsAgainstFormulas_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("plus") << u"+1 meals"_s << u"'+1 meals"_s;
    QTest::newRow("minus") << u"-5 churn"_s << u"'-5 churn"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("plain") << u"Weekly meals = good"_s << u"Weekly meals = good"_s;
    // Issue 14.6: the leading space is kept, and the formula behind it still neutralised.
    QTest::newRow("space equals") << u" =1+1"_s << u"' =1+1"_s;
    QTest::newRow("spaces plus") << u"   +SUM(A1)"_s << u"'   +SUM(A1)"_s;
    QTest::newRow("space plain") << u" Weekly meals"_s << u" Weekly meals"_s;
    QTest::newRow("tab") << u"\t=cmd"_s << u"'\t=cmd"_s;
    QTest::newRow("only spaces") << u"   "_s << u"   "_s;
}

void TestTextExports::csvGuardsAgainstFormulas() {
    QFETCH(QString, text);
    QFETCH(QString, cell);
    WorkshopDocument doc = m_example;
    candidate(doc, 0).name = text;
    candidate(doc, 0).definition = text;
    const QList<QStringList> rows = csvRows(doc);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.at(1).at(2), cell);
    QCOMPARE(rows.at(1).at(3), cell);
    // Numbers the export computes are not user text and stay numbers.
    QCOMPARE(TextExports::csvField(u"-3"_s, false), u"-3"_s);
}

void TestTextExports::csvLeavesAuthorsOutWhenAnonymous() {
    WorkshopDocument doc = m_example;
    doc.workshop.anonymous = true;
    const QList<QStringList> rows = csvRows(doc);
    QVERIFY(rows.size() > 1);
    for (const QStringList& row : rows.mid(1))
        QVERIFY2(row.at(4).isEmpty(), qPrintable(row.at(4)));
    const QString md = QString::fromUtf8(markdownReport(doc, Playbook::standard()));
    for (const Participant& p : doc.participants)
        QVERIFY2(!md.contains(u"by "_s + p.name), qPrintable(p.name));
}

// Issue 13, smaller things: the export dialog's suggested name lost the dash of "Meals — Q3"
// and doubled the space around it.
void TestTextExports::suggestedFileName_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("em dash") << u"Meal kits — Q3 North Star"_s << int(ExportFormat::Pdf)
                             << u"Meal kits - Q3 North Star.pdf"_s;
    QTest::newRow("en dash") << u"Meal kits – 2026"_s << int(ExportFormat::Markdown)
                             << u"Meal kits - 2026.md"_s;
    QTest::newRow("hyphen") << u"Check-in flow"_s << int(ExportFormat::Json)
                            << u"Check-in flow.json"_s;
    QTest::newRow("colon and slash")
        << u"Growth: web/app"_s << int(ExportFormat::Pdf) << u"Growth web app.pdf"_s;
    QTest::newRow("csv") << u"Meal kits — Q3"_s << int(ExportFormat::Csv)
                         << u"Meal kits - Q3 - candidates.csv"_s;
    QTest::newRow("accents and Arabic")
        << u"Émile’s مقياس"_s << int(ExportFormat::Pdf) << u"Émile s مقياس.pdf"_s;
    QTest::newRow("markup") << u"<b>Bold</b> plan"_s << int(ExportFormat::Pdf)
                            << u"b Bold b plan.pdf"_s;
    QTest::newRow("only symbols") << u"🚀 ★"_s << int(ExportFormat::Pdf)
                                  << u"North Star workshop.pdf"_s;
    QTest::newRow("leading dots") << u"..hidden"_s << int(ExportFormat::Pdf) << u"hidden.pdf"_s;
}

void TestTextExports::suggestedFileName() {
    QFETCH(QString, title);
    QFETCH(int, format);
    QFETCH(QString, name);
    Workshop workshop;
    workshop.title = title;
    QCOMPARE(WorkshopExchange::suggestedFileName(workshop, ExportFormat(format)), name);
}

QTEST_MAIN(TestTextExports)
#include "TestTextExports.moc"
