// RoomView as a table: stage × reveal × anonymity × device → what the phone receives.
#include "RoomView.h"
#include "domain/StageKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Aisha = 11;
constexpr qint64 Ben = 12;

RoomSnapshot snapshot(const QString& stage, bool revealed, bool anonymous) {
    RoomSnapshot room;
    room.title = QStringLiteral("Table");
    room.anonymous = anonymous;
    room.stageKey = stage;
    room.stageTitle = QStringLiteral("Some stage");
    room.revealed = revealed;
    room.people = {{Aisha, 1, QStringLiteral("Aisha"), {}, 0},
                   {Ben, 1, QStringLiteral("Ben"), {}, 1}};
    const auto card = [](qint64 id, qint64 author, int position) {
        Candidate c;
        c.id = id;
        c.workshopId = 1;
        c.authorId = author;
        c.kind = CandidateKind::Own;
        c.name = QStringLiteral("card %1").arg(id);
        c.position = position;
        return c;
    };
    // By position: Ben's card first, the facilitator's (no author) last.
    room.cards = {card(2, Ben, 0), card(1, Aisha, 1), card(3, 0, 2)};
    return room;
}

RoomViewer viewer(const QString& who) {
    if (who == u"aisha")
        return {QStringLiteral("dev-a"), Aisha, QStringLiteral("Aisha"), false};
    if (who == u"ben")
        return {QStringLiteral("dev-b"), Ben, QStringLiteral("Ben"), false};
    return {QStringLiteral("dev-w"), 0, QStringLiteral("Zoë"), true};
}

} // namespace

class TestRoomView : public QObject {
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void neverCarriesPrivateFields();
};

void TestRoomView::table_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("cards");   // in order
    QTest::addColumn<QStringList>("authors"); // per card, "" for none

    const QString silent = StageKeys::Silent;
    const QString pairs = StageKeys::Pairs;
    for (const bool anonymous : {false, true}) {
        const QString a = anonymous ? QStringLiteral(" anonymous") : QString();
        QTest::addRow("silent, hidden, Aisha%s", qPrintable(a))
            << silent << false << anonymous << u"aisha"_s << u"write"_s << QStringList{u"c1"_s}
            << QStringList{u""_s};
        QTest::addRow("silent, hidden, Ben%s", qPrintable(a))
            << silent << false << anonymous << u"ben"_s << u"write"_s << QStringList{u"c2"_s}
            << QStringList{u""_s};
        QTest::addRow("silent, hidden, waiting%s", qPrintable(a))
            << silent << false << anonymous << u"waiting"_s << u"waiting"_s << QStringList{}
            << QStringList{};
        const QStringList authors =
            anonymous ? QStringList{u""_s, u""_s, u""_s} : QStringList{u"Ben"_s, u"Aisha"_s, u""_s};
        QTest::addRow("silent, revealed, Aisha%s", qPrintable(a))
            << silent << true << anonymous << u"aisha"_s << u"revealed"_s
            << QStringList{u"c2"_s, u"c1"_s, u"c3"_s} << authors;
        QTest::addRow("silent, revealed, Ben%s", qPrintable(a))
            << silent << true << anonymous << u"ben"_s << u"revealed"_s
            << QStringList{u"c2"_s, u"c1"_s, u"c3"_s} << authors;
        QTest::addRow("silent, revealed, waiting%s", qPrintable(a))
            << silent << true << anonymous << u"waiting"_s << u"waiting"_s << QStringList{}
            << QStringList{};
        for (const bool revealed : {false, true}) {
            const char* r = revealed ? "revealed" : "hidden";
            QTest::addRow("pairs, %s, Aisha%s", r, qPrintable(a))
                << pairs << revealed << anonymous << u"aisha"_s << u"look"_s << QStringList{}
                << QStringList{};
            QTest::addRow("pairs, %s, waiting%s", r, qPrintable(a))
                << pairs << revealed << anonymous << u"waiting"_s << u"waiting"_s << QStringList{}
                << QStringList{};
            QTest::addRow("opening, %s, Ben%s", r, qPrintable(a))
                << QStringLiteral("opening") << revealed << anonymous << u"ben"_s << u"look"_s
                << QStringList{} << QStringList{};
        }
    }
}

void TestRoomView::table() {
    QFETCH(QString, stage);
    QFETCH(bool, revealed);
    QFETCH(bool, anonymous);
    QFETCH(QString, who);
    QFETCH(QString, mode);
    QFETCH(QStringList, cards);
    QFETCH(QStringList, authors);

    const RoomViewer me = viewer(who);
    const QJsonObject state = RoomView::state(snapshot(stage, revealed, anonymous), me);
    QCOMPARE(state.value(QLatin1String("stage")).toObject().value(QLatin1String("mode")).toString(),
             mode);
    QCOMPARE(state.value(QLatin1String("workshop"))
                 .toObject()
                 .value(QLatin1String("anonymous"))
                 .toBool(),
             anonymous);
    const QJsonArray got = state.value(QLatin1String("cards")).toArray();
    QStringList keys;
    QStringList gotAuthors;
    for (const QJsonValue& v : got) {
        const QJsonObject card = v.toObject();
        keys << card.value(QLatin1String("card")).toString();
        gotAuthors << card.value(QLatin1String("author")).toString();
        QCOMPARE(card.contains(QLatin1String("author")),
                 !card.value(QLatin1String("author")).toString().isEmpty());
        QCOMPARE(card.value(QLatin1String("mine")).toBool(),
                 keys.last() == (me.participantId == Aisha ? u"c1" : u"c2") &&
                     me.participantId > 0);
    }
    QCOMPARE(keys, cards);
    QCOMPARE(gotAuthors, authors);
    const QJsonObject mine = state.value(QLatin1String("me")).toObject();
    QCOMPARE(mine.value(QLatin1String("waiting")).toBool(), me.waiting);
    QCOMPARE(mine.value(QLatin1String("person")).isNull(), me.participantId == 0);
    // In an anonymous workshop no name but the device's own appears anywhere.
    if (anonymous) {
        const QByteArray bytes = QJsonDocument(state).toJson();
        for (const QString& name : {QStringLiteral("Aisha"), QStringLiteral("Ben")})
            if (name != me.name)
                QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
    }
}

void TestRoomView::neverCarriesPrivateFields() {
    RoomSnapshot room = snapshot(StageKeys::Silent, true, false);
    for (Candidate& c : room.cards) {
        c.eliminationReason = QStringLiteral("SECRET-REASON");
        c.breaksCriterion = QStringLiteral("SECRET-CRITERION");
        c.status = CandidateStatus::Eliminated;
    }
    room.people[0].discipline = QStringLiteral("SECRET-DISCIPLINE");
    const QByteArray bytes =
        QJsonDocument(RoomView::state(room, viewer(QStringLiteral("aisha")))).toJson();
    QVERIFY(!bytes.contains("SECRET"));
    const QByteArray roster = QJsonDocument(RoomView::roster(room, false, {Aisha})).toJson();
    QVERIFY(!roster.contains("SECRET"));
}

QTEST_GUILESS_MAIN(TestRoomView)
#include "TestRoomView.moc"
