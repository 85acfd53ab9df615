// Check-ins between workshops through the store: a round trip, the order they are listed in,
// the change they publish, what they refuse (confidence outside 1 to 5, an input of another
// North Star, an owner without a step, text too long), hostile text kept exactly, deletion
// with their workshop, candidate or input, and a version 11 library updated to version 12.
#include "HistoryFixtures.h"
#include "HostileText.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "session/ConvergeCommands.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

class TestCheckIns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void newestFirstAndNamesFollowRenames();
    void publishesOneChange();
    void refusesOutOfRange_data();
    void refusesOutOfRange();
    void refusesInputOfAnotherNorthStar();
    void refusesOwnerOrDueWithoutAStep();
    void refusesOverlongText();
    void refusesWithoutChosenNorthStar();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void schemaRefusesWhatTheStoreRefuses();
    void removingAndPuttingBack();
    void goesWithItsWorkshopCandidateAndInput();
    void undoingAnInputsRemovalBringsBackItsRatings();
    void migratesFromVersion11();
    void playbookHasReviewQuestions();
};

namespace {

int rows(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The meal-kit team's first workshop (five inputs) and a check-in on it rating them all.
struct Fixture {
    qint64 workshopId = 0;
    qint64 northStarId = 0;
    QList<Input> inputs;

    explicit Fixture(WorkshopStore& store) {
        workshopId = addMealKitHistory(store, QStringLiteral("Harvest Box")).at(0);
        northStarId = store.workshop(workshopId)->northStarId;
        inputs = store.inputs(northStarId);
    }

    CheckIn checkIn(QDate date, int metric) const {
        CheckIn c;
        c.workshopId = workshopId;
        c.date = date;
        c.metricConfidence = metric;
        int level = 1;
        for (const Input& input : inputs)
            c.inputs.append({input.id, level++, input.name});
        c.learned = QStringLiteral("Boxes rose while cooking fell.");
        c.nextStep = QStringLiteral("Ask households what they cook");
        c.nextOwner = QStringLiteral("Priya");
        c.nextDue = date.addDays(21);
        return c;
    }
};

} // namespace

void TestCheckIns::initTestCase() {
    QVERIFY2(Playbook::standardError().isEmpty(), qPrintable(Playbook::standardError()));
}

void TestCheckIns::roundTrip() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    QCOMPARE(f.inputs.size(), 5);
    CheckIn c = f.checkIn(QDate(2025, 6, 2), 4);
    const std::optional<qint64> id = store.addCheckIn(c);
    QVERIFY2(id, qPrintable(store.lastError()));
    c.id = *id;
    c.northStarId = f.northStarId;
    QCOMPARE(store.checkIn(*id), std::optional<CheckIn>(c));
    QCOMPARE(store.checkIns(f.workshopId), QList<CheckIn>{c});
    QCOMPARE(store.checkIns(f.workshopId).first().confidenceIn(f.inputs.at(3).id), 4);
    // A restart reads the same.
    QVERIFY(library.reopen());
    QCOMPARE(library.store().checkIns(f.workshopId), QList<CheckIn>{c});
    // Inputs may be left unrated, and the next step left out.
    CheckIn partial = f.checkIn(QDate(2025, 7, 1), 2);
    partial.inputs = {partial.inputs.at(1)};
    partial.nextStep.clear();
    partial.nextOwner.clear();
    partial.nextDue = {};
    const std::optional<qint64> second = library.store().addCheckIn(partial);
    QVERIFY2(second, qPrintable(library.store().lastError()));
    QCOMPARE(library.store().checkIn(*second)->inputs.size(), 1);
    QCOMPARE(library.store().checkIn(*second)->confidenceIn(f.inputs.at(0).id), 0);
}

void TestCheckIns::newestFirstAndNamesFollowRenames() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    const qint64 may = *store.addCheckIn(f.checkIn(QDate(2025, 5, 1), 3));
    const qint64 july = *store.addCheckIn(f.checkIn(QDate(2025, 7, 1), 4));
    const qint64 alsoMay = *store.addCheckIn(f.checkIn(QDate(2025, 5, 1), 5));
    QList<qint64> order;
    for (const CheckIn& c : store.checkIns(f.workshopId))
        order.append(c.id);
    QCOMPARE(order, (QList<qint64>{july, alsoMay, may}));
    // Keyed by the input's id: a rename carries the history along.
    Input renamed = f.inputs.at(2);
    renamed.name = QStringLiteral("Recipes cooked per box");
    QVERIFY(store.updateInput(renamed));
    QCOMPARE(store.checkIn(may)->inputs.at(2).inputName, renamed.name);
    QCOMPARE(store.checkIn(may)->confidenceIn(renamed.id), 3);
}

void TestCheckIns::publishesOneChange() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    // Months later by the store's clock: a check-in that touched the workshop would show.
    store.setClock([] { return QDateTime(QDate(2025, 9, 1), QTime(10, 0), Qt::UTC); });
    const qint64 updatedBefore = store.workshopSummary(f.workshopId)->updatedAt.toMSecsSinceEpoch();
    QSignalSpy spy(&store, &WorkshopStore::changed);
    const std::optional<qint64> id = store.addCheckIn(f.checkIn(QDate(2025, 6, 2), 4));
    QVERIFY(id);
    QCOMPARE(spy.size(), 1);
    auto changes = spy.at(0).at(0).value<WorkshopChanges>();
    QCOMPARE(changes.kinds, ChangeKinds(ChangeKind::CheckIn));
    QCOMPARE(changes.workshopId, f.workshopId);
    QCOMPARE(changes.rowIds, QSet<qint64>{*id});
    // A note on the history, not work on the workshop: the library keeps its order.
    QCOMPARE(store.workshopSummary(f.workshopId)->updatedAt.toMSecsSinceEpoch(), updatedBefore);
    QVERIFY(store.removeCheckIn(*id));
    QCOMPARE(spy.size(), 2);
    changes = spy.at(1).at(0).value<WorkshopChanges>();
    QCOMPARE(changes.kinds, ChangeKinds(ChangeKind::CheckIn));
    QCOMPARE(changes.rowIds, QSet<qint64>{*id});
}

void TestCheckIns::refusesOutOfRange_data() {
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("metric 0") << 0 << 3 << "metric";
    QTest::newRow("metric 6") << 6 << 3 << "metric";
    QTest::newRow("metric -1") << -1 << 3 << "metric";
    QTest::newRow("input 0") << 3 << 0 << "Recipes per box";
    QTest::newRow("input 6") << 3 << 6 << "Recipes per box";
    QTest::newRow("input huge") << 3 << 1000000 << "Recipes per box";
}

void TestCheckIns::refusesOutOfRange() {
    QFETCH(int, metric);
    QFETCH(int, input);
    QFETCH(QString, says);
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    CheckIn c = f.checkIn(QDate(2025, 6, 2), metric);
    c.inputs[2].confidence = input;
    QSignalSpy failed(&store, &WorkshopStore::writeFailed);
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(!store.addCheckIn(c));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY2(store.lastError().contains(says), qPrintable(store.lastError()));
    QVERIFY2(store.lastError().contains(QStringLiteral("1 to 5")), qPrintable(store.lastError()));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 0);
    QCOMPARE(rows(library.database(), QStringLiteral("check_in_input")), 0);
}

void TestCheckIns::refusesInputOfAnotherNorthStar() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const QList<qint64> ids = addMealKitHistory(store, QStringLiteral("Harvest Box"));
    const QList<Input> laterInputs = store.inputs(store.workshop(ids.at(1))->northStarId);
    Fixture f(store); // a second history: its own workshops
    CheckIn c = f.checkIn(QDate(2025, 6, 2), 3);
    c.inputs.append({laterInputs.first().id, 3, laterInputs.first().name});
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("not one of this North Star")),
             qPrintable(store.lastError()));
    c = f.checkIn(QDate(2025, 6, 2), 3);
    c.inputs.append(c.inputs.first()); // rated twice
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("twice")), qPrintable(store.lastError()));
    // A candidate of another workshop is not this workshop's North Star.
    c = f.checkIn(QDate(2025, 6, 2), 3);
    c.inputs.clear();
    c.northStarId = store.workshop(ids.at(1))->northStarId;
    QVERIFY(!store.addCheckIn(c));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 0);
}

void TestCheckIns::refusesOwnerOrDueWithoutAStep() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    CheckIn c = f.checkIn(QDate(2025, 6, 2), 3);
    c.nextStep = QStringLiteral("   ");
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("next step")),
             qPrintable(store.lastError()));
    c.nextOwner.clear();
    QVERIFY(!store.addCheckIn(c)); // the due date alone
    c.nextDue = {};
    QVERIFY2(store.addCheckIn(c), qPrintable(store.lastError())); // neither: fine
    c.date = {};
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("date")), qPrintable(store.lastError()));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 1);
}

void TestCheckIns::refusesOverlongText() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    CheckIn c = f.checkIn(QDate(2025, 6, 2), 3);
    c.learned = QString(TextLimits::LongText + 1, QChar(u'a'));
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("what we learned")),
             qPrintable(store.lastError()));
    c.learned = QString(TextLimits::LongText, QChar(u'a')); // at the limit: kept
    c.nextOwner = QString(TextLimits::ShortText + 1, QChar(u'o'));
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("owner")), qPrintable(store.lastError()));
    c.nextOwner = QStringLiteral("Ana");
    c.nextStep = QStringLiteral("with a NUL") + QChar(u'\0') + QStringLiteral("inside");
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("NUL")), qPrintable(store.lastError()));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 0);
    c.nextStep = QStringLiteral("Fine");
    QVERIFY(store.addCheckIn(c));
    QCOMPARE(store.checkIns(f.workshopId).first().learned.size(), TextLimits::LongText);
}

void TestCheckIns::refusesWithoutChosenNorthStar() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = addPastWorkshop(
        store, plainWorkshop(QStringLiteral("Undecided"), QStringLiteral("P"), QDate(2025, 1, 2)));
    CheckIn c;
    c.workshopId = id;
    c.date = QDate(2025, 2, 1);
    c.metricConfidence = 3;
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("not chosen a North Star")),
             qPrintable(store.lastError()));
    c.workshopId = 9999;
    QVERIFY(!store.addCheckIn(c));
    QVERIFY2(store.lastError().contains(QStringLiteral("no longer exists")),
             qPrintable(store.lastError()));
}

void TestCheckIns::hostileTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    for (const HostileString& s : hostileStrings())
        QTest::newRow(s.label) << s.text;
    QTest::newRow("mixed") << QStringLiteral("“Weekly” <b>tags</b> 🚀 مقياس 'quote' \"double\"");
}

void TestCheckIns::hostileTextRoundTrips() {
    QFETCH(QString, text);
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    CheckIn c = f.checkIn(QDate(2025, 6, 2), 3);
    c.learned = text;
    c.nextStep = text.trimmed().isEmpty() ? QStringLiteral("step") : text;
    c.nextOwner = text.left(TextLimits::ShortText);
    const std::optional<qint64> id = store.addCheckIn(c);
    QVERIFY2(id, qPrintable(store.lastError()));
    QVERIFY(library.reopen());
    const std::optional<CheckIn> back = library.store().checkIn(*id);
    QVERIFY(back);
    QCOMPARE(back->learned, c.learned);
    QCOMPARE(back->nextStep, c.nextStep);
    QCOMPARE(back->nextOwner, c.nextOwner);
}

// The schema keeps the rules even against a writer that skips the store.
void TestCheckIns::schemaRefusesWhatTheStoreRefuses() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    const qint64 id = *store.addCheckIn(f.checkIn(QDate(2025, 6, 2), 3));
    QSqlQuery q(library.database().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in SET metric_confidence = 6")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in SET metric_confidence = 0")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in_input SET confidence = 9")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in SET next_step = ''")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in SET workshop_id = 424242")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE check_in_input SET input_id = 424242")));
    QCOMPARE(store.checkIn(id)->metricConfidence, 3);
}

void TestCheckIns::removingAndPuttingBack() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    const qint64 id = *store.addCheckIn(f.checkIn(QDate(2025, 6, 2), 3));
    const CheckIn before = *store.checkIn(id);
    QVERIFY(store.removeCheckIn(id));
    QVERIFY(!store.checkIn(id));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in_input")), 0);
    QVERIFY(!store.removeCheckIn(id)); // gone already
    // Undo puts it back with its id and its ratings.
    QCOMPARE(store.addCheckIn(before), std::optional<qint64>(id));
    QCOMPARE(store.checkIn(id), std::optional<CheckIn>(before));
}

void TestCheckIns::goesWithItsWorkshopCandidateAndInput() {
    TestLibrary library;
    const Fixture f(library.store());
    const qint64 id = *library.store().addCheckIn(f.checkIn(QDate(2025, 6, 2), 3));
    // An input removed takes its ratings along, and only those.
    QVERIFY(library.store().removeInput(f.inputs.at(0).id));
    QCOMPARE(library.store().checkIn(id)->inputs.size(), 4);
    // A workshop in the trash keeps them (undo brings it back whole) ...
    QVERIFY(library.store().deleteWorkshop(f.workshopId));
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 1);
    QVERIFY(library.store().restoreWorkshop(f.workshopId));
    QCOMPARE(library.store().checkIns(f.workshopId).size(), 1);
    // ... and purging the trash removes them with it.
    QVERIFY(library.store().deleteWorkshop(f.workshopId));
    QVERIFY(library.reopen());
    QCOMPARE(rows(library.database(), QStringLiteral("check_in")), 0);
    QCOMPARE(rows(library.database(), QStringLiteral("check_in_input")), 0);

    // The candidate reviewed, removed, takes its check-ins along.
    const Fixture g(library.store());
    QVERIFY(library.store().addCheckIn(g.checkIn(QDate(2025, 6, 2), 3)));
    QVERIFY(library.store().removeCandidate(g.northStarId));
    QCOMPARE(library.store().checkIns(g.workshopId).size(), 0);
    QCOMPARE(rows(library.database(), QStringLiteral("check_in_input")), 0);
}

// Removing an input of the chosen North Star at Converge takes the check-ins' ratings of it
// along (the database cascades); undoing the removal gives every one of them back, redoing
// takes them again, and a check-in removed in between is not brought back by the undo.
void TestCheckIns::undoingAnInputsRemovalBringsBackItsRatings() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const Fixture f(store);
    const qint64 june = *store.addCheckIn(f.checkIn(QDate(2025, 6, 2), 3));
    const qint64 july = *store.addCheckIn(f.checkIn(QDate(2025, 7, 1), 4));
    const QList<CheckIn> before = store.checkIns(f.workshopId);
    const Input removed = f.inputs.at(2);
    QCOMPARE(store.confidencesIn(removed.id), (QHash<qint64, int>{{june, 3}, {july, 3}}));

    QUndoStack stack;
    stack.push(ConvergeCommands::removeInput(store, removed, QStringLiteral("Remove")));
    QCOMPARE(store.inputs(f.northStarId).size(), 4);
    QCOMPARE(store.checkIn(june)->confidenceIn(removed.id), 0);
    QVERIFY(store.confidencesIn(removed.id).isEmpty());
    QSignalSpy changes(&store, &WorkshopStore::changed);
    stack.undo();
    QCOMPARE(store.checkIns(f.workshopId), before);
    QVERIFY(!changes.isEmpty());
    stack.redo();
    QCOMPARE(store.checkIn(july)->inputs.size(), 4);
    // A check-in removed meanwhile stays removed; the other gets its rating back.
    QVERIFY(store.removeCheckIn(june));
    stack.undo();
    QVERIFY(!store.checkIn(june));
    QCOMPARE(store.checkIn(july), std::optional<CheckIn>(before.at(0)));
    QCOMPARE(store.inputs(f.northStarId), f.inputs);
    // Nothing to give back is no error; an input that is gone is refused, saying so.
    QVERIFY(store.restoreConfidencesIn(removed.id, {}));
    QVERIFY(store.removeInput(removed.id));
    QVERIFY(!store.restoreConfidencesIn(removed.id, {{july, 2}}));
    QVERIFY(store.lastError().contains(QStringLiteral("no longer exists")));
    QVERIFY(!store.restoreConfidencesIn(f.inputs.at(0).id, {{july, 9}}));
    QCOMPARE(store.checkIn(july)->confidenceIn(f.inputs.at(0).id), 1);
}

// A version 11 library (revisits, before check-ins), written by the schema's own steps with a
// chosen North Star and an input: version 12 adds the tables and keeps everything else.
void TestCheckIns::migratesFromVersion11() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    const QString name = QStringLiteral("v11-writer");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QStringList statements{QStringLiteral("PRAGMA application_id=1280263251")};
        for (int version = 1; version <= 11; ++version)
            statements += Migrations::step(version);
        statements += {
            QStringLiteral("INSERT INTO workshop (id, title, product, created_at, updated_at, "
                           "change_note) VALUES (1, 'First', 'Atlas', "
                           "'2025-01-05T09:00:00.000Z', '2025-01-05T09:00:00.000Z', '')"),
            QStringLiteral("INSERT INTO workshop (id, title, product, created_at, updated_at, "
                           "predecessor_id) VALUES (2, 'Again', 'Atlas', "
                           "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', 1)"),
            QStringLiteral("INSERT INTO candidate (id, workshop_id, kind, name) VALUES "
                           "(7, 1, 'room', 'Weekly planners')"),
            QStringLiteral("INSERT INTO input (id, candidate_id, name) VALUES (30, 7, 'Teams')"),
            QStringLiteral("UPDATE workshop SET north_star_id = 7 WHERE id = 1"),
            QStringLiteral("PRAGMA user_version=11"),
        };
        for (const QString& sql : statements) {
            QSqlQuery q(raw);
            QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
    }
    WorkshopStore store(db);
    // Version 11's data is intact.
    QCOMPARE(store.predecessorOf(2), 1);
    QCOMPARE(store.northStarRecord(1)->metricName, QStringLiteral("Weekly planners"));
    QCOMPARE(store.checkIns(1), QList<CheckIn>{});
    // Version 12 works on the updated file.
    CheckIn c;
    c.workshopId = 1;
    c.date = QDate(2025, 4, 1);
    c.metricConfidence = 2;
    c.inputs = {{30, 5, QStringLiteral("Teams")}};
    c.learned = QStringLiteral("Planners plan in pairs");
    const std::optional<qint64> id = store.addCheckIn(c);
    QVERIFY2(id, qPrintable(store.lastError()));
    QCOMPARE(store.checkIn(*id)->northStarId, 7);
    QCOMPARE(store.checkIn(*id)->inputs,
             (QList<InputConfidence>{{30, 5, QStringLiteral("Teams")}}));
    // The backup taken first is the version 11 file.
    QCOMPARE(QDir(db.backupFolder()).entryList(QDir::Files).size(), 1);
}

void TestCheckIns::playbookHasReviewQuestions() {
    QVERIFY2(Playbook::standardError().isEmpty(), qPrintable(Playbook::standardError()));
    const QStringList questions = Playbook::standard().revisit().checkInQuestions;
    QVERIFY(questions.size() >= 4);
    for (const QString& question : questions)
        QVERIFY2(question.endsWith(u'?'), qPrintable(question));
}

QTEST_GUILESS_MAIN(TestCheckIns)
#include "TestCheckIns.moc"
