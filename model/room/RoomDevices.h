#pragma once
// The devices that joined one open room, and their tokens. A token is only ever held by the
// phone: the room keeps its SHA-256, so a token cannot be read back from memory dumps or
// logs, and every token dies with the room.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

struct RoomDevice {
    QString id;           // stable for the room's lifetime; not secret
    QByteArray tokenHash; // SHA-256 of the device token
    qint64 participantId = 0;
    QString name;         // the roster name, or the name asked for while waiting
    bool waiting = false; // "I'm not on the list", not approved yet
};

class RoomDevices {
public:
    // A fresh random token (base64url, no padding) of `bytes` bytes from the system's
    // cryptographic generator.
    static QString randomToken(int bytes);
    static QByteArray hashOf(const QString& token);

    // A new device; `token` receives its token (43 characters: 256 bits).
    RoomDevice& add(qint64 participantId, const QString& name, bool waiting, QString* token);
    RoomDevice* byToken(const QString& token);
    RoomDevice* byId(const QString& id);
    RoomDevice* byParticipant(qint64 participantId);
    bool remove(const QString& id);
    void clear() { m_devices.clear(); }
    int size() const { return int(m_devices.size()); }
    const QList<RoomDevice>& all() const { return m_devices; }

private:
    QList<RoomDevice> m_devices; // in the order they joined (tens of them)
};

// A token bucket: `rate` events a second on average, bursts up to `burst`. Times come from
// the caller (an injectable clock), in milliseconds on a monotonic scale.
class RateLimit {
public:
    RateLimit(double rate = 10, double burst = 20)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst) {}
    bool take(qint64 nowMs);

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_last = -1;
};
