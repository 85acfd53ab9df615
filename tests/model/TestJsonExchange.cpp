// The JSON export and the strict import (issue #6): the example workshop and hostile text
// round-trip into another library unchanged but for ids; every malformed file in the table
// is refused with a message naming the field, and the target library gains no row.
#include "DocumentCompare.h"
#include "HostileText.h"
#include "JsonMutation.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"
#include "exchange/JsonExchange.h"
#include "playbook/ExampleWorkshop.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestJsonExchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleRoundTripsIntoAnotherLibrary();
    void writesTheDocumentedTopLevel();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void importRefusesABrokenDocument();
    void importRollsBackAFailedWrite();
    void acceptsAByteOrderMark();
    void documentedExampleIsAccepted();
    void writesTheFuzzSeedsWhenAsked();

private:
    // Reads `json` and, if it is accepted, imports it into the target library.
    std::optional<qint64> importJson(const QByteArray& json, QString* error);

    std::unique_ptr<TestLibrary> m_source;
    std::unique_ptr<TestLibrary> m_target; // another QTemporaryDir, another database
    WorkshopDocument m_example;
    QByteArray m_exampleJson;
};

void TestJsonExchange::initTestCase() {
    m_source = std::make_unique<TestLibrary>();
    m_target = std::make_unique<TestLibrary>();
    QVERIFY(m_source->folder() != m_target->folder());
    const auto id = ExampleWorkshop::create(m_source->store());
    QVERIFY2(id, qPrintable(m_source->store().lastError()));
    QString error;
    const auto doc = WorkshopDocument::load(m_source->store(), *id, &error);
    QVERIFY2(doc, qPrintable(error));
    m_example = *doc;
    m_exampleJson = JsonExchange::write(m_example);
    // The target already holds a workshop, so "nothing written" is tested against real rows.
    QVERIFY(m_target->addWorkshop(QStringLiteral("Already here")) != 0);
}

std::optional<qint64> TestJsonExchange::importJson(const QByteArray& json, QString* error) {
    const auto doc = JsonExchange::read(json, error);
    if (!doc)
        return std::nullopt;
    const auto id = m_target->store().importWorkshop(*doc);
    if (!id)
        *error = m_target->store().lastError();
    return id;
}

void TestJsonExchange::exampleRoundTripsIntoAnotherLibrary() {
    // Everything the example fills is in the document, so the round trip covers it all.
    QVERIFY(m_example.workshop.northStarId != 0);
    QVERIFY(!m_example.inputs.isEmpty() && !m_example.pairGroups.isEmpty());
    QVERIFY(!m_example.warmUpGroups.isEmpty() && !m_example.matrixScores.isEmpty());
    QVERIFY(!m_example.votes.isEmpty() && !m_example.followUps.isEmpty());
    QVERIFY(!m_example.questionNotes.isEmpty() && !m_example.gameTally.isEmpty());

    QString error;
    const auto read = JsonExchange::read(m_exampleJson, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == m_example, qPrintable(firstDifference(*read, m_example)));

    QSignalSpy added(&m_target->store(), &WorkshopStore::changed);
    const auto id = m_target->store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(m_target->store().lastError()));
    QCOMPARE(added.count(), 1);
    QVERIFY(added.first().first().value<WorkshopChanges>().has(*id, ChangeKind::Library));
    const auto imported = WorkshopDocument::load(m_target->store(), *id, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(renumbered(*imported) == renumbered(m_example),
             qPrintable(firstDifference(renumbered(*imported), renumbered(m_example))));
    QCOMPARE(imported->workshop.createdAt, m_example.workshop.createdAt);
    QCOMPARE(imported->workshop.updatedAt, m_example.workshop.updatedAt);

    // After a restart, and exported again, the file says the same but for ids.
    QVERIFY(m_target->reopen());
    const auto reopened = WorkshopDocument::load(m_target->store(), *id, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(JsonExchange::write(renumbered(*reopened)),
             JsonExchange::write(renumbered(m_example)));
}

void TestJsonExchange::writesTheDocumentedTopLevel() {
    QVERIFY(
        m_exampleJson.startsWith("{\n    \"format\": \"lodestar-workshop\",\n    \"version\": 2,"));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(m_exampleJson, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject top = json.object();
    QCOMPARE(top.keys().size(), 16);
    QCOMPARE(top.value(QLatin1String("workshop")).toObject().value(QLatin1String("createdAt")),
             QJsonValue(m_example.workshop.createdAt.toString(Qt::ISODateWithMs)));
    QVERIFY(top.value(QLatin1String("candidates")).toArray().size() == m_example.candidates.size());
}

void TestJsonExchange::hostileTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    for (const HostileString& s : hostileStrings())
        QTest::newRow(s.label) << s.text;
    QTest::newRow("1 MB in the notes") << QString(1 << 20, QChar(u'n')).left(TextLimits::Notes);
}

void TestJsonExchange::hostileTextRoundTrips() {
    QFETCH(QString, text);
    const WorkshopDocument doc = withTextEverywhere(m_example, text);
    QString error;
    const auto read = JsonExchange::read(JsonExchange::write(doc), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == doc, qPrintable(firstDifference(*read, doc)));
    const auto id = m_target->store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(m_target->store().lastError()));
    const auto imported = WorkshopDocument::load(m_target->store(), *id, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(renumbered(*imported) == renumbered(doc),
             qPrintable(firstDifference(renumbered(*imported), renumbered(doc))));
}

void TestJsonExchange::malformedFilesAreRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    for (const MalformedFile& file : malformedFiles(m_example, m_exampleJson))
        QTest::newRow(qPrintable(file.label)) << file.json << file.field << file.words;
    for (const MalformedFile& file : strictFiles(m_example, m_exampleJson)) {
        QVERIFY2(!file.json.isEmpty(), qPrintable(file.label)); // the edit found its place
        QTest::newRow(qPrintable(file.label)) << file.json << file.field << file.words;
    }
}

void TestJsonExchange::malformedFilesAreRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const QMap<QString, qint64> before = tableRowCounts(m_target->database());
    QString error;
    QVERIFY(!importJson(json, &error));
    QVERIFY2(error.startsWith(field + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(tableRowCounts(m_target->database()), before);
}

void TestJsonExchange::importRefusesABrokenDocument() {
    WorkshopDocument doc = m_example;
    doc.votes.append({doc.participants[0].id, 424242, 1});
    const QMap<QString, qint64> before = tableRowCounts(m_target->database());
    QSignalSpy failed(&m_target->store(), &WorkshopStore::writeFailed);
    QVERIFY(!m_target->store().importWorkshop(doc));
    QCOMPARE(failed.count(), 1);
    const QString expected =
        QStringLiteral("votes[%1].candidateId: no candidate 424242").arg(doc.votes.size() - 1);
    QVERIFY2(m_target->store().lastError().contains(expected),
             qPrintable(m_target->store().lastError()));
    QCOMPARE(tableRowCounts(m_target->database()), before);
    // A document made in memory without its last change time: the message names that field.
    WorkshopDocument undated = m_example;
    undated.workshop.updatedAt = {};
    QVERIFY(!m_target->store().importWorkshop(undated));
    QVERIFY2(m_target->store().lastError().contains(
                 QStringLiteral("workshop.updatedAt: expected a date and time")),
             qPrintable(m_target->store().lastError()));
    QCOMPARE(tableRowCounts(m_target->database()), before);
}

void TestJsonExchange::importRollsBackAFailedWrite() {
    // A library that lost its vote table fails half-way, after the workshop, its people and
    // its candidates were inserted: the transaction takes them all back.
    TestLibrary broken;
    QVERIFY(broken.addWorkshop(QStringLiteral("Already here")) != 0);
    QSqlQuery(broken.database().connection()).exec(QStringLiteral("DROP TABLE vote"));
    const QMap<QString, qint64> before = tableRowCounts(broken.database());
    QVERIFY(!broken.store().importWorkshop(m_example));
    QVERIFY(!broken.store().lastError().isEmpty());
    QCOMPARE(tableRowCounts(broken.database()), before);
    QCOMPARE(broken.store().workshopCount(), 1);
}

void TestJsonExchange::acceptsAByteOrderMark() {
    QString error;
    const auto read = JsonExchange::read("\xEF\xBB\xBF" + m_exampleJson, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(*read == m_example);
}

void TestJsonExchange::documentedExampleIsAccepted() {
    QFile readme(QStringLiteral(LODESTAR_SOURCE_DIR "/resources/exchange/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    QString error;
    const auto doc = JsonExchange::read(text.mid(start + 8, end - start - 8), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->candidates.size(), 1);
    QCOMPARE(doc->northStar()->name, QStringLiteral("Weekly cooked boxes"));
    QCOMPARE(doc->inputsOf(10).size(), 1);
    QCOMPARE(doc->checkIns.size(), 1);
    QCOMPARE(doc->checkIns.first().confidenceIn(100), 3);
    const auto id = m_target->store().importWorkshop(*doc);
    QVERIFY2(id, qPrintable(m_target->store().lastError()));
    QCOMPARE(m_target->store().checkIns(*id).size(), 1);
}

// LODESTAR_JSON_SEEDS=tests/reliability/fuzz/corpus-json rewrites the JSON fuzzer's seeds:
// the example, a small workshop, hostile text, and a few broken files.
void TestJsonExchange::writesTheFuzzSeedsWhenAsked() {
    const QString folder = qEnvironmentVariable("LODESTAR_JSON_SEEDS");
    if (folder.isEmpty())
        QSKIP("LODESTAR_JSON_SEEDS is not set");
    WorkshopDocument small;
    small.workshop = m_example.workshop;
    small.workshop.northStarId = m_example.candidates[0].id;
    small.participants = m_example.participants.mid(0, 2);
    small.candidates = {m_example.candidates[0]};
    small.candidates[0].authorId = small.participants[0].id;
    small.candidates[0].mergedFrom.clear();
    small.candidates[0].pairId = 0;
    small.inputs.insert(small.candidates[0].id, {{7,
                                                  small.candidates[0].id,
                                                  QStringLiteral("Households"),
                                                  {},
                                                  InputPattern::Breadth,
                                                  {},
                                                  0}});
    small.votes = {{small.participants[1].id, small.candidates[0].id, 2}};
    small.followUps = m_example.followUps.mid(0, 1);
    const QByteArray smallJson = JsonExchange::write(small);
    WorkshopDocument checked = small; // with a check-in on its North Star
    CheckIn checkIn;
    checkIn.id = 1;
    checkIn.workshopId = small.workshop.id;
    checkIn.northStarId = small.candidates[0].id;
    checkIn.date = QDate(2025, 6, 2);
    checkIn.metricConfidence = 4;
    checkIn.inputs = {{7, 3, QStringLiteral("Households")}};
    checkIn.learned = QStringLiteral("Households grew; <b>kits</b> did not.");
    checkIn.nextStep = QStringLiteral("Ask why");
    checkIn.nextOwner = QStringLiteral("Priya");
    checkIn.nextDue = QDate(2025, 7, 1);
    checked.checkIns = {checkIn};
    const QByteArray checkedJson = JsonExchange::write(checked);
    const QList<std::pair<const char*, QByteArray>> seeds = {
        {"example.json", m_exampleJson},
        {"small.json", smallJson},
        {"hostile.json",
         JsonExchange::write(withTextEverywhere(
             small,
             QStringLiteral("<b>'; DROP TABLE workshop;--</b> 👩🏽‍🚀 مقياس")))},
        {"truncated.json", smallJson.left(smallJson.size() / 2)},
        {"check-in.json", checkedJson},
        {"check-in-of-nothing.json",
         edited(checkedJson, QStringLiteral("checkIns/0/inputs/0/inputId"), 99)},
        {"wrong-version.json", edited(smallJson, QStringLiteral("version"), 3)},
        {"dangling-author.json", edited(smallJson, QStringLiteral("candidates/0/authorId"), 99)},
        {"deep.json", QByteArray(64, '[') + QByteArray(64, ']')},
        {"empty-object.json", "{}"},
        {"duplicate-member.json", inserted(edited(smallJson, QStringLiteral("version"), 2),
                                           "\"workshop\":{", "\"title\":\"FIRST\",")},
        {"control-character.json", withRawByte(smallJson, QStringLiteral("workshop/title"), 1)},
        {"unknown-criterion.json",
         edited(smallJson, QStringLiteral("checklistScores"),
                QJsonArray{QJsonObject{{QStringLiteral("candidateId"), small.candidates[0].id},
                                       {QStringLiteral("criterion"), QStringLiteral("made_up")},
                                       {QStringLiteral("participantId"), QJsonValue::Null},
                                       {QStringLiteral("answer"), 1}}})},
    };
    QDir().mkpath(folder);
    for (const auto& [name, bytes] : seeds) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "TestJsonExchange.moc"
