// Check-ins in the JSON exchange (the optional "checkIns" of file version 2): the example's
// two check-ins round-trip into another library unchanged but for ids, with hostile text
// too; files without them still read; every malformed check-in is refused naming the
// field, and nothing is written. Duplicating a workshop leaves its check-ins behind.
#include "DocumentCompare.h"
#include "HostileText.h"
#include "JsonMutation.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"
#include "exchange/JsonExchange.h"
#include "playbook/ExampleWorkshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonCheckIns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleCheckInsRoundTrip();
    void writesTheDocumentedMembers();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void readsFilesWithoutCheckIns();
    void version1RefusesCheckIns();
    void malformedCheckInsAreRefused_data();
    void malformedCheckInsAreRefused();
    void importRefusesABrokenDocument();
    void duplicateLeavesCheckInsBehind();

private:
    std::unique_ptr<TestLibrary> m_source;
    qint64 m_first = 0;
    WorkshopDocument m_doc; // the example's first workshop, with its two check-ins
    QByteArray m_json;
};

void TestJsonCheckIns::initTestCase() {
    m_source = std::make_unique<TestLibrary>();
    const auto ids = ExampleWorkshop::createWithRevisit(m_source->store());
    QVERIFY2(ids, qPrintable(m_source->store().lastError()));
    m_first = ids->at(0);
    QString error;
    const auto doc = WorkshopDocument::load(m_source->store(), m_first, &error);
    QVERIFY2(doc, qPrintable(error));
    m_doc = *doc;
    QCOMPARE(m_doc.checkIns.size(), 2);
    QVERIFY(!m_doc.checkIns.first().inputs.isEmpty());
    m_json = JsonExchange::write(m_doc);
}

void TestJsonCheckIns::exampleCheckInsRoundTrip() {
    QString error;
    const auto read = JsonExchange::read(m_json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == m_doc, qPrintable(firstDifference(*read, m_doc)));

    TestLibrary target;
    QVERIFY(target.addWorkshop(QStringLiteral("Already here")) != 0); // ids differ there
    const auto id = target.store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(target.store().lastError()));
    const QList<CheckIn> imported = target.store().checkIns(*id);
    QCOMPARE(imported.size(), 2);
    const qint64 northStar = target.store().workshop(*id)->northStarId;
    const QList<Input> inputs = target.store().inputs(northStar);
    for (const CheckIn& c : imported) {
        QCOMPARE(c.northStarId, northStar);
        QCOMPARE(c.inputs.size(), inputs.size());
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            QCOMPARE(c.inputs.at(i).inputId, inputs.at(i).id);
            QCOMPARE(c.inputs.at(i).inputName, inputs.at(i).name);
        }
    }
    const auto loaded = WorkshopDocument::load(target.store(), *id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(renumbered(*loaded) == renumbered(m_doc),
             qPrintable(firstDifference(renumbered(*loaded), renumbered(m_doc))));
    // Exported again after a restart, the file says the same but for ids.
    QVERIFY(target.reopen());
    const auto reopened = WorkshopDocument::load(target.store(), *id, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(JsonExchange::write(renumbered(*reopened)), JsonExchange::write(renumbered(m_doc)));
}

void TestJsonCheckIns::writesTheDocumentedMembers() {
    const QJsonObject top = QJsonDocument::fromJson(m_json).object();
    const QJsonArray checkIns = top.value(QLatin1String("checkIns")).toArray();
    QCOMPARE(checkIns.size(), 2);
    const QJsonObject newest = checkIns.at(0).toObject();
    QCOMPARE(newest.keys(),
             QStringList({u"candidateId"_s, u"date"_s, u"id"_s, u"inputs"_s, u"learned"_s,
                          u"metricConfidence"_s, u"nextDue"_s, u"nextOwner"_s, u"nextStep"_s}));
    const CheckIn& c = m_doc.checkIns.first();
    QCOMPARE(newest.value(QLatin1String("candidateId")).toInteger(), m_doc.workshop.northStarId);
    QCOMPARE(newest.value(QLatin1String("date")).toString(), c.date.toString(Qt::ISODate));
    QCOMPARE(newest.value(QLatin1String("nextDue")).toString(), c.nextDue.toString(Qt::ISODate));
    QCOMPARE(newest.value(QLatin1String("metricConfidence")).toInt(), c.metricConfidence);
    const QJsonObject rating = newest.value(QLatin1String("inputs")).toArray().at(0).toObject();
    QCOMPARE(rating.keys(), QStringList({u"confidence"_s, u"inputId"_s}));
    // The rating names an input of the candidate by its id in the same file.
    const QJsonArray candidates = top.value(QLatin1String("candidates")).toArray();
    bool found = false;
    for (const QJsonValue& candidate : candidates)
        for (const QJsonValue& input :
             candidate.toObject().value(QLatin1String("inputs")).toArray())
            found = found || input.toObject().value(QLatin1String("id")) ==
                                 rating.value(QLatin1String("inputId"));
    QVERIFY(found);
    // The newest first, as the store lists them; the member comes last, after followUps.
    QVERIFY(m_doc.checkIns.at(0).date > m_doc.checkIns.at(1).date);
    QVERIFY(m_json.indexOf("\"followUps\"") < m_json.indexOf("\"checkIns\""));
}

void TestJsonCheckIns::hostileTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    for (const HostileString& s : hostileStrings())
        QTest::newRow(s.label) << s.text;
}

void TestJsonCheckIns::hostileTextRoundTrips() {
    QFETCH(QString, text);
    const WorkshopDocument doc = withTextEverywhere(m_doc, text);
    QString error;
    const auto read = JsonExchange::read(JsonExchange::write(doc), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == doc, qPrintable(firstDifference(*read, doc)));
    TestLibrary target;
    const auto id = target.store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(target.store().lastError()));
    const auto loaded = WorkshopDocument::load(target.store(), *id);
    QVERIFY(loaded);
    QVERIFY2(renumbered(*loaded) == renumbered(doc),
             qPrintable(firstDifference(renumbered(*loaded), renumbered(doc))));
}

namespace {

QByteArray withoutCheckIns(const QByteArray& json) {
    QJsonObject top = QJsonDocument::fromJson(json).object();
    top.remove(QStringLiteral("checkIns"));
    return QJsonDocument(top).toJson();
}

} // namespace

void TestJsonCheckIns::readsFilesWithoutCheckIns() {
    QString error;
    const auto read = JsonExchange::read(withoutCheckIns(m_json), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->checkIns.isEmpty());
    WorkshopDocument expected = m_doc;
    expected.checkIns.clear();
    QVERIFY2(*read == expected, qPrintable(firstDifference(*read, expected)));
    // A workshop without check-ins is written without the member, as before it existed.
    QVERIFY(!JsonExchange::write(*read).contains("checkIns"));
    TestLibrary target;
    const auto id = target.store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(target.store().lastError()));
    QVERIFY(target.store().checkIns(*id).isEmpty());
}

void TestJsonCheckIns::version1RefusesCheckIns() {
    QByteArray v1 = edited(m_json, QStringLiteral("version"), 1);
    // Version 1 has no history members either.
    v1 = edited(v1, QStringLiteral("workshop/changeNote"), QJsonValue::Undefined);
    v1 = edited(v1, QStringLiteral("workshop/predecessor"), QJsonValue::Undefined);
    for (qsizetype i = 0; i < m_doc.candidates.size(); ++i)
        v1 = edited(v1, QStringLiteral("candidates/%1/incumbent").arg(i), QJsonValue::Undefined);
    QString error;
    QVERIFY2(JsonExchange::read(withoutCheckIns(v1), &error), qPrintable(error));
    QVERIFY(!JsonExchange::read(v1, &error));
    QVERIFY2(error.startsWith(QStringLiteral("checkIns: not part of the format")),
             qPrintable(error));
}

void TestJsonCheckIns::malformedCheckInsAreRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const QByteArray& j = m_json;
    const auto row = [](const char* label, const QByteArray& json, const char* field,
                        const char* words) {
        QTest::newRow(label) << json << QString::fromLatin1(field) << QString::fromUtf8(words);
    };
    const auto at = [](const char* member) {
        return QStringLiteral("checkIns/0/") + QLatin1String(member);
    };
    const CheckIn& c = m_doc.checkIns.first();
    row("not a list", edited(j, QStringLiteral("checkIns"), 3), "checkIns", "expected a list");
    row("null", edited(j, QStringLiteral("checkIns"), QJsonValue::Null), "checkIns",
        "expected a list");
    row("element not an object", edited(j, QStringLiteral("checkIns/0"), 3), "checkIns[0]",
        "expected an object");
    for (const char* member : {"id", "candidateId", "date", "metricConfidence", "inputs", "learned",
                               "nextStep", "nextOwner", "nextDue"})
        QTest::newRow(qPrintable(QStringLiteral("no %1").arg(QLatin1String(member))))
            << edited(j, at(member), QJsonValue::Undefined)
            << QStringLiteral("checkIns[0].") + QLatin1String(member) << QStringLiteral("missing");
    row("unknown member", edited(j, at("mood"), QStringLiteral("fine")), "checkIns[0].mood",
        "not part of the format");
    row("unknown rating member", edited(j, at("inputs/0/note"), QStringLiteral("x")),
        "checkIns[0].inputs[0].note", "not part of the format");
    row("id twice", edited(j, QStringLiteral("checkIns/1/id"), c.id), "checkIns[1].id",
        "used twice");
    row("id zero", edited(j, at("id"), 0), "checkIns[0].id", "whole number from 1");
    row("candidate of nothing", edited(j, at("candidateId"), 999999), "checkIns[0].candidateId",
        "no candidate 999999");
    row("candidate null", edited(j, at("candidateId"), QJsonValue::Null), "checkIns[0].candidateId",
        "whole number");
    row("date not a date", edited(j, at("date"), QStringLiteral("last spring")), "checkIns[0].date",
        "expected a date");
    row("date out of range", edited(j, at("date"), QStringLiteral("2025-13-01")),
        "checkIns[0].date", "expected a date");
    row("date with slashes", edited(j, at("date"), QStringLiteral("2025/06/02")),
        "checkIns[0].date", "expected a date");
    row("date with a time", edited(j, at("date"), QStringLiteral("2025-06-02T10:00:00Z")),
        "checkIns[0].date", "expected a date");
    row("date null", edited(j, at("date"), QJsonValue::Null), "checkIns[0].date",
        "expected a date");
    row("date a number", edited(j, at("date"), 20250602), "checkIns[0].date", "expected a date");
    row("due not a date", edited(j, at("nextDue"), QStringLiteral("soon")), "checkIns[0].nextDue",
        "expected a date");
    row("metric 0", edited(j, at("metricConfidence"), 0), "checkIns[0].metricConfidence",
        "from 1 to 5");
    row("metric 6", edited(j, at("metricConfidence"), 6), "checkIns[0].metricConfidence",
        "from 1 to 5");
    row("metric fraction", edited(j, at("metricConfidence"), 2.5), "checkIns[0].metricConfidence",
        "from 1 to 5");
    row("metric as text", edited(j, at("metricConfidence"), QStringLiteral("4")),
        "checkIns[0].metricConfidence", "from 1 to 5");
    row("inputs not a list", edited(j, at("inputs"), QStringLiteral("all")), "checkIns[0].inputs",
        "expected a list");
    row("rating 0", edited(j, at("inputs/0/confidence"), 0), "checkIns[0].inputs[0].confidence",
        "from 1 to 5");
    row("rating 6", edited(j, at("inputs/1/confidence"), 6), "checkIns[0].inputs[1].confidence",
        "from 1 to 5");
    row("rating of nothing", edited(j, at("inputs/0/inputId"), 999999),
        "checkIns[0].inputs[0].inputId", "no input 999999");
    row("input rated twice", edited(j, at("inputs/1/inputId"), c.inputs.at(0).inputId),
        "checkIns[0].inputs[1].inputId", "rated twice");
    // An input of another candidate: it exists, but is not one the check-in reviews.
    qint64 otherInput = 0;
    for (auto it = m_doc.inputs.constBegin(); it != m_doc.inputs.constEnd(); ++it)
        if (it.key() != c.northStarId && !it.value().isEmpty())
            otherInput = it.value().first().id;
    QVERIFY(otherInput != 0);
    row("input of another candidate", edited(j, at("inputs/0/inputId"), otherInput),
        "checkIns[0].inputs[0].inputId", "no input");
    row("learned too long", edited(j, at("learned"), QString(TextLimits::LongText + 1, u'l')),
        "checkIns[0].learned", "limit is 20000");
    row("step too long", edited(j, at("nextStep"), QString(TextLimits::LongText + 1, u's')),
        "checkIns[0].nextStep", "limit is 20000");
    row("owner too long", edited(j, at("nextOwner"), QString(TextLimits::ShortText + 1, u'o')),
        "checkIns[0].nextOwner", "limit is 200");
    row("learned a number", edited(j, at("learned"), 3), "checkIns[0].learned", "expected text");
    row("owner without a step", edited(j, at("nextStep"), QStringLiteral(" ")),
        "checkIns[0].nextOwner", "needs a next step");
    row("due without a step",
        edited(edited(j, at("nextStep"), QString()), at("nextOwner"), QString()),
        "checkIns[0].nextDue", "needs a next step");
    row("no North Star chosen", edited(j, QStringLiteral("workshop/northStarId"), QJsonValue::Null),
        "checkIns", "not chosen a North Star");
    const QByteArray compact = edited(j, QStringLiteral("version"), 2);
    row("member twice", inserted(compact, "\"checkIns\":[{", "\"metricConfidence\":1,"),
        "checkIns[0].metricConfidence", "appears twice");
    QJsonObject top = QJsonDocument::fromJson(j).object();
    QJsonArray many;
    const QJsonValue one = top.value(QLatin1String("checkIns")).toArray().at(1);
    for (int i = 0; i <= ImportLimits::CheckIns; ++i) {
        QJsonObject copy = one.toObject();
        copy.insert(QStringLiteral("id"), i + 1);
        many.append(copy);
    }
    top.insert(QStringLiteral("checkIns"), many);
    row("too many", QJsonDocument(top).toJson(QJsonDocument::Compact), "checkIns", "limit is 1000");
}

void TestJsonCheckIns::malformedCheckInsAreRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QVERIFY(!json.isEmpty());
    TestLibrary target;
    const auto before = tableRowCounts(target.database());
    QString error;
    const auto read = JsonExchange::read(json, &error);
    QVERIFY(!read);
    QVERIFY2(error.startsWith(field + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(tableRowCounts(target.database()), before);
}

void TestJsonCheckIns::importRefusesABrokenDocument() {
    // A document built in memory is held to the same rules by the store's import.
    TestLibrary target;
    const auto before = tableRowCounts(target.database());
    const auto refused = [&](const WorkshopDocument& doc, const QString& words) {
        const bool imported = target.store().importWorkshop(doc).has_value();
        if (imported || !target.store().lastError().contains(words))
            qWarning("%s", qPrintable(target.store().lastError()));
        return !imported && target.store().lastError().contains(words) &&
               tableRowCounts(target.database()) == before;
    };
    WorkshopDocument doc = m_doc;
    doc.checkIns[1].metricConfidence = 0;
    QVERIFY(refused(doc, QStringLiteral("checkIns[1].metricConfidence")));
    doc = m_doc;
    doc.checkIns[0].date = QDate();
    QVERIFY(refused(doc, QStringLiteral("checkIns[0].date")));
    doc = m_doc;
    doc.checkIns[0].inputs[0].confidence = 9;
    QVERIFY(refused(doc, QStringLiteral("checkIns[0].inputs[0].confidence")));
    doc = m_doc;
    doc.checkIns[1].nextStep.clear();
    QVERIFY(refused(doc, QStringLiteral("checkIns[1].nextOwner")));
    doc = m_doc;
    doc.workshop.northStarId = 0;
    QVERIFY(refused(doc, QStringLiteral("checkIns: ")));
    doc = m_doc;
    doc.checkIns[1].id = doc.checkIns[0].id;
    QVERIFY(refused(doc, QStringLiteral("checkIns[1].id")));
}

void TestJsonCheckIns::duplicateLeavesCheckInsBehind() {
    // A duplicate is a new workshop to run: the check-ins review the original's real-world
    // history, so they stay with it.
    WorkshopStore& store = m_source->store();
    const auto copy = store.duplicateWorkshop(m_first, QStringLiteral("Harvest Box again"));
    QVERIFY2(copy, qPrintable(store.lastError()));
    QVERIFY(store.checkIns(*copy).isEmpty());
    QCOMPARE(store.checkIns(m_first).size(), 2);
    QVERIFY(WorkshopDocument::load(store, *copy)->checkIns.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonCheckIns)
#include "TestJsonCheckIns.moc"
