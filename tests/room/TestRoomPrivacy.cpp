// The privacy crawl: a unique secret planted in every private field of a workshop, a
// scripted session with several phones, and every HTTP body and WebSocket message searched
// for each secret. Also: nothing another person does before the reveal reaches a phone at
// all (no typing indicator, no timing side channel).
#include "RoomHarness.h"
#include "RoomProtocol.h"
#include "agenda/AgendaRunner.h"
#include "domain/StageKeys.h"
#include "storage/WorkshopStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomPrivacy : public QObject {
    Q_OBJECT

private slots:
    void crawl_data();
    void crawl();
};

namespace {

// Everything the phones must never see, planted in the workshop of `room`.
QStringList plantSecrets(RoomHarness& room) {
    WorkshopStore& store = room.store();
    const qint64 id = room.workshopId();
    QStringList secrets;
    const auto secret = [&secrets](const char* where) {
        secrets << u"S3CRET-%1-%2"_s.arg(QLatin1String(where)).arg(secrets.size());
        return secrets.last();
    };
    Workshop w = *store.workshop(id);
    w.product = secret("product");
    w.facilitator = secret("facilitator");
    w.vision = secret("vision");
    w.gameRationale = secret("game-rationale");
    w.valueExchange = secret("value-exchange");
    w.guardrailName = secret("guardrail");
    w.guardrailDefinition = secret("guardrail-definition");
    store.updateWorkshop(w);
    for (const PlannedStage& stage : room.session().runner().stages())
        store.setStageNotes(id, stage.key, secret("stage-notes"));
    store.setQuestionNote(id, u"why"_s, secret("question-note"));
    store.addCustomStage({id, {}, u"Extra talk"_s, secret("custom-prompt"), u"draft"_s, 10});
    for (Participant p : store.participants(id)) {
        p.discipline = secret("discipline");
        store.updateParticipant(p);
    }
    // A card the facilitator eliminated, with a reason; inputs under it.
    Candidate c = makeCandidate(id, u"console card"_s);
    c.eliminationReason = secret("elimination-reason");
    c.status = CandidateStatus::Eliminated;
    const qint64 card = *store.addCandidate(c);
    store.addInput({0, card, secret("input-name"), secret("input-definition"), InputPattern::Other,
                    secret("input-owner"), 0});
    // Scores, votes, follow-ups.
    MatrixCriterion criterion;
    criterion.workshopId = id;
    criterion.name = secret("matrix-criterion");
    const qint64 criterionId = *store.addMatrixCriterion(criterion);
    store.setMatrixScore({criterionId, card, 4});
    store.setChecklistScore({card, u"understandable"_s, 0, ChecklistAnswer::Yes});
    store.setVote({store.participants(id).first().id, card, 2});
    FollowUp f;
    f.workshopId = id;
    f.text = secret("follow-up");
    f.owner = secret("follow-up-owner");
    store.addFollowUp(f);
    // The playbook's scripts, tips and prompts are the facilitator's.
    for (const PlannedStage& stage : room.session().runner().stages())
        for (const QString& text : {stage.script, stage.tip, stage.purpose})
            if (text.size() >= 24)
                secrets << text.left(40);
    return secrets;
}

bool anyContains(const QList<QByteArray>& messages, const QString& secret, QString* where) {
    const QByteArray needle = secret.toUtf8();
    for (const QByteArray& m : messages)
        if (m.contains(needle)) {
            *where = QString::fromUtf8(m.left(300));
            return true;
        }
    return false;
}

QList<QByteArray> bytesOf(const Phone& phone, qsizetype from = 0, qsizetype to = -1) {
    QList<QByteArray> result;
    const QList<QJsonObject>& messages = phone.messages();
    for (qsizetype i = from; i < (to < 0 ? messages.size() : to); ++i)
        result << QJsonDocument(messages.at(i)).toJson(QJsonDocument::Compact);
    return result;
}

QJsonObject member(const QJsonObject& object, const char* name) {
    return object.value(QLatin1String(name)).toObject();
}

// The Score and Decide stages with secrets in the others' answers and dots: each person
// answers a criterion nobody else answers, with an answer nobody else gives (Aisha "yes",
// Ben "partly", Chen "no"), and Ben and Chen place dots before the close. Every state Aisha
// receives is checked: only her own answers and dots, no totals before the close. Returns
// the traffic index from which the vote was closed.
qsizetype judge(RoomHarness& room, Phone& aisha, Phone& ben, const QString& bensCard,
                const QString& aishasCard, QStringList* problems) {
    WorkshopStore& store = room.store();
    const qint64 id = room.workshopId();
    const QList<Participant> people = store.participants(id);
    const qint64 bensId = RoomProtocol::candidateOfKey(bensCard);
    Workshop w = *store.workshop(id);
    w.checklistPerPerson = true;
    store.updateWorkshop(w);
    store.setStageFocus(id, QString(StageKeys::Score), int(bensId));
    room.goTo(QString(StageKeys::Score));
    const qsizetype aishaFrom = aisha.count();
    store.setChecklistScore({bensId, u"leading"_s, people[2].id, ChecklistAnswer::No}); // Chen
    store.setChecklistScore({bensId, u"measurable"_s, 0, ChecklistAnswer::No});         // consensus
    const auto put = [&](Phone& phone, const QString& criterion, const QString& answer) {
        return phone
            .operation({{u"op"_s, u"score.put"_s},
                        {u"card"_s, bensCard},
                        {u"criterion"_s, criterion},
                        {u"answer"_s, answer}})
            .value(QLatin1String("ok"))
            .toBool();
    };
    if (!put(ben, u"vision"_s, u"partly"_s) || !put(aisha, u"value"_s, u"yes"_s))
        problems->append(u"a score was refused"_s);
    (void)aisha.waitForState(
        [](const QJsonObject& s) { return !member(member(s, "score"), "mine").isEmpty(); });
    // Place dots: Chen (on the laptop) 2 on Ben's card, Ben 1 on Aisha's, Aisha 1 on Ben's.
    room.goTo(QString(StageKeys::Decide));
    store.setVote({people[2].id, bensId, 2});
    ben.operation({{u"op"_s, u"dot.place"_s}, {u"card"_s, aishasCard}});
    aisha.operation({{u"op"_s, u"dot.place"_s}, {u"card"_s, bensCard}});
    (void)aisha.waitForState([&](const QJsonObject& s) {
        for (const QJsonValue& c : member(s, "vote").value(QLatin1String("candidates")).toArray())
            if (c.toObject().value(QLatin1String("card")).toString() == bensCard)
                return c.toObject().value(QLatin1String("mine")).toInt() == 1;
        return false;
    });
    const int aishasDots = [&] {
        int dots = 0;
        for (const Vote& v : store.votes(id))
            if (v.participantId == people[0].id && v.candidateId == bensId)
                dots += v.dots;
        return dots;
    }();
    for (qsizetype i = aishaFrom; i < aisha.messages().size(); ++i) {
        const QJsonObject& m = aisha.messages().at(i);
        const QByteArray bytes = QJsonDocument(m).toJson(QJsonDocument::Compact);
        for (const char* foreign : {"\"partly\"", "\"no\""}) // Ben's, Chen's, the consensus
            if (bytes.contains(foreign))
                problems->append(u"another person's answer: "_s + QString::fromUtf8(bytes));
        const QJsonObject mine = member(member(m, "score"), "mine");
        if (!mine.isEmpty() && mine.keys() != QStringList{u"value"_s})
            problems->append(u"not only Aisha's answers: "_s + QString::fromUtf8(bytes));
        if (m.contains(u"vote"_s)) {
            const QJsonObject vote = member(m, "vote");
            const QStringList keys = vote.keys();
            const QStringList allowed{u"candidates"_s, u"closed"_s, u"done"_s, u"dotsPerPerson"_s,
                                      u"finished"_s,   u"hidden"_s, u"left"_s, u"maxPerCandidate"_s,
                                      u"overLimit"_s,  u"people"_s};
            if (keys != allowed)
                problems->append(u"vote members: "_s + QString::fromUtf8(bytes));
            for (const QJsonValue& c : vote.value(QLatin1String("candidates")).toArray()) {
                const QJsonObject card = c.toObject();
                const int expected =
                    card.value(QLatin1String("card")).toString() == bensCard ? aishasDots : 0;
                if (card.value(QLatin1String("mine")).toInt() > expected || card.keys().size() != 6)
                    problems->append(u"dots not Aisha's: "_s + QString::fromUtf8(bytes));
            }
        }
    }
    // The close: now the tally reaches everyone.
    const qsizetype closedFrom = room.traffic().size();
    store.setStageRevealed(id, QString(StageKeys::Decide), true);
    (void)aisha.waitForState(
        [](const QJsonObject& s) { return member(s, "vote").contains(u"tally"_s); });
    return closedFrom;
}

} // namespace

void TestRoomPrivacy::crawl_data() {
    QTest::addColumn<bool>("anonymous");
    QTest::newRow("named") << false;
    QTest::newRow("anonymous") << true;
}

void TestRoomPrivacy::crawl() {
    QFETCH(bool, anonymous);
    RoomHarness room(3, anonymous);
    WorkshopStore& store = room.store();
    // Names unique enough to search for.
    QList<Participant> people = room.people();
    const QStringList names{u"Aisha-N4ME"_s, u"Ben-N4ME"_s, u"Chen-N4ME"_s};
    for (int i = 0; i < 3; ++i) {
        people[i].name = names[i];
        store.updateParticipant(people[i]);
    }
    const QStringList secrets = plantSecrets(room);
    QString where;

    // The page itself.
    for (const QString& path :
         {u"/"_s, u"/room.js"_s, u"/room.css"_s, u"/inter.otf"_s, u"/favicon.ico"_s, u"/secret"_s})
        room.get(path);
    room.postJson(u"/roster"_s, {{u"room"_s, room.roomToken()}});
    auto aisha = room.phone(room.join(people[0].id));
    auto ben = room.phone(room.join(people[1].id));
    auto zoe = room.phone(room.joinNew(u"Zoe-WAITING-N4ME"_s));
    QVERIFY(aisha && ben && zoe);

    // Stages before the brainstorm.
    room.goTo(u"opening"_s);
    room.session().runner().startTimer();
    room.goTo(QString(StageKeys::Silent));
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return s.value(QLatin1String("stage"))
                                .toObject()
                                .value(QLatin1String("mode"))
                                .toString() == u"write";
                 })
                 .isEmpty());

    // Aisha writes first; then, with her phone quiet, Ben writes his secret cards and the
    // facilitator types notes: Aisha's phone must hear nothing at all.
    const QJsonObject aishasAck = aisha->put(u"p-aisha-card-00001"_s, u"Aisha's idea"_s);
    QVERIFY(aishasAck.value(QLatin1String("ok")).toBool());
    const QString aishasCard = aishasAck.value(QLatin1String("card")).toString();
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return s.value(QLatin1String("cards")).toArray().size() == 1;
                 })
                 .isEmpty());
    const qsizetype aishaQuiet = aisha->count();
    const qsizetype zoeQuiet = zoe->count();
    const QStringList bensTexts{u"BEN-UNREVEALED-name"_s, u"BEN-UNREVEALED-behaviour"_s,
                                u"BEN-UNREVEALED-measure"_s, u"BEN-UNREVEALED-definition"_s};
    const QString bensCard =
        ben->put(u"p-ben-secret-card1"_s, bensTexts[0], bensTexts[1], bensTexts[2], bensTexts[3])
            .value(QLatin1String("card"))
            .toString();
    QVERIFY(!bensCard.isEmpty());
    ben->put(bensCard, bensTexts[0], bensTexts[1], bensTexts[2], bensTexts[3] + u" edited"_s);
    Candidate chens = makeCandidate(room.workshopId(), u"CHEN-UNREVEALED-name"_s);
    chens.authorId = people[2].id;
    chens.position = 50;
    store.addCandidate(chens);
    store.setStageNotes(room.workshopId(), QString(StageKeys::Silent), u"S3CRET-late-notes"_s);
    // Ben's own phone hears of his card. Wait until the server has pushed after the last
    // change, then let each quiet phone make a round trip (a refused message): anything the
    // push sent them would have arrived before the answer.
    const qint64 revision = room.server().revision();
    QTRY_VERIFY(room.server().revision() > revision);
    QVERIFY(!ben->waitForState([&](const QJsonObject& s) {
                    return QJsonDocument(s).toJson().contains(" edited");
                })
                 .isEmpty());
    for (Phone* quiet : {aisha.get(), zoe.get()}) {
        const qsizetype before = quiet->count();
        quiet->sendText("{\"op\":\"ping\"}");
        QVERIFY(!quiet->waitFor(u"ack"_s, before).isEmpty());
    }
    QCOMPARE(aisha->count(), aishaQuiet + 1); // the answer to the round trip, nothing else
    QCOMPARE(zoe->count(), zoeQuiet + 1);

    // Score and Decide before the reveal: as on the projector, no candidate reaches a phone.
    const qsizetype unrevealedFrom = room.traffic().size();
    for (const auto& [stage, mode] : {std::pair{QString(StageKeys::Score), u"score"_s},
                                      std::pair{QString(StageKeys::Decide), u"vote"_s}}) {
        room.goTo(stage);
        for (Phone* phone : {aisha.get(), ben.get()})
            QVERIFY(!phone
                         ->waitForState([&](const QJsonObject& s) {
                             return member(s, "stage").value(QLatin1String("mode")).toString() ==
                                    mode;
                         })
                         .isEmpty());
    }
    for (const QString& text : bensTexts + QStringList{u"CHEN-UNREVEALED"_s})
        QVERIFY2(!anyContains(room.traffic().mid(unrevealedFrom), text, &where),
                 qPrintable(text + u" before the reveal in: "_s + where));
    room.goTo(QString(StageKeys::Silent));
    for (Phone* phone : {aisha.get(), ben.get()}) // both have had every state before this one
        QVERIFY(!phone
                     ->waitForState([](const QJsonObject& s) {
                         return member(s, "stage").value(QLatin1String("mode")).toString() ==
                                u"write";
                     })
                     .isEmpty());
    const qsizetype unrevealedTo = room.traffic().size();

    // The reveal: everyone sees every card; authors only when not anonymous.
    room.setRevealed(true);
    const QJsonObject revealed = aisha->waitForState([](const QJsonObject& s) {
        return s.value(QLatin1String("stage")).toObject().value(QLatin1String("mode")).toString() ==
               u"revealed";
    });
    QCOMPARE(revealed.value(QLatin1String("cards")).toArray().size(), 4); // 3 silent + eliminated
    for (const QJsonValue& card : revealed.value(QLatin1String("cards")).toArray())
        QCOMPARE(card.toObject().contains(QLatin1String("author")),
                 !anonymous &&
                     card.toObject().value(QLatin1String("name")).toString() != u"console card");
    QVERIFY(!zoe->waitForState([](const QJsonObject& s) {
                    return s.value(QLatin1String("rev")).toInteger() > 0;
                })
                 .isEmpty());
    room.goTo(QString(StageKeys::Pairs));
    QVERIFY(!aisha
                 ->waitForState([](const QJsonObject& s) {
                     return s.value(QLatin1String("stage"))
                                .toObject()
                                .value(QLatin1String("mode"))
                                .toString() == u"look";
                 })
                 .isEmpty());
    room.server().approve(room.server().devices().last().id);
    QVERIFY(!zoe->waitForState([](const QJsonObject& s) {
                    return !s.value(QLatin1String("me"))
                                .toObject()
                                .value(QLatin1String("waiting"))
                                .toBool();
                })
                 .isEmpty());
    // Scoring and voting (issue #18): the others' answers and dots stay on the laptop.
    const qsizetype judgingFrom = room.traffic().size();
    QStringList problems;
    const qsizetype closedFrom = judge(room, *aisha, *ben, bensCard, aishasCard, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(!member(aisha->latestState(), "vote").value(u"tally"_s).toArray().isEmpty());
    room.server().close();
    QVERIFY(aisha->waitClosed());

    // Search everything.
    for (const QString& secret : secrets)
        QVERIFY2(!anyContains(room.traffic(), secret, &where),
                 qPrintable(secret + u" leaked in: "_s + where));
    QVERIFY2(!anyContains(room.traffic(), u"S3CRET"_s, &where), qPrintable(where));
    for (qsizetype i = 0; i < room.traffic().size(); ++i) {
        const QByteArray& m = room.traffic().at(i);
        if (!m.startsWith('{')) // the page's own files: static, the same for every phone
            continue;
        // Scoring and voting have a "score" member, and the tally "dots" once the vote closed.
        if (i < judgingFrom && (i < unrevealedFrom || i >= unrevealedTo))
            QVERIFY2(!m.contains("\"score"), m.constData());
        if (i < closedFrom)
            for (const char* key : {"\"dots\"", "\"tally\"", "\"voters\""})
                QVERIFY2(!m.contains(key), m.constData());
        for (const char* key : {"\"votes\"", "\"answer\"", "\"notes\"", "\"script\"",
                                "\"discipline\"", "authorId", "\"position\""})
            QVERIFY2(!m.contains(key), key);
    }
    // Before the reveal, nobody else's card reached Aisha or Zoë.
    for (const QString& text : bensTexts + QStringList{u"CHEN-UNREVEALED"_s}) {
        QVERIFY2(!anyContains(bytesOf(*aisha, 0, aishaQuiet + 0), text, &where), qPrintable(where));
        QVERIFY2(!anyContains(bytesOf(*zoe, 0, zoeQuiet), text, &where), qPrintable(where));
    }
    // Nobody's WebSocket carries another person's name in an anonymous workshop, nor the
    // waiting device's name to the others.
    const QList<std::pair<Phone*, QString>> phones{
        {aisha.get(), names[0]}, {ben.get(), names[1]}, {zoe.get(), u"Zoe-WAITING-N4ME"_s}};
    for (const auto& [phone, own] : phones)
        for (const QString& name : names + QStringList{u"Zoe-WAITING-N4ME"_s})
            if (name != own && (anonymous || name.startsWith(u"Zoe")))
                QVERIFY2(!anyContains(bytesOf(*phone), name, &where),
                         qPrintable(name + u" reached "_s + own + u": "_s + where));
}

QTEST_GUILESS_MAIN(TestRoomPrivacy)
#include "TestRoomPrivacy.moc"
