// The projector's tally in the silent brainstorm, for rooms of one to a hundred people with
// long, emoji and right-to-left names, at the largest and the smallest projector: every row
// at the projector's floor size, no two labels over each other, all inside the view; or, when
// the rows do not fit, a summary with the right numbers instead of them (issue #17).
#include "DraftFixture.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/silent/SilentPage.h"
#include "stages/draft/silent/SilentTally.h"
#include "widgets/ElidedLabel.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QStandardPaths>
#include <QTextBoundaryFinder>

namespace {

const QStringList NameKinds = {
    QStringLiteral("Maximiliana Konstantinopoulou-Wetherington %1"),
    QStringLiteral("Zoë 🚀👩🏽‍🚀 %1"),
    QStringLiteral("مريم عبد الرحمن %1"),
    QStringLiteral("נועה בן דוד %1"),
    QStringLiteral("Al %1"),
};

// Person i has written i % 3 cards, except the second, who has written twelve.
int cardsOf(int person) {
    return person == 1 ? 12 : person % 3;
}

// A name shortened with "…" keeps at least so many characters (emoji are wide).
constexpr int KeptCharacters = 4;

QRect inWindow(const QWidget* widget) {
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

} // namespace

class TestSilentTally : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { f.stop(); }
    void rowsFitOrTheRoomIsSummed_data();
    void rowsFitOrTheRoomIsSummed();
    void theSummaryFollowsTheCards();

private:
    // A workshop of `people` with names of every kind, their cards written, the silent
    // brainstorm on the projector at `screen`.
    QWidget* start(int people, bool nameless, QSize screen);
    QLabel* label(const char* name) const {
        return f.projector()->findChild<QLabel*>(QLatin1String(name));
    }
    mutable DraftFixture f;
};

QWidget* TestSilentTally::start(int people, bool nameless, QSize screen) {
    f.library = std::make_unique<TestLibrary>();
    Workshop w;
    w.title = QStringLiteral("Tally");
    w.product = QStringLiteral("Test product");
    QList<Participant> roster;
    for (int i = 0; i < people; ++i)
        roster.append({0, 0, NameKinds.at(i % NameKinds.size()).arg(i + 1), {}, i});
    f.id = f.store().createWorkshop(w, roster).value_or(0);
    if (f.id == 0)
        return nullptr;
    const QList<Participant> made = f.people();
    const bool added = f.store().batch([&] {
        for (int i = 0; i < made.size(); ++i)
            for (int k = 0; k < cardsOf(i); ++k)
                if (f.addCard(made.at(i).id, QStringLiteral("Card %1").arg(k)) == 0)
                    return false;
        return !nameless || f.addCard(0, QStringLiteral("A card without a name")) != 0;
    });
    if (!added || !f.open() || !f.goTo<SilentPage>(QStringLiteral("draft.silent")))
        return nullptr;
    QWidget* projector = f.projector();
    projector->resize(screen);
    if (!QTest::qWaitForWindowExposed(projector))
        return nullptr;
    QCoreApplication::processEvents();
    return projector;
}

void TestSilentTally::rowsFitOrTheRoomIsSummed_data() {
    QTest::addColumn<int>("people");
    QTest::addColumn<QSize>("screen");
    for (const QSize screen : {QSize(1920, 1080), QSize(1280, 720)})
        for (int people : {1, 8, 9, 20, 40, 60, 100})
            QTest::addRow("%d-people-%dx%d", people, screen.width(), screen.height())
                << people << screen;
}

void TestSilentTally::rowsFitOrTheRoomIsSummed() {
    QFETCH(int, people);
    QFETCH(QSize, screen);
    const bool nameless = people == 9 || people == 40; // and a row "Without a name"
    QWidget* projector = start(people, nameless, screen);
    QVERIFY(projector);
    const QString folder = qEnvironmentVariable("LODESTAR_TALLY_PNG");
    if (!folder.isEmpty())
        QVERIFY(projector->grab().save(QDir(folder).filePath(QStringLiteral("silent-%1-%2x%3.png")
                                                                 .arg(people)
                                                                 .arg(screen.width())
                                                                 .arg(screen.height()))));
    QCOMPARE(projector->size(), screen);
    QWidget* view = projector->findChild<QWidget*>(QStringLiteral("silentView"));
    QLabel* total = label("projectorSilentTotal");
    QVERIFY(view && total && total->isVisible());
    auto* card = qobject_cast<QFrame*>(total->parentWidget()->parentWidget());
    QVERIFY(card);
    const QRect cardRect = inWindow(card);
    QVERIFY(inWindow(view).contains(cardRect));

    // Whatever shows in the tally's card: inside it, at the floor size at least, apart.
    QList<QLabel*> shown;
    for (QLabel* l : card->findChildren<QLabel*>())
        if (l->isVisibleTo(projector) && !l->text().isEmpty())
            shown << l;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRect r = inWindow(shown.at(i));
        QVERIFY2(cardRect.contains(r), qPrintable(shown.at(i)->text()));
        QVERIFY2(shown.at(i)->font().pointSizeF() >= StageWidgets::ProjectorFloor,
                 qPrintable(shown.at(i)->text()));
        QVERIFY2(r.height() >= shown.at(i)->sizeHint().height() ||
                     shown.at(i)->wordWrap(), // a wrapping line's hint is one line's
                 qPrintable(shown.at(i)->text()));
        for (qsizetype j = i + 1; j < shown.size(); ++j)
            QVERIFY2(!r.intersects(inWindow(shown.at(j))),
                     qPrintable(shown.at(i)->text() + QStringLiteral(" / ") + shown.at(j)->text()));
    }

    auto* tally = card->findChild<SilentTally*>();
    QVERIFY(tally);
    const QList<QLabel*> names =
        tally->findChildren<QLabel*>(QStringLiteral("projectorPersonName"));
    const QList<QLabel*> counts =
        tally->findChildren<QLabel*>(QStringLiteral("projectorPersonCount"));
    const int rows = people + (nameless ? 1 : 0);
    QCOMPARE(names.size(), rows);
    QCOMPARE(counts.size(), rows);
    QLabel* written = label("projectorSilentWritten");
    QLabel* thinking = label("projectorSilentThinking");
    QVERIFY(written && thinking);
    int visibleRows = 0;
    for (qsizetype i = 0; i < rows; ++i)
        visibleRows += names.at(i)->isVisibleTo(projector) && counts.at(i)->isVisibleTo(projector);
    if (visibleRows > 0) { // every row, and no summary
        QCOMPARE(visibleRows, rows);
        QVERIFY(!written->isVisibleTo(projector) && !thinking->isVisibleTo(projector));
        for (qsizetype i = 0; i < rows; ++i) {
            auto* name = qobject_cast<ElidedLabel*>(names.at(i));
            QVERIFY(name);
            // The whole name, or its first few characters before the "…".
            QString kept = name->text();
            if (kept != name->fullText()) {
                QVERIFY2(kept.endsWith(QChar(0x2026)), qPrintable(kept));
                kept.chop(1);
                QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, kept);
                int characters = 0;
                while (graphemes.toNextBoundary() >= 0)
                    ++characters;
                QVERIFY2(characters >= KeptCharacters, qPrintable(name->text()));
            }
            QVERIFY(counts.at(i)->width() >= counts.at(i)->sizeHint().width());
            const int cards = i < people ? cardsOf(int(i)) : 1;
            QVERIFY2(counts.at(i)->text() ==
                             QStringLiteral("— %1").arg(DraftText::cardCount(cards)) ||
                         counts.at(i)->text() == QString::number(cards),
                     qPrintable(counts.at(i)->text()));
        }
    } else { // the summary, and the rows truly did not fit
        QVERIFY(written->isVisibleTo(projector) && thinking->isVisibleTo(projector));
        int writing = 0;
        for (int i = 0; i < people; ++i)
            writing += cardsOf(i) > 0;
        QVERIFY2(written->text().contains(QString::number(writing)) &&
                     written->text().contains(QString::number(people)),
                 qPrintable(written->text()));
        QVERIFY2(thinking->text().contains(QString::number(people - writing)),
                 qPrintable(thinking->text()));
        // Even with the counts at their shortest, and each name at its least.
        int rowHeight = 0, countWidth = 0, nameWidth = 0;
        const QFontMetrics digits(counts.first()->font());
        for (qsizetype i = 0; i < rows; ++i) {
            rowHeight = std::max(
                {rowHeight, names.at(i)->sizeHint().height(), counts.at(i)->sizeHint().height()});
            countWidth = std::max(countWidth, digits.horizontalAdvance(QString::number(
                                                  i < people ? cardsOf(int(i)) : 1)));
            nameWidth = std::max(
                nameWidth, SilentTally::leastNameWidth(qobject_cast<ElidedLabel*>(names.at(i))));
        }
        countWidth += digits.horizontalAdvance(u'0');
        const int perColumn =
            (tally->height() + SilentTally::RowGap) / (rowHeight + SilentTally::RowGap);
        const int columns =
            (tally->width() + SilentTally::ColumnGap) /
            (nameWidth + SilentTally::NameGap + countWidth + SilentTally::ColumnGap);
        QVERIFY2(perColumn * columns < rows,
                 qPrintable(QStringLiteral("%1 rows of %2 in %3 columns")
                                .arg(rows)
                                .arg(perColumn)
                                .arg(columns)));
    }
    // The smallest rooms always show their people; the largest never can.
    if (people <= 8)
        QCOMPARE(visibleRows, rows);
    if (people >= 100)
        QCOMPARE(visibleRows, 0);
}

// In a room summed up, a first card moves the numbers: the summary's two lines and the total
// take new texts and nothing is laid out again.
void TestSilentTally::theSummaryFollowsTheCards() {
    QWidget* projector = start(60, false, QSize(1920, 1080));
    QVERIFY(projector);
    QLabel* written = label("projectorSilentWritten");
    QLabel* thinking = label("projectorSilentThinking");
    QVERIFY(written && written->isVisible() && thinking->isVisible());
    int writing = 0;
    for (int i = 0; i < 60; ++i)
        writing += cardsOf(i) > 0;
    QVERIFY(written->text().contains(QString::number(writing)));
    const QRect before = written->geometry();
    f.addCard(f.people().at(0).id, QStringLiteral("A first card")); // person 1 had none
    QVERIFY2(written->text().contains(QString::number(writing + 1)), qPrintable(written->text()));
    QVERIFY2(thinking->text().contains(QString::number(60 - writing - 1)),
             qPrintable(thinking->text()));
    QCoreApplication::processEvents();
    QCOMPARE(written->geometry(), before);
    QVERIFY(written->isVisible());
}

QTEST_MAIN(TestSilentTally)
#include "TestSilentTally.moc"
