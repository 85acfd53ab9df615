// The teaching blocks' tables round-trip: stage focus and reveal, notes per opening
// question, the game's show of hands and value exchange, anti-example tags, warm-up groups.
#include "TestLibrary.h"
#include "session/TeachingEdits.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoCommand>

#include <memory>

class TestTeachingStore : public QObject {
    Q_OBJECT

private slots:
    void stageFocusAndReveal();
    void questionNotes();
    void gameTallyAndValueExchange();
    void antiExampleTags();
    void warmUpGroupsAndMembers();
    void aGroupEditWritesOnlyWhatChanged();
};

void TestTeachingStore::stageFocusAndReveal() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Focus"));
    QSignalSpy changed(&library.store(), &WorkshopStore::changed);
    QVERIFY(library.store().setStageFocus(id, QStringLiteral("opening"), 3));
    QVERIFY(library.store().setStageRevealed(id, QStringLiteral("draft.silent"), true));
    QVERIFY(library.store().setStageNotes(id, QStringLiteral("opening"), QStringLiteral("n")));
    QCOMPARE(changed.count(), 3);
    QVERIFY(changed.at(0).first().value<WorkshopChanges>().hasStage(id, QStringLiteral("opening"),
                                                                    ChangeKind::StageState));
    QVERIFY(changed.at(1).first().value<WorkshopChanges>().hasStage(
        id, QStringLiteral("draft.silent"), ChangeKind::StageState));
    QVERIFY(changed.at(2).first().value<WorkshopChanges>().hasStage(id, QStringLiteral("opening"),
                                                                    ChangeKind::StageNotes));
    QVERIFY(library.reopen());
    const StageState opening = library.store().stageState(id, QStringLiteral("opening"));
    QCOMPARE(opening.focus, 3);
    QCOMPARE(opening.notes, QStringLiteral("n")); // one column's update leaves the others
    QVERIFY(library.store().stageState(id, QStringLiteral("draft.silent")).revealed);
    QVERIFY(library.store().setStageFocus(id, QStringLiteral("opening"), -4));
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).focus, 0);
}

void TestTeachingStore::questionNotes() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Notes"));
    QVERIFY(library.store().setQuestionNote(id, QStringLiteral("why"),
                                            QStringLiteral("Growth stalled")));
    QVERIFY(library.store().setQuestionNote(id, QStringLiteral("impact"),
                                            QStringLiteral("Fewer churned teams")));
    QVERIFY(library.store().setQuestionNote(id, QStringLiteral("why"),
                                            QStringLiteral("Growth stalled in Q3")));
    QVERIFY(library.reopen());
    const auto notes = library.store().questionNotes(id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.value(QStringLiteral("why")), QStringLiteral("Growth stalled in Q3"));
}

void TestTeachingStore::gameTallyAndValueExchange() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Game"));
    QVERIFY(library.store().setGameHands(id, Game::Attention, 2));
    QVERIFY(library.store().setGameHands(id, Game::Transaction, 5));
    QVERIFY(library.store().setGameHands(id, Game::Attention, 1));
    QVERIFY(!library.store().setGameHands(id, Game::Undecided, 1));
    QVERIFY(!library.store().setGameHands(id, Game::Productivity, -1));
    Workshop w = *library.store().workshop(id);
    w.game = Game::Transaction;
    w.gameRationale = QStringLiteral("They pay per box");
    w.valueExchange = QStringLiteral("When the box becomes dinner");
    QVERIFY(library.store().updateWorkshop(w));
    QVERIFY(library.reopen());
    const auto tally = library.store().gameTally(id);
    QCOMPARE(tally.value(Game::Attention), 1);
    QCOMPARE(tally.value(Game::Transaction), 5);
    QCOMPARE(tally.value(Game::Productivity), 0);
    QCOMPARE(library.store().workshop(id)->valueExchange,
             QStringLiteral("When the box becomes dinner"));
    w = *library.store().workshop(id);
    w.game = Game::Productivity; // the choice can change later
    QVERIFY(library.store().updateWorkshop(w));
    QCOMPARE(library.store().workshop(id)->game, Game::Productivity);
}

void TestTeachingStore::antiExampleTags() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Anti"));
    Candidate bad = makeCandidate(id, QStringLiteral("Page views"), CandidateKind::AntiExample);
    bad.breaksCriterion = QStringLiteral("not_vanity");
    bad.id = *library.store().addCandidate(bad);
    QVERIFY(library.reopen());
    QCOMPARE(*library.store().candidate(bad.id), bad);
    bad.breaksCriterion.clear();
    QVERIFY(library.store().updateCandidate(bad));
    QCOMPARE(library.store().candidate(bad.id)->breaksCriterion, QString());
}

void TestTeachingStore::warmUpGroupsAndMembers() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Warm-up"), 5);
    const QList<Participant> people = library.store().participants(id);
    QSignalSpy changed(&library.store(), &WorkshopStore::changed);
    WarmUpGroup a{0,
                  id,
                  QStringLiteral("Group A"),
                  Game::Undecided,
                  0,
                  0,
                  {people[0].id, people[1].id, people[2].id}};
    WarmUpGroup b{0, id, QStringLiteral("Group B"),   Game::Undecided,
                  0, 1,  {people[3].id, people[4].id}};
    a.id = *library.store().addWarmUpGroup(a);
    b.id = *library.store().addWarmUpGroup(b);
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).first().value<WorkshopChanges>().has(id, ChangeKind::WarmUp));
    QVERIFY(changed.at(1).first().value<WorkshopChanges>().rowIds.contains(b.id));
    // Moving someone to group B takes them out of A.
    b.members.append(people[2].id);
    QVERIFY(library.store().updateWarmUpGroup(b));
    const qint64 sheet = *library.store().addCandidate(
        makeCandidate(id, QStringLiteral("Seated diners"), CandidateKind::WarmUp));
    a.game = Game::Transaction;
    a.candidateId = sheet;
    a.members = {people[0].id, people[1].id};
    QVERIFY(library.store().updateWarmUpGroup(a));
    QVERIFY(library.reopen());
    const QList<WarmUpGroup> groups = library.store().warmUpGroups(id);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0], a);
    QCOMPARE(groups[1].members, (QList<qint64>{people[2].id, people[3].id, people[4].id}));
    QVERIFY(!library.store().addWarmUpGroup({0, id, QStringLiteral(" ")}));
    QVERIFY(library.store().removeCandidate(sheet));
    QCOMPARE(library.store().warmUpGroups(id)[0].candidateId, 0);
    QVERIFY(library.store().removeWarmUpGroup(a.id));
    QCOMPARE(library.store().warmUpGroups(id).size(), 1);
}

// Renaming a group writes its name, choosing its game the game, moving a person that
// person's membership: each in one transaction heard as one change naming the groups it
// touched; the same value again writes nothing and tells nobody. The console's command for a
// move is one change each way too.
void TestTeachingStore::aGroupEditWritesOnlyWhatChanged() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Warm-up"), 4);
    const QList<Participant> people = store.participants(id);
    const qint64 a = *store.addWarmUpGroup(
        {0, id, QStringLiteral("Larks"), Game::Undecided, 0, 0, {people[0].id, people[1].id}});
    const qint64 b = *store.addWarmUpGroup(
        {0, id, QStringLiteral("Owls"), Game::Undecided, 0, 1, {people[2].id}});
    // SQLite names the columns an UPDATE sets: a trigger per column (and per kind of write to
    // the members) records them.
    QSqlDatabase db = library.database().connection();
    QSqlQuery sql(db);
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE written (name TEXT)")));
    for (const QString& column : {QStringLiteral("name"), QStringLiteral("game"),
                                  QStringLiteral("candidate_id"), QStringLiteral("position")})
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_group_%1 AFTER UPDATE OF %1 "
                                         "ON main.warmup_group BEGIN INSERT INTO written VALUES "
                                         "('%1'); END")
                              .arg(column)),
                 qPrintable(sql.lastError().text()));
    for (const QString& event :
         {QStringLiteral("INSERT"), QStringLiteral("DELETE"), QStringLiteral("UPDATE")})
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_member_%1 AFTER %1 ON "
                                         "main.warmup_member BEGIN INSERT INTO written VALUES "
                                         "('member %1'); END")
                              .arg(event)),
                 qPrintable(sql.lastError().text()));
    const auto written = [&] {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM written ORDER BY rowid"));
        while (q.next())
            names << q.value(0).toString();
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM written"));
        return names;
    };
    QSignalSpy changed(&store, &WorkshopStore::changed);
    const auto once = [&](const QSet<qint64>& groups) {
        const bool ok =
            changed.count() == 1 &&
            changed.first().first().value<WorkshopChanges>().has(id, ChangeKind::WarmUp) &&
            changed.first().first().value<WorkshopChanges>().rowIds == groups;
        changed.clear();
        return ok;
    };

    WarmUpGroup larks = *store.warmUpGroup(a);
    larks.name = QStringLiteral("Early larks");
    QVERIFY(store.updateWarmUpGroup(larks));
    QCOMPARE(written(), QStringList{QStringLiteral("name")});
    QVERIFY(once({a}));
    QVERIFY(store.updateWarmUpGroup(larks)); // the same again
    QVERIFY(written().isEmpty());
    QCOMPARE(changed.count(), 0);
    larks.game = Game::Productivity;
    QVERIFY(store.updateWarmUpGroup(larks));
    QCOMPARE(written(), QStringList{QStringLiteral("game")});
    QVERIFY(once({a}));

    // A newcomer joins: one membership written; taken from another group, that group is named.
    WarmUpGroup owls = *store.warmUpGroup(b);
    owls.members.append(people[3].id);
    QVERIFY(store.updateWarmUpGroup(owls));
    QCOMPARE(written(), QStringList{QStringLiteral("member INSERT")});
    QVERIFY(once({b}));
    owls.members.append(people[0].id);
    QVERIFY(store.updateWarmUpGroup(owls));
    QCOMPARE(written(), QStringList{QStringLiteral("member UPDATE")});
    QVERIFY(once({a, b}));
    QCOMPARE(store.warmUpGroup(a)->members, QList<qint64>{people[1].id});

    // The console moves a person back (the page's command): one change each way.
    larks = *store.warmUpGroup(a);
    owls = *store.warmUpGroup(b);
    larks.members.append(people[0].id);
    owls.members.removeAll(people[0].id);
    std::unique_ptr<QUndoCommand> move(
        TeachingEdits::updateWarmUpGroups(store, {larks, owls}, QStringLiteral("Move")));
    QVERIFY(move);
    move->redo();
    QCOMPARE(written(), QStringList{QStringLiteral("member UPDATE")});
    QVERIFY(once({a, b}));
    move->undo();
    QCOMPARE(written(), QStringList{QStringLiteral("member UPDATE")});
    QVERIFY(once({a, b}));
    move->redo();
    QVERIFY(once({a, b}));

    QVERIFY(library.reopen());
    QCOMPARE(library.store().warmUpGroup(a)->name, QStringLiteral("Early larks"));
    QCOMPARE(library.store().warmUpGroup(a)->game, Game::Productivity);
    QCOMPARE(library.store().warmUpGroup(a)->members, (QList<qint64>{people[0].id, people[1].id}));
    QCOMPARE(library.store().warmUpGroup(b)->members, (QList<qint64>{people[2].id, people[3].id}));
}

QTEST_GUILESS_MAIN(TestTeachingStore)
#include "TestTeachingStore.moc"
