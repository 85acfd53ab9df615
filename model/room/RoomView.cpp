#include "RoomView.h"

#include "RoomProtocol.h"
#include "RoomRules.h"
#include "RoomStages.h"
#include "agenda/AgendaRunner.h"
#include "domain/TextLimits.h"
#include "session/Reveal.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QHash>
#include <QJsonArray>

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

QJsonArray cardsFor(const RoomSnapshot& room, const RoomViewer& viewer, RoomRules::Mode mode) {
    QJsonArray cards;
    if (mode == RoomRules::Mode::Write) {
        for (const Candidate& c : room.cards)
            if (viewer.participantId > 0 && c.authorId == viewer.participantId)
                cards.append(cardJson(c, true, {}));
    } else if (mode == RoomRules::Mode::Revealed) {
        QHash<qint64, QString> names;
        for (const Participant& p : room.people)
            names.insert(p.id, p.name);
        for (const Candidate& c : room.cards) {
            const bool mine = viewer.participantId > 0 && c.authorId == viewer.participantId;
            QString author; // null: no "author" member
            if (!room.anonymous && c.authorId != 0 && names.contains(c.authorId))
                author = names.value(c.authorId);
            cards.append(cardJson(c, mine, author));
        }
    }
    return cards;
}

} // namespace

namespace RoomView {

QJsonObject limits() {
    return {{QStringLiteral("name"), TextLimits::ShortText},
            {QStringLiteral("behaviour"), TextLimits::LongText},
            {QStringLiteral("measure"), TextLimits::LongText},
            {QStringLiteral("definition"), TextLimits::LongText}};
}

QJsonObject state(const RoomSnapshot& room, const RoomViewer& viewer) {
    const RoomRules::Mode mode = RoomRules::mode(room.stageKey, room.revealed, viewer.waiting);
    QJsonObject me{{QStringLiteral("device"), viewer.device},
                   {QStringLiteral("name"), viewer.name},
                   {QStringLiteral("waiting"), viewer.waiting}};
    me.insert(QStringLiteral("person"),
              viewer.participantId > 0 ? QJsonValue(viewer.participantId) : QJsonValue());
    const QJsonObject timer{{QStringLiteral("running"), room.timerRunning},
                            {QStringLiteral("elapsedMs"), room.elapsedMs},
                            {QStringLiteral("plannedMs"), room.plannedMs},
                            {QStringLiteral("serverTime"), room.serverTime}};
    const QJsonObject stage{{QStringLiteral("key"), room.stageKey},
                            {QStringLiteral("title"), room.stageTitle},
                            {QStringLiteral("mode"), RoomRules::modeKey(mode)},
                            {QStringLiteral("timer"), timer}};
    QJsonObject state{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("workshop"), QJsonObject{{QStringLiteral("title"), room.title},
                                                 {QStringLiteral("anonymous"), room.anonymous}}},
        {QStringLiteral("me"), me},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("limits"), limits()},
        {QStringLiteral("cards"), cardsFor(room, viewer, mode)}};
    // Scoring and voting (issue #18): one member each, only in its own mode.
    if (mode == RoomRules::Mode::Score)
        state.insert(QStringLiteral("score"),
                     RoomJudgementView::score(room.scoring, room.people, viewer.participantId));
    if (mode == RoomRules::Mode::Vote)
        state.insert(QStringLiteral("vote"),
                     RoomJudgementView::vote(room.voting, room.people, viewer.participantId));
    if (mode == RoomRules::Mode::Worksheet) // the warm-up: this phone's group's worksheet
        state.insert(
            QStringLiteral("worksheet"),
            RoomWorksheetView::worksheet(room.worksheets, room.people, viewer.participantId));
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
