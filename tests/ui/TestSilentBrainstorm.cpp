// The silent brainstorm on the console and the projector: columns per person, Ctrl+Enter,
// typing saved at once and undoable, Reveal, and the privacy rule: before Reveal no card text
// reaches any widget of the projector, on any draft stage.
#include "DraftFixture.h"
#include "HostileText.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/pairs/PairsPage.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>

namespace {

QString allText(QWidget* widget) {
    return visibleTexts(widget).join(u'\n');
}

// Card text the room must not see before Reveal: plain, hostile and markup.
QStringList secrets() {
    return {QStringLiteral("Quokka kitchens"),
            QStringLiteral("<b>tags</b> cooked weekly"),
            QStringLiteral("Weekly 🚀 launches 👩🏽‍🚀 with family"),
            QStringLiteral("مقياس النجم الشمالي"),
            QStringLiteral("<img src=\"x\">meal plans"),
            QStringLiteral("Zebra measure by zebra")};
}

} // namespace

class TestSilentBrainstorm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { f.stop(); }
    void ctrlEnterAddsTheNextCardAndTypingPersists();
    void cardEditsAndRemovalAreUndoable();
    void projectorShowsNoCardTextBeforeReveal();
    void revealIsUndoable();
    void controlsFitASmallLaptop();
    void maskOthersHidesOtherPeoplesCards();
    void revealedCardsArePagedForNinePeople();
    void cardsWithoutANameKeepAColumn();

private:
    DraftFixture f;
};

void TestSilentBrainstorm::ctrlEnterAddsTheNextCardAndTypingPersists() {
    f.start(3);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    // Pick whose turn it is: their column gets the focus.
    silent->turnBox()->setCurrentIndex(1);
    emit silent->turnBox()->activated(1);
    QCOMPARE(silent->currentPerson(), people.at(1).id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    SilentColumn* column = silent->column(people.at(1).id);
    QCOMPARE(column->cardIds().size(), 1);
    const qint64 first = column->cardIds().first();
    DraftCardEditor* editor = column->editor(first);
    QVERIFY(editor->nameEdit()->hasFocus());
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Weekly cooks"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Tab);
    QVERIFY(editor->behaviourEdit()->hasFocus());
    QTest::keyClicks(editor->behaviourEdit(), QStringLiteral("households cooking three kits"));
    QTest::keyClicks(editor->measureEdit(), QStringLiteral("households with 3+ kits a week"));
    QTest::keyClicks(editor->inputsEdit(), QStringLiteral("New households, Kits per week"));
    QCOMPARE(f.store().candidate(first)->name, QStringLiteral("Weekly cooks"));
    QCOMPARE(f.store().candidate(first)->authorId, people.at(1).id);
    QCOMPARE(f.store().candidate(first)->kind, CandidateKind::Own);
    QCOMPARE(f.store().inputs(first).size(), 2);
    QCOMPARE(f.store().inputs(first).at(1).name, QStringLiteral("Kits per week"));

    // Ctrl+Enter from inside a card: the next card, same person, cursor in its name.
    QTest::keyClick(editor->measureEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(column->cardIds().size(), 2);
    const qint64 second = column->cardIds().last();
    QVERIFY(column->editor(second)->nameEdit()->hasFocus());
    QTest::keyClicks(column->editor(second)->nameEdit(), QStringLiteral("Fresh boxes"));
    // Passing the laptop on: Alt+Down moves to the next person.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(silent->currentPerson(), people.at(2).id);

    QVERIFY(f.restart());
    silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    column = silent->column(people.at(1).id);
    QCOMPARE(column->cardIds(), (QList<qint64>{first, second}));
    QCOMPARE(column->editor(first)->nameEdit()->text(), QStringLiteral("Weekly cooks"));
    QCOMPARE(column->editor(first)->measureEdit()->text(),
             QStringLiteral("households with 3+ kits a week"));
    QCOMPARE(column->editor(first)->inputsEdit()->text(),
             QStringLiteral("New households, Kits per week"));
    QCOMPARE(column->editor(second)->nameEdit()->text(), QStringLiteral("Fresh boxes"));
}

void TestSilentBrainstorm::cardEditsAndRemovalAreUndoable() {
    f.start(2);
    const qint64 ana = f.people().at(0).id;
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setCurrentPerson(ana);
    silent->addCard();
    SilentColumn* column = silent->column(ana);
    const qint64 id = column->cardIds().value(0);
    QVERIFY(id != 0);
    QTest::keyClicks(column->editor(id)->nameEdit(), QStringLiteral("Meals"));
    QTest::keyClicks(column->editor(id)->behaviourEdit(), QStringLiteral("cooking"));
    QCOMPARE(f.undoStack().count(), 3); // add, name (one step for five keys), behaviour

    // Ctrl+Z in a field walks back the workshop's stack, not only the field.
    QTest::keyClick(column->editor(id)->behaviourEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.store().candidate(id)->behaviour, QString());
    QCOMPARE(column->editor(id)->behaviourEdit()->text(), QString());
    f.undoStack().undo();
    QCOMPARE(f.store().candidate(id)->name, QString());
    QCOMPARE(column->editor(id)->nameEdit()->text(), QString());
    f.undoStack().redo();
    f.undoStack().redo();
    QCOMPARE(f.store().candidate(id)->name, QStringLiteral("Meals"));
    QCOMPARE(column->editor(id)->behaviourEdit()->text(), QStringLiteral("cooking"));

    // A pair candidate built from this card: removal and undo bring the lineage back too.
    Candidate pair;
    pair.workshopId = f.id;
    pair.kind = CandidateKind::Pair;
    pair.name = QStringLiteral("Refined meals");
    pair.mergedFrom = {id};
    const qint64 pairId = f.store().addCandidate(pair).value_or(0);
    QTest::mouseClick(column->editor(id)->removeButton(), Qt::LeftButton);
    QVERIFY(!f.store().candidate(id));
    QVERIFY(f.store().candidate(pairId)->mergedFrom.isEmpty());
    QVERIFY(column->cardIds().isEmpty());
    f.undoStack().undo();
    QCOMPARE(f.store().candidate(id)->name, QStringLiteral("Meals"));
    QCOMPARE(f.store().candidate(pairId)->mergedFrom, QList<qint64>{id});
    QCOMPARE(column->cardIds(), QList<qint64>{id});
    f.undoStack().redo();
    QVERIFY(!f.store().candidate(id));

    // Undoing the add takes the card away; redo brings it back with the same id.
    f.undoStack().undo(); // the removal
    while (f.undoStack().canUndo())
        f.undoStack().undo();
    QVERIFY(!f.store().candidate(id));
    f.undoStack().redo();
    QVERIFY(f.store().candidate(id));
    QCOMPARE(column->cardIds(), QList<qint64>{id});
}

void TestSilentBrainstorm::projectorShowsNoCardTextBeforeReveal() {
    f.start(4);
    const QList<Participant> people = f.people();
    const QStringList texts = secrets();
    for (int i = 0; i < texts.size(); ++i)
        f.addCard(people.at(i % people.size()).id, texts.at(i),
                  i == 0 ? QStringLiteral("households cooking quokka-style") : QString(),
                  i == 0 ? QStringLiteral("count of quokka plates") : QString());
    // Hostile text of every kind as a card name too, from the shared list.
    QStringList hostile;
    for (const HostileString& h : hostileStrings())
        if (h.text.trimmed().size() >= 6 && h.text.size() < 2000) {
            f.addCard(people.at(0).id, h.text);
            hostile << h.text.simplified().left(12);
        }
    // Pairs and a pair candidate, so the pairs view has something to leak.
    f.runner()->goTo(QStringLiteral("draft.pairs"));
    auto* pairs = qobject_cast<PairsPage*>(f.page()->stagePage());
    QVERIFY(pairs);
    pairs->setSeedSource([] { return quint64(42); });
    pairs->draw();
    Candidate pair;
    pair.workshopId = f.id;
    pair.kind = CandidateKind::Pair;
    pair.pairId = f.store().pairGroups(f.id).first().id;
    pair.name = QStringLiteral("Platypus pantry");
    pair.mergedFrom = {f.store().candidates(f.id).first().id};
    QVERIFY(f.store().addCandidate(pair));

    QStringList forbidden = texts;
    forbidden << QStringLiteral("Platypus pantry") << QStringLiteral("quokka-style")
              << QStringLiteral("quokka plates") << hostile;
    AudienceWindow* projector = f.projector();
    const QStringList stages = {QStringLiteral("draft.silent"), QStringLiteral("draft.pairs"),
                                QStringLiteral("draft.score"), QStringLiteral("draft.decide"),
                                QStringLiteral("draft.converge")};
    for (const QString& stage : stages) {
        QVERIFY(f.runner()->goTo(stage));
        const QString shown = allText(projector);
        for (const QString& secret : std::as_const(forbidden))
            QVERIFY2(!shown.contains(secret), qPrintable(stage + QStringLiteral(": ") + secret));
        for (AudienceWindow* p : {projector}) {
            p->toggleChecklist(); // the overlays must not leak either
            QVERIFY(!allText(p).contains(texts.first()));
            p->toggleChecklist();
        }
    }
    // What it may show: the counts per person and the pairs' names.
    QVERIFY(f.runner()->goTo(QStringLiteral("draft.silent")));
    QVERIFY(allText(projector).contains(people.at(0).name));
    QVERIFY(allText(projector).contains(QStringLiteral("— 1 card")));
    QVERIFY(allText(projector).contains(QStringLiteral("cards so far")));
    QVERIFY(f.runner()->goTo(QStringLiteral("draft.pairs")));
    QVERIFY(allText(projector).contains(people.at(0).name));

    // After Reveal, the cards are there on both views.
    QVERIFY(f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), true));
    QVERIFY(allText(projector).contains(QStringLiteral("Platypus pantry")));
    QVERIFY(f.runner()->goTo(QStringLiteral("draft.silent")));
    QVERIFY(allText(projector).contains(QStringLiteral("Quokka kitchens")));
    QVERIFY(allText(projector).contains(QStringLiteral("<b>tags</b> cooked weekly")));
}

void TestSilentBrainstorm::revealIsUndoable() {
    f.start(3);
    f.addCard(f.people().at(0).id, QStringLiteral("Quokka kitchens"));
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    AudienceWindow* projector = f.projector();
    QVERIFY(!allText(projector).contains(QStringLiteral("Quokka kitchens")));
    QTest::mouseClick(silent->revealButton(), Qt::LeftButton);
    QVERIFY(f.store().stageState(f.id, QStringLiteral("draft.silent")).revealed);
    QVERIFY(allText(projector).contains(QStringLiteral("Quokka kitchens")));
    QCOMPARE(silent->revealButton()->text(), QStringLiteral("Hide the cards again"));
    f.undoStack().undo();
    QVERIFY(!f.store().stageState(f.id, QStringLiteral("draft.silent")).revealed);
    QVERIFY(!allText(projector).contains(QStringLiteral("Quokka kitchens")));
    f.undoStack().redo();
    QVERIFY(allText(projector).contains(QStringLiteral("Quokka kitchens")));
    // Hide again: a step of its own, undone like any other.
    QTest::mouseClick(silent->revealButton(), Qt::LeftButton);
    QVERIFY(!allText(projector).contains(QStringLiteral("Quokka kitchens")));
    f.undoStack().undo();
    QVERIFY(allText(projector).contains(QStringLiteral("Quokka kitchens")));
}

// On a 1280×720 laptop the controls above the columns fit the page: Reveal used to sit at the
// end of one long row, past the page's right edge.
void TestSilentBrainstorm::controlsFitASmallLaptop() {
    Theme::applyConsoleTheme(*qApp); // the app's fonts and sizes, which the layout depends on
    f.start(6);
    f.window->resize(1280, 720);
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent);
    for (const bool revealed : {false, true}) {
        f.store().setStageRevealed(f.id, QStringLiteral("draft.silent"), revealed);
        QApplication::processEvents();
        QAbstractButton* reveal = silent->revealButton();
        QVERIFY(reveal->isVisible());
        QVERIFY(reveal->width() >= reveal->sizeHint().width());
        // Its right edge is on the screen, inside the window's central area.
        QWidget* central = f.window->centralWidget();
        const QRect shown(reveal->mapTo(central, QPoint(0, 0)), reveal->size());
        QVERIFY2(central->rect().contains(shown),
                 qPrintable(QStringLiteral("%1: Reveal at %2,%3 %4×%5 in %6×%7")
                                .arg(revealed)
                                .arg(shown.x())
                                .arg(shown.y())
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(central->width())
                                .arg(central->height())));
        // And not beyond what the page's scroll area shows.
        for (QWidget* up = reveal->parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QAbstractScrollArea*>(up)) {
                const QRect inView(reveal->mapTo(area->viewport(), QPoint(0, 0)), reveal->size());
                QVERIFY2(
                    area->viewport()->rect().contains(inView),
                    qPrintable(QStringLiteral("cut by %1")
                                   .arg(QString::fromLatin1(area->metaObject()->className()))));
            }
    }
}

void TestSilentBrainstorm::maskOthersHidesOtherPeoplesCards() {
    f.start(3);
    const QList<Participant> people = f.people();
    f.addCard(people.at(0).id, QStringLiteral("Ana's quokka"), QStringLiteral("ana behaviour"));
    f.addCard(people.at(1).id, QStringLiteral("Ben's zebra"), QStringLiteral("ben behaviour"));
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setCurrentPerson(people.at(0).id);
    QVERIFY(allText(silent).contains(QStringLiteral("Ben's zebra")));
    QTest::mouseClick(silent->maskButton(), Qt::LeftButton);
    QVERIFY(silent->maskButton()->isChecked());
    QString shown = allText(silent);
    QVERIFY(shown.contains(QStringLiteral("Ana's quokka")));
    QVERIFY(!shown.contains(QStringLiteral("Ben's zebra")));
    QVERIFY(!shown.contains(QStringLiteral("ben behaviour")));
    // Passing to Ben: now Ana's card is the hidden one.
    silent->setCurrentPerson(people.at(1).id);
    shown = allText(silent);
    QVERIFY(shown.contains(QStringLiteral("Ben's zebra")));
    QVERIFY(!shown.contains(QStringLiteral("Ana's quokka")));
    // The mask is the console's own: the store knows nothing of it, and it outlives the page.
    QVERIFY(!f.store().stageState(f.id, QStringLiteral("draft.silent")).revealed);
    QVERIFY(f.runner()->goTo(QStringLiteral("draft.pairs")));
    silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QVERIFY(silent->maskButton()->isChecked());
    QVERIFY(!allText(silent).contains(QStringLiteral("Ana's quokka")));
    QTest::mouseClick(silent->maskButton(), Qt::LeftButton);
    QVERIFY(allText(silent).contains(QStringLiteral("Ana's quokka")));
}

void TestSilentBrainstorm::revealedCardsArePagedForNinePeople() {
    f.start(9);
    const QList<Participant> people = f.people();
    for (int i = 0; i < people.size(); ++i)
        for (int k = 0; k < 4; ++k)
            f.addCard(people.at(i).id,
                      QStringLiteral("Card %1 of person %2").arg(k + 1).arg(i + 1));
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    AudienceWindow* projector = f.projector();
    // A full HD projector shows three cards a person; smaller ones show two (test_screen_layouts).
    projector->resize(1920, 1080);
    QTest::mouseClick(silent->revealButton(), Qt::LeftButton);
    QString shown = allText(projector);
    QVERIFY(shown.contains(QStringLiteral("Card 1 of person 1")));
    QVERIFY(shown.contains(QStringLiteral("Card 3 of person 3")));
    QVERIFY(!shown.contains(QStringLiteral("Card 4 of person 1"))); // summarised as "+ 1 more"
    QVERIFY(shown.contains(QStringLiteral("+ 1 card more")) ||
            shown.contains(QStringLiteral("more")));
    QVERIFY(!shown.contains(QStringLiteral("person 4")));
    QVERIFY(silent->nextPageButton()->isVisible());
    QTest::mouseClick(silent->nextPageButton(), Qt::LeftButton);
    shown = allText(projector);
    QVERIFY(shown.contains(QStringLiteral("Card 1 of person 4")));
    QVERIFY(!shown.contains(QStringLiteral("Card 1 of person 1")));
}

void TestSilentBrainstorm::cardsWithoutANameKeepAColumn() {
    // Paper notes without a name, or the cards of somebody who left the roster.
    f.start(2);
    const qint64 leaver = f.people().at(1).id;
    const qint64 card = f.addCard(leaver, QStringLiteral("Quokka kitchens"));
    QVERIFY(f.store().removeParticipant(leaver));
    QCOMPARE(f.store().candidate(card)->authorId, 0);
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    SilentColumn* nameless = silent->column(-1);
    QVERIFY(nameless);
    QCOMPARE(nameless->cardIds(), QList<qint64>{card});
    QCOMPARE(silent->turnBox()->count(), 1); // it is nobody's turn
    QTest::mouseClick(nameless->addButton(), Qt::LeftButton);
    QCOMPARE(nameless->cardIds().size(), 2);
    QCOMPARE(f.store().candidate(nameless->cardIds().last())->authorId, 0);
    AudienceWindow* projector = f.projector();
    QVERIFY(allText(projector).contains(QStringLiteral("Without a name")));
    QVERIFY(!allText(projector).contains(QStringLiteral("Quokka kitchens")));
    QTest::mouseClick(silent->revealButton(), Qt::LeftButton);
    QVERIFY(allText(projector).contains(QStringLiteral("Quokka kitchens")));
}

QTEST_MAIN(TestSilentBrainstorm)
#include "TestSilentBrainstorm.moc"
