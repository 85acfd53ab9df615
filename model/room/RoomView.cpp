#include "RoomView.h"

#include "RoomFrameBytes.h"
#include "RoomProtocol.h"
#include "RoomRules.h"
#include "RoomStages.h"
#include "agenda/AgendaRunner.h"
#include "domain/TextLimits.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

RoomSnapshot RoomSnapshot::read(const WorkshopSession& session, qint64 serverTimeMs,
                                const QList<Candidate>* cards) {
    RoomSnapshot room;
    const WorkshopStore& store = session.store();
    const qint64 id = session.workshopId();
    const AgendaRunner& runner = session.runner();
    if (const auto workshop = store.workshop(id)) {
        room.title = workshop->title;
        room.anonymous = workshop->anonymous;
    }
    if (!runner.stages().isEmpty() && runner.currentIndex() >= 0) {
        const PlannedStage& stage = runner.current();
        room.stageKey = stage.key;
        room.stageTitle = stage.title;
    }
    room.revealed = Reveal::cardsRevealed(store, id);
    room.timerRunning = runner.countdown().isRunning();
    room.elapsedMs = runner.countdown().elapsedMs();
    room.plannedMs = runner.countdown().budgetMs();
    room.serverTime = serverTimeMs;
    room.people = store.participants(id);
    const RoomStages::Phone phone = RoomStages::phoneOf(room.stageKey);
    if (phone == RoomStages::Phone::Worksheet)
        room.worksheets = RoomWorksheetView::read(store, id);
    room.cards = cards ? *cards : store.silentCards(id);
    if (phone == RoomStages::Phone::Score)
        room.scoring = RoomJudgementView::readScoring(session);
    if (phone == RoomStages::Phone::Vote)
        room.voting = RoomJudgementView::readVoting(session);
    return room;
}

namespace {

QJsonObject cardJson(const Candidate& c, bool mine, const QString& author) {
    QJsonObject card{{QStringLiteral("card"), RoomProtocol::keyOfCandidate(c.id)},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("behaviour"), c.behaviour},
                     {QStringLiteral("measure"), c.measure},
                     {QStringLiteral("definition"), c.definition},
                     {QStringLiteral("mine"), mine}};
    if (!author.isNull())
        card.insert(QStringLiteral("author"), author);
    return card;
}

// A card as every phone sees it, without "mine" and its closing brace.
QByteArray openCard(const Candidate& c, const QString& author) {
    QJsonObject card = cardJson(c, false, author);
    card.remove(QStringLiteral("mine"));
    return RoomFrameBytes::open(card);
}

QAtomicInteger<qint64> sharedBuildCount;

} // namespace

namespace RoomView {

QJsonObject limits() {
    return {{QStringLiteral("name"), TextLimits::ShortText},
            {QStringLiteral("behaviour"), TextLimits::LongText},
            {QStringLiteral("measure"), TextLimits::LongText},
            {QStringLiteral("definition"), TextLimits::LongText}};
}

QJsonObject state(const RoomSnapshot& room, const RoomViewer& viewer) {
    RoomStateFrames frames(room);
    QJsonObject state = QJsonDocument::fromJson(frames.frame(viewer, 0).bytes).object();
    state.remove(QStringLiteral("rev"));
    return state;
}

QJsonObject roster(const RoomSnapshot& room, bool locked, const QSet<qint64>& taken) {
    QJsonArray people;
    for (const Participant& p : room.people)
        people.append(QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("taken"), taken.contains(p.id)}});
    return {{QStringLiteral("workshop"), room.title},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("people"), people}};
}

} // namespace RoomView

struct RoomStateFrames::Shared {
    QByteArray stage;       // "stage":{...} with the timer as read
    QByteArray steadyStage; // the same with a running timer as its start moment
    // Write mode: where each author's own cards are in the room's (serialised per phone, for
    // that phone only: all of them at once would be one long pass); Revealed: every card,
    // opened.
    QHash<qint64, QList<qsizetype>> ownCards;
    QList<std::pair<qint64, QByteArray>> cards; // author id, the card opened
    std::unique_ptr<ScoreFrames> score;
    std::unique_ptr<VoteFrames> vote;
};

QAtomicInteger<qint64> cardSerialisations;

QByteArray RoomCardBytes::own(const Candidate& c) {
    Kept& kept = m_cards[c.id];
    if (kept.bytes.isEmpty() || kept.name != c.name || kept.behaviour != c.behaviour ||
        kept.measure != c.measure || kept.definition != c.definition) {
        cardSerialisations.fetchAndAddRelaxed(1);
        kept = {c.name, c.behaviour, c.measure, c.definition,
                RoomFrameBytes::value(cardJson(c, true, {}))};
    }
    return kept.bytes;
}

qint64 RoomCardBytes::serialised() {
    return cardSerialisations.loadRelaxed();
}

RoomStateFrames::RoomStateFrames(const RoomSnapshot& room, RoomCardBytes* cards)
    : m_room(room)
    , m_cards(cards) {
    m_head = RoomFrameBytes::open(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("workshop"), QJsonObject{{QStringLiteral("title"), room.title},
                                                 {QStringLiteral("anonymous"), room.anonymous}}},
        {QStringLiteral("limits"), RoomView::limits()}});
}

RoomStateFrames::~RoomStateFrames() = default;

qint64 RoomStateFrames::sharedBuilds() {
    return sharedBuildCount.loadRelaxed();
}

const RoomStateFrames::Shared& RoomStateFrames::shared(int modeValue) {
    if (const auto it = m_modes.constFind(modeValue); it != m_modes.cend())
        return **it;
    sharedBuildCount.fetchAndAddRelaxed(1);
    const auto mode = RoomRules::Mode(modeValue);
    auto shared = std::make_shared<Shared>();
    const RoomSnapshot& room = m_room;
    QJsonObject timer{{QStringLiteral("running"), room.timerRunning},
                      {QStringLiteral("elapsedMs"), room.elapsedMs},
                      {QStringLiteral("plannedMs"), room.plannedMs},
                      {QStringLiteral("serverTime"), room.serverTime}};
    QJsonObject stage{{QStringLiteral("key"), room.stageKey},
                      {QStringLiteral("title"), room.stageTitle},
                      {QStringLiteral("mode"), RoomRules::modeKey(mode)},
                      {QStringLiteral("timer"), timer}};
    shared->stage = RoomFrameBytes::value(stage);
    // What the phone would show differently: a running timer's elapsed time and the time it
    // was read change every push, so they are compared as the moment the timer started.
    timer.remove(QStringLiteral("serverTime"));
    if (room.timerRunning)
        timer.insert(QStringLiteral("elapsedMs"), (room.serverTime - room.elapsedMs) / 1000);
    stage.insert(QStringLiteral("timer"), timer);
    shared->steadyStage = RoomFrameBytes::value(stage);
    if (mode == RoomRules::Mode::Write) {
        for (qsizetype i = 0; i < room.cards.size(); ++i)
            if (room.cards.at(i).authorId > 0)
                shared->ownCards[room.cards.at(i).authorId].append(i);
    } else if (mode == RoomRules::Mode::Revealed) {
        QHash<qint64, QString> names;
        for (const Participant& p : room.people)
            names.insert(p.id, p.name);
        for (const Candidate& c : room.cards) {
            QString author; // null: no "author" member
            if (!room.anonymous && c.authorId != 0 && names.contains(c.authorId))
                author = names.value(c.authorId);
            shared->cards.append({c.authorId, openCard(c, author)});
        }
    }
    if (mode == RoomRules::Mode::Score)
        shared->score = std::make_unique<ScoreFrames>(room.scoring, room.people);
    if (mode == RoomRules::Mode::Vote)
        shared->vote = std::make_unique<VoteFrames>(room.voting, room.people);
    return **m_modes.insert(modeValue, std::move(shared));
}

RoomStateFrames::Frame RoomStateFrames::frame(const RoomViewer& viewer, qint64 revision) {
    const RoomRules::Mode mode = RoomRules::mode(m_room.stageKey, m_room.revealed, viewer.waiting);
    const Shared& s = shared(int(mode));
    const qint64 me = viewer.participantId;
    QByteArray body = m_head;
    QJsonObject meJson{{QStringLiteral("device"), viewer.device},
                       {QStringLiteral("name"), viewer.name},
                       {QStringLiteral("waiting"), viewer.waiting}};
    meJson.insert(QStringLiteral("person"), me > 0 ? QJsonValue(me) : QJsonValue());
    RoomFrameBytes::add(body, "me", RoomFrameBytes::value(meJson));
    QByteArray cards = "[";
    if (mode == RoomRules::Mode::Write && me > 0) {
        for (const qsizetype i : s.ownCards.value(me)) {
            if (cards.size() > 1)
                cards += ',';
            const Candidate& card = m_room.cards.at(i);
            if (m_cards) {
                cards += m_cards->own(card);
            } else {
                cardSerialisations.fetchAndAddRelaxed(1);
                cards += RoomFrameBytes::value(cardJson(card, true, {}));
            }
        }
    } else if (mode == RoomRules::Mode::Revealed) {
        for (const auto& [author, open] : s.cards) {
            if (cards.size() > 1)
                cards += ',';
            cards += open;
            cards += me > 0 && author == me ? ",\"mine\":true}" : ",\"mine\":false}";
        }
    }
    cards += ']';
    RoomFrameBytes::add(body, "cards", cards);
    // Scoring and voting (issue #18): one member each, only in its own mode.
    if (s.score)
        RoomFrameBytes::add(body, "score", s.score->member(me));
    if (s.vote)
        RoomFrameBytes::add(body, "vote", s.vote->member(me));
    if (mode == RoomRules::Mode::Worksheet) // the warm-up: this phone's group's worksheet
        RoomFrameBytes::add(body, "worksheet",
                            RoomFrameBytes::value(RoomWorksheetView::worksheet(m_room.worksheets,
                                                                               m_room.people, me)));
    Frame frame;
    frame.key = body;
    RoomFrameBytes::add(frame.key, "stage", s.steadyStage);
    frame.key += '}';
    frame.bytes = std::move(body);
    RoomFrameBytes::add(frame.bytes, "stage", s.stage);
    RoomFrameBytes::add(frame.bytes, "rev", QByteArray::number(revision));
    frame.bytes += '}';
    return frame;
}
