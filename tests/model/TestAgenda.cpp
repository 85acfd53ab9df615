// The bundled agenda loads and adds up; broken agenda files are rejected with a reason.
#include "TestLibrary.h"
#include "playbook/Agenda.h"
#include "playbook/ExampleWorkshop.h"

#include <QTest>

class TestAgenda : public QObject {
    Q_OBJECT

private slots:
    void bundledAgendaLoads();
    void variantsAddUp_data();
    void variantsAddUp();
    void draftBlockHasItsSteps();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void exampleWorkshopIsComplete();
};

void TestAgenda::bundledAgendaLoads() {
    QVERIFY2(Agenda::standardError().isEmpty(), qPrintable(Agenda::standardError()));
    QCOMPARE(Agenda::standard().variants(), (QList<int>{120, 90, 60}));
    const QList<AgendaStage> blocks = Agenda::standard().blocks(120);
    QCOMPARE(blocks.size(), 6);
    for (const AgendaStage& block : blocks) {
        QVERIFY(!block.script.isEmpty());
        QVERIFY(!block.tip.isEmpty());
    }
}

void TestAgenda::variantsAddUp_data() {
    QTest::addColumn<int>("minutes");
    QTest::newRow("120") << 120;
    QTest::newRow("90") << 90;
    QTest::newRow("60") << 60;
}

void TestAgenda::variantsAddUp() {
    QFETCH(int, minutes);
    int total = 0;
    for (const AgendaStage& stage : Agenda::standard().runnableStages(minutes))
        total += stage.minutes;
    QCOMPARE(total, minutes);
}

void TestAgenda::draftBlockHasItsSteps() {
    const auto draft = Agenda::standard().stage(QStringLiteral("draft"), 120);
    QVERIFY(draft);
    QCOMPARE(draft->minutes, 45);
    QStringList keys;
    QList<int> minutes;
    for (const AgendaStage& step : draft->steps) {
        keys << step.key;
        minutes << step.minutes;
        QCOMPARE(step.parentKey, QStringLiteral("draft"));
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("draft.silent"), QStringLiteral("draft.pairs"),
                                QStringLiteral("draft.score"), QStringLiteral("draft.decide"),
                                QStringLiteral("draft.converge")}));
    QCOMPARE(minutes, (QList<int>{10, 10, 10, 10, 5}));
    QCOMPARE(Agenda::standard().runnableStages(120).size(), 10);
}

void TestAgenda::rejectsBrokenFiles_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray stage = R"({"key":"a","title":"A","prompt":"P"})";
    QTest::newRow("not json") << QByteArray("{ nope") << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1})")
                                  << "not a version 1";
    QTest::newRow("no stages") << QByteArray(
                                      R"({"format":"lodestar-agenda","version":1,"stages":[]})")
                               << "no stages";
    QTest::newRow("stage without title")
        << QByteArray(
               R"({"format":"lodestar-agenda","version":1,"stages":[{"key":"a","prompt":"p"}]})")
        << "missing its key, title or prompt";
    QTest::newRow("duplicate key")
        << QByteArray(R"({"format":"lodestar-agenda","version":1,"stages":[)" + stage + "," +
                      stage + "]}")
        << "used twice";
    QTest::newRow("missing timing")
        << QByteArray(R"({"format":"lodestar-agenda","version":1,"stages":[)" + stage +
                      R"(],"variants":[{"minutes":60,"timings":{}}]})")
        << "no minutes for";
    QTest::newRow("wrong total") << QByteArray(
                                        R"({"format":"lodestar-agenda","version":1,"stages":[)" +
                                        stage +
                                        R"(],"variants":[{"minutes":60,"timings":{"a":50}}]})")
                                 << "adds up to 50";
    QTest::newRow("no variants")
        << QByteArray(R"({"format":"lodestar-agenda","version":1,"stages":[)" + stage + "]}")
        << "no timed variants";
}

void TestAgenda::rejectsBrokenFiles() {
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Agenda::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAgenda::exampleWorkshopIsComplete() {
    TestLibrary library;
    const auto id = ExampleWorkshop::create(library.store());
    QVERIFY2(id, qPrintable(library.store().lastError()));
    const Workshop w = *library.store().workshop(*id);
    QCOMPARE(w.game, Game::Transaction);
    QVERIFY(w.northStarId > 0);
    QVERIFY(!w.guardrailName.isEmpty());
    QCOMPARE(library.store().participants(*id).size(), 7);
    const Candidate northStar = *library.store().candidate(w.northStarId);
    QCOMPARE(northStar.mergedFrom.size(), 2);
    const QList<Input> inputs = library.store().inputs(w.northStarId);
    QVERIFY(inputs.size() >= 3 && inputs.size() <= 5);
    for (const Input& input : inputs)
        QVERIFY(!input.owner.isEmpty());
    QVERIFY(!library.store().checklistScores(*id).isEmpty());
    QCOMPARE(library.store().matrixCriteria(*id).size(), 4);
    QVERIFY(!library.store().matrixScores(*id).isEmpty());
    QVERIFY(!library.store().votes(*id).isEmpty());
    QVERIFY(library.store().followUps(*id).size() >= 2);
    // Every runnable stage of its agenda has time recorded.
    for (const AgendaStage& stage : Agenda::standard().runnableStages(w.agendaMinutes))
        QVERIFY2(library.store().stageState(*id, stage.key).elapsedMs > 0, qPrintable(stage.key));
    const auto summary = library.store().workshopSummary(*id);
    QCOMPARE(summary->northStar, northStar.name);
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "TestAgenda.moc"
