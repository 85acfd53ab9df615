// The warm-up worksheet from phones (issue #18) against a real server on 127.0.0.1: each
// operation sets one field of the viewer's group's worksheet, the later of two writes wins
// and every phone of the group hears it, other groups cannot touch it, and bad or untimely
// operations change nothing. One check looks at the console's warm-up page.
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/warmup/WarmUpGroupCard.h"
#include "stages/warmup/WarmUpPage.h"
#include "storage/WorkshopStore.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject& o, const char* member) {
    return o.value(QLatin1String(member)).toString();
}

QJsonObject sheetOf(const QJsonObject& state) {
    return state.value(QLatin1String("worksheet")).toObject();
}

// A room in the warm-up with two groups: people 1 and 2 in "Owls", 3 and 4 in "Larks";
// person 5 in no group.
struct WarmUpRoom {
    RoomHarness room{5};
    QList<Participant> people;
    qint64 owls = 0;
    qint64 larks = 0;

    WarmUpRoom() {
        people = room.people();
        owls = addGroup(QStringLiteral("Owls"), {people[0].id, people[1].id}, 0);
        larks = addGroup(QStringLiteral("Larks"), {people[2].id, people[3].id}, 1);
        room.goTo(QString(StageKeys::WarmUp));
    }
    qint64 addGroup(const QString& name, const QList<qint64>& members, int position) {
        WarmUpGroup g;
        g.workshopId = room.workshopId();
        g.name = name;
        g.members = members;
        g.position = position;
        return room.store().addWarmUpGroup(g).value_or(0);
    }
    WarmUpGroup group(qint64 id) {
        for (const WarmUpGroup& g : room.store().warmUpGroups(room.workshopId()))
            if (g.id == id)
                return g;
        return {};
    }
    std::optional<Candidate> northStar(qint64 groupId) {
        const qint64 id = group(groupId).candidateId;
        return id ? room.store().candidate(id) : std::nullopt;
    }
    QList<Input> inputs(qint64 groupId) {
        const qint64 id = group(groupId).candidateId;
        return id ? room.store().inputs(id) : QList<Input>();
    }
    std::unique_ptr<Phone> phoneOf(int person) { return room.phone(room.join(people[person].id)); }
};

// Sends `op` (with a fresh id unless it has one) and returns its acknowledgement.
QJsonObject send(Phone& phone, QJsonObject op) {
    if (!op.contains(QLatin1String("id")))
        op.insert(QStringLiteral("id"), Phone::newOpId());
    const qsizetype from = phone.count();
    phone.sendText(QJsonDocument(op).toJson(QJsonDocument::Compact));
    return phone.waitForAck(str(op, "id"), from);
}

QJsonObject put(Phone& phone, const QString& field, const QString& value, const QString& id = {}) {
    QJsonObject op{{QStringLiteral("op"), QStringLiteral("worksheet.put")},
                   {QStringLiteral("field"), field},
                   {QStringLiteral("value"), value}};
    if (!id.isEmpty())
        op.insert(QStringLiteral("id"), id);
    return send(phone, op);
}

QJsonObject addInput(Phone& phone, const QString& name, const QString& id = {}) {
    QJsonObject op{{QStringLiteral("op"), QStringLiteral("input.add")},
                   {QStringLiteral("name"), name}};
    if (!id.isEmpty())
        op.insert(QStringLiteral("id"), id);
    return send(phone, op);
}

QJsonObject putInput(Phone& phone, const QString& input, const QString& field,
                     const QString& value) {
    return send(phone, {{QStringLiteral("op"), QStringLiteral("input.put")},
                        {QStringLiteral("input"), input},
                        {QStringLiteral("field"), field},
                        {QStringLiteral("value"), value}});
}

QJsonObject deleteInput(Phone& phone, const QString& input) {
    return send(phone, {{QStringLiteral("op"), QStringLiteral("input.delete")},
                        {QStringLiteral("input"), input}});
}

bool ok(const QJsonObject& ack) {
    return ack.value(QLatin1String("ok")).toBool();
}

// Waits for `phone`'s state whose worksheet `member` is `value`.
bool hears(Phone& phone, const char* member, const QString& value) {
    return !phone
                .waitForState(
                    [&](const QJsonObject& s) { return str(sheetOf(s), member) == value; })
                .isEmpty();
}

} // namespace

class TestRoomWorksheet : public QObject {
    Q_OBJECT

private slots:
    void viewShowsMyGroupOnly();
    void differentFieldsAreBothKept();
    void sameFieldLaterWriteWinsOnBothPhones();
    void inputsAddPutDeleteAndASixthIsRefused();
    void anotherGroupCannotTouchIt();
    void outsideTheWarmUpIsRefused();
    void retriedOperationsApplyOnce();
    void badInputIsRefusedAndTextKeptVerbatim();
    void consoleWarmUpPageShowsPhoneWrites();
};

void TestRoomWorksheet::viewShowsMyGroupOnly() {
    WarmUpRoom w;
    // Private places that must never reach a phone: the warm-up's notes, the other group.
    const QByteArray secret = "SECRET-warmup-note-7f3a";
    QVERIFY(w.room.store().setStageNotes(w.room.workshopId(), QString(StageKeys::WarmUp),
                                         QString::fromLatin1(secret)));
    WarmUpGroup larks = w.group(w.larks);
    larks.name = QStringLiteral("Larks SECRET-other-group");
    QVERIFY(w.room.store().updateWarmUpGroup(larks));
    auto owl = w.phoneOf(0);
    auto loner = w.phoneOf(4);
    QVERIFY(owl && loner);
    const QJsonObject state = owl->latestState();
    QCOMPARE(str(state.value(QLatin1String("stage")).toObject(), "mode"),
             QStringLiteral("worksheet"));
    QCOMPARE(state.value(QLatin1String("cards")).toArray().size(), 0);
    const QJsonObject sheet = sheetOf(state);
    QCOMPARE(str(sheet, "group"), QStringLiteral("Owls"));
    QCOMPARE(sheet.value(QLatin1String("members")).toArray(),
             QJsonArray({w.people[0].name, w.people[1].name}));
    QCOMPARE(str(sheet, "game"), QString());
    const QJsonArray games = sheet.value(QLatin1String("games")).toArray();
    QCOMPARE(games.size(), 3);
    QCOMPARE(str(games[0].toObject(), "key"), QStringLiteral("attention"));
    QVERIFY(!str(games[0].toObject(), "title").isEmpty());
    QCOMPARE(str(sheet, "name"), QString());
    QCOMPARE(sheet.value(QLatin1String("inputs")).toArray().size(), 0);
    QCOMPARE(sheet.value(QLatin1String("fewestInputs")).toInt(), 3);
    QCOMPARE(sheet.value(QLatin1String("mostInputs")).toInt(), 5);
    // A person in no group: null, and a write is refused.
    QVERIFY(loner->latestState().value(QLatin1String("worksheet")).isNull());
    const QJsonObject refused = put(*loner, QStringLiteral("name"), QStringLiteral("Mine"));
    QCOMPARE(str(refused, "error"), QStringLiteral("not-now"));
    // The other group fills its worksheet from a phone: its North Star and an input with its
    // definition are that group's, and never reach the Owls or the loner.
    auto lark = w.phoneOf(2);
    QVERIFY(lark);
    QVERIFY(ok(put(*lark, QStringLiteral("name"), QStringLiteral("SECRET-larks-name"))));
    QVERIFY(ok(put(*lark, QStringLiteral("definition"), QStringLiteral("SECRET-larks-def"))));
    const QJsonObject added = addInput(*lark, QStringLiteral("SECRET-larks-input"));
    QVERIFY(ok(added));
    const QString input = str(added, "input");
    QVERIFY(ok(putInput(*lark, input, QStringLiteral("definition"),
                        QStringLiteral("SECRET-larks-in-def"))));
    // The Owls' own write after the Larks' ones: its state comes after theirs were pushed.
    QVERIFY(ok(put(*owl, QStringLiteral("name"), QStringLiteral("Owls' own"))));
    QVERIFY(hears(*owl, "name", QStringLiteral("Owls' own")));
    QVERIFY(hears(*lark, "name", QStringLiteral("SECRET-larks-name"))); // the Larks' own
    // Out of the warm-up the member is gone.
    w.room.goTo(QString(StageKeys::Silent));
    QVERIFY(!owl->waitForState(
                    [](const QJsonObject& s) { return !s.contains(QLatin1String("worksheet")); })
                 .isEmpty());
    for (const QByteArray& message : std::as_const(w.room.traffic()))
        QVERIFY2(!message.contains(secret), message.constData());
    for (Phone* phone : {owl.get(), loner.get()})
        for (const QJsonObject& m : phone->messages()) {
            const QByteArray bytes = QJsonDocument(m).toJson(QJsonDocument::Compact);
            QVERIFY2(!bytes.contains("SECRET-other-group"), bytes.constData());
            QVERIFY2(!bytes.contains("SECRET-larks"), bytes.constData());
        }
}

void TestRoomWorksheet::differentFieldsAreBothKept() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    auto b = w.phoneOf(1);
    QVERIFY(a && b);
    // Interleaved, as two people type: each write sets its one field and nothing else.
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Nights"))));
    QVERIFY(ok(put(*b, QStringLiteral("definition"), QStringLiteral("Nights stayed per week"))));
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Nights booked"))));
    QVERIFY(hears(*a, "name", QStringLiteral("Nights booked")));
    // The game alone (a change of the group, not of a candidate) reaches the phones too.
    QVERIFY(ok(put(*b, QStringLiteral("game"), QStringLiteral("transaction"))));
    const auto northStar = w.northStar(w.owls);
    QVERIFY(northStar);
    QCOMPARE(northStar->kind, CandidateKind::WarmUp);
    QCOMPARE(northStar->name, QStringLiteral("Nights booked"));
    QCOMPARE(northStar->definition, QStringLiteral("Nights stayed per week"));
    QCOMPARE(w.group(w.owls).game, Game::Transaction);
    for (Phone* phone : {a.get(), b.get()}) {
        QVERIFY(hears(*phone, "game", QStringLiteral("transaction"))); // the last write
        QCOMPARE(str(sheetOf(phone->latestState()), "name"), QStringLiteral("Nights booked"));
        QCOMPARE(str(sheetOf(phone->latestState()), "definition"),
                 QStringLiteral("Nights stayed per week"));
    }
    // Phone writes never land on the console's undo history.
    QCOMPARE(w.room.session().undoStack().count(), 0);
}

void TestRoomWorksheet::sameFieldLaterWriteWinsOnBothPhones() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    auto b = w.phoneOf(1);
    QVERIFY(a && b);
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Guests"))));
    QVERIFY(ok(put(*b, QStringLiteral("name"), QStringLiteral("Guest nights"))));
    QCOMPARE(w.northStar(w.owls)->name, QStringLiteral("Guest nights"));
    QVERIFY(hears(*a, "name", QStringLiteral("Guest nights")));
    QVERIFY(hears(*b, "name", QStringLiteral("Guest nights")));
    // One North Star for the group, made once.
    qsizetype warmUps = 0;
    for (const Candidate& c : w.room.store().candidates(w.room.workshopId()))
        warmUps += c.kind == CandidateKind::WarmUp;
    QCOMPARE(warmUps, 1);
}

void TestRoomWorksheet::inputsAddPutDeleteAndASixthIsRefused() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    auto b = w.phoneOf(1);
    QVERIFY(a && b);
    // input.add makes the worksheet's North Star when there is none yet.
    QStringList keys;
    for (int i = 1; i <= 5; ++i) {
        const QJsonObject ack = addInput(i % 2 ? *a : *b, QStringLiteral("Input %1").arg(i));
        QVERIFY(ok(ack));
        QVERIFY(RoomProtocol::inputOfKey(str(ack, "input")) != 0);
        keys << str(ack, "input");
    }
    QCOMPARE(w.inputs(w.owls).size(), 5);
    const QJsonObject sixth = addInput(*b, QStringLiteral("One too many"));
    QCOMPARE(str(sixth, "error"), QStringLiteral("too-many"));
    QVERIFY(!str(sixth, "message").isEmpty());
    QCOMPARE(w.inputs(w.owls).size(), 5);

    QVERIFY(ok(putInput(*b, keys[1], QStringLiteral("definition"), QStringLiteral("Per month"))));
    QVERIFY(ok(putInput(*a, keys[1], QStringLiteral("name"), QStringLiteral("Repeat bookings"))));
    QCOMPARE(w.inputs(w.owls).at(1).name, QStringLiteral("Repeat bookings"));
    QCOMPARE(w.inputs(w.owls).at(1).definition, QStringLiteral("Per month"));
    const QJsonObject gone = deleteInput(*a, keys[4]);
    QVERIFY(ok(gone));
    QCOMPARE(str(gone, "input"), keys[4]);
    QCOMPARE(w.inputs(w.owls).size(), 4);
    QVERIFY(ok(deleteInput(*b, keys[4]))); // gone already: fine, nothing changes
    QCOMPARE(w.inputs(w.owls).size(), 4);
    // Writing into a removed input is refused.
    QCOMPARE(str(putInput(*b, keys[4], QStringLiteral("name"), QStringLiteral("x")), "error"),
             QStringLiteral("not-yours"));
    // Both phones see the four inputs, in order.
    for (Phone* phone : {a.get(), b.get()}) {
        const QJsonObject s = phone->waitForState([](const QJsonObject& s) {
            return sheetOf(s).value(QLatin1String("inputs")).toArray().size() == 4;
        });
        const QJsonArray inputs = sheetOf(s).value(QLatin1String("inputs")).toArray();
        QCOMPARE(inputs.size(), 4);
        QCOMPARE(str(inputs[1].toObject(), "input"), keys[1]);
        QCOMPARE(str(inputs[1].toObject(), "name"), QStringLiteral("Repeat bookings"));
        QCOMPARE(str(inputs[1].toObject(), "definition"), QStringLiteral("Per month"));
    }
}

void TestRoomWorksheet::anotherGroupCannotTouchIt() {
    WarmUpRoom w;
    auto owl = w.phoneOf(0);
    auto lark = w.phoneOf(2);
    QVERIFY(owl && lark);
    const QString key = str(addInput(*owl, QStringLiteral("Owl input")), "input");
    QVERIFY(!key.isEmpty());
    QVERIFY(ok(put(*owl, QStringLiteral("name"), QStringLiteral("Owl star"))));
    QCOMPARE(str(putInput(*lark, key, QStringLiteral("name"), QStringLiteral("Hijacked")), "error"),
             QStringLiteral("not-yours"));
    QCOMPARE(str(deleteInput(*lark, key), "error"), QStringLiteral("not-yours"));
    QCOMPARE(w.inputs(w.owls).size(), 1);
    QCOMPARE(w.inputs(w.owls).at(0).name, QStringLiteral("Owl input"));
    // A lark's write lands on the larks' worksheet, never on the owls'.
    QVERIFY(ok(put(*lark, QStringLiteral("name"), QStringLiteral("Lark star"))));
    QCOMPARE(w.northStar(w.owls)->name, QStringLiteral("Owl star"));
    QCOMPARE(w.northStar(w.larks)->name, QStringLiteral("Lark star"));
    QVERIFY(hears(*lark, "name", QStringLiteral("Lark star")));
    QVERIFY(!QJsonDocument(lark->latestState()).toJson().contains("Owl"));
}

void TestRoomWorksheet::outsideTheWarmUpIsRefused() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    QVERIFY(a);
    w.room.goTo(QString(StageKeys::Silent));
    for (const QJsonObject& ack : {put(*a, QStringLiteral("name"), QStringLiteral("Too late")),
                                   put(*a, QStringLiteral("game"), QStringLiteral("attention")),
                                   addInput(*a, QStringLiteral("Too late"))})
        QCOMPARE(str(ack, "error"), QStringLiteral("not-now"));
    QCOMPARE(w.group(w.owls).candidateId, 0);
    QCOMPARE(w.group(w.owls).game, Game::Undecided);
}

void TestRoomWorksheet::retriedOperationsApplyOnce() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    auto b = w.phoneOf(1);
    QVERIFY(a && b);
    const QString addId = Phone::newOpId();
    const QJsonObject first = addInput(*a, QStringLiteral("Once"), addId);
    const QJsonObject again = addInput(*a, QStringLiteral("Once"), addId);
    QVERIFY(ok(first) && ok(again));
    QCOMPARE(str(again, "input"), str(first, "input"));
    QCOMPARE(w.inputs(w.owls).size(), 1);
    // A put resent after somebody else's later write does not bring the old text back.
    const QString putId = Phone::newOpId();
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Old"), putId)));
    QVERIFY(ok(put(*b, QStringLiteral("name"), QStringLiteral("New"))));
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Old"), putId)));
    QCOMPARE(w.northStar(w.owls)->name, QStringLiteral("New"));
}

void TestRoomWorksheet::badInputIsRefusedAndTextKeptVerbatim() {
    WarmUpRoom w;
    auto a = w.phoneOf(0);
    QVERIFY(a);
    const QString key = str(addInput(*a, QStringLiteral("Kept")), "input");
    QVERIFY(!key.isEmpty());
    const QString op = u"op"_s;
    const auto code = [&](const QJsonObject& message) { return str(send(*a, message), "error"); };
    const QString bad = u"bad-message"_s;
    QCOMPARE(code({{op, u"worksheet.put"_s}, {u"field"_s, u"owner"_s}, {u"value"_s, u"x"_s}}), bad);
    QCOMPARE(code({{op, u"worksheet.put"_s}, {u"field"_s, u"game"_s}, {u"value"_s, u"poker"_s}}),
             bad);
    QCOMPARE(code({{op, u"worksheet.put"_s}, {u"field"_s, u"game"_s}, {u"value"_s, 3}}), bad);
    QCOMPARE(code({{op, u"worksheet.put"_s}, {u"field"_s, u"name"_s}}), bad);
    QCOMPARE(code({{op, u"worksheet.put"_s},
                   {u"field"_s, u"name"_s},
                   {u"value"_s, u"x"_s},
                   {u"extra"_s, 1}}),
             bad);
    QCOMPARE(code({{op, u"input.put"_s},
                   {u"input"_s, key},
                   {u"field"_s, u"game"_s},
                   {u"value"_s, u"x"_s}}),
             bad);
    QCOMPARE(code({{op, u"input.put"_s},
                   {u"input"_s, u"i0"_s},
                   {u"field"_s, u"name"_s},
                   {u"value"_s, u"x"_s}}),
             bad);
    QCOMPARE(code({{op, u"input.delete"_s}, {u"input"_s, u"c1"_s}}), bad);
    QCOMPARE(code({{op, u"input.add"_s}, {u"name"_s, 7}}), bad);
    QCOMPARE(
        code({{op, u"worksheet.put"_s}, {u"field"_s, u"name"_s}, {u"value"_s, QString(201, u'x')}}),
        u"too-long"_s);
    QCOMPARE(code({{op, u"input.add"_s}, {u"definition"_s, QString(20001, u'x')}}), u"too-long"_s);
    QCOMPARE(code({{op, u"worksheet.put"_s},
                   {u"field"_s, u"definition"_s},
                   {u"value"_s, u"a"_s + QChar(u'\0') + u"b"_s}}),
             bad);
    // Nothing changed by any of them.
    QCOMPARE(w.inputs(w.owls).size(), 1);
    QCOMPARE(w.inputs(w.owls).at(0).name, QStringLiteral("Kept"));
    QCOMPARE(w.northStar(w.owls)->name, QString());
    QCOMPARE(w.group(w.owls).game, Game::Undecided);

    // Any script, markup-looking text: stored and sent back exactly as typed.
    const QString odd =
        QStringLiteral("<b>Nächte</b> 🛏️ \u05DC\u05D9\u05DC\u05D5\u05EA & \"x\"");
    QVERIFY(ok(put(*a, QStringLiteral("name"), odd)));
    QVERIFY(ok(putInput(*a, key, QStringLiteral("definition"), odd)));
    QCOMPARE(w.northStar(w.owls)->name, odd);
    QCOMPARE(w.inputs(w.owls).at(0).definition, odd);
    const QJsonObject last = a->waitForState([&](const QJsonObject& s) { // the last write
        const QJsonArray inputs = sheetOf(s).value(QLatin1String("inputs")).toArray();
        return !inputs.isEmpty() && str(inputs[0].toObject(), "definition") == odd;
    });
    QCOMPARE(str(sheetOf(last), "name"), odd);
}

void TestRoomWorksheet::consoleWarmUpPageShowsPhoneWrites() {
    WarmUpRoom w;
    StageContext context = StageContext::of(w.room.session());
    WarmUpPage page(w.room.session().runner().current(), context);
    QCOMPARE(page.groupCards().size(), 2);
    WarmUpGroupCard* owls = page.groupCards().at(0);
    auto a = w.phoneOf(0);
    QVERIFY(a);
    // Each write shows on the console as soon as it is acknowledged (the store's change).
    QVERIFY(ok(put(*a, QStringLiteral("game"), QStringLiteral("attention"))));
    QCOMPARE(owls->gameBox()->currentData().toString(), QStringLiteral("attention"));
    QVERIFY(ok(put(*a, QStringLiteral("name"), QStringLiteral("Seated diners"))));
    QCOMPARE(owls->metricNameEdit()->text(), QStringLiteral("Seated diners"));
    const QString key = str(addInput(*a, QStringLiteral("Bookings")), "input");
    QCOMPARE(owls->inputIds().size(), 1);
    QVERIFY(ok(putInput(*a, key, QStringLiteral("name"), QStringLiteral("Bookings made"))));
    QCOMPARE(owls->inputNameEdit(owls->inputIds().first())->text(),
             QStringLiteral("Bookings made"));
    QCOMPARE(w.room.session().undoStack().count(), 0);
}

QTEST_MAIN(TestRoomWorksheet)
#include "TestRoomWorksheet.moc"
