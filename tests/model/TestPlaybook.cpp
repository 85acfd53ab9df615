// The bundled playbook loads with the content the stages need; damaged playbook files are
// refused with a message that names the file and the problem.
#include "playbook/Playbook.h"
#include "playbook/PlaybookSections.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlaybook : public QObject {
    Q_OBJECT

private slots:
    void bundledPlaybookLoads();
    void gamesAreTheThree();
    void checklistHasTheStoredKeys();
    void metricWarningsAreThere();
    void patternsAndWorkedExample();
    void referenceExamplesWarmUpAndOpening();
    void projectorExamplesAreShort();
    void templatesFillTheirBlanks();
    void loadsFromAFolder();
    void missingFileIsNamed_data();
    void missingFileIsNamed();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();

private:
    static QHash<QString, QByteArray> bundledFiles();
};

QHash<QString, QByteArray> TestPlaybook::bundledFiles() {
    QHash<QString, QByteArray> files;
    for (const QString& name : Playbook::fileNames()) {
        QFile file(u":/playbook/"_s + name);
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

void TestPlaybook::bundledPlaybookLoads() {
    QVERIFY2(Playbook::standardError().isEmpty(), qPrintable(Playbook::standardError()));
    QCOMPARE(bundledFiles().size(), Playbook::fileNames().size());
}

void TestPlaybook::gamesAreTheThree() {
    const Playbook& p = Playbook::standard();
    QCOMPARE(p.games().size(), 3);
    QStringList keys;
    for (const GameGuide& g : p.games()) {
        keys << g.key;
        QCOMPARE(gameKey(g.game), g.key);
        QVERIFY(!g.question.isEmpty() && !g.tagline.isEmpty() && !g.valueExchange.isEmpty());
        QVERIFY(!g.weSay.isEmpty());
        QVERIFY(!g.examples.isEmpty());
        QVERIFY(!g.sampleName.isEmpty() && !g.sampleDefinition.isEmpty());
    }
    QCOMPARE(keys, (QStringList{u"attention"_s, u"transaction"_s, u"productivity"_s}));
    QCOMPARE(p.game(Game::Transaction)->sampleCompany, u"Walmart"_s);
    QVERIFY(!p.game(Game::Undecided));
    QVERIFY(!p.gameCoaching().isEmpty());
}

void TestPlaybook::checklistHasTheStoredKeys() {
    const Playbook& p = Playbook::standard();
    QStringList keys;
    for (const ChecklistCriterion& c : p.checklist()) {
        keys << c.key;
        QVERIFY(!c.title.isEmpty() && !c.meaning.isEmpty() && !c.question.isEmpty());
    }
    // The example workshop and the store use these keys; they must never drift.
    QCOMPARE(keys, (QStringList{u"value"_s, u"vision"_s, u"leading"_s, u"actionable"_s,
                                u"understandable"_s, u"measurable"_s, u"not_vanity"_s}));
    QCOMPARE(keys, PlaybookSections::checklistKeys());
    QCOMPARE(p.criterion(u"leading"_s)->title, u"Leading indicator"_s);
    QVERIFY(!p.criterion(u"nonsense"_s));
}

void TestPlaybook::metricWarningsAreThere() {
    const Playbook& p = Playbook::standard();
    QVERIFY(p.vanityMetrics().terms.contains(u"downloads"_s));
    QVERIFY(p.vanityMetrics().terms.contains(u"page views"_s));
    QVERIFY(p.laggingMetrics().terms.contains(u"revenue"_s));
    QVERIFY(p.laggingMetrics().terms.contains(u"churn rate"_s));
    QVERIFY(!p.vanityMetrics().hint.isEmpty() && !p.laggingMetrics().hint.isEmpty());
}

void TestPlaybook::patternsAndWorkedExample() {
    const Playbook& p = Playbook::standard();
    QCOMPARE(p.inputPatterns().size(), 4);
    QCOMPARE(p.inputPattern(InputPattern::Frequency)->title, u"Frequency"_s);
    QVERIFY(!p.inputPattern(InputPattern::Other));
    const WorkedExample& e = p.workedExample();
    QCOMPARE(e.company, u"Instacart"_s);
    QCOMPARE(e.game, Game::Transaction);
    QCOMPARE(e.name, u"Monthly items received on time"_s);
    QList<InputPattern> patterns;
    for (const WorkedInput& input : e.inputs) {
        patterns << input.pattern;
        QVERIFY(!input.name.isEmpty() && !input.owner.isEmpty());
    }
    QCOMPARE(patterns, (QList<InputPattern>{InputPattern::Breadth, InputPattern::Depth,
                                            InputPattern::Frequency, InputPattern::Efficiency}));
    QVERIFY(!e.guardrailName.isEmpty());
    QVERIFY(!p.inputFormula().isEmpty());
}

void TestPlaybook::referenceExamplesWarmUpAndOpening() {
    const Playbook& p = Playbook::standard();
    QCOMPARE(p.referenceExamples().size(), 9);
    QCOMPARE(p.referenceExamples().at(1).inputs.size(), 3); // Amplitude
    QCOMPARE(p.warmUp().company, u"OpenTable"_s);
    QCOMPARE(p.warmUp().tasks.size(), 3);
    QVERIFY(p.openingQuestions().size() >= 5);
    QVERIFY(!p.safetyReminder().isEmpty());
}

void TestPlaybook::projectorExamplesAreShort() {
    // The projector's cheat sheet: a few examples in a few words, together well under the
    // projector's 40 words (its title takes some).
    const QList<ReferenceExample> shown = Playbook::standard().projectorExamples();
    QVERIFY(shown.size() >= 4 && shown.size() <= ReferenceExample::ProjectorExamples);
    qsizetype words = 0;
    for (const ReferenceExample& e : shown) {
        const qsizetype lineWords = e.projectorLine.split(u' ', Qt::SkipEmptyParts).size();
        QVERIFY2(lineWords <= ReferenceExample::ProjectorLineWords, qPrintable(e.projectorLine));
        QVERIFY2(e.projectorLine.size() < e.metric.size() || e.projectorLine == e.metric,
                 qPrintable(e.company));
        words += lineWords + e.company.split(u' ', Qt::SkipEmptyParts).size();
    }
    QVERIFY2(words <= 36, qPrintable(QString::number(words)));
    QCOMPARE(shown.first().company, Playbook::standard().referenceExamples().first().company);
}

void TestPlaybook::templatesFillTheirBlanks() {
    const Playbook& p = Playbook::standard();
    const auto candidate = p.fillInTemplate(u"candidate"_s);
    QVERIFY(candidate);
    QCOMPARE(candidate->placeholders(), (QStringList{u"behaviour"_s, u"measure"_s}));
    const QString filled = candidate->filled({{u"behaviour"_s, u"cooked meals"_s}});
    QVERIFY2(filled.contains(u"more cooked meals,"_s), qPrintable(filled));
    QVERIFY2(filled.contains(u"\u27E8a formula or a way to count it\u27E9"_s), qPrintable(filled));
    QVERIFY(!filled.contains(u'{'));
    QCOMPARE(p.templatesInGroup(u"belief"_s).size(), 3);
    QCOMPARE(p.fillInTemplate(u"vision"_s)->blanks.size(), 7);
    QVERIFY(p.fillInTemplate(u"input_opportunity"_s));
}

void TestPlaybook::loadsFromAFolder() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto files = bundledFiles();
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(dir.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    QString error;
    QVERIFY2(Playbook::fromDirectory(dir.path(), &error), qPrintable(error));
    QVERIFY(QFile::remove(dir.filePath(u"warmup.json"_s)));
    QVERIFY(!Playbook::fromDirectory(dir.path(), &error));
    QCOMPARE(error, u"warmup.json is missing from the playbook"_s);
}

void TestPlaybook::missingFileIsNamed_data() {
    QTest::addColumn<QString>("file");
    for (const QString& name : Playbook::fileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPlaybook::missingFileIsNamed() {
    QFETCH(QString, file);
    QHash<QString, QByteArray> files = bundledFiles();
    files.remove(file);
    QString error;
    QVERIFY(!Playbook::fromFiles(files, &error));
    QVERIFY2(error.startsWith(file) && error.contains(u"missing"_s), qPrintable(error));
}

void TestPlaybook::rejectsBrokenFiles_data() {
    // Each row damages one bundled file: `from` → `to` (an empty `from` replaces the file).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char* name, const char* file, const char* from, const char* to,
                        const char* reason) {
        QTest::newRow(name) << QString::fromUtf8(file) << QByteArray(from) << QByteArray(to)
                            << QString::fromUtf8(reason);
    };
    row("malformed", "games.json", "", "{ \"format\": ", "games.json is not valid JSON");
    row("empty file", "warmup.json", "", "", "warmup.json is not valid JSON");
    row("not an object", "opening.json", "", "[1, 2]",
        "opening.json: the file must hold one JSON object");
    row("wrong format", "games.json", "\"lodestar-games\"", "\"lodestar-agenda\"",
        "games.json: \"format\" should be \"lodestar-games\", not \"lodestar-agenda\"");
    row("wrong version", "templates.json", "\"version\": 1", "\"version\": 2",
        "templates.json: only version 1 is supported");
    row("missing field", "games.json", "\"question\": \"How many transactions",
        "\"query\": \"How many transactions",
        "games.json, game 2 (\"transaction\"): \"question\" is missing");
    row("missing nested field", "games.json", "\"name\": \"Full carts\"", "\"nom\": \"x\"",
        "games.json, game 2 (\"transaction\"), sample: \"name\" is missing");
    row("empty text", "opening.json", "\"key\": \"why\"", "\"key\": \"  \"",
        "opening.json, question 1: \"key\" is empty");
    row("number for text", "checklist.json", "\"title\": \"Actionable\"", "\"title\": 4",
        "checklist.json, criterion 4 (\"actionable\"): \"title\" should be text, not a number");
    row("text for list", "games.json", "\"examples\": [\"Amazon\", \"Walmart\", \"an insurer\"]",
        "\"examples\": \"Amazon\"",
        "games.json, game 2 (\"transaction\"): \"examples\" should be a list of texts, not text");
    row("object for list", "opening.json", "\"questions\": [", "\"questions\": {}, \"x\": [",
        "opening.json: \"questions\" should be a list, not an object");
    row("number in list", "examples.json", "\"examples\": [", "\"examples\": [3, ",
        "examples.json: \"examples\" item 1 should be an object, not a number");
    row("missing list", "checklist.json", "\"lagging\": {", "\"late\": {",
        "checklist.json, \"warnings\": \"lagging\" is missing");
    row("duplicate criterion", "checklist.json", "\"key\": \"vision\"", "\"key\": \"value\"",
        "checklist.json, criterion 2 (\"value\"): the key \"value\" is used twice");
    row("duplicate game", "games.json", "\"key\": \"productivity\"", "\"key\": \"attention\"",
        "games.json, game 3 (\"attention\"): the key \"attention\" is used twice");
    row("duplicate example", "examples.json", "\"company\": \"Slack\"", "\"company\": \"Airbnb\"",
        "the key \"Airbnb\" is used twice");
    row("long projector line", "examples.json", "\"projector\": \"Nights booked\"",
        "\"projector\": \"Nights booked by guests in every city\"",
        "examples.json, example 5 (\"Airbnb\"): the \"projector\" line has 7 words; the "
        "projector shows at most 6");
    row("too many on the projector", "examples.json", "\"company\": \"Dropbox\",",
        "\"company\": \"Dropbox\", \"projector\": \"Files in shared folders\",",
        "examples.json: 7 examples have a \"projector\" line; the projector shows one to 6");
    row("projector line not text", "examples.json", "\"projector\": \"Nights booked\"",
        "\"projector\": 2", "\"projector\" should be text, not a number");
    row("unknown criterion", "checklist.json", "\"key\": \"not_vanity\"", "\"key\": \"no_vanity\"",
        "checklist.json: the criterion \"not_vanity\" is missing");
    row("missing game", "games.json", "\"key\": \"productivity\"", "\"key\": \"work\"",
        "games.json: the game \"productivity\" is missing");
    row("unknown pattern", "structure.json", "\"pattern\": \"depth\"", "\"pattern\": \"width\"",
        "structure.json, example input 2: \"width\" is not an input pattern");
    row("unknown game in example", "structure.json", "\"game\": \"transaction\"",
        "\"game\": \"shopping\"", "structure.json, \"example\": \"shopping\" is not a game");
    row("placeholder without blank", "templates.json", "{reason}.", "{motive}.",
        "the text uses {motive} but no blank describes it");
    row("blank without placeholder", "templates.json", "{leeway}.", "nothing.",
        "the blank \"leeway\" does not appear in the text");
    row("missing template", "templates.json", "\"key\": \"vision\"", "\"key\": \"mission\"",
        "templates.json: the template \"vision\" is missing");
}

void TestPlaybook::rejectsBrokenFiles() {
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, reason);
    QHash<QString, QByteArray> files = bundledFiles();
    QByteArray& content = files[file];
    if (from.isEmpty()) {
        content = to;
    } else {
        QVERIFY2(content.contains(from), from.constData()); // the row still fits the content
        content.replace(from, to);
    }
    QString error;
    QVERIFY(!Playbook::fromFiles(files, &error));
    QVERIFY2(error.startsWith(file), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "TestPlaybook.moc"
