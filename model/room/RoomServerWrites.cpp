// RoomServer: the phones' writes, batched. A write that passed the socket's checks (a known
// device, a well-formed message, the rate) waits here until the event loop has read what
// else arrived in the same pass; then the batch is applied in ONE transaction of the store
// (one commit, one sync to disk, one change notification for the console and one push for
// the phones), and only after that commit is each write acknowledged.
//
// Each write in the batch is still its own unit: it reads the store as the writes before it
// in the batch left it, it is refused on its own rules (a refusal writes nothing, so the
// others still land), and its id is recorded with its change, so a retried id is answered
// as before and not applied twice — also within one batch. When a write of the batch fails
// in the store (or the commit does), the whole transaction is rolled back and the batch is
// applied again one write per transaction, as without batching, so the failing write is
// refused on its own and the others land.
#include "RoomServer.h"

#include "RoomCards.h"
#include "RoomJudgements.h"
#include "RoomWorksheet.h"
#include "session/WorkshopSession.h"
#include "storage/WorkshopStore.h"

#include <QElapsedTimer>
#include <QWebSocket>

void RoomServer::queueWrite(QWebSocket* socket, const QString& deviceId,
                            RoomProtocol::Message message) {
    m_writes.append({socket, deviceId, std::move(message), {}});
    if (!m_writeTimer.isActive()) // fires once the loop has read what else is waiting
        m_writeTimer.start();
}

QByteArray RoomServer::write(const QueuedWrite& queued, RoomJudgements::Batch* batch) {
    const RoomProtocol::Message& message = queued.message;
    const RoomDevice* device = m_devices.byId(queued.deviceId);
    const qint64 person = !device || device->waiting ? 0 : device->participantId;
    if (batch && !RoomProtocol::isJudgementOp(message.op))
        batch->forget(); // a card or the worksheet written: read the rest afresh
    if (RoomProtocol::isWorksheetOp(message.op)) { // the warm-up worksheet
        const RoomWorksheet::Outcome done = RoomWorksheet::apply(m_session, person, message);
        return RoomProtocol::frame(done.refusal
                                       ? RoomProtocol::refusal(message.opId, *done.refusal)
                                       : RoomProtocol::worksheetAck(message.opId, done.inputId));
    }
    const RoomCards::Outcome outcome =
        RoomProtocol::isJudgementOp(message.op) // scoring and voting (#18)
            ? RoomJudgements::apply(m_session, person, message, batch)
            : RoomCards::apply(m_session, person, message);
    return RoomProtocol::frame(outcome.refusal
                                   ? RoomProtocol::refusal(message.opId, *outcome.refusal)
                                   : RoomProtocol::ack(message.opId, outcome.candidateId));
}

void RoomServer::applyWrites() {
    // A device removed since its write arrived writes nothing more (its socket is closed).
    m_writes.removeIf([this](const QueuedWrite& w) { return !m_devices.byId(w.deviceId); });
    if (m_writes.isEmpty() || !isOpen())
        return;
    WorkshopStore& store = m_session.store();
    QElapsedTimer spent;
    spent.start();
    qsizetype taken = 0;
    bool ran = false;
    RoomJudgements::Batch reads; // what the transaction's scores and dots read once
    const bool committed = store.batch(
        [&] {
            ran = true;
            for (; taken < m_writes.size(); ++taken) {
                if (taken > 0 && spent.elapsed() >= m_limits.writeBudgetMs)
                    break; // the rest in the next pass
                m_writes[taken].reply = write(m_writes[taken], &reads);
            }
            return true;
        },
        ChangeSource::Room);
    if (!ran) // the store refused to start a transaction: each write gets its own refusal
        taken = m_writes.size();
    QList<QueuedWrite> batch = m_writes.mid(0, taken);
    m_writes.remove(0, taken);
    if (!committed) // nothing of the batch was kept: one transaction per write, as unbatched
        for (QueuedWrite& w : batch)
            w.reply = write(w, nullptr);
    // The commit ran the store's listeners; a socket may have gone meanwhile.
    bool skipped = false;
    for (const QueuedWrite& w : std::as_const(batch))
        if (w.socket && m_connections.contains(w.socket)) {
            send(w.socket, w.reply);
            // No state read before this write may follow its acknowledgement.
            skipped = m_roundLeft.removeAll(w.socket.data()) > 0 || skipped;
        }
    if (skipped) // the phones left out get the next push (a refusal changed nothing)
        schedulePush();
    if (!m_writes.isEmpty() && !m_writeTimer.isActive()) // the rest in the next pass
        m_writeTimer.start();
}
