#include "RoomDevices.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

QString RoomDevices::randomToken(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray RoomDevices::hashOf(const QString& token) {
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

RoomDevice& RoomDevices::add(qint64 participantId, const QString& name, bool waiting,
                             QString* token) {
    *token = randomToken(32);
    RoomDevice device;
    do
        device.id = randomToken(9);
    while (byId(device.id));
    device.tokenHash = hashOf(*token);
    device.participantId = participantId;
    device.name = name;
    device.waiting = waiting;
    m_devices.append(device);
    return m_devices.last();
}

RoomDevice* RoomDevices::byToken(const QString& token) {
    if (token.isEmpty())
        return nullptr;
    const QByteArray hash = hashOf(token);
    for (RoomDevice& d : m_devices)
        if (d.tokenHash == hash)
            return &d;
    return nullptr;
}

RoomDevice* RoomDevices::byId(const QString& id) {
    for (RoomDevice& d : m_devices)
        if (d.id == id)
            return &d;
    return nullptr;
}

RoomDevice* RoomDevices::byParticipant(qint64 participantId) {
    if (participantId <= 0)
        return nullptr;
    for (RoomDevice& d : m_devices)
        if (d.participantId == participantId)
            return &d;
    return nullptr;
}

bool RoomDevices::remove(const QString& id) {
    return m_devices.removeIf([&id](const RoomDevice& d) { return d.id == id; }) > 0;
}

bool RateLimit::take(qint64 nowMs) {
    if (m_last >= 0 && nowMs > m_last)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_last) * m_rate / 1000.0);
    m_last = std::max(m_last, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}
