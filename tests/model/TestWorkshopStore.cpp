// Every table round-trips through WorkshopStore; bad text is stored exactly or refused.
#include "HostileText.h"
#include "TestLibrary.h"

#include "domain/TextLimits.h"

#include <QSignalSpy>
#include <QTest>

class TestWorkshopStore : public QObject {
    Q_OBJECT

private slots:
    void workshopRoundTrips();
    void titleIsRequiredAndLimited();
    void participantsRoundTrip();
    void stageStateRoundTrips();
    void candidatesAndLineageRoundTrip();
    void inputsRoundTrip();
    void checklistScoresRoundTrip();
    void matrixRoundTrips();
    void votesRoundTrip();
    void followUpsRoundTrip();
    void deleteCascadesAfterReopen();
    void deleteIsUndoableUntilReopen();
    void duplicateCopiesHeaderAndPeopleOnly();
    void summariesCountOwnCandidatesAndShowNorthStar();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void oversizeAndNulTextIsRefused();
    void signalsFollowEdits();
    void writesFailLoudlyWhenClosed();
};

void TestWorkshopStore::workshopRoundTrips() {
    TestLibrary library;
    const QDateTime fixed(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    library.store().setClock([fixed] { return fixed; });
    Workshop w;
    w.title = QStringLiteral("Meal-kit North Star");
    w.product = QStringLiteral("Harvest Box");
    w.facilitator = QStringLiteral("Morgan");
    w.vision = QStringLiteral("For busy households...");
    w.agendaMinutes = 90;
    w.game = Game::Productivity;
    w.gameRationale = QStringLiteral("They want dinner done");
    w.status = WorkshopStatus::Running;
    w.anonymous = true;
    w.currentStage = QStringLiteral("game");
    w.guardrailName = QStringLiteral("Complaints");
    w.guardrailDefinition = QStringLiteral("Per 1,000 boxes");
    const auto id = library.store().createWorkshop(w);
    QVERIFY(id);
    QVERIFY(library.reopen());
    auto back = library.store().workshop(*id);
    QVERIFY(back);
    w.id = *id;
    w.createdAt = fixed;
    w.updatedAt = fixed;
    QCOMPARE(*back, w);

    const qint64 candidate =
        *library.store().addCandidate({0, *id, 0, CandidateKind::Own, QStringLiteral("Chosen")});
    back->northStarId = candidate;
    back->title = QStringLiteral("Renamed");
    QVERIFY(library.store().updateWorkshop(*back));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().workshop(*id)->northStarId, candidate);
    QCOMPARE(library.store().workshop(*id)->title, QStringLiteral("Renamed"));
    QVERIFY(library.store().setCurrentStage(*id, QStringLiteral("draft.silent")));
    QCOMPARE(library.store().workshop(*id)->currentStage, QStringLiteral("draft.silent"));
}

void TestWorkshopStore::titleIsRequiredAndLimited() {
    TestLibrary library;
    Workshop w;
    w.title = QStringLiteral("   ");
    QVERIFY(!library.store().createWorkshop(w));
    QVERIFY(library.store().lastError().contains(QLatin1String("needs a title")));
    w.title = QString(TextLimits::ShortText + 1, u'a');
    QVERIFY(!library.store().createWorkshop(w));
    QVERIFY(library.store().lastError().contains(QString::number(TextLimits::ShortText)));
    w.title = QString(TextLimits::ShortText, u'a');
    QVERIFY(library.store().createWorkshop(w));
    QCOMPARE(library.store().workshopCount(), 1);
}

void TestWorkshopStore::participantsRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("People"), 2);
    QList<Participant> people = library.store().participants(id);
    QCOMPARE(people.size(), 2);
    const auto added = library.store().addParticipant(
        {0, id, QStringLiteral("Zoë"), QStringLiteral("finance"), 5});
    QVERIFY(added);
    people[0].name = QStringLiteral("Renamed person");
    people[0].discipline = QStringLiteral("analytics");
    QVERIFY(library.store().updateParticipant(people[0]));
    QVERIFY(library.store().removeParticipant(people[1].id));
    QVERIFY(library.reopen());
    const QList<Participant> back = library.store().participants(id);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0], people[0]);
    QCOMPARE(back[1],
             (Participant{*added, id, QStringLiteral("Zoë"), QStringLiteral("finance"), 5}));
    QVERIFY(!library.store().addParticipant({0, id, QString(), {}, 0}));
}

void TestWorkshopStore::stageStateRoundTrips() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Stages"));
    QVERIFY(library.store().setStageElapsed(id, QStringLiteral("opening"), 754'321));
    QVERIFY(
        library.store().setStageNotes(id, QStringLiteral("opening"), QStringLiteral("Said hi")));
    QVERIFY(library.store().setStagePlan(id, QStringLiteral("warmup"), 20, true));
    QVERIFY(library.reopen());
    const StageState opening = library.store().stageState(id, QStringLiteral("opening"));
    QCOMPARE(opening, (StageState{id, QStringLiteral("opening"), 754'321, QStringLiteral("Said hi"),
                                  -1, false}));
    const StageState warmup = library.store().stageState(id, QStringLiteral("warmup"));
    QCOMPARE(warmup.plannedMinutes, 20);
    QVERIFY(warmup.skipped);
    QCOMPARE(library.store().stageStates(id).size(), 2);
    QVERIFY(!library.store().setStagePlan(id, QStringLiteral("warmup"), 601, false));
}

void TestWorkshopStore::candidatesAndLineageRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Cards"), 2);
    const qint64 author = library.store().participants(id).first().id;
    Candidate a{0,
                id,
                author,
                CandidateKind::Own,
                QStringLiteral("A"),
                QStringLiteral("def A"),
                QStringLiteral("behaviour A"),
                QStringLiteral("measure A")};
    Candidate b = makeCandidate(id, QStringLiteral("B"), CandidateKind::AntiExample);
    a.id = *library.store().addCandidate(a);
    b.id = *library.store().addCandidate(b);
    Candidate merged = makeCandidate(id, QStringLiteral("A+B"));
    merged.mergedFrom = {a.id, b.id};
    merged.id = *library.store().addCandidate(merged);
    b.status = CandidateStatus::Eliminated;
    b.eliminationReason = QStringLiteral("Vanity");
    QVERIFY(library.store().updateCandidate(b));
    QVERIFY(library.reopen());
    const QList<Candidate> back = library.store().candidates(id);
    QCOMPARE(back.size(), 3);
    QCOMPARE(back[0], a);
    QCOMPARE(back[1], b);
    QCOMPARE(back[2], merged);
    QCOMPARE(*library.store().candidate(merged.id), merged);
    // A removed source drops out of the lineage; a removed author leaves the card authorless.
    QVERIFY(library.store().removeCandidate(b.id));
    QCOMPARE(library.store().candidate(merged.id)->mergedFrom, QList<qint64>{a.id});
    QVERIFY(library.store().removeParticipant(author));
    QCOMPARE(library.store().candidate(a.id)->authorId, 0);
    // Re-adding with the old id restores references (what undo does).
    QVERIFY(library.store().addCandidate(b) == b.id);
}

void TestWorkshopStore::inputsRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Inputs"));
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    Input breadth{0,
                  c,
                  QStringLiteral("Customers"),
                  QStringLiteral("per month"),
                  InputPattern::Breadth,
                  QStringLiteral("Growth"),
                  0};
    Input depth{0, c, QStringLiteral("Items"), {}, InputPattern::Depth, {}, 1};
    breadth.id = *library.store().addInput(breadth);
    depth.id = *library.store().addInput(depth);
    depth.pattern = InputPattern::Efficiency;
    depth.owner = QStringLiteral("Ops");
    QVERIFY(library.store().updateInput(depth));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().inputs(c), (QList<Input>{breadth, depth}));
    QVERIFY(library.store().removeInput(breadth.id));
    QCOMPARE(library.store().inputs(c), QList<Input>{depth});
    QVERIFY(library.store().removeCandidate(c));
    QVERIFY(library.store().inputs(c).isEmpty());
}

void TestWorkshopStore::checklistScoresRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Checklist"), 2);
    const qint64 person = library.store().participants(id).first().id;
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    QVERIFY(
        library.store().setChecklistScore({c, QStringLiteral("value"), 0, ChecklistAnswer::Yes}));
    QVERIFY(library.store().setChecklistScore(
        {c, QStringLiteral("value"), person, ChecklistAnswer::Partly}));
    QVERIFY(
        library.store().setChecklistScore({c, QStringLiteral("leading"), 0, ChecklistAnswer::No}));
    QVERIFY(library.store().setChecklistScore(
        {c, QStringLiteral("leading"), 0, ChecklistAnswer::Partly}));
    QVERIFY(library.reopen());
    const QList<ChecklistScore> expected = {
        {c, QStringLiteral("leading"), 0, ChecklistAnswer::Partly},
        {c, QStringLiteral("value"), 0, ChecklistAnswer::Yes},
        {c, QStringLiteral("value"), person, ChecklistAnswer::Partly}};
    QCOMPARE(library.store().checklistScores(id), expected);
    QVERIFY(library.store().clearChecklistScore(c, QStringLiteral("value"), person));
    QCOMPARE(library.store().checklistScores(id).size(), 2);
}

void TestWorkshopStore::matrixRoundTrips() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Matrix"));
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    MatrixCriterion value{0, id, QStringLiteral("Customer value"), 3, 0};
    value.id = *library.store().addMatrixCriterion(value);
    value.weight = 5;
    value.name = QStringLiteral("Measures customer value");
    QVERIFY(library.store().updateMatrixCriterion(value));
    QVERIFY(!library.store().addMatrixCriterion({0, id, QStringLiteral("Bad"), 6, 1}));
    QVERIFY(!library.store().addMatrixCriterion({0, id, QStringLiteral(" "), 3, 1}));
    QVERIFY(library.store().setMatrixScore({value.id, c, 4}));
    QVERIFY(!library.store().setMatrixScore({value.id, c, 9}));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().matrixCriteria(id), QList<MatrixCriterion>{value});
    QCOMPARE(library.store().matrixScores(id), (QList<MatrixScore>{{value.id, c, 4}}));
    QVERIFY(library.store().setMatrixScore({value.id, c, 0}));
    QVERIFY(library.store().matrixScores(id).isEmpty());
    QVERIFY(library.store().setMatrixScore({value.id, c, 2}));
    QVERIFY(library.store().removeMatrixCriterion(value.id));
    QVERIFY(library.store().matrixScores(id).isEmpty());
}

void TestWorkshopStore::votesRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Votes"), 2);
    const QList<Participant> people = library.store().participants(id);
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    QVERIFY(library.store().setVote({people[0].id, c, 2}));
    QVERIFY(library.store().setVote({people[1].id, c, 1}));
    QVERIFY(library.store().setVote({people[1].id, c, 3}));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().votes(id), (QList<Vote>{{people[0].id, c, 2}, {people[1].id, c, 3}}));
    QVERIFY(library.store().setVote({people[0].id, c, 0}));
    QCOMPARE(library.store().votes(id).size(), 1);
    QVERIFY(!library.store().setVote({people[0].id, c, -1}));
}

void TestWorkshopStore::followUpsRoundTrip() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Follow-ups"));
    FollowUp question{0,  id, FollowUpKind::OpenQuestion, QStringLiteral("Which window?"), {},
                      {}, 0};
    FollowUp step{0,
                  id,
                  FollowUpKind::NextStep,
                  QStringLiteral("Instrument it"),
                  QStringLiteral("Malik"),
                  QDate(2026, 12, 1),
                  1};
    question.id = *library.store().addFollowUp(question);
    step.id = *library.store().addFollowUp(step);
    step.due = QDate(2026, 12, 24);
    QVERIFY(library.store().updateFollowUp(step));
    QVERIFY(library.reopen());
    QCOMPARE(library.store().followUps(id), (QList<FollowUp>{question, step}));
    QVERIFY(library.store().removeFollowUp(question.id));
    QCOMPARE(library.store().followUps(id), QList<FollowUp>{step});
}

void TestWorkshopStore::deleteCascadesAfterReopen() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Doomed"), 2);
    const qint64 keep = library.addWorkshop(QStringLiteral("Kept"), 1);
    const qint64 c = *library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    library.store().addInput({0, c, QStringLiteral("Input")});
    QVERIFY(library.store().deleteWorkshop(id));
    QVERIFY(library.reopen()); // the trash is emptied when the library is opened
    QVERIFY(!library.store().workshop(id));
    QVERIFY(!library.store().restoreWorkshop(id) || !library.store().workshop(id));
    QVERIFY(library.store().candidates(id).isEmpty());
    QVERIFY(library.store().inputs(c).isEmpty());
    QVERIFY(library.store().participants(id).isEmpty());
    QCOMPARE(library.store().participants(keep).size(), 1);
}

void TestWorkshopStore::deleteIsUndoableUntilReopen() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Oops"), 2);
    library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    QVERIFY(library.store().deleteWorkshop(id));
    QVERIFY(!library.store().workshop(id));
    QCOMPARE(library.store().workshopCount(), 0);
    QVERIFY(library.store().restoreWorkshop(id));
    QCOMPARE(library.store().workshop(id)->title, QStringLiteral("Oops"));
    QCOMPARE(library.store().candidates(id).size(), 1);
}

void TestWorkshopStore::duplicateCopiesHeaderAndPeopleOnly() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Original"), 4);
    library.store().addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    const auto copy = library.store().duplicateWorkshop(id, QStringLiteral("Original (copy)"));
    QVERIFY(copy);
    QCOMPARE(library.store().workshop(*copy)->product, library.store().workshop(id)->product);
    const QList<Participant> a = library.store().participants(id);
    const QList<Participant> b = library.store().participants(*copy);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].name, a[i].name);
        QCOMPARE(b[i].discipline, a[i].discipline);
        QVERIFY(b[i].id != a[i].id);
    }
    QVERIFY(library.store().candidates(*copy).isEmpty());
}

void TestWorkshopStore::summariesCountOwnCandidatesAndShowNorthStar() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Summary"));
    library.store().addCandidate(
        makeCandidate(id, QStringLiteral("Bad"), CandidateKind::AntiExample));
    const qint64 c =
        *library.store().addCandidate(makeCandidate(id, QStringLiteral("Weekly cooks")));
    library.store().addCandidate(makeCandidate(id, QStringLiteral("Other")));
    QVERIFY(library.store().setNorthStar(id, c));
    const auto s = library.store().workshopSummary(id);
    QVERIFY(s);
    QCOMPARE(s->candidateCount, 2);
    QCOMPARE(s->northStar, QStringLiteral("Weekly cooks"));
    QCOMPARE(library.store().workshopSummaries().size(), 1);
}

void TestWorkshopStore::hostileTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    for (const HostileString& s : hostileStrings())
        QTest::newRow(s.label) << s.text;
}

void TestWorkshopStore::hostileTextRoundTrips() {
    QFETCH(QString, text);
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Hostile"), 1);
    const bool fitsShort = text.size() <= TextLimits::ShortText;
    Workshop w = *library.store().workshop(id);
    w.product = fitsShort ? text : QString();
    w.vision = text;
    QVERIFY2(library.store().updateWorkshop(w), qPrintable(library.store().lastError()));
    if (fitsShort && !text.trimmed().isEmpty())
        QVERIFY(library.store().renameWorkshop(id, text));
    Candidate c{0, id, 0, CandidateKind::Own, fitsShort ? text : QString(), text, text, text};
    c.id = *library.store().addCandidate(c);
    QVERIFY(library.store().setStageNotes(id, QStringLiteral("opening"), text));
    QVERIFY(library.store().addFollowUp(
        {0, id, FollowUpKind::NextStep, text, fitsShort ? text : QString(), {}, 0}));
    QVERIFY(library.reopen());
    const Workshop back = *library.store().workshop(id);
    QCOMPARE(back.vision, text);
    QCOMPARE(back.product, w.product);
    if (fitsShort && !text.trimmed().isEmpty())
        QCOMPARE(back.title, text);
    QCOMPARE(*library.store().candidate(c.id), c);
    QCOMPARE(library.store().stageState(id, QStringLiteral("opening")).notes, text);
    QCOMPARE(library.store().followUps(id).first().text, text);
    QCOMPARE(library.store().workshopCount(), 1); // the SQL string did not run
}

void TestWorkshopStore::oversizeAndNulTextIsRefused() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Limits"));
    QSignalSpy failures(&library.store(), &WorkshopStore::writeFailed);
    QVERIFY(!library.store().renameWorkshop(id, QString(10000, u'x')));
    QVERIFY(!library.store().setStageNotes(id, QStringLiteral("opening"),
                                           QString(TextLimits::Notes + 1, u'n')));
    QString withNul = QStringLiteral("before");
    withNul.append(QChar(u'\0')).append(QStringLiteral("after"));
    QVERIFY(!library.store().addCandidate({0, id, 0, CandidateKind::Own, withNul}));
    QVERIFY(library.store().lastError().contains(QLatin1String("NUL")));
    QCOMPARE(failures.count(), 3);
    QCOMPARE(library.store().workshop(id)->title, QStringLiteral("Limits"));
    QVERIFY(library.store().candidates(id).isEmpty());
}

void TestWorkshopStore::signalsFollowEdits() {
    TestLibrary library;
    WorkshopStore& store = library.store();
    QSignalSpy changed(&store, &WorkshopStore::changed);
    auto last = [&] { return changed.last().first().value<WorkshopChanges>(); };
    const qint64 id = library.addWorkshop(QStringLiteral("Signals"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(last().has(id, ChangeKind::Library));
    store.renameWorkshop(id, QStringLiteral("Loud"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(last().workshopId, id);
    QVERIFY(last().has(ChangeKind::Workshop));
    QVERIFY(!last().has(ChangeKind::Library));
    const qint64 candidate = *store.addCandidate(makeCandidate(id, QStringLiteral("NSM")));
    QCOMPARE(changed.count(), 3);
    QVERIFY(last().has(id, ChangeKind::Candidate));
    QCOMPARE(last().candidateIds, QSet<qint64>{candidate});
    store.setStageNotes(id, QStringLiteral("game"), QStringLiteral("n"));
    QCOMPARE(changed.count(), 4);
    QVERIFY(last().hasStage(id, QStringLiteral("game"), ChangeKind::StageNotes));
}

void TestWorkshopStore::writesFailLoudlyWhenClosed() {
    TestLibrary library;
    const qint64 id = library.addWorkshop(QStringLiteral("Closed"));
    library.database().close();
    QSignalSpy failures(&library.store(), &WorkshopStore::writeFailed);
    QVERIFY(!library.store().renameWorkshop(id, QStringLiteral("Never")));
    QCOMPARE(failures.count(), 1);
    QVERIFY(failures.first().first().toString().contains(QLatin1String("not open")));
}

QTEST_GUILESS_MAIN(TestWorkshopStore)
#include "TestWorkshopStore.moc"
