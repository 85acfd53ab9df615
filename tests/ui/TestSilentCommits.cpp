// What a card written into the silent brainstorm costs the console beyond its own column: a
// room of phones commits a card or two at a time, hundreds of times a minute, and each commit
// that restyles or relabels widgets it did not change lays out and repaints the page again
// (bench_room --console, issue #17).
#include "DraftFixture.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QProxyStyle>
#include <QStandardPaths>

namespace {

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

// Counts the paint events the widgets it watches receive.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
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

QTEST_MAIN(TestSilentCommits)
#include "TestSilentCommits.moc"
