// WorkshopStore: the room's bookkeeping, what phones wrote over the network (see
// model/room). Kept beside the cards, never shown and never exported.
#include "WorkshopStore.h"

#include "SqlSupport.h"
#include "StatementCache.h"

#include <QSet>
#include <QSqlQuery>

using SqlSupport::run;

std::optional<qint64> WorkshopStore::roomOperation(qint64 workshopId, qint64 participantId,
                                                   const QString& operationId) const {
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT candidate_id FROM room_operation WHERE workshop_id = ? AND "
                             "participant_id = ? AND operation_id = ?"));
    if (!q.run({workshopId, participantId, operationId}, nullptr) || !q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

bool WorkshopStore::recordRoomOperation(qint64 workshopId, qint64 participantId,
                                        const QString& operationId, qint64 candidateId) {
    return inTransaction(tr("the phone's change"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO room_operation (workshop_id, participant_id, "
                                    "operation_id, candidate_id) VALUES (?, ?, ?, ?)"),
                     {workshopId, participantId, operationId, candidateId}, error);
    });
}

qint64 WorkshopStore::roomCard(qint64 workshopId, qint64 participantId,
                               const QString& cardKey) const {
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT candidate_id FROM room_card WHERE workshop_id = ? AND "
                             "participant_id = ? AND card_key = ?"));
    if (!q.run({workshopId, participantId, cardKey}, nullptr) || !q->next())
        return 0;
    return q->value(0).toLongLong();
}

bool WorkshopStore::setRoomCard(qint64 workshopId, qint64 participantId, const QString& cardKey,
                                qint64 candidateId) {
    return inTransaction(tr("the phone's card"), [&](QString* error) {
        return write(QStringLiteral("INSERT OR REPLACE INTO room_card (workshop_id, "
                                    "participant_id, card_key, candidate_id) VALUES (?, ?, ?, ?)"),
                     {workshopId, participantId, cardKey, candidateId}, error);
    });
}

int WorkshopStore::nextCandidatePosition(qint64 workshopId) const {
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM candidate WHERE "
                             "workshop_id = ?"));
    if (!q.run({workshopId}, nullptr) || !q->next())
        return 0;
    return q->value(0).toInt();
}

QSet<qint64> WorkshopStore::votesDone(qint64 workshopId) const {
    QSet<qint64> done;
    StatementCache::Lease q = statements().statement(
        db(), QStringLiteral("SELECT participant_id FROM room_vote_done WHERE workshop_id = ?"));
    if (!q.run({workshopId}, nullptr))
        return done;
    while (q->next())
        done.insert(q->value(0).toLongLong());
    return done;
}

bool WorkshopStore::setVoteDone(qint64 workshopId, qint64 participantId, bool done) {
    const bool ok = inTransaction(tr("the vote"), [&](QString* error) {
        if (!done)
            return write(QStringLiteral("DELETE FROM room_vote_done WHERE workshop_id = ? AND "
                                        "participant_id = ?"),
                         {workshopId, participantId}, error);
        return write(QStringLiteral("INSERT OR IGNORE INTO room_vote_done (workshop_id, "
                                    "participant_id) VALUES (?, ?)"),
                     {workshopId, participantId}, error);
    });
    if (ok) {
        WorkshopChanges changes = changeOf(workshopId, ChangeKind::Vote);
        changes.participantIds.insert(participantId);
        publish(changes);
    }
    return ok;
}
