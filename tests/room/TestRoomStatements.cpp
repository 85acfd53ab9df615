// Phones writing cards run the same few statements thousands of times (issue #17's
// benchmark): each is prepared once and kept, not parsed by SQLite again for every card.
// Measured with SQLite's own trace: a statement whose count of runs is 0 was just prepared.
#include "RoomHarness.h"
#include "SqlTrace.h"
#include "storage/Database.h"

#include <QHash>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class TestRoomStatements : public QObject {
    Q_OBJECT

private slots:
    void phoneWritesPrepareEachStatementOnce();
};

void TestRoomStatements::phoneWritesPrepareEachStatementOnce() {
    RoomHarness room(3);
    std::vector<std::unique_ptr<Phone>> phones;
    for (const Participant& person : room.people()) {
        phones.push_back(room.phone(room.join(person.id)));
        QVERIFY(phones.back());
    }
    SqlTrace trace(room.library().database().connection());
    QVERIFY2(trace.isActive(), "SQLite's trace hook was not found");
    constexpr int Cards = 30; // ten from each phone, each in a transaction of its own
    for (int i = 0; i < Cards; ++i) {
        const QJsonObject ack = phones[size_t(i) % phones.size()]->put(
            u"p-statement-card-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"Card %1"_s.arg(i),
            u"people coming back"_s);
        QVERIFY2(ack.value(u"ok"_s).toBool(), qPrintable(u"card %1 was not saved"_s.arg(i)));
    }
    QHash<QString, int> runs;
    QHash<QString, int> prepares;
    for (const QString& sql : trace.statements())
        ++runs[sql];
    for (const QString& sql : trace.prepared())
        ++prepares[sql];
    int perCard = 0;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        // BEGIN and COMMIT are the Qt driver's own, prepared for each transaction.
        if (it.value() < Cards || it.key() == u"BEGIN" || it.key() == u"COMMIT")
            continue;
        ++perCard;
        QVERIFY2(prepares.value(it.key()) <= 1,
                 qPrintable(u"prepared %1 times for %2 cards: %3"_s.arg(prepares.value(it.key()))
                                .arg(Cards)
                                .arg(it.key())));
    }
    QVERIFY(perCard >= 4); // the card, its phone key, its operation id, the workshop's date
}

QTEST_GUILESS_MAIN(TestRoomStatements)
#include "TestRoomStatements.moc"
