// The team list's columns from the laptop's list — stage reached and candidates — as the
// server computes them from the document and sorts by them, checked when read; and a server
// still on team schema version 1 (see TestTeamLibrary.h).
#include "TestTeamLibrary.h"

#include "TestLibrary.h"

#include "exchange/JsonExchange.h"
#include "exchange/WorkshopDocument.h"
#include "playbook/Agenda.h"

#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <tuple>

namespace {

QStringList titlesOf(const std::optional<QList<TeamWorkshopSummary>>& list) {
    QStringList titles;
    for (const TeamWorkshopSummary& w : list.value_or(QList<TeamWorkshopSummary>{}))
        titles << w.title;
    return titles;
}

} // namespace

void TestTeamLibrary::listShowsStageAndCandidates() {
    TestLibrary laptop;
    auto team = opened(PostgresCluster::Facilitator);
    const QList<qint64> ids{
        addStagedWorkshop(laptop, QStringLiteral("Not begun"), {}, 0, 2),
        addStagedWorkshop(laptop, QStringLiteral("Opened"), QStringLiteral("opening"), 2, 1),
        addStagedWorkshop(laptop, QStringLiteral("Scoring"), QStringLiteral("draft.score"), 5, 3),
        addStagedWorkshop(laptop, QStringLiteral("Own block"), QStringLiteral("custom"), 1)};
    for (const qint64 id : ids) {
        QVERIFY(id);
        QVERIFY2(team->publish(laptop.store(), id), qPrintable(team->lastError()));
    }
    const auto list = team->workshops();
    QVERIFY2(list, qPrintable(team->lastError()));
    QCOMPARE(list->size(), ids.size());
    // The laptop's own list reads the same workshops: the team's must say the same.
    for (const qint64 id : ids) {
        const auto local = laptop.store().workshopSummary(id);
        QVERIFY(local);
        const auto shown = std::find_if(list->begin(), list->end(),
                                        [&](const auto& w) { return w.title == local->title; });
        QVERIFY(shown != list->end());
        QCOMPARE(shown->currentStage, local->currentStage);
        QCOMPARE(shown->candidateCount, local->candidateCount);
    }
    QCOMPARE(list->last().currentStage, QString()); // the first published: not begun
    QCOMPARE(list->last().candidateCount, 0);
    QVERIFY(list->first().currentStage.startsWith(QStringLiteral("custom.")));

    // A new version brings its new stage and candidates along.
    QVERIFY(laptop.store().setCurrentStage(ids[1], QStringLiteral("draft.converge")));
    QVERIFY(laptop.store().addCandidate(makeCandidate(ids[1], QStringLiteral("Late one"))));
    QVERIFY(team->publish(laptop.store(), ids[1]));
    TeamListQuery query;
    query.search = QStringLiteral("Opened");
    const auto again = team->workshops(query);
    QVERIFY(again && again->size() == 1);
    QCOMPARE(again->first().version, 2);
    QCOMPARE(again->first().currentStage, QStringLiteral("draft.converge"));
    QCOMPARE(again->first().candidateCount, 3);
}

void TestTeamLibrary::sortsByStageAndCandidatesOnTheServer() {
    TestLibrary laptop;
    auto team = opened(PostgresCluster::Facilitator);
    // Each at a different stage with a different count, published in neither order.
    const QList<std::tuple<const char*, const char*, int>> workshops{
        {"Warm", "warmup", 4},         {"Fresh", "", 1},
        {"Silent", "draft.silent", 0}, {"Decided", "draft.converge", 2},
        {"Opening", "opening", 5},     {"Scores", "draft.score", 3}};
    for (const auto& [title, stage, own] : workshops) {
        const qint64 id = addStagedWorkshop(laptop, QString::fromLatin1(title),
                                            QString::fromLatin1(stage), own, 2);
        QVERIFY(id);
        QVERIFY2(team->publish(laptop.store(), id), qPrintable(team->lastError()));
    }
    // The laptop's list sorts the same workshops: the team's order must be the same.
    const auto localOrder = [&](WorkshopStore::LibraryOrder order, bool descending) {
        WorkshopStore::LibraryQuery query;
        query.order = order;
        query.descending = descending;
        query.stageOrder = Agenda::standard().stageKeys();
        QStringList ordered;
        for (const qint64 id : laptop.store().libraryIds(query))
            ordered << laptop.store().workshopSummary(id)->title;
        return ordered;
    };
    using Sort = TeamListQuery::Sort;
    using Order = WorkshopStore::LibraryOrder;
    for (const auto& [sort, order] :
         {std::pair{Sort::Stage, Order::Stage}, std::pair{Sort::Candidates, Order::Candidates}})
        for (const bool descending : {false, true}) {
            TeamListQuery query;
            query.sort = sort;
            query.descending = descending;
            const QStringList expected = localOrder(order, descending);
            QCOMPARE(titlesOf(team->workshops(query)), expected);
            // A page of two is the server's first two of all, not two sorted here.
            query.limit = 2;
            query.offset = 1;
            QCOMPARE(titlesOf(team->workshops(query)), expected.mid(1, 2));
        }
    TeamListQuery byStage;
    byStage.sort = Sort::Stage;
    byStage.descending = false;
    QCOMPARE(titlesOf(team->workshops(byStage)).first(), QStringLiteral("Opening"));
    QCOMPARE(titlesOf(team->workshops(byStage)).last(), QStringLiteral("Fresh")); // as the laptop
}

void TestTeamLibrary::stageRankFollowsTheAgenda() {
    // The schema repeats the agenda's order; a playbook that changes it needs a new schema.
    const QStringList keys = Agenda::standard().stageKeys();
    QVERIFY(!keys.isEmpty());
    QStringList calls;
    for (const QString& key : keys + QStringList{QString(), QStringLiteral("custom.1")})
        calls << QStringLiteral("lodestar.stage_rank('%1')").arg(key);
    const auto ranks = m_cluster.sql(QStringLiteral("SELECT ") + calls.join(u','));
    QVERIFY2(ranks, qPrintable(m_cluster.error()));
    QStringList expected;
    for (int rank = 0; rank < keys.size(); ++rank)
        expected << QString::number(rank);
    expected << QString::number(keys.size()) << QString::number(keys.size());
    QCOMPARE(ranks->split(u'|'), expected);
}

void TestTeamLibrary::olderSchemaIsNeverWritten() {
    const QString database = QStringLiteral("lodestar_v1");
    QVERIFY2(m_cluster.createTeamDatabase(database, 1), qPrintable(m_cluster.error()));
    const auto dropDatabase = qScopeGuard([&] { m_cluster.dropDatabase(database); });
    // A workshop published while the server was on version 1.
    TestLibrary laptop;
    const qint64 id =
        addStagedWorkshop(laptop, QStringLiteral("Before"), QStringLiteral("draft.score"), 3, 2);
    const auto doc = WorkshopDocument::load(laptop.store(), id);
    QVERIFY(doc);
    QVERIFY(m_cluster.sql(
        QStringLiteral("INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, "
                       "held_at, north_star, document) VALUES ('v1/1', 'Before', '', '', now(), "
                       "'', $doc$%1$doc$)")
            .arg(QString::fromUtf8(JsonExchange::write(*doc))),
        database));
    const QString snapshotSql = QStringLiteral(
        "SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM lodestar.team_workshop t "
        "UNION ALL SELECT string_agg(version::text, ',') FROM lodestar.schema_version "
        "UNION ALL SELECT count(*)::text FROM lodestar.team_copy");
    const auto before = m_cluster.sql(snapshotSql, database);
    QVERIFY(before);

    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"), database));
    QVERIFY(!team.open());
    QCOMPARE(team.status(), TeamLibrary::Status::OlderSchema);
    QCOMPARE(team.lastFailure(), TeamLibrary::Failure::Server);
    for (const QString& words :
         {QStringLiteral("older Lodestar"), QStringLiteral("version 1"),
          QStringLiteral("version %1").arg(TeamLibrary::SchemaVersion),
          QStringLiteral("administrator"), QStringLiteral("team-library.sql"),
          QStringLiteral("nothing was changed")})
        QVERIFY2(team.lastError().contains(words), qPrintable(team.lastError()));
    QVERIFY(!team.publish(laptop.store(), id));
    QVERIFY(!team.workshops());
    QVERIFY(!team.withdraw(1));
    QCOMPARE(m_cluster.sql(snapshotSql, database).value_or(QString()), *before);

    // The administrator runs the new script: the old row gets its columns, and it opens.
    QVERIFY2(m_cluster.runScript(QStringLiteral(LODESTAR_TEAM_SQL), database),
             qPrintable(m_cluster.error()));
    QVERIFY2(team.open(), qPrintable(team.lastError()));
    const auto list = team.workshops();
    QVERIFY2(list && list->size() == 1, qPrintable(team.lastError()));
    QCOMPARE(list->first().currentStage, QStringLiteral("draft.score"));
    QCOMPARE(list->first().candidateCount, 3);
    team.close();
}

void TestTeamLibrary::forgedColumnsAreRefused() {
    // A server that lies: its administrator turned the computed columns into plain ones.
    const QString database = QStringLiteral("lodestar_forged");
    QVERIFY2(m_cluster.createTeamDatabase(database), qPrintable(m_cluster.error()));
    const auto dropDatabase = qScopeGuard([&] { m_cluster.dropDatabase(database); });
    TestLibrary laptop;
    TeamLibrary team(m_cluster.keyValue(QStringLiteral("alice"), passwordOf("alice"), database));
    QVERIFY2(team.open(), qPrintable(team.lastError()));
    const auto published =
        team.publish(laptop.store(), addStagedWorkshop(laptop, QStringLiteral("Forged"),
                                                       QStringLiteral("opening"), 2));
    QVERIFY2(published, qPrintable(team.lastError()));
    QVERIFY(m_cluster.sql(
        QStringLiteral(
            "ALTER TABLE lodestar.team_workshop ALTER COLUMN current_stage DROP EXPRESSION, "
            "ALTER COLUMN current_stage DROP NOT NULL, ALTER COLUMN candidate_count DROP "
            "EXPRESSION, ALTER COLUMN candidate_count DROP NOT NULL, DROP CONSTRAINT "
            "team_workshop_current_stage_short, DROP CONSTRAINT "
            "team_workshop_candidate_count_limit, DROP CONSTRAINT team_workshop_title_written"),
        database));
    const QList<std::pair<QString, QString>> forgeries{
        {QStringLiteral("candidate_count = -1"), QStringLiteral("candidate_count")},
        {QStringLiteral("candidate_count = 10001"), QStringLiteral("candidate_count")},
        {QStringLiteral("candidate_count = NULL"), QStringLiteral("candidate_count: missing")},
        {QStringLiteral("current_stage = repeat('x', 201)"), QStringLiteral("current_stage")},
        {QStringLiteral("current_stage = NULL"), QStringLiteral("current_stage: missing")},
        {QStringLiteral("title = '   '"), QStringLiteral("title: must not be blank")}};
    const QString honest = QStringLiteral(
        "UPDATE lodestar.team_workshop SET candidate_count = 2, current_stage = 'opening', "
        "title = 'Forged'");
    for (const auto& [forgery, named] : forgeries) {
        QVERIFY(m_cluster.sql(honest, database));
        QVERIFY2(team.workshops(), qPrintable(forgery + u' ' + team.lastError()));
        QVERIFY(m_cluster.sql(QStringLiteral("UPDATE lodestar.team_workshop SET ") + forgery,
                              database));
        QVERIFY2(!team.workshops(), qPrintable(forgery));
        QCOMPARE(team.lastFailure(), TeamLibrary::Failure::Request);
        QVERIFY2(
            team.lastError().contains(QStringLiteral("team workshop %1").arg(published->teamId)) &&
                team.lastError().contains(named),
            qPrintable(forgery + u' ' + team.lastError()));
        QVERIFY(team.isOpen()); // only that answer was refused
    }
    team.close();
}

void TestTeamLibrary::countStopsAtTheCap() {
    QVERIFY(m_cluster.sql(QStringLiteral(
        "INSERT INTO lodestar.team_workshop (origin, title, product, facilitator, held_at, "
        "north_star, document) SELECT 'seed', 'Capped ' || n, 'P', 'F', now(), '', '{}'::jsonb "
        "FROM generate_series(1, 30) AS n")));
    auto team = opened(PostgresCluster::Reader);
    const QString search = QStringLiteral("capped");
    QCOMPARE(team->workshopCount(search).value_or(-1), qint64(30)); // exact without a cap
    QCOMPARE(team->workshopCount(search, 30).value_or(-1),
             qint64(30)); // exactly the cap: all of them
    QCOMPARE(team->workshopCount(search, 29).value_or(-1), qint64(30)); // cap + 1: "more than 29"
    QCOMPARE(team->workshopCount(search, 10).value_or(-1), qint64(11));
    QCOMPARE(team->workshopCount(QStringLiteral("capped 7"), 10).value_or(-1), qint64(1));
    QCOMPARE(team->workshopCount(QStringLiteral("nothing"), 10).value_or(-1), qint64(0));
}
