// The silent brainstorm's console while the room's phones write, through the real main window
// with a real RoomServer on 127.0.0.1 (issue #17): the commit of the phones' cards puts them in
// their columns and counts at once but makes none of their editors in its own pass (each costs
// about a millisecond to make and as much to paint, and a commit of the room brings a dozen),
// and the editors follow on the next passes, in the cards' order, until every card shows.
#include "AudienceWindow.h"
#include "ConsolePhone.h"
#include "Theme.h"
#include "WidgetTexts.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "room/RoomControl.h"
#include "room/RoomServer.h"
#include "session/WorkshopSession.h"
#include "stages/draft/DraftCardEditor.h"
#include "stages/draft/DraftText.h"
#include "stages/draft/silent/SilentColumn.h"
#include "stages/draft/silent/SilentPage.h"
#include "storage/WorkshopStore.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QList<DraftCardEditor*> editorsInOrder(const SilentColumn* column) {
    QList<DraftCardEditor*> editors = column->findChildren<DraftCardEditor*>();
    std::sort(editors.begin(), editors.end(),
              [](const QWidget* a, const QWidget* b) { return a->y() < b->y(); });
    return editors;
}

QJsonObject cardPut(const QString& key, const QString& name) {
    return {{QStringLiteral("op"), QStringLiteral("card.put")},
            {QStringLiteral("card"), key},
            {QStringLiteral("name"), name},
            {QStringLiteral("behaviour"), QStringLiteral("people coming back every week")}};
}

} // namespace

class TestSilentArrivals : public RoomConsoleFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Theme::applyConsoleTheme(*qApp);
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void aCommitMakesNoEditorInItsPass();
    void theColumnsCatchUpWithThePhones();

private:
    // The silent brainstorm on the console, every column unmasked, the room open.
    SilentPage* openSilent() {
        m_window->present();
        if (!m_window->workshopPage()->runner()->goTo(QString(StageKeys::Silent)))
            return nullptr;
        auto* silent = qobject_cast<SilentPage*>(m_window->workshopPage()->stagePage());
        if (!silent || !openRoom())
            return nullptr;
        silent->setMasked(false);
        return silent;
    }
};

// What the columns hold when the store tells of a commit, read right after the page took it
// in: its cards are listed and counted, and no editor was made for them in that pass.
void TestSilentArrivals::aCommitMakesNoEditorInItsPass() {
    SilentPage* silent = openSilent();
    QVERIFY(silent);
    const QList<Participant> people = this->people();
    SilentColumn* ana = silent->column(people.at(0).id);
    QVERIFY(ana);
    QTRY_VERIFY(ana->isVisible() && ana->height() > 0); // laid out, within reach
    QObject watch;                                      // the listener goes with this test
    qsizetype listed = -1, made = -1;
    connect(&store(), &WorkshopStore::changed, &watch, [&](const WorkshopChanges& changes) {
        if (!changes.has(m_id, ChangeKind::Candidate))
            return;
        listed = ana->cardIds().size();
        made = ana->findChildren<DraftCardEditor*>().size();
    });

    // A phone's card: acknowledged after its commit, its editor made on a later pass.
    ConsolePhone phone(*room()->server());
    QCOMPARE(phone.join(people.at(0).id), 200);
    QVERIFY(phone.connect());
    const QJsonObject ack =
        phone.operation(cardPut(QStringLiteral("p-arrivals-ana-0001"), QStringLiteral("Cooks")));
    QVERIFY2(ack.value(QLatin1String("ok")).toBool(), QJsonDocument(ack).toJson().constData());
    QCOMPARE(listed, 1);
    QCOMPARE(made, 0);
    QTRY_COMPARE(ana->findChildren<DraftCardEditor*>().size(), 1);
    QCOMPARE(ana->findChild<DraftCardEditor*>()->nameEdit()->text(), QStringLiteral("Cooks"));

    // A commit of many cards, as the room's batch makes of what arrived in one pass: all are
    // in the column and its count in that pass, none has its editor yet.
    QList<qint64> ids = ana->cardIds();
    QVERIFY(store().batch([&] {
        for (int i = 0; i < 12; ++i) {
            Candidate c;
            c.workshopId = m_id;
            c.kind = CandidateKind::Own;
            c.authorId = people.at(0).id;
            c.name = QStringLiteral("Batch card %1").arg(i);
            c.position = 100 + i; // after the phone's
            const std::optional<qint64> id = store().addCandidate(c);
            if (!id)
                return false;
            ids << *id;
        }
        return true;
    }));
    QCOMPARE(listed, 13);
    QCOMPARE(made, 1);
    QCOMPARE(ana->cardIds(), ids);
    QVERIFY(visibleTexts(ana).join(u'\n').contains(DraftText::cardCount(13)));
    // The next passes make them, in the cards' order, as far as the view reaches.
    QTRY_VERIFY(ana->isComplete());
    const QList<DraftCardEditor*> shown = editorsInOrder(ana);
    QVERIFY(shown.size() > 1);
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(shown.at(i)->cardId(), ids.at(i));
}

// Four phones write three cards each (as many as this window's view reaches), one after
// another as the page does: once the events are processed, every column shows all its cards,
// each with its editor and its text, in order, the projector counts them all, and the
// console's undo history has none of it.
void TestSilentArrivals::theColumnsCatchUpWithThePhones() {
    SilentPage* silent = openSilent();
    QVERIFY(silent);
    const QList<Participant> people = this->people();
    const int undoSteps = m_window->session()->undoStack().count();
    constexpr int Cards = 3;
    std::vector<std::unique_ptr<ConsolePhone>> phones;
    for (const Participant& person : people) {
        phones.push_back(std::make_unique<ConsolePhone>(*room()->server()));
        QCOMPARE(phones.back()->join(person.id), 200);
        QVERIFY(phones.back()->connect());
    }
    for (int card = 0; card < Cards; ++card)
        for (size_t p = 0; p < phones.size(); ++p) {
            const QJsonObject ack = phones.at(p)->operation(cardPut(
                QStringLiteral("p-arrivals-phone-%1-card-%2").arg(p).arg(card, 4, 10, QChar(u'0')),
                QStringLiteral("Card %1 of %2").arg(card).arg(people.at(qsizetype(p)).name)));
            QVERIFY2(ack.value(QLatin1String("ok")).toBool(),
                     QJsonDocument(ack).toJson().constData());
        }
    for (const Participant& person : people) {
        SilentColumn* column = silent->column(person.id);
        QTRY_COMPARE(column->findChildren<DraftCardEditor*>().size(), Cards);
        const QList<DraftCardEditor*> shown = editorsInOrder(column);
        QCOMPARE(column->cardIds().size(), Cards);
        for (int card = 0; card < Cards; ++card) {
            QCOMPARE(shown.at(card)->cardId(), column->cardIds().at(card));
            QCOMPARE(shown.at(card)->nameEdit()->text(),
                     QStringLiteral("Card %1 of %2").arg(card).arg(person.name));
        }
    }
    auto* total = projector()->findChild<QLabel*>(QStringLiteral("projectorSilentTotal"));
    QVERIFY(total);
    QTRY_VERIFY(total->text().contains(DraftText::cardCount(Cards * int(people.size()))));
    QCOMPARE(m_window->session()->undoStack().count(), undoSteps);
}

QTEST_MAIN(TestSilentArrivals)
#include "TestSilentArrivals.moc"
