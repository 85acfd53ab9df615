// The silent brainstorm's columns while a room of phones writes into all of them: cards
// arriving one commit at a time keep the editors and the cursor, and the projector's counts
// move in place; the editors far from the view, sideways or below, are made only when the
// facilitator comes to them, in the cards' order, with their counts and Tab order; and the
// page's wrapping labels, which keep their height between layouts, still take a new one when
// anything changes it.
#include "DraftFixture.h"
#include "PaintCounter.h"
#include "WidgetTexts.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

namespace {

QString allText(QWidget* widget) {
    return visibleTexts(widget).join(u'\n');
}

} // namespace

class TestSilentColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { f.stop(); }
    void farColumnsMakeTheirEditorsWhenScrolledTo();
    void cardsBelowTheViewWaitForTheirEditors();
    void wrappingLabelsFollowTheirTextAndFont();
    void cardsArrivingKeepTheEditorsAndTheCursor();
    void projectorCountsMoveInPlace();
    void aCardLandingRepaintsOnlyWhereItLands();

private:
    DraftFixture f;
};

// Twenty people: the columns far from the view make no editors for the cards that arrive (a
// room of phones writes into all of them) until the facilitator scrolls to them; then they
// come in the cards' order, with their counts, and Tab goes through them as anywhere else.
void TestSilentColumns::farColumnsMakeTheirEditorsWhenScrolledTo() {
    f.start(20);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    SilentColumn* near = silent->column(people.first().id);
    SilentColumn* far = silent->column(people.last().id);
    QTRY_VERIFY(far->x() > 3 * silent->width()); // laid out, far to the right
    const auto editors = [](SilentColumn* column) {
        return column->findChildren<DraftCardEditor*>().size();
    };
    const qint64 nearCard = f.addCard(people.first().id, QStringLiteral("Near quokka"));
    QList<qint64> farCards;
    for (const QString& name :
         {QStringLiteral("Far one"), QStringLiteral("Far two"), QStringLiteral("Far three")})
        farCards << f.addCard(people.last().id, name);
    QCOMPARE(near->cardIds(), QList<qint64>{nearCard});
    QTRY_COMPARE(editors(near), 1); // made on a pass after the change (TestSilentArrivals)
    QCOMPARE(far->cardIds(), farCards);
    QCOMPARE(editors(far), 0); // nothing made off screen
    QVERIFY(far->isDeferred());

    silent->setCurrentPerson(people.last().id); // scrolls to it
    QTRY_COMPARE(editors(far), 3);
    QVERIFY(!far->isDeferred());
    QVERIFY(allText(far).contains(DraftText::cardCount(3)));
    QList<QWidget*> expected;
    for (qint64 id : farCards) {
        DraftCardEditor* e = far->editor(id);
        QVERIFY(e);
        expected << e->nameEdit() << e->behaviourEdit() << e->measureEdit() << e->definitionEdit()
                 << e->inputsEdit() << e->removeButton();
    }
    QCOMPARE(far->editor(farCards.at(1))->nameEdit()->text(), QStringLiteral("Far two"));
    QTRY_VERIFY(far->editor(farCards.at(0))->y() < far->editor(farCards.at(1))->y() &&
                far->editor(farCards.at(1))->y() < far->editor(farCards.at(2))->y());
    expected << far->addButton();
    expected.first()->setFocus();
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected.at(i));
    }
}

// Forty cards in a column: the editors below the view (and a screen more) wait; their place is
// kept, scrolling down makes them, and Tab from the last one made goes on to the next card.
void TestSilentColumns::cardsBelowTheViewWaitForTheirEditors() {
    f.start(2);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    auto* scroll = silent->findChild<QScrollArea*>();
    QVERIFY(scroll);
    SilentColumn* ana = silent->column(people.at(0).id);
    SilentColumn* ben = silent->column(people.at(1).id);
    QTRY_VERIFY(ben->x() > ana->x()); // laid out
    const auto editors = [](SilentColumn* column) {
        return int(column->findChildren<DraftCardEditor*>().size());
    };
    QList<qint64> anas, bens;
    for (int i = 0; i < 40; ++i) {
        anas << f.addCard(people.at(0).id, QStringLiteral("Ana %1").arg(i));
        bens << f.addCard(people.at(1).id, QStringLiteral("Ben %1").arg(i));
    }
    QCOMPARE(ana->cardIds(), anas);
    QTRY_VERIFY(ana->isComplete() && ben->isComplete()); // the editors within reach, made
    const int made = editors(ana);
    QVERIFY(made > 2);
    QVERIFY(made < 40);
    QTRY_VERIFY(scroll->widget()->height() > 30 * ana->findChild<DraftCardEditor*>()->height());

    // Tab from the last card made goes to the next card, made for it.
    const auto inOrder = [&](SilentColumn* column, const QList<qint64>& ids) {
        QList<DraftCardEditor*> shown = column->findChildren<DraftCardEditor*>();
        std::sort(shown.begin(), shown.end(),
                  [](const QWidget* a, const QWidget* b) { return a->y() < b->y(); });
        QList<qint64> shownIds;
        for (const DraftCardEditor* e : shown)
            shownIds << e->cardId();
        return shownIds == ids.first(shown.size());
    };
    QList<DraftCardEditor*> benMade = ben->findChildren<DraftCardEditor*>();
    QVERIFY(benMade.size() < 40);
    DraftCardEditor* last = nullptr;
    for (DraftCardEditor* e : benMade)
        if (e->cardId() == bens.at(benMade.size() - 1))
            last = e;
    QVERIFY(last);
    last->removeButton()->setFocus();
    QTest::keyClick(last->removeButton(), Qt::Key_Tab);
    QCOMPARE(editors(ben), 40);
    QCOMPARE(QApplication::focusWidget(), ben->editor(bens.at(benMade.size()))->nameEdit());
    QTRY_VERIFY(inOrder(ben, bens));

    // Scrolled to the bottom, the rest of Ana's are made, in order.
    QTRY_VERIFY((scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()),
                 editors(ana) == 40));
    QTRY_VERIFY(inOrder(ana, anas));
}

// The label that keeps its height against a plain QLabel told the same things, step by step,
// and how often it lays its text out.
void TestSilentColumns::wrappingLabelsFollowTheirTextAndFont() {
    QWidget host;
    QLabel* keeping = StageWidgets::label(QStringLiteral("Ana"), &host, "sectionTitle");
    auto* plain = new QLabel(QStringLiteral("Ana"), &host);
    plain->setTextFormat(Qt::PlainText);
    plain->setWordWrap(true);
    plain->setObjectName(QStringLiteral("sectionTitle"));
    host.resize(900, 600);
    host.show();
    const auto same = [&](const std::function<void(QLabel*)>& change) {
        change(keeping);
        change(plain);
        for (int width : {120, 200, 200, 480, 120})
            if (keeping->heightForWidth(width) != plain->heightForWidth(width))
                return false;
        return true;
    };
    QVERIFY(same([](QLabel*) {}));
    QVERIFY(same([](QLabel* l) {
        l->setText(QStringLiteral("Ana — a name long enough to wrap over several lines of a "
                                  "narrow column, as a person's own may"));
    }));
    QVERIFY(same([](QLabel* l) {
        QFont larger = l->font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        l->setFont(larger);
    }));
    QVERIFY(same([](QLabel* l) { l->setStyleSheet(QStringLiteral("font-size: 6pt")); }));
    QVERIFY(same([](QLabel* l) { l->setStyleSheet({}); }));
    QVERIFY(same([](QLabel* l) { l->setMargin(20); }));
    QVERIFY(same([](QLabel* l) { l->setIndent(30); }));
    QVERIFY(same([](QLabel* l) { l->setContentsMargins(5, 10, 5, 30); }));
    QVERIFY(same([](QLabel* l) {
        l->setTextFormat(Qt::RichText);
        l->setText(QStringLiteral("<h1>Ana</h1><p>and a paragraph</p>"));
    }));
    QVERIFY(same([](QLabel* l) { l->setWordWrap(false); }));
    QVERIFY(plain->heightForWidth(120) > 0);

    // Asked in turn for the widths a page's layouts ask, it lays its text out once for each.
    for (QLabel* l : {keeping, plain}) {
        l->setWordWrap(true);
        l->setText(QStringLiteral("Ana — 12 cards, and a name long enough to wrap"));
    }
    const int before = StageWidgets::labelLayouts();
    for (int round = 0; round < 10; ++round)
        for (int width : {120, 200, 480})
            QCOMPARE(keeping->heightForWidth(width), plain->heightForWidth(width));
    QCOMPARE(StageWidgets::labelLayouts() - before, 3);
}

// Cards written elsewhere (a phone, another console action) arrive one commit at a time: the
// column adds or removes only their editors, so the facilitator typing in a card of that very
// column keeps the cursor and the text, and Tab still goes through the cards in their order,
// then to Add.
void TestSilentColumns::cardsArrivingKeepTheEditorsAndTheCursor() {
    f.start(2);
    const qint64 ana = f.people().at(0).id;
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    const auto addCard = [&](const QString& name, int position) {
        Candidate c = makeCandidate(f.id, name);
        c.authorId = ana;
        c.position = position;
        return f.store().addCandidate(c).value_or(0);
    };
    const qint64 first = addCard(QStringLiteral("Weekly cooks"), 10);
    SilentColumn* column = silent->column(ana);
    QCOMPARE(column->cardIds(), QList<qint64>{first});
    QPointer<DraftCardEditor> typing = column->editor(first);
    typing->nameEdit()->setFocus();
    typing->nameEdit()->end(false);
    QTest::keyClicks(typing->nameEdit(), QStringLiteral(" at home"));
    typing->nameEdit()->setCursorPosition(3);

    const qint64 later = addCard(QStringLiteral("<b>Boxes</b> שבועי"), 20);
    const qint64 earlier = addCard(QStringLiteral("First of all"), 5); // goes before the others
    QCOMPARE(column->cardIds(), (QList<qint64>{earlier, first, later}));
    QVERIFY(typing); // the same editor: not rebuilt
    QCOMPARE(column->editor(first), typing.data());
    QVERIFY(typing->nameEdit()->hasFocus());
    QCOMPARE(typing->nameEdit()->cursorPosition(), 3);
    QCOMPARE(typing->nameEdit()->text(), QStringLiteral("Weekly cooks at home"));
    QCOMPARE(column->editor(later)->nameEdit()->text(), QStringLiteral("<b>Boxes</b> שבועי"));

    // Tab: through each card's fields in the cards' order, then Add.
    QList<QWidget*> expected;
    for (qint64 id : column->cardIds()) {
        DraftCardEditor* e = column->editor(id);
        expected << e->nameEdit() << e->behaviourEdit() << e->measureEdit() << e->definitionEdit()
                 << e->inputsEdit() << e->removeButton();
    }
    expected << column->addButton();
    column->editor(earlier)->nameEdit()->setFocus();
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected.at(i));
    }

    // A card removed elsewhere takes only its own editor away.
    QVERIFY(f.store().removeCandidate(later));
    QCOMPARE(column->cardIds(), (QList<qint64>{earlier, first}));
    QVERIFY(typing);
    QTRY_VERIFY(!column->editor(later));
    // A card given to another person leaves this column for theirs; the other editors stay.
    const qint64 ben = f.people().at(1).id;
    Candidate moved = *f.store().candidate(earlier);
    moved.authorId = ben;
    QVERIFY(f.store().updateCandidate(moved));
    QCOMPARE(column->cardIds(), QList<qint64>{first});
    QCOMPARE(silent->column(ben)->cardIds(), QList<qint64>{earlier});
    QCOMPARE(silent->column(ben)->editor(earlier)->nameEdit()->text(),
             QStringLiteral("First of all"));
    QCOMPARE(column->editor(first), typing.data());
}

// Before the reveal a card written moves only the projector's numbers: the tally's labels
// stay and take the new counts; a new name on the roster still redraws the tally.
void TestSilentColumns::projectorCountsMoveInPlace() {
    f.start(2);
    const QList<Participant> people = f.people();
    f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QWidget* projector = f.projector();
    QVERIFY(projector);
    const auto labels = [&](const char* name) {
        QList<QLabel*> found;
        for (QLabel* l : projector->findChildren<QLabel*>(QLatin1String(name)))
            if (l->isVisibleTo(projector))
                found << l;
        return found;
    };
    QCOMPARE(labels("projectorPersonCount").size(), 2);
    const QPointer<QLabel> total = labels("projectorSilentTotal").value(0);
    const QPointer<QLabel> second = labels("projectorPersonCount").value(1);
    QVERIFY(total && second);
    f.addCard(people.at(1).id, QStringLiteral("<b>Quokka</b> cooks 🍲"));
    f.addCard(people.at(1).id, QStringLiteral("Boxes"));
    QVERIFY(total && second); // the same labels
    QCOMPARE(second->text(), QStringLiteral("— %1").arg(DraftText::cardCount(2)));
    QCOMPARE(total->text(), QStringLiteral("%1 so far").arg(DraftText::cardCount(2)));
    QVERIFY(!allText(projector).contains(QStringLiteral("Quokka")));
    // A card without an author brings its row: drawn again, and the counts still right.
    Candidate nameless = makeCandidate(f.id, QStringLiteral("Nobody's"));
    QVERIFY(f.store().addCandidate(nameless));
    QTRY_COMPARE(labels("projectorPersonCount").size(), 3);
    QCOMPARE(labels("projectorSilentTotal").value(0)->text(),
             QStringLiteral("%1 so far").arg(DraftText::cardCount(3)));
}

// A card landing in one column makes it the tallest, and every column (as tall as the page)
// grows with it: the other columns' editors are not painted again for that, and what is on
// the screen afterwards is what painting the whole window afresh draws.
void TestSilentColumns::aCardLandingRepaintsOnlyWhereItLands() {
    QApplication::setCursorFlashTime(0); // a blinking cursor would differ between two grabs
    f.start(3);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    // What the screen shows is what painting the window afresh draws.
    const auto asPainted = [this] {
        const QImage onScreen = f.window->screen()
                                    ->grabWindow(f.window->winId())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
        return onScreen == f.window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    for (int i = 0; i < 5; ++i) // until taller than the view, looking at each step
        for (const Participant& p : people) {
            f.addCard(p.id, QStringLiteral("Card %1 of %2").arg(i).arg(p.name),
                      QStringLiteral("people coming back"));
            QTRY_VERIFY_WITH_TIMEOUT(asPainted(), 2000);
        }
    SilentColumn* lands = silent->column(people.first().id);
    QTRY_VERIFY(lands->height() > silent->findChild<QScrollArea*>()->viewport()->height());
    QList<QLineEdit*> others;
    for (const Participant& p : people.mid(1))
        for (QLineEdit* edit : silent->column(p.id)->findChildren<QLineEdit*>())
            if (!edit->visibleRegion().isEmpty())
                others << edit;
    QVERIFY(others.size() >= 2 * 5);   // a card's fields in each of the other two columns
    QCoreApplication::processEvents(); // the pending repaints
    PaintCounter counter;
    for (QLineEdit* edit : std::as_const(others))
        edit->installEventFilter(&counter);
    PaintCounter landed; // the column's heading, whose count changes
    QLabel* heading = lands->findChild<QLabel*>(QStringLiteral("sectionTitle"));
    QVERIFY(heading);
    heading->installEventFilter(&landed);
    const int before = lands->height();
    f.addCard(people.first().id, QStringLiteral("One more"),
              QStringLiteral("weekly returning accounts"));
    QTRY_VERIFY(lands->height() > before); // it grew, and the other columns with it
    QCOMPARE(silent->column(people.last().id)->height(), lands->height());
    QTRY_VERIFY(landed.paints > 0);
    QCoreApplication::processEvents();
    QCOMPARE(counter.paints, 0);
    QTRY_VERIFY_WITH_TIMEOUT(asPainted(), 2000);
}

QTEST_MAIN(TestSilentColumns)
#include "TestSilentColumns.moc"
