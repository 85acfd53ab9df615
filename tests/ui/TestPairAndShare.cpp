// Pair and share on the console and the projector: drawing pairs for 2..12 people, re-draws
// and swaps that can be undone, the warning before drawing away written candidates, and the
// pair candidates made by refining, merging or writing new, with their lineage shown.
#include "DraftFixture.h"
#include "WidgetTexts.h"
#include "scoring/PairDraw.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/pairs/PairGroupCard.h"
#include "stages/draft/pairs/PairsPage.h"
#include "stages/draft/pairs/PairsView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>

namespace {

QString allText(QWidget* widget) {
    return visibleTexts(widget).join(u'\n');
}

QList<qint64> rosterIds(const QList<Participant>& people) {
    QList<qint64> ids;
    for (const Participant& p : people)
        ids << p.id;
    return ids;
}

Pairing pairingOf(const QList<PairGroupRecord>& groups) {
    Pairing pairing;
    for (const PairGroupRecord& g : groups)
        pairing << g.members;
    return pairing;
}

QList<QPointer<QWidget>> widgetsOf(QWidget* view) {
    QList<QPointer<QWidget>> widgets;
    for (QWidget* w : view->findChildren<QWidget*>())
        widgets << w;
    return widgets;
}

int goneCount(const QList<QPointer<QWidget>>& widgets) {
    return int(std::count_if(widgets.begin(), widgets.end(),
                             [](const QPointer<QWidget>& w) { return w.isNull(); }));
}

// The whole text of a label: a one-line label may show it shortened ("…"), and announces it.
QString wholeText(const QLabel* label) {
    return label->accessibleName().isEmpty() ? label->text() : label->accessibleName();
}

QLabel* labelShowing(QWidget* view, const QString& objectName, const QString& text) {
    for (QLabel* label : view->findChildren<QLabel*>(objectName))
        if (wholeText(label).contains(text))
            return label;
    return nullptr;
}

// Seeds 101, 102, ... so every draw in a test is reproducible.
std::function<quint64()> counting() {
    auto next = std::make_shared<quint64>(100);
    return [next] { return ++*next; };
}

} // namespace

class TestPairAndShare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { f.stop(); }
    void drawsPairsForTwoToTwelvePeople_data();
    void drawsPairsForTwoToTwelvePeople();
    void redrawAndSwapAreUndoable();
    void redrawWarnsBeforeDrawingAwayCandidates();
    void pairCandidatesRefineMergeAndWriteNew();
    void projectorUpdatesTheTypedCardInPlace_data();
    void projectorUpdatesTheTypedCardInPlace();

private:
    PairsPage* openPairs(int people);
    DraftFixture f;
};

PairsPage* TestPairAndShare::openPairs(int people) {
    f.start(people);
    auto* pairs = f.goTo<PairsPage>(QStringLiteral("draft.pairs"));
    if (pairs)
        pairs->setSeedSource(counting());
    return pairs;
}

void TestPairAndShare::drawsPairsForTwoToTwelvePeople_data() {
    QTest::addColumn<int>("people");
    for (int n = 2; n <= 12; ++n)
        QTest::addRow("%d people", n) << n;
}

void TestPairAndShare::drawsPairsForTwoToTwelvePeople() {
    QFETCH(int, people);
    PairsPage* pairs = openPairs(people);
    QVERIFY(pairs);
    QCOMPARE(pairs->drawButton()->text(), QStringLiteral("Draw pairs"));
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    const QList<PairGroupRecord> groups = f.store().pairGroups(f.id);
    QCOMPARE(groups.size(), people / 2);
    int trios = 0;
    QList<qint64> seated;
    for (const PairGroupRecord& g : groups) {
        QVERIFY(g.members.size() == 2 || g.members.size() == 3);
        trios += g.members.size() == 3 ? 1 : 0;
        seated << g.members;
    }
    QCOMPARE(trios, people % 2);
    std::sort(seated.begin(), seated.end());
    QCOMPARE(seated, rosterIds(f.people()));
    QCOMPARE(pairs->groupCards().size(), groups.size());
    QCOMPARE(pairs->noteLabel()->text().contains(QStringLiteral("trio")), people % 2 == 1);
    QCOMPARE(f.store().workshop(f.id)->pairSeed, quint64(101));
    // The projector names every pair.
    const QString shown = allText(f.projector());
    for (const Participant& p : f.people())
        QVERIFY(shown.contains(p.name));

    // After a restart: the same groups, and the stored seed draws them again.
    QVERIFY(f.restart());
    pairs = f.goTo<PairsPage>(QStringLiteral("draft.pairs"));
    QCOMPARE(f.store().pairGroups(f.id), groups);
    QVERIFY(PairDraw::samePairing(
        PairDraw::draw(rosterIds(f.people()), f.store().workshop(f.id)->pairSeed),
        pairingOf(groups)));
    QCOMPARE(pairs->groupCards().size(), groups.size());
    QCOMPARE(pairs->drawButton()->text(), QStringLiteral("Draw again"));
}

void TestPairAndShare::redrawAndSwapAreUndoable() {
    PairsPage* pairs = openPairs(6);
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    const QList<PairGroupRecord> first = f.store().pairGroups(f.id);
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton); // nothing written: no warning
    QVERIFY(pairs->redrawWarning()->isHidden());
    const QList<PairGroupRecord> second = f.store().pairGroups(f.id);
    QVERIFY(!PairDraw::samePairing(pairingOf(first), pairingOf(second)));
    QCOMPARE(f.store().workshop(f.id)->pairSeed, quint64(102));
    f.undoStack().undo();
    QCOMPARE(f.store().pairGroups(f.id), first); // the same groups, with the same ids
    QCOMPARE(f.store().workshop(f.id)->pairSeed, quint64(101));
    f.undoStack().redo();
    QCOMPARE(f.store().pairGroups(f.id), second);

    // Swap two people from different pairs, chosen with the keyboard-reachable boxes.
    const qint64 a = second.at(0).members.at(0);
    const qint64 b = second.at(1).members.at(1);
    pairs->swapFirstBox()->setCurrentIndex(pairs->swapFirstBox()->findData(a));
    pairs->swapSecondBox()->setCurrentIndex(pairs->swapSecondBox()->findData(b));
    QTest::mouseClick(pairs->swapButton(), Qt::LeftButton);
    const QList<PairGroupRecord> swapped = f.store().pairGroups(f.id);
    QVERIFY(swapped.at(0).members.contains(b));
    QVERIFY(swapped.at(1).members.contains(a));
    QCOMPARE(swapped.at(0).id, second.at(0).id); // the pairs keep their ids
    f.undoStack().undo();
    QCOMPARE(f.store().pairGroups(f.id), second);
    f.undoStack().undo();
    f.undoStack().undo();
    QVERIFY(f.store().pairGroups(f.id).isEmpty());
    QCOMPARE(pairs->drawButton()->text(), QStringLiteral("Draw pairs"));
}

void TestPairAndShare::redrawWarnsBeforeDrawingAwayCandidates() {
    PairsPage* pairs = openPairs(4);
    const QList<Participant> people = f.people();
    const qint64 card = f.addCard(people.at(0).id, QStringLiteral("Weekly cooks"));
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    const QList<PairGroupRecord> groups = f.store().pairGroups(f.id);
    PairGroupCard* group = nullptr;
    for (PairGroupCard* c : pairs->groupCards())
        if (c->sourceIds().contains(card))
            group = c;
    QVERIFY(group);
    QTest::mouseClick(group->refineButton(card), Qt::LeftButton);
    const qint64 refined = group->candidateIds().value(0);
    QVERIFY(refined != 0);

    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    QVERIFY(!pairs->redrawWarning()->isHidden());
    QCOMPARE(f.store().pairGroups(f.id), groups); // nothing changed yet
    QTest::mouseClick(pairs->confirmRedrawButton(), Qt::LeftButton);
    QVERIFY(pairs->redrawWarning()->isHidden());
    QVERIFY(!PairDraw::samePairing(pairingOf(groups), pairingOf(f.store().pairGroups(f.id))));
    QCOMPARE(f.store().candidate(refined)->name, QStringLiteral("Weekly cooks")); // text kept
    QCOMPARE(f.store().candidate(refined)->pairId, 0);
    QVERIFY(pairs->groupCard(0)); // shown under "From an earlier draw"
    QVERIFY(pairs->groupCard(0)->candidateIds().contains(refined));
    f.undoStack().undo();
    QCOMPARE(f.store().pairGroups(f.id), groups);
    QCOMPARE(f.store().candidate(refined)->pairId, group->groupId());
    QVERIFY(!pairs->groupCard(0));
}

void TestPairAndShare::pairCandidatesRefineMergeAndWriteNew() {
    PairsPage* pairs = openPairs(2);
    const QList<Participant> people = f.people();
    const qint64 a = f.addCard(people.at(0).id, QStringLiteral("Weekly cooks"),
                               QStringLiteral("households cooking"), QStringLiteral("kits a week"));
    Input input;
    input.candidateId = a;
    input.name = QStringLiteral("New households");
    QVERIFY(f.store().addInput(input));
    const qint64 b = f.addCard(people.at(1).id, QStringLiteral("Fresh boxes"));
    const qint64 c = f.addCard(people.at(1).id, QStringLiteral("Repeat orders"));
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    PairGroupCard* group = pairs->groupCards().value(0);
    QVERIFY(group);
    QCOMPARE(group->sourceIds(), (QList<qint64>{a, b, c}));
    QVERIFY(group->sourceStatus(a)->text().contains(QStringLiteral("Still available")));

    // Refine: a copy linked to its card, the cursor in its name.
    QTest::mouseClick(group->refineButton(a), Qt::LeftButton);
    const qint64 refined = group->candidateIds().value(0);
    auto stored = f.store().candidate(refined);
    QCOMPARE(stored->kind, CandidateKind::Pair);
    QCOMPARE(stored->pairId, group->groupId());
    QCOMPARE(stored->mergedFrom, QList<qint64>{a});
    QCOMPARE(stored->behaviour, QStringLiteral("households cooking"));
    QCOMPARE(f.store().inputs(refined).value(0).name, QStringLiteral("New households"));
    QVERIFY(group->editor(refined)->nameEdit()->hasFocus());
    QTest::keyClicks(group->editor(refined)->nameEdit(), QStringLiteral(" at home"));
    QCOMPARE(f.store().candidate(refined)->name, QStringLiteral("Weekly cooks at home"));
    QCOMPARE(group->editor(refined)->noteLabel()->text(),
             QStringLiteral("Built from: Weekly cooks (%1)").arg(people.at(0).name));
    QVERIFY(group->sourceStatus(a)->text().contains(QStringLiteral("Weekly cooks at home")));
    QVERIFY(group->sourceStatus(b)->text().contains(QStringLiteral("Still available")));

    // Merge: tick two, one candidate listing both.
    QVERIFY(!group->mergeButton()->isEnabled());
    group->tickBox(b)->setChecked(true);
    group->tickBox(c)->setChecked(true);
    QVERIFY(group->mergeButton()->isEnabled());
    QTest::mouseClick(group->mergeButton(), Qt::LeftButton);
    const qint64 merged = group->candidateIds().value(1);
    QCOMPARE(f.store().candidate(merged)->mergedFrom, (QList<qint64>{b, c}));
    QVERIFY(group->editor(merged)->noteLabel()->text().contains(QStringLiteral("Fresh boxes")));
    QVERIFY(group->editor(merged)->noteLabel()->text().contains(QStringLiteral("Repeat orders")));
    QVERIFY(!group->sourceStatus(b)->text().contains(QStringLiteral("Still available")));
    QVERIFY(group->warning()->isHidden());

    // A third (new) one: allowed, with a soft warning.
    QTest::mouseClick(group->writeNewButton(), Qt::LeftButton);
    const qint64 fresh = group->candidateIds().value(2);
    QVERIFY(f.store().candidate(fresh)->mergedFrom.isEmpty());
    QCOMPARE(group->editor(fresh)->noteLabel()->text(), QStringLiteral("Written new by the pair"));
    QVERIFY(!group->warning()->isHidden());
    QVERIFY(group->warning()->text().contains(QStringLiteral("3 candidates")));

    // Projector, after Reveal: the pair's candidates with their lineage.
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    const QString shown = allText(f.projector());
    QVERIFY(shown.contains(QStringLiteral("Weekly cooks at home")));
    QVERIFY(shown.contains(QStringLiteral("from Weekly cooks (%1)").arg(people.at(0).name)));

    // Undo walks back: the new one, the merge, the typing, the refine; redo brings them back.
    const int steps = f.undoStack().count();
    f.undoStack().undo();
    QVERIFY(!f.store().candidate(fresh));
    f.undoStack().undo();
    QVERIFY(!f.store().candidate(merged));
    QVERIFY(group->sourceStatus(b)->text().contains(QStringLiteral("Still available")));
    f.undoStack().undo();
    QCOMPARE(f.store().candidate(refined)->name, QStringLiteral("Weekly cooks"));
    f.undoStack().undo();
    QVERIFY(!f.store().candidate(refined));
    QVERIFY(group->candidateIds().isEmpty());
    while (f.undoStack().index() < steps)
        f.undoStack().redo();
    QCOMPARE(group->candidateIds(), (QList<qint64>{refined, merged, fresh}));
    QCOMPARE(f.store().candidate(merged)->mergedFrom, (QList<qint64>{b, c}));
    QCOMPARE(f.store().candidate(refined)->name, QStringLiteral("Weekly cooks at home"));

    // Deleting a pair candidate is undoable; its sources become available again.
    QTest::mouseClick(group->editor(merged)->removeButton(), Qt::LeftButton);
    QVERIFY(!f.store().candidate(merged));
    QVERIFY(group->sourceStatus(c)->text().contains(QStringLiteral("Still available")));
    f.undoStack().undo();
    QCOMPARE(f.store().candidate(merged)->mergedFrom, (QList<qint64>{b, c}));
}

// A pair types its candidate on the console: the projector shows each keystroke in the label
// it has, without building its other widgets again; a change it does not show touches
// nothing; a candidate written or removed still shows (issue #15).
void TestPairAndShare::projectorUpdatesTheTypedCardInPlace_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addRow("small projector") << QSize(1280, 720); // one-line titles, shortened
    QTest::addRow("large projector") << QSize(1920, 1080);
}

void TestPairAndShare::projectorUpdatesTheTypedCardInPlace() {
    QFETCH(QSize, screen);
    f.start(4);
    f.projector()->resize(screen);
    auto* pairs = f.goTo<PairsPage>(QStringLiteral("draft.pairs"));
    QVERIFY(pairs);
    pairs->setSeedSource(counting());
    const QList<Participant> people = f.people();
    const QStringList titles = {QStringLiteral("Weekly cooks"), QStringLiteral("Fresh boxes"),
                                QStringLiteral("Repeat orders"), QStringLiteral("Meal plans")};
    for (int i = 0; i < people.size(); ++i)
        f.addCard(people.at(i).id, titles.at(i));
    QTest::mouseClick(pairs->drawButton(), Qt::LeftButton);
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    QList<qint64> written;
    for (PairGroupCard* group : pairs->groupCards()) {
        QTest::mouseClick(group->refineButton(group->sourceIds().first()), Qt::LeftButton);
        written << group->candidateIds().value(0);
    }
    QCOMPARE(written.size(), 2);
    auto* view = f.projector()->findChild<PairsView*>();
    QVERIFY(view);
    const QString typedTitle = f.store().candidate(written.at(0))->name;
    const QString otherTitle = f.store().candidate(written.at(1))->name;
    QPointer<QLabel> typed =
        labelShowing(view, QStringLiteral("projectorPairCandidate"), typedTitle);
    QPointer<QLabel> other =
        labelShowing(view, QStringLiteral("projectorPairCandidate"), otherTitle);
    QVERIFY(typed);
    QVERIFY(other);
    const QList<QPointer<QWidget>> before = widgetsOf(view);

    // Typing: every keystroke is written and shown, in the same label; nothing else is rebuilt.
    QTest::keyClicks(pairs->groupCards().at(0)->editor(written.at(0))->nameEdit(),
                     QStringLiteral(" at home"));
    QCOMPARE(f.store().candidate(written.at(0))->name, typedTitle + QStringLiteral(" at home"));
    QVERIFY(typed);
    QVERIFY(wholeText(typed).contains(typedTitle + QStringLiteral(" at home")));
    QVERIFY(other);
    QVERIFY(wholeText(other).contains(otherTitle));
    QCOMPARE(goneCount(before), 0);
    QCOMPARE(view->findChildren<QWidget*>().size(), before.size());

    // A change the view does not show leaves its widgets and texts as they are.
    const QString shownBefore = allText(view);
    QVERIFY(f.store().setStageNotes(f.id, QStringLiteral("draft.pairs"), QStringLiteral("Go")));
    QCOMPARE(goneCount(before), 0);
    QCOMPARE(allText(view), shownBefore);

    // A candidate written new, then removed: the view shows both.
    PairGroupCard* second = pairs->groupCards().at(1);
    QTest::mouseClick(second->writeNewButton(), Qt::LeftButton);
    const qint64 fresh = second->candidateIds().value(1);
    QVERIFY(fresh != 0);
    QVERIFY(allText(view).contains(QStringLiteral("written new")));
    QTest::keyClicks(second->editor(fresh)->nameEdit(), QStringLiteral("Cooked dinners"));
    QVERIFY(labelShowing(view, QStringLiteral("projectorPairCandidate"),
                         QStringLiteral("Cooked dinners")));
    QTest::mouseClick(second->editor(fresh)->removeButton(), Qt::LeftButton);
    QVERIFY(!f.store().candidate(fresh));
    QVERIFY(!allText(view).contains(QStringLiteral("Cooked dinners")));
    QVERIFY(!allText(view).contains(QStringLiteral("written new")));
    QVERIFY(allText(view).contains(typedTitle + QStringLiteral(" at home")));
}

QTEST_MAIN(TestPairAndShare)
#include "TestPairAndShare.moc"
