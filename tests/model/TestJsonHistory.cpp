// The history in the JSON exchange (file version 2, issue #19): a revisit's change note,
// incumbent and predecessor round-trip into another library, the link found again there by
// the predecessor's title and creation time (or dropped when that library lacks it); version 1
// files are still read; malformed history is refused naming the field, and nothing is written.
// Also the history in the Markdown export.
#include "DocumentCompare.h"
#include "HistoryFixtures.h"
#include "JsonMutation.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"
#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "exchange/WorkshopExchange.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestJsonHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void revisitRoundTripsWithItsPredecessor();
    void predecessorMissingInTheTargetIsDropped();
    void readsVersion1Files();
    void version1RefusesHistoryMembers();
    void malformedHistoryIsRefused_data();
    void malformedHistoryIsRefused();
    void markdownTellsTheHistory();
    void markdownLeavesHistoryOutOfAFirstWorkshop();

private:
    std::unique_ptr<TestLibrary> m_source;
    qint64 m_first = 0;
    qint64 m_revisit = 0;
    WorkshopDocument m_firstDoc;
    WorkshopDocument m_revisitDoc;
    QByteArray m_revisitJson;
};

void TestJsonHistory::initTestCase() {
    m_source = std::make_unique<TestLibrary>();
    WorkshopStore& store = m_source->store();
    m_first = addMealKitHistory(store, QStringLiteral("Harvest Box")).at(0);
    const auto plan = RevisitSeed::propose(store, m_first, Playbook::standard().revisit());
    QVERIFY(plan);
    store.setClock([] { return QDateTime(QDate(2026, 4, 2), QTime(9, 30), Qt::UTC); });
    m_revisit = store.createRevisit(*plan).value_or(0);
    QVERIFY(m_revisit);
    const qint64 incumbent = store.candidates(m_revisit).at(0).id;
    const auto challenger = store.addCandidate(
        makeCandidate(m_revisit, QStringLiteral("Weekly dinners cooked"), CandidateKind::Room));
    QVERIFY(challenger);
    QVERIFY(store.setNorthStar(m_revisit, *challenger));
    QVERIFY(store.setChangeNote(m_revisit, QStringLiteral("We sell dinners, not boxes | *now*")));
    m_firstDoc = *WorkshopDocument::load(store, m_first);
    m_revisitDoc = *WorkshopDocument::load(store, m_revisit);
    QVERIFY(m_revisitDoc.predecessor);
    QCOMPARE(m_revisitDoc.predecessor->title, QStringLiteral("Harvest Box North Star"));
    QCOMPARE(m_revisitDoc.incumbent()->id, incumbent);
    m_revisitJson = JsonExchange::write(m_revisitDoc);
}

void TestJsonHistory::revisitRoundTripsWithItsPredecessor() {
    TestLibrary target;
    // The predecessor travels first; the revisit then finds it by title and creation time.
    const auto first = target.store().importWorkshop(
        *JsonExchange::read(JsonExchange::write(m_firstDoc), nullptr));
    QVERIFY2(first, qPrintable(target.store().lastError()));
    QString error;
    const auto read = JsonExchange::read(m_revisitJson, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == m_revisitDoc, qPrintable(firstDifference(*read, m_revisitDoc)));
    const auto id = target.store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(target.store().lastError()));
    QCOMPARE(target.store().predecessorOf(*id), *first);
    const std::optional<NorthStarRecord> record = target.store().northStarRecord(*id);
    QCOMPARE(record->outcome(), NorthStarOutcome::Changed);
    QCOMPARE(record->changeNote, m_revisitDoc.changeNote);
    const auto imported = WorkshopDocument::load(target.store(), *id);
    QVERIFY2(renumbered(*imported) == renumbered(m_revisitDoc),
             qPrintable(firstDifference(renumbered(*imported), renumbered(m_revisitDoc))));
    QCOMPARE(JsonExchange::write(renumbered(*imported)),
             JsonExchange::write(renumbered(m_revisitDoc)));
}

void TestJsonHistory::predecessorMissingInTheTargetIsDropped() {
    TestLibrary target;
    // A workshop with the same title but another date is not the predecessor.
    WorkshopStore& store = target.store();
    addPastWorkshop(store, plainWorkshop(QStringLiteral("Harvest Box North Star"),
                                         QStringLiteral("Harvest Box"), {2025, 3, 15}));
    const auto id = store.importWorkshop(*JsonExchange::read(m_revisitJson, nullptr));
    QVERIFY2(id, qPrintable(store.lastError()));
    QCOMPARE(store.predecessorOf(*id), 0);
    const std::optional<NorthStarRecord> record = store.northStarRecord(*id);
    QCOMPARE(record->outcome(), NorthStarOutcome::Changed); // the incumbent still says so
    QVERIFY(!WorkshopDocument::load(store, *id)->predecessor);
}

namespace {

// The version 1 file of `json`: the history members taken out.
QByteArray asVersion1(const QByteArray& json) {
    QJsonObject top = QJsonDocument::fromJson(json).object();
    top.insert(QStringLiteral("version"), 1);
    QJsonObject workshop = top.value(QStringLiteral("workshop")).toObject();
    workshop.remove(QStringLiteral("changeNote"));
    workshop.remove(QStringLiteral("predecessor"));
    top.insert(QStringLiteral("workshop"), workshop);
    QJsonArray candidates;
    for (const QJsonValue& value : top.value(QStringLiteral("candidates")).toArray()) {
        QJsonObject candidate = value.toObject();
        candidate.remove(QStringLiteral("incumbent"));
        candidates.append(candidate);
    }
    top.insert(QStringLiteral("candidates"), candidates);
    return QJsonDocument(top).toJson();
}

} // namespace

void TestJsonHistory::readsVersion1Files() {
    QString error;
    const auto read = JsonExchange::read(asVersion1(m_revisitJson), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->changeNote.isEmpty());
    QVERIFY(!read->predecessor);
    QVERIFY(!read->incumbent());
    QCOMPARE(read->candidates.size(), m_revisitDoc.candidates.size());
    TestLibrary target;
    const auto id = target.store().importWorkshop(*read);
    QVERIFY2(id, qPrintable(target.store().lastError()));
    QCOMPARE(target.store().northStarRecord(*id)->outcome(), NorthStarOutcome::NotARevisit);
    // Written again, it is a version 2 file.
    QVERIFY(JsonExchange::write(*read).contains("\"version\": 2"));
}

void TestJsonHistory::version1RefusesHistoryMembers() {
    const QByteArray v1 = asVersion1(m_revisitJson);
    QString error;
    QVERIFY(
        !JsonExchange::read(edited(v1, QStringLiteral("workshop/changeNote"), QString()), &error));
    QVERIFY2(error.startsWith(QStringLiteral("workshop.changeNote: not part of the format")),
             qPrintable(error));
    QVERIFY(
        !JsonExchange::read(edited(v1, QStringLiteral("candidates/0/incumbent"), true), &error));
    QVERIFY2(error.startsWith(QStringLiteral("candidates[0].incumbent: not part of the format")),
             qPrintable(error));
}

void TestJsonHistory::malformedHistoryIsRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const QByteArray& j = m_revisitJson;
    const auto row = [](const char* label, const QByteArray& json, const char* field,
                        const char* words) {
        QTest::newRow(label) << json << QString::fromLatin1(field) << QString::fromUtf8(words);
    };
    const QString note = QStringLiteral("workshop/changeNote");
    const QString pred = QStringLiteral("workshop/predecessor");
    row("no change note", edited(j, note, QJsonValue::Undefined), "workshop.changeNote", "missing");
    row("change note is a number", edited(j, note, 3), "workshop.changeNote", "expected text");
    row("change note is null", edited(j, note, QJsonValue::Null), "workshop.changeNote",
        "expected text");
    row("change note too long", edited(j, note, QString(TextLimits::LongText + 1, u'w')),
        "workshop.changeNote", "limit is 20000");
    row("no predecessor member", edited(j, pred, QJsonValue::Undefined), "workshop.predecessor",
        "missing");
    row("predecessor is text", edited(j, pred, QStringLiteral("Harvest Box North Star")),
        "workshop.predecessor", "expected an object or null");
    row("predecessor is a list", edited(j, pred, QJsonArray{1}), "workshop.predecessor",
        "expected an object or null");
    row("predecessor without title",
        edited(j, pred + QStringLiteral("/title"), QJsonValue::Undefined),
        "workshop.predecessor.title", "missing");
    row("predecessor title blank", edited(j, pred + QStringLiteral("/title"), QStringLiteral(" ")),
        "workshop.predecessor.title", "blank");
    row("predecessor title too long",
        edited(j, pred + QStringLiteral("/title"), QString(TextLimits::ShortText + 1, u't')),
        "workshop.predecessor.title", "limit is 200");
    row("predecessor date not a date",
        edited(j, pred + QStringLiteral("/createdAt"), QStringLiteral("last spring")),
        "workshop.predecessor.createdAt", "date");
    row("predecessor date missing",
        edited(j, pred + QStringLiteral("/createdAt"), QJsonValue::Undefined),
        "workshop.predecessor.createdAt", "missing");
    row("predecessor with an id", edited(j, pred + QStringLiteral("/id"), 4),
        "workshop.predecessor.id", "not part of the format");
    row("incumbent missing",
        edited(j, QStringLiteral("candidates/0/incumbent"), QJsonValue::Undefined),
        "candidates[0].incumbent", "missing");
    row("incumbent is text",
        edited(j, QStringLiteral("candidates/0/incumbent"), QStringLiteral("yes")),
        "candidates[0].incumbent", "true or false");
    row("two incumbents", edited(j, QStringLiteral("candidates/1/incumbent"), true),
        "candidates[1].incumbent", "already the incumbent");
}

void TestJsonHistory::malformedHistoryIsRefused() {
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
    // The same file through the import the app uses: refused with the same words, and the
    // library is left as it was.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("malformed.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
    file.close();
    QString importError;
    QVERIFY(!WorkshopExchange::importFile(target.store(), path, &importError));
    QVERIFY2(importError.contains(words), qPrintable(importError));
    QCOMPARE(tableRowCounts(target.database()), before);
    // A document with two incumbents built in memory is refused by the import too.
    WorkshopDocument doc = m_revisitDoc;
    doc.candidates[1].incumbent = true;
    QVERIFY(!target.store().importWorkshop(doc));
    QVERIFY(target.store().lastError().contains(QStringLiteral("incumbent")));
    QCOMPARE(tableRowCounts(target.database()), before);
}

void TestJsonHistory::markdownTellsTheHistory() {
    const QString md = QString::fromUtf8(markdownReport(m_revisitDoc, Playbook::standard()));
    QVERIFY2(md.contains(QStringLiteral("## Our North Star over time")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("Revisits “Harvest Box North Star” of 2025-03-14.")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("**Changed:** We changed our North Star: **Weekly boxes "
                                        "delivered** became **Weekly dinners cooked**.")),
             qPrintable(md));
    // The team's words are escaped: a pipe or stars cannot become markup.
    QVERIFY2(md.contains(QStringLiteral("**Why:** We sell dinners, not boxes \\| \\*now\\*")),
             qPrintable(md));
    WorkshopDocument kept = m_revisitDoc;
    kept.workshop.northStarId = kept.incumbent()->id;
    kept.changeNote.clear();
    const QString keptMd = QString::fromUtf8(markdownReport(kept, Playbook::standard()));
    QVERIFY2(keptMd.contains(
                 QStringLiteral("**Kept:** We kept our North Star, **Weekly boxes delivered**.")),
             qPrintable(keptMd));
    QVERIFY(!keptMd.contains(QStringLiteral("**Why:**")));
}

void TestJsonHistory::markdownLeavesHistoryOutOfAFirstWorkshop() {
    const QString md = QString::fromUtf8(markdownReport(m_firstDoc, Playbook::standard()));
    QVERIFY(!md.contains(QStringLiteral("over time")));
}

QTEST_GUILESS_MAIN(TestJsonHistory)
#include "TestJsonHistory.moc"
