// What a card written into the silent brainstorm costs the console beyond its own column: a
// room of phones commits a card or two at a time, hundreds of times a minute, and each commit
// that restyles or relabels widgets it did not change lays out and repaints the page again
// (bench_room --console, issue #17).
#include "DraftFixture.h"
#include "PaintCounter.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/silent/BuildSlice.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QProxyStyle>
#include <QStandardPaths>

#include <algorithm>

namespace {

// Moves a clock by hand each time a card editor is polished (made and shown), as if each took
// `costNs`: the silent page's builder measured by it, with no sleeping.
class EditorCost : public QObject {
public:
    qint64 now = 0;
    qint64 costNs = 0;
    int polished = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Polish && qobject_cast<DraftCardEditor*>(watched)) {
            now += costNs;
            ++polished;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Counts the layouts the widgets it is installed on are asked for (a LayoutRequest to a widget
// with a layout lays it out again, with everything in it).
class LayoutCounter : public QObject {
public:
    QStringList laidOut;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() == QEvent::LayoutRequest && widget && widget->layout())
            laidOut << QString::fromLatin1(widget->metaObject()->className()) + u'/' +
                           widget->objectName();
        return QObject::eventFilter(watched, event);
    }
};

// Counts how many times the style polishes the widget it watches: a widget polished again is
// restyled, re-measured and laid out again with its neighbours.
class PolishCounter : public QProxyStyle {
public:
    QPointer<QWidget> watched;
    int polishes = 0;

    void polish(QWidget* widget) override {
        if (widget && widget == watched)
            ++polishes;
        QProxyStyle::polish(widget);
    }
    using QProxyStyle::polish;
};

} // namespace

class TestSilentCommits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(style = new PolishCounter);
    }
    void cleanup() { f.stop(); }
    void aCardLeavesRevealAndTheOtherColumnsAlone();
    void aCountOnOneLineTakesNoNewLayout();
    void oneLineHeightsAreQLabels();
    void aCommitLeavesTheEditorsInPlace();
    void aBuilderPassKeepsItsSlice();
    void everyPassMakesAnEditor();
    void aCardMovesOneCountOnTheProjector();

private:
    DraftFixture f;
    PolishCounter* style = nullptr; // the application's
};

// A card for one person: the Reveal button (whose text and look follow only the reveal) is
// not polished again, and the other people's columns keep their headings untouched; the
// person's own heading takes the new count.
void TestSilentCommits::aCardLeavesRevealAndTheOtherColumnsAlone() {
    f.start(4);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    f.addCard(people.at(1).id, QStringLiteral("Warm-up card"));
    const auto heading = [silent](qint64 person) {
        return silent->column(person)->findChild<QLabel*>(QStringLiteral("sectionTitle"));
    };
    QVERIFY(heading(people.first().id));
    QTRY_VERIFY(heading(people.at(1).id)->text().contains(QLatin1String("1 card")));
    QTest::qWait(0);
    QCoreApplication::processEvents(); // the pending layouts and repaints

    style->watched = silent->revealButton();
    style->polishes = 0;
    PaintCounter others;
    QStringList before;
    for (const Participant& p : people.mid(1)) {
        heading(p.id)->installEventFilter(&others);
        before << heading(p.id)->text();
    }
    f.addCard(people.first().id, QStringLiteral("Weekly returning accounts"));
    QTRY_VERIFY(heading(people.first().id)->text().contains(QLatin1String("1 card")));
    QCoreApplication::processEvents();
    QCOMPARE(style->polishes, 0);
    QCOMPARE(others.paints, 0);
    QStringList after;
    for (const Participant& p : people.mid(1))
        after << heading(p.id)->text();
    QCOMPARE(after, before);
    // The reveal itself still restyles it.
    silent->toggleReveal();
    QTRY_VERIFY(style->polishes > 0);
}

// The heading's count and the page's summary change with each card and stay on one line: the
// heading's height is known without laying its text out again, the summary's after one layout
// (its hint is two lines tall), not one for each width the page's layouts ask.
void TestSilentCommits::aCountOnOneLineTakesNoNewLayout() {
    f.start(4);
    const QList<Participant> people = f.people();
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    QLabel* heading =
        silent->column(people.first().id)->findChild<QLabel*>(QStringLiteral("sectionTitle"));
    QVERIFY(heading);
    for (int i = 1; i <= 2; ++i) { // the page's first layouts, and the column made current
        f.addCard(people.first().id, QStringLiteral("Warm-up card"));
        QTRY_VERIFY(heading->text().contains(QStringLiteral("%1 card").arg(i)));
        QCoreApplication::processEvents();
    }
    const int before = StageWidgets::labelLayouts();
    for (int i = 3; i <= 5; ++i) {
        f.addCard(people.first().id, QStringLiteral("Card %1").arg(i));
        QTRY_VERIFY(heading->text().contains(QStringLiteral("%1 cards").arg(i)));
        QCoreApplication::processEvents();
    }
    QVERIFY2(StageWidgets::labelLayouts() - before <= 3,
             qPrintable(QString::number(StageWidgets::labelLayouts() - before)));
}

// Heights answered without a layout are QLabel's, at the widths about where the text
// starts to wrap, for texts on one line, on two and with a line break.
void TestSilentCommits::oneLineHeightsAreQLabels() {
    QWidget host;
    QLabel* keeping = StageWidgets::label({}, &host, "sectionTitle");
    auto* plain = new QLabel(&host);
    plain->setTextFormat(Qt::PlainText);
    plain->setWordWrap(true);
    plain->setObjectName(QStringLiteral("sectionTitle"));
    host.resize(900, 600);
    host.show();
    for (const QString& text :
         {QStringLiteral("Ana — 12 cards"), QStringLiteral("1 card from 1 of 4 people so far"),
          QStringLiteral("Ana — a name long enough to wrap over several lines of a narrow "
                         "column, as a person's own may"),
          QStringLiteral("Ana\n— 3 cards")}) {
        for (QLabel* l : {keeping, plain}) {
            l->setText(text);
            l->setMargin(text.size() % 3);
        }
        QCOMPARE(keeping->minimumSizeHint(), plain->minimumSizeHint());
        const int hint = plain->sizeHint().width();
        QList<int> widths = {hint - 2, hint - 1, hint, hint + 1, hint + 2, 2 * hint};
        for (int width = 40; width <= 900; width += 7) // narrow to wide, then wide to narrow
            widths << width;
        for (int width = 900; width >= 40; width -= 5)
            widths << width;
        for (int width : std::as_const(widths))
            QCOMPARE(keeping->heightForWidth(width), plain->heightForWidth(width));
    }
}

// A column taller than the view takes a commit of cards below the view (their places kept for
// editors made later): the page grows after the column is laid out, and the editors already
// there neither move, nor shrink, nor repaint.
void TestSilentCommits::aCommitLeavesTheEditorsInPlace() {
    f.start(4);
    const qint64 ana = f.people().first().id;
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    SilentColumn* column = silent->column(ana);
    for (int i = 0; i < 8; ++i)
        f.addCard(ana, QStringLiteral("Card %1").arg(i), QStringLiteral("people coming back"));
    QTRY_VERIFY(column->isComplete() && !column->findChildren<DraftCardEditor*>().isEmpty());
    QTest::qWait(0);
    QCoreApplication::processEvents(); // the pending layouts and repaints
    const QList<DraftCardEditor*> editors = column->findChildren<DraftCardEditor*>();
    QVERIFY(column->height() > silent->height()); // taller than the view: the page grows
    PaintCounter paints;
    QList<QRect> before;
    for (DraftCardEditor* editor : editors) {
        editor->installEventFilter(&paints);
        before << editor->geometry();
    }
    const int height = column->height();
    QVERIFY(f.store().batch([&] {
        for (int i = 8; i < 11; ++i)
            if (f.addCard(ana, QStringLiteral("Card %1").arg(i)) == 0)
                return false;
        return true;
    }));
    QTRY_VERIFY(column->height() > height);
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QList<QRect> after;
    for (DraftCardEditor* editor : editors)
        after << editor->geometry();
    QCOMPARE(after, before);
    QCOMPARE(paints.paints, 0);
    QCOMPARE(column->cardIds().size(), 11);
}

// A commit of twelve cards, each editor costing 0.9 ms on a clock moved by hand: the passes
// that make their editors stop before the one that would take them past their 2 ms, never
// after it, and between them make all those within reach, in order.
void TestSilentCommits::aBuilderPassKeepsItsSlice() {
    f.start(4);
    const qint64 ana = f.people().first().id;
    auto* silent = f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    silent->setMasked(false);
    SilentColumn* column = silent->column(ana);
    QTRY_VERIFY(column->isVisible() && column->height() > 0);
    QTest::qWait(0);
    EditorCost cost;
    cost.costNs = 900'000;
    qApp->installEventFilter(&cost);
    silent->buildSlice().setClock([&cost] { return cost.now; });
    QVERIFY(f.store().batch([&] {
        for (int i = 0; i < 12; ++i)
            if (f.addCard(ana, QStringLiteral("Card %1").arg(i)) == 0)
                return false;
        return true;
    }));
    QTRY_VERIFY(column->isComplete());
    qApp->removeEventFilter(&cost);
    QList<DraftCardEditor*> made = column->findChildren<DraftCardEditor*>();
    QVERIFY2(made.size() >= 3, qPrintable(QString::number(made.size()))); // passes were full
    QCOMPARE(cost.polished, made.size());
    QVERIFY2(silent->buildSlice().longestPassNs() <= silent->buildSlice().sliceNs(),
             qPrintable(QString::number(silent->buildSlice().longestPassNs())));
    std::sort(made.begin(), made.end(),
              [](const QWidget* a, const QWidget* b) { return a->y() < b->y(); });
    for (qsizetype i = 0; i < made.size(); ++i) {
        QCOMPARE(made.at(i)->cardId(), column->cardIds().at(i));
        QCOMPARE(made.at(i)->nameEdit()->text(), QStringLiteral("Card %1").arg(i));
    }
}

// However long an editor takes, each pass makes one: the room's cards always get theirs.
void TestSilentCommits::everyPassMakesAnEditor() {
    qint64 now = 0;
    BuildSlice slice(2'000'000);
    slice.setClock([&now] { return now; });
    for (int pass = 0; pass < 2; ++pass) {
        slice.start();
        QVERIFY(!slice.full()); // the first editor
        now += 5'000'000;       // took 5 ms
        QVERIFY(slice.full());
        QVERIFY(slice.full()); // full, it stays so
        slice.finish();
    }
    QCOMPARE(slice.longestPassNs(), 5'000'000);
    QVERIFY(slice.editorNs() >= 5'000'000);
    // Cheap again, the estimate follows and a pass makes several.
    int made = 0;
    for (int pass = 0; pass < 4; ++pass) {
        slice.start();
        for (made = 0; !slice.full(); ++made)
            now += 300'000;
        slice.finish();
    }
    QCOMPARE(made, 6); // 6 x 0.3 ms, a seventh would pass 2 ms
}

// Before the reveal a card from one phone moves two numbers on the projector, its person's
// count and the total: those two labels paint again, the other people's counts and names do
// not, and nothing is laid out again while the new numbers fit the room the numbers took.
void TestSilentCommits::aCardMovesOneCountOnTheProjector() {
    f.start(8);
    const QList<Participant> people = f.people();
    f.goTo<SilentPage>(QStringLiteral("draft.silent"));
    QWidget* projector = f.projector();
    QVERIFY(QTest::qWaitForWindowExposed(projector));
    LayoutCounter layouts;
    projector->installEventFilter(&layouts);
    const auto settled = [&] { // a pass of the event loop that lays nothing out
        layouts.laidOut.clear();
        QCoreApplication::processEvents();
        return layouts.laidOut.isEmpty();
    };
    for (int i = 0; i < 2; ++i) // two cards each: "— 2 cards", "16 cards so far"
        for (const Participant& p : people)
            f.addCard(p.id, QStringLiteral("Card %1 of %2").arg(i).arg(p.name));
    for (QWidget* widget : projector->findChildren<QWidget*>())
        widget->installEventFilter(&layouts);
    const qint64 third = f.addCard(people.at(2).id, QStringLiteral("A third card"));
    QTRY_VERIFY(settled());
    Candidate card = *f.store().candidate(third);
    card.name.clear(); // and rubbed out: "— 2 cards" again
    QVERIFY(f.store().updateCandidate(card));
    const QList<QLabel*> counts =
        projector->findChildren<QLabel*>(QStringLiteral("projectorPersonCount"));
    QLabel* total = projector->findChild<QLabel*>(QStringLiteral("projectorSilentTotal"));
    QCOMPARE(counts.size(), people.size());
    QVERIFY(total);
    // "— 2 cards", or "2" when the rows fit only so (SilentTally).
    const auto showsCount = [](const QLabel* label, int cards) {
        return label->text() == QStringLiteral("— %1").arg(DraftText::cardCount(cards)) ||
               label->text() == QString::number(cards);
    };
    QVERIFY2(showsCount(counts.at(2), 2), qPrintable(counts.at(2)->text()));
    QTRY_VERIFY(settled());

    PaintCounter others;
    PaintCounter moved;
    for (QLabel* label : projector->findChildren<QLabel*>())
        label->installEventFilter(label == counts.at(2) || label == total ? &moved : &others);
    card.name = QStringLiteral("A third card, written again"); // the phone writes it again
    QVERIFY(f.store().updateCandidate(card));
    QVERIFY2(showsCount(counts.at(2), 3), qPrintable(counts.at(2)->text()));
    QCOMPARE(total->text(), QStringLiteral("%1 so far").arg(DraftText::cardCount(17)));
    QTRY_COMPARE(moved.paints, 2);
    QCoreApplication::processEvents();
    QCOMPARE(others.paints, 0);
    QVERIFY2(layouts.laidOut.isEmpty(), qPrintable(layouts.laidOut.join(u' ')));
    QCOMPARE(projector->findChildren<QLabel*>(QStringLiteral("projectorPersonCount")), counts);
}

QTEST_MAIN(TestSilentCommits)
#include "TestSilentCommits.moc"
