// The store's change stream: one changed() per committed transaction, saying which workshop,
// which kinds and which rows; nothing after a rollback; one for a whole batch; the timer's
// saved time on its own channel; an edit writes only the columns that changed.
#include "TestLibrary.h"
#include "session/ConvergeCommands.h"
#include "session/DecisionCommands.h"
#include "session/DraftCommands.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoCommand>

#include <memory>

namespace {

WorkshopChanges changesAt(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).first().value<WorkshopChanges>();
}

} // namespace

class TestChangeStream : public QObject {
    Q_OBJECT

private slots:
    void oneNotificationPerEditWithKindsAndIds();
    void inputsNameTheirCandidate();
    void nothingOnRollbackOrRefusal();
    void aBatchIsOneTransactionAndOneNotification();
    void anyRowsStayAnyInABatch();
    void aFailedWriteRollsTheWholeBatchBack();
    void batchesNest();
    void timerTimeTravelsOnItsOwnChannel();
    void anEditWritesOnlyWhatChanged();
    void anEditThatChangesNothingIsSilent();
    void compoundActionsAreOneNotification();
};

void TestChangeStream::oneNotificationPerEditWithKindsAndIds() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Stream"), 3);
    const QList<Participant> people = store.participants(id);
    QSignalSpy changed(&store, &WorkshopStore::changed);

    const qint64 card = *store.addCandidate(makeCandidate(id, QStringLiteral("Weekly cooks")));
    QCOMPARE(changed.count(), 1);
    WorkshopChanges c = changesAt(changed, 0);
    QCOMPARE(c.workshopId, id);
    QCOMPARE(c.workshopIds, QSet<qint64>{id});
    QCOMPARE(c.kinds, ChangeKinds(ChangeKind::Candidate));
    QCOMPARE(c.candidateIds, QSet<qint64>{card});

    QVERIFY(store.setVote({people[0].id, card, 2}));
    QCOMPARE(changed.count(), 2);
    c = changesAt(changed, 1);
    QCOMPARE(c.kinds, ChangeKinds(ChangeKind::Vote));
    QCOMPARE(c.candidateIds, QSet<qint64>{card});

    QVERIFY(store.setChecklistScore(
        {card, QStringLiteral("leading"), people[1].id, ChecklistAnswer::Yes}));
    QCOMPARE(changesAt(changed, 2).kinds, ChangeKinds(ChangeKind::Score));

    QVERIFY(store.setStageRevealed(id, QStringLiteral("draft.silent"), true));
    c = changesAt(changed, 3);
    QCOMPARE(c.kinds, ChangeKinds(ChangeKind::StageState));
    QCOMPARE(c.stageKeys, QSet<QString>{QStringLiteral("draft.silent")});

    QVERIFY(store.setStagePlan(id, QStringLiteral("game"), 12, false));
    QCOMPARE(changesAt(changed, 4).kinds, ChangeKinds(ChangeKind::Plan));

    Participant extra{0, id, QStringLiteral("Noor"), QStringLiteral("design"), 3};
    const qint64 noor = *store.addParticipant(extra);
    c = changesAt(changed, 5);
    QCOMPARE(c.kinds, ChangeKinds(ChangeKind::Roster));
    QCOMPARE(c.participantIds, QSet<qint64>{noor});

    FollowUp f;
    f.workshopId = id;
    f.text = QStringLiteral("Ask finance");
    const qint64 followUp = *store.addFollowUp(f);
    c = changesAt(changed, 6);
    QCOMPARE(c.kinds, ChangeKinds(ChangeKind::FollowUp));
    QCOMPARE(c.rowIds, QSet<qint64>{followUp});

    QVERIFY(store.setNorthStar(id, card));
    QCOMPARE(changesAt(changed, 7).kinds, ChangeKinds(ChangeKind::Workshop));
    QVERIFY(store.setGameHands(id, Game::Attention, 4));
    QCOMPARE(changesAt(changed, 8).kinds, ChangeKinds(ChangeKind::GameTally));
    QVERIFY(store.deleteWorkshop(id));
    QCOMPARE(changesAt(changed, 9).kinds, ChangeKinds(ChangeKind::Library));
    QCOMPARE(changed.count(), 10);
}

void TestChangeStream::inputsNameTheirCandidate() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Inputs"));
    const qint64 card = *store.addCandidate(makeCandidate(id, QStringLiteral("Card")));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    Input input;
    input.candidateId = card;
    input.name = QStringLiteral("Kits per week");
    const qint64 inputId = *store.addInput(input);
    QVERIFY(store.removeInput(inputId));
    QCOMPARE(changed.count(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const WorkshopChanges c = changesAt(changed, i);
        QCOMPARE(c.kinds, ChangeKind::Candidate | ChangeKind::Input);
        QCOMPARE(c.candidateIds, QSet<qint64>{card});
        QCOMPARE(c.inputIds, QSet<qint64>{inputId});
    }
}

void TestChangeStream::nothingOnRollbackOrRefusal() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Quiet"));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QSignalSpy failed(&store, &WorkshopStore::writeFailed);
    QVERIFY(!store.renameWorkshop(id, QString())); // refused before any write
    // Refused by the database: a vote for a candidate that does not exist.
    QVERIFY(!store.setVote({store.participants(id).first().id, 987654, 1}));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(changed.count(), 0);
}

void TestChangeStream::aBatchIsOneTransactionAndOneNotification() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Batch"), 2);
    const qint64 a = *store.addCandidate(makeCandidate(id, QStringLiteral("A")));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    qint64 b = 0;
    QVERIFY(!store.inBatch());
    const bool ok = store.batch([&] {
        [&] { QVERIFY(store.inBatch()); }();
        b = store.addCandidate(makeCandidate(id, QStringLiteral("B"))).value_or(0);
        Candidate merged = *store.candidate(a);
        merged.mergedFrom = {b};
        merged.name = QStringLiteral("A and B");
        store.updateCandidate(merged);
        store.setVote({store.participants(id).first().id, a, 1});
        store.setStageRevealed(id, QStringLiteral("draft.silent"), true);
        return changed.isEmpty(); // nobody heard anything before the commit
    });
    QVERIFY(ok);
    QVERIFY(!store.inBatch());
    QCOMPARE(changed.count(), 1);
    const WorkshopChanges c = changesAt(changed, 0);
    QCOMPARE(c.workshopId, id);
    QCOMPARE(c.kinds, ChangeKind::Candidate | ChangeKind::Vote | ChangeKind::StageState);
    QCOMPARE(c.candidateIds, (QSet<qint64>{a, b}));
    QCOMPARE(c.stageKeys, QSet<QString>{QStringLiteral("draft.silent")});
    QVERIFY(library.reopen()); // committed, on disk
    QCOMPARE(library.store().candidate(a)->name, QStringLiteral("A and B"));
    QCOMPARE(library.store().candidate(a)->mergedFrom, QList<qint64>{b});
}

// A write that names no rows (a new draw of pairs: "any candidate may have changed") batched
// with one that names a candidate: the commit says any candidate, in either order, not just
// the one named — a view refreshing only that one would keep the others stale.
void TestChangeStream::anyRowsStayAnyInABatch() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Any"), 4);
    const qint64 a = *store.addCandidate(makeCandidate(id, QStringLiteral("A")));
    QList<qint64> people;
    for (const Participant& p : store.participants(id))
        people << p.id;
    const QList<PairGroupRecord> pairs{{0, id, 0, {people[0], people[1]}},
                                       {0, id, 1, {people[2], people[3]}}};
    QSignalSpy changed(&store, &WorkshopStore::changed);
    for (const bool namedFirst : {true, false}) {
        changed.clear();
        QVERIFY(store.batch([&] {
            Candidate renamed = *store.candidate(a);
            renamed.name += u'!';
            const auto rename = [&] { return store.updateCandidate(renamed); };
            const auto draw = [&] { return store.setPairing(id, pairs, namedFirst ? 7 : 8); };
            return namedFirst ? rename() && draw() : draw() && rename();
        }));
        QCOMPARE(changed.count(), 1);
        const WorkshopChanges c = changesAt(changed, 0);
        QVERIFY(c.has(ChangeKind::Candidate));
        QVERIFY2(c.candidateIds.isEmpty(), namedFirst ? "named first" : "named last");
    }
    // Two writes that both name their rows still name exactly those.
    const qint64 b = *store.addCandidate(makeCandidate(id, QStringLiteral("B")));
    changed.clear();
    QVERIFY(store.batch([&] {
        Candidate first = *store.candidate(a);
        Candidate second = *store.candidate(b);
        first.name = QStringLiteral("First");
        second.name = QStringLiteral("Second");
        return store.updateCandidate(first) && store.updateCandidate(second);
    }));
    QCOMPARE(changesAt(changed, 0).candidateIds, (QSet<qint64>{a, b}));
}

void TestChangeStream::aFailedWriteRollsTheWholeBatchBack() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Rollback"), 2);
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QSignalSpy failed(&store, &WorkshopStore::writeFailed);
    // The caller says yes, but a write inside failed: nothing is kept.
    QVERIFY(!store.batch([&] {
        store.addCandidate(makeCandidate(id, QStringLiteral("Kept?")));
        store.setVote({store.participants(id).first().id, 987654, 1}); // fails
        return true;
    }));
    QCOMPARE(failed.count(), 1);
    // The caller says no: nothing is kept either.
    QVERIFY(!store.batch([&] {
        store.addCandidate(makeCandidate(id, QStringLiteral("Kept?")));
        return false;
    }));
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.candidates(id).isEmpty());
    QVERIFY(library.reopen());
    QVERIFY(library.store().candidates(id).isEmpty());
    // And the store is usable again afterwards.
    QVERIFY(library.store().addCandidate(makeCandidate(id, QStringLiteral("After"))));
}

void TestChangeStream::batchesNest() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Nested"));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(store.batch([&] {
        store.addCandidate(makeCandidate(id, QStringLiteral("Outer")));
        return store.batch([&] {
            return store.addCandidate(makeCandidate(id, QStringLiteral("Inner"))).has_value();
        });
    }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changesAt(changed, 0).candidateIds.size(), 2);
    QCOMPARE(store.candidates(id).size(), 2);
}

void TestChangeStream::timerTimeTravelsOnItsOwnChannel() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Clock"));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QSignalSpy clock(&store, &WorkshopStore::stageClockSaved);
    QVERIFY(store.setStageElapsed(id, QStringLiteral("opening"), 61'000));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(clock.count(), 1);
    QCOMPARE(clock.first().at(0).toLongLong(), id);
    QCOMPARE(clock.first().at(1).toString(), QStringLiteral("opening"));
    QCOMPARE(clock.first().at(2).toLongLong(), 61'000);
    QCOMPARE(store.stageState(id, QStringLiteral("opening")).elapsedMs, 61'000);
    // In a batch with other edits, the clock is one of the kinds, and still heard on its own.
    QVERIFY(store.batch([&] {
        store.setStageElapsed(id, QStringLiteral("game"), 5'000);
        return store.setStageNotes(id, QStringLiteral("game"), QStringLiteral("n"));
    }));
    QCOMPARE(clock.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changesAt(changed, 0).kinds, ChangeKind::StageClock | ChangeKind::StageNotes);
}

void TestChangeStream::anEditWritesOnlyWhatChanged() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Columns"));
    const qint64 card = *store.addCandidate(makeCandidate(id, QStringLiteral("Card")));
    // SQLite names the columns an UPDATE sets: a trigger per column records them.
    QSqlDatabase db = library.database().connection();
    QSqlQuery sql(db);
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE written (name TEXT)")));
    const QStringList columns = {QStringLiteral("name"),      QStringLiteral("measure"),
                                 QStringLiteral("behaviour"), QStringLiteral("position"),
                                 QStringLiteral("title"),     QStringLiteral("vision"),
                                 QStringLiteral("game")};
    for (const QString& column : columns) {
        const QString table =
            columns.indexOf(column) < 4 ? QStringLiteral("candidate") : QStringLiteral("workshop");
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_%1 AFTER UPDATE OF %1 ON "
                                         "main.%2 BEGIN INSERT INTO written VALUES ('%1'); END")
                              .arg(column, table)),
                 qPrintable(sql.lastError().text()));
    }
    auto written = [&] {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM written ORDER BY rowid"));
        while (q.next())
            names << q.value(0).toString();
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM written"));
        return names;
    };

    Candidate edited = *store.candidate(card);
    edited.measure = QStringLiteral("households with 3+ kits a week");
    QVERIFY(store.updateCandidate(edited));
    QCOMPARE(written(), QStringList{QStringLiteral("measure")});
    QCOMPARE(store.candidate(card)->measure, edited.measure);

    Workshop w = *store.workshop(id);
    w.game = Game::Transaction;
    QVERIFY(store.updateWorkshop(w));
    QCOMPARE(written(), QStringList{QStringLiteral("game")});
    QCOMPARE(store.workshop(id)->game, Game::Transaction);

    // An input: typing its owner writes the owner; moving it writes its position.
    for (const QString& column :
         {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("position")})
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_input_%1 AFTER UPDATE OF %1 "
                                         "ON main.input BEGIN INSERT INTO written VALUES "
                                         "('input.%1'); END")
                              .arg(column)),
                 qPrintable(sql.lastError().text()));
    Input input{0, card, QStringLiteral("Cooking households"), {}, InputPattern::Breadth, {}, 0};
    input.id = store.addInput(input).value_or(0);
    QVERIFY(input.id);
    written();
    input.owner = QStringLiteral("Growth team");
    QVERIFY(store.updateInput(input));
    QCOMPARE(written(), QStringList{QStringLiteral("input.owner")});
    input.position = 3;
    QVERIFY(store.updateInput(input));
    QCOMPARE(written(), QStringList{QStringLiteral("input.position")});
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(store.updateInput(input)); // the same again: nothing written, nobody told
    QVERIFY(written().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.inputs(card).first().owner, QStringLiteral("Growth team"));

    // A follow-up: typing its owner writes the owner.
    for (const QString& column : {QStringLiteral("text"), QStringLiteral("owner")})
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_follow_up_%1 AFTER UPDATE OF "
                                         "%1 ON main.follow_up BEGIN INSERT INTO written VALUES "
                                         "('follow_up.%1'); END")
                              .arg(column)),
                 qPrintable(sql.lastError().text()));
    FollowUp step{0, id, FollowUpKind::NextStep, QStringLiteral("Count cooked meals"), {}, {}, 0};
    step.id = store.addFollowUp(step).value_or(0);
    QVERIFY(step.id);
    written();
    step.owner = QStringLiteral("Priya");
    QVERIFY(store.updateFollowUp(step));
    QCOMPARE(written(), QStringList{QStringLiteral("follow_up.owner")});
    QCOMPARE(store.followUps(id).first().owner, QStringLiteral("Priya"));

    // A person's name, a criterion's weight.
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_participant AFTER UPDATE OF "
                                    "discipline ON main.participant BEGIN INSERT INTO written "
                                    "VALUES ('participant.discipline'); END")));
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TRIGGER written_criterion AFTER UPDATE OF name "
                                    "ON main.matrix_criterion BEGIN INSERT INTO written VALUES "
                                    "('matrix_criterion.name'); END")));
    Participant person{0, id, QStringLiteral("Ana Ribeiro"), QStringLiteral("design"), 0};
    person.id = store.addParticipant(person).value_or(0);
    QVERIFY(person.id);
    written();
    person.name = QStringLiteral("Ana R.");
    QVERIFY(store.updateParticipant(person));
    QVERIFY(written().isEmpty()); // the name only, not the discipline
    const QList<Participant> people = store.participants(id);
    QVERIFY(std::any_of(people.cbegin(), people.cend(), [&](const Participant& p) {
        return p.id == person.id && p.name == QStringLiteral("Ana R.");
    }));
    MatrixCriterion criterion{0, id, QStringLiteral("Reach"), 1, 0};
    criterion.id = store.addMatrixCriterion(criterion).value_or(0);
    QVERIFY(criterion.id);
    written();
    criterion.weight = 4;
    QVERIFY(store.updateMatrixCriterion(criterion));
    QVERIFY(written().isEmpty()); // the weight only, not the name
    QCOMPARE(store.matrixCriteria(id).first().weight, 4);
}

void TestChangeStream::anEditThatChangesNothingIsSilent() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Same"));
    const qint64 card = *store.addCandidate(makeCandidate(id, QStringLiteral("Card")));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    QVERIFY(store.updateCandidate(*store.candidate(card)));
    QVERIFY(store.updateWorkshop(*store.workshop(id)));
    QCOMPARE(changed.count(), 0);
}

// The compound actions of the issue, through the commands the pages push: merging cards into
// a new one with inputs, reordering inputs, replacing the matrix's criteria (the checklist
// switch) and duplicating a workshop are each one transaction and one notification, and so
// is each undo.
void TestChangeStream::compoundActionsAreOneNotification() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    const qint64 id = library.addWorkshop(QStringLiteral("Compound"), 3);
    const qint64 a = *store.addCandidate(makeCandidate(id, QStringLiteral("A")));
    const qint64 b = *store.addCandidate(makeCandidate(id, QStringLiteral("B")));
    QSignalSpy changed(&store, &WorkshopStore::changed);
    const auto once = [&](QUndoCommand* command) {
        std::unique_ptr<QUndoCommand> owned(command);
        changed.clear();
        owned->redo();
        const bool redoOnce = changed.count() == 1;
        changed.clear();
        owned->undo();
        const bool undoOnce = changed.count() == 1;
        changed.clear();
        owned->redo(); // leave it done for the next step
        return redoOnce && undoOnce && changed.count() == 1;
    };

    Candidate merged = makeCandidate(id, QStringLiteral("A and B"));
    merged.mergedFrom = {a, b};
    QList<Input> inputs;
    for (int i = 0; i < 3; ++i)
        inputs.append(Input{0, 0, QStringLiteral("Input %1").arg(i), {}, InputPattern(i), {}, i});
    auto* merge = new AddCardCommand(store, merged, inputs, QStringLiteral("Merge"));
    QVERIFY(once(merge));
    const QList<Candidate> now = store.candidates(id);
    const auto made = std::find_if(now.cbegin(), now.cend(), [](const Candidate& c) {
        return c.name == QStringLiteral("A and B");
    });
    QVERIFY(made != now.cend());
    const QList<Input> stored = store.inputs(made->id);
    QCOMPARE(stored.size(), 3);

    QVERIFY(once(ConvergeCommands::reorderInputs(
        store, stored, {stored[2].id, stored[0].id, stored[1].id}, QStringLiteral("Reorder"))));
    QCOMPARE(store.inputs(made->id).first().id, stored[2].id);

    QList<MatrixCriterion> criteria;
    for (int i = 0; i < 7; ++i)
        criteria.append(MatrixCriterion{0, id, QStringLiteral("Point %1").arg(i), 1, i});
    QVERIFY(once(DecisionCommands::replaceCriteria(store, id, criteria,
                                                   QStringLiteral("Use the checklist"))));
    QCOMPARE(store.matrixCriteria(id).size(), 7);

    changed.clear();
    QVERIFY(store.duplicateWorkshop(id, QStringLiteral("Compound (copy)")));
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestChangeStream)
#include "TestChangeStream.moc"
