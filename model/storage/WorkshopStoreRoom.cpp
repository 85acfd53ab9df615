// WorkshopStore: the room's bookkeeping, what phones wrote over the network (see
// model/room). Kept beside the cards, never shown and never exported.
#include "WorkshopStore.h"

#include "SqlSupport.h"

#include <QSqlQuery>

using SqlSupport::run;

std::optional<qint64> WorkshopStore::roomOperation(qint64 workshopId, qint64 participantId,
                                                   const QString& operationId) const {
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT candidate_id FROM room_operation WHERE workshop_id = ? AND "
                            "participant_id = ? AND operation_id = ?"),
             {workshopId, participantId, operationId}, nullptr) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
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
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT candidate_id FROM room_card WHERE workshop_id = ? AND "
                            "participant_id = ? AND card_key = ?"),
             {workshopId, participantId, cardKey}, nullptr) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool WorkshopStore::setRoomCard(qint64 workshopId, qint64 participantId, const QString& cardKey,
                                qint64 candidateId) {
    return inTransaction(tr("the phone's card"), [&](QString* error) {
        return write(QStringLiteral("INSERT OR REPLACE INTO room_card (workshop_id, "
                                    "participant_id, card_key, candidate_id) VALUES (?, ?, ?, ?)"),
                     {workshopId, participantId, cardKey, candidateId}, error);
    });
}
